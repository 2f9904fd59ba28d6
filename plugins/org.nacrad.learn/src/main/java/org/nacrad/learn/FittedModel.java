package org.nacrad.learn;

/** A model whose fitted state can be saved as a {@link ModelState} and rebuilt with the class's {@code fromState}. */
public interface FittedModel {

    ModelState toState();
}
