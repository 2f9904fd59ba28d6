package org.nacrad.learn.math;

/** Normal and Student t tail probabilities built on {@link SpecialFunctions}. */
public final class Distributions {

    private Distributions() {
    }

    /** Standard normal CDF Φ(z) (scipy's {@code ndtr}). */
    public static double normalCdf(double z) {
        return 0.5 * SpecialFunctions.erfc(-z / Math.sqrt(2));
    }

    /** Two-sided Student t p-value P(|T_ν| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2). */
    public static double studentTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        double t2 = t * t;
        return SpecialFunctions.incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
    }
}
