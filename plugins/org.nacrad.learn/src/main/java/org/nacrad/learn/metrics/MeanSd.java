package org.nacrad.learn.metrics;

/**
 * Mean and sample standard deviation (ddof = 1, i.e. divided by n - 1, like pandas' {@code std()} and
 * {@code numpy.std(ddof=1)}) of per-partition values. The SD of a single value is NaN.
 */
public record MeanSd(double mean, double sd, int n) {

    public static MeanSd of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("mean and SD of no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : Double.NaN;
        return new MeanSd(mean, sd, values.length);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f ± %.4f", mean, sd);
    }
}
