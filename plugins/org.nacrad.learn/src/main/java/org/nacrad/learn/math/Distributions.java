package org.nacrad.learn.math;

/** Normal and Student t tail probabilities built on {@link SpecialFunctions}. */
public final class Distributions {

    private Distributions() {
    }

    /** Standard normal CDF Φ(z) (scipy's {@code ndtr}). */
    public static double normalCdf(double z) {
        return 0.5 * SpecialFunctions.erfc(-z / Math.sqrt(2));
    }

    /**
     * Standard normal quantile Φ⁻¹(p) (scipy's {@code ndtri}): bisection to about 1e-4, then Newton steps on
     * {@link #normalCdf}, which converge to full double precision.
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("normal quantile needs p in [0, 1], got " + p);
        }
        double lo = -40, hi = 40;
        while (hi - lo > 1e-4) {
            double mid = (lo + hi) / 2;
            if (normalCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        for (int i = 0; i < 4; i++) {
            double density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            x -= (normalCdf(x) - p) / density;
        }
        return x;
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
