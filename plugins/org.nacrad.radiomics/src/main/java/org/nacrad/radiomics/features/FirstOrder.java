package org.nacrad.radiomics.features;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.ComplianceMode;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * First-order statistics (PyRadiomics {@code firstorder}). X is the set of the N<sub>p</sub> ROI intensities (raw,
 * not discretised), c the {@code voxelArrayShift}, V the voxel volume, P(i) the histogram of the discretised ROI and
 * p(i) = P(i)/N<sub>p</sub>, ε = 2.2e-16.
 *
 * <pre>
 * Energy = Σ (x + c)²              TotalEnergy = V · Energy          RootMeanSquared = sqrt(Energy / Np)
 * Entropy = -Σ p(i) log2(p(i) + ε)  Uniformity = Σ p(i)²
 * Minimum, Maximum, Range = max - min, Mean, Median
 * 10Percentile, 90Percentile, InterquartileRange = P75 - P25  (linear interpolation between order statistics)
 * MeanAbsoluteDeviation = mean |x - mean|
 * RobustMeanAbsoluteDeviation = mean |x - mean'| over the x with P10 ≤ x ≤ P90 (mean' = their mean)
 * Variance = m2, StandardDeviation (deprecated) = sqrt(m2), with central moments m_k = mean (x - mean)^k
 * Skewness = m3 / m2^1.5, Kurtosis = m4 / m2² (PyRadiomics; IBSI mode subtracts 3); both 0 for a flat ROI
 * </pre>
 */
public final class FirstOrder {

    /** Precomputed statistics of one ROI. */
    public static final class Coefficients {
        final double[] sorted;
        final double mean;
        final double m2;
        final double m3;
        final double m4;
        final double energy;
        final double voxelVolume;
        final double[] p;
        final boolean excessKurtosis;

        Coefficients(double[] values, double shift, double voxelVolume, double[] p, boolean excessKurtosis) {
            this.sorted = values.clone();
            Arrays.sort(sorted);
            double sum = 0;
            double e = 0;
            for (double x : values) {
                sum += x;
                e += (x + shift) * (x + shift);
            }
            this.mean = sum / values.length;
            double s2 = 0, s3 = 0, s4 = 0;
            for (double x : values) {
                double d = x - mean;
                double d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
            }
            int n = values.length;
            this.m2 = s2 / n;
            this.m3 = s3 / n;
            this.m4 = s4 / n;
            this.energy = e;
            this.voxelVolume = voxelVolume;
            this.p = p;
            this.excessKurtosis = excessKurtosis;
        }

        int n() {
            return sorted.length;
        }

        /** numpy {@code percentile} with linear interpolation (its two-sided lerp, for bit-level agreement). */
        double percentile(double q) {
            double pos = q / 100.0 * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, sorted.length - 1);
            double t = pos - lo;
            double a = sorted[lo], b = sorted[hi];
            return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
        }
    }

    public static final FeatureTable<Coefficients> FEATURES = new FeatureTable<>("firstorder",
        Feature.of("Energy", c -> c.energy),
        Feature.of("TotalEnergy", c -> c.energy * c.voxelVolume),
        Feature.of("RootMeanSquared", c -> Math.sqrt(c.energy / c.n())),
        Feature.of("Entropy", FirstOrder::entropy),
        Feature.of("Uniformity", FirstOrder::uniformity),
        Feature.of("Minimum", c -> c.sorted[0]),
        Feature.of("Maximum", c -> c.sorted[c.n() - 1]),
        Feature.of("Range", c -> c.sorted[c.n() - 1] - c.sorted[0]),
        Feature.of("Mean", c -> c.mean),
        Feature.of("Median", FirstOrder::median),
        Feature.of("10Percentile", c -> c.percentile(10)),
        Feature.of("90Percentile", c -> c.percentile(90)),
        Feature.of("InterquartileRange", c -> c.percentile(75) - c.percentile(25)),
        Feature.of("MeanAbsoluteDeviation", c -> meanAbsoluteDeviation(c.sorted, 0, c.n())),
        Feature.of("RobustMeanAbsoluteDeviation", FirstOrder::robustMeanAbsoluteDeviation),
        Feature.of("Variance", c -> c.m2),
        Feature.deprecated("StandardDeviation", c -> Math.sqrt(c.m2)),
        Feature.of("Skewness", c -> c.m2 == 0 ? 0 : c.m3 / Math.pow(c.m2, 1.5)),
        Feature.of("Kurtosis", FirstOrder::kurtosis));

    private FirstOrder() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, double voxelArrayShift, ComplianceMode mode,
        Collection<String> names) {
        return FEATURES.evaluate(coefficients(roi, voxelArrayShift, mode), names);
    }

    static Coefficients coefficients(DiscretisedRoi roi, double voxelArrayShift, ComplianceMode mode) {
        int[] levels = roi.levels();
        int[] index = roi.levelIndex();
        double[] counts = new double[levels.length];
        int[] bins = roi.bins();
        boolean[] mask = roi.roi().mask();
        for (int i = 0; i < bins.length; i++) {
            if (mask[i]) {
                counts[index[bins[i]]]++;
            }
        }
        int n = roi.roi().voxelCount();
        for (int k = 0; k < counts.length; k++) {
            counts[k] /= n;
        }
        return new Coefficients(roi.roi().roiValues(), voxelArrayShift, roi.roi().voxelVolume(), counts,
            mode == ComplianceMode.IBSI);
    }

    static double entropy(Coefficients c) {
        double h = 0;
        for (double p : c.p) {
            h -= p * Maths.log2(p + Maths.EPS);
        }
        return h;
    }

    static double uniformity(Coefficients c) {
        double u = 0;
        for (double p : c.p) {
            u += p * p;
        }
        return u;
    }

    static double median(Coefficients c) {
        int n = c.n();
        return n % 2 == 1 ? c.sorted[n / 2] : (c.sorted[n / 2 - 1] + c.sorted[n / 2]) / 2;
    }

    static double kurtosis(Coefficients c) {
        double k = c.m2 == 0 ? 0 : c.m4 / (c.m2 * c.m2);
        return c.excessKurtosis ? k - 3 : k;
    }

    /** Mean absolute deviation from their own mean of {@code sorted[from, to)}. */
    static double meanAbsoluteDeviation(double[] sorted, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += sorted[i];
        }
        double mean = sum / (to - from);
        double dev = 0;
        for (int i = from; i < to; i++) {
            dev += Math.abs(sorted[i] - mean);
        }
        return dev / (to - from);
    }

    static double robustMeanAbsoluteDeviation(Coefficients c) {
        double p10 = c.percentile(10), p90 = c.percentile(90);
        int from = 0;
        while (from < c.n() && c.sorted[from] < p10) {
            from++;
        }
        int to = c.n();
        while (to > from && c.sorted[to - 1] > p90) {
            to--;
        }
        return meanAbsoluteDeviation(c.sorted, from, to);
    }
}
