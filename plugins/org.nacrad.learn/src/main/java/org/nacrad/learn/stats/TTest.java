package org.nacrad.learn.stats;

import org.nacrad.learn.math.Distributions;

/** Two-sided t-tests with {@code scipy.stats.ttest_ind} / {@code ttest_rel} semantics. */
public final class TTest {

    private TTest() {
    }

    /** Student's t-test with pooled variance (df = n1 + n2 - 2), scipy's default {@code equal_var=True}. */
    public static TestResult student(double[] x, double[] y) {
        check(x, 2, "first group");
        check(y, 2, "second group");
        int n1 = x.length, n2 = y.length;
        double df = n1 + n2 - 2;
        double pooled = ((n1 - 1) * variance(x) + (n2 - 1) * variance(y)) / df;
        double t = (mean(x) - mean(y)) / Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        return new TestResult(TestResult.STUDENT_T, t, Distributions.studentTwoSided(t, df));
    }

    /** Welch's t-test (unequal variances, Welch–Satterthwaite df), scipy's {@code equal_var=False}. */
    public static TestResult welch(double[] x, double[] y) {
        check(x, 2, "first group");
        check(y, 2, "second group");
        double v1 = variance(x) / x.length;
        double v2 = variance(y) / y.length;
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (x.length - 1) + v2 * v2 / (y.length - 1));
        double t = (mean(x) - mean(y)) / Math.sqrt(v1 + v2);
        return new TestResult(TestResult.WELCH_T, t, Distributions.studentTwoSided(t, df));
    }

    /** Paired t-test of x - y (e.g. per-partition metrics of two models), df = n - 1. */
    public static TestResult paired(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired t-test needs equal lengths, got " + x.length + " and "
                    + y.length);
        }
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        check(d, 2, "differences");
        double t = mean(d) / Math.sqrt(variance(d) / d.length);
        return new TestResult(TestResult.PAIRED_T, t, Distributions.studentTwoSided(t, d.length - 1));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample variance, ddof = 1. */
    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }

    static void check(double[] v, int min, String what) {
        if (v.length < min) {
            throw new IllegalArgumentException("t-test: " + what + " has " + v.length + " value(s), needs " + min);
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("t-test: " + what + " contains a missing or infinite value");
            }
        }
    }
}
