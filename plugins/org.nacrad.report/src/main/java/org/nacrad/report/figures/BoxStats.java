package org.nacrad.report.figures;

import java.util.Arrays;

/**
 * Tukey box-plot statistics: quartiles by linear interpolation between order statistics (numpy's default
 * {@code percentile} method), whiskers at the most extreme values within 1.5 IQR of the box, the rest outliers.
 */
public record BoxStats(double q1, double median, double q3, double lowWhisker, double highWhisker,
    double[] outliers) {

    public static BoxStats of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("box plot of no values");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double q1 = quantile(x, 0.25), med = quantile(x, 0.5), q3 = quantile(x, 0.75);
        double lowFence = q1 - 1.5 * (q3 - q1), highFence = q3 + 1.5 * (q3 - q1);
        double lo = Arrays.stream(x).filter(v -> v >= lowFence).min().orElse(q1);
        double hi = Arrays.stream(x).filter(v -> v <= highFence).max().orElse(q3);
        double[] out = Arrays.stream(x).filter(v -> v < lowFence || v > highFence).toArray();
        return new BoxStats(q1, med, q3, lo, hi, out);
    }

    /** Quantile p of sorted values: x[h] interpolated at h = (n − 1) p. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
