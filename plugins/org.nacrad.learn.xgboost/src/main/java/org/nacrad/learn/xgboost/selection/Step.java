package org.nacrad.learn.xgboost.selection;

/**
 * How many features RFE removes per iteration: a count (≥ 1) or a fraction in (0, 1) of the initial number of
 * features, which scikit-learn turns into {@code int(max(1, fraction × n_features))}.
 */
public record Step(int count, double fraction) {

    public Step {
        if (Double.isNaN(fraction) ? count < 1 : !(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("RFE step must be a count >= 1 or a fraction in (0, 1), got "
                    + (Double.isNaN(fraction) ? count : fraction));
        }
    }

    public static Step of(int count) {
        return new Step(count, Double.NaN);
    }

    public static Step fraction(double fraction) {
        return new Step(0, fraction);
    }

    /** Features removed per iteration when starting from {@code features}. */
    public int size(int features) {
        return Double.isNaN(fraction) ? count : (int) Math.max(1, fraction * features);
    }
}
