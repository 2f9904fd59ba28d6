package org.nacrad.learn.combat;

/** What applying a ComBat model does with rows from a batch that was not in its training data. */
public enum UnseenBatchPolicy {
    /** Refuse, naming the batch and rows (the default). */
    ERROR,
    /** Return those rows unharmonised and list them in the result's warnings. */
    PASS_THROUGH
}
