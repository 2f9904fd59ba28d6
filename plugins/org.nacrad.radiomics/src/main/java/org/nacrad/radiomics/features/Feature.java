package org.nacrad.radiomics.features;

import java.util.function.ToDoubleFunction;

/**
 * One named feature: a small formula over the coefficients {@code C} its family precomputed. Deprecated features
 * are not enabled by default; a feature PyRadiomics removed (it only raises a deprecation warning) has no formula
 * and carries the note saying which feature to use instead.
 */
public record Feature<C>(String name, boolean deprecated, ToDoubleFunction<C> formula, String removedNote) {

    public static <C> Feature<C> of(String name, ToDoubleFunction<C> formula) {
        return new Feature<>(name, false, formula, null);
    }

    public static <C> Feature<C> deprecated(String name, ToDoubleFunction<C> formula) {
        return new Feature<>(name, true, formula, null);
    }

    public static <C> Feature<C> removed(String name, String note) {
        return new Feature<>(name, true, null, note);
    }

    public boolean computable() {
        return formula != null;
    }
}
