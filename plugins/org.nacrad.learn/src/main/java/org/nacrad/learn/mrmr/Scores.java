package org.nacrad.learn.mrmr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Relevance and redundancy measures, computed as the reference implementations do. */
final class Scores {

    private Scores() {
    }

    static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * One-way ANOVA F of {@code x} between the two label groups, with scikit-learn's {@code f_oneway} arithmetic
     * (raw sums of squares). A constant feature gets 0 (sklearn yields 0/0, which mrmr-selection maps to 0).
     */
    static double fStatistic(double[] x, int[] y) {
        if (isConstant(x)) {
            return 0;
        }
        double[] sum = new double[2];
        int[] count = new int[2];
        double ssAll = 0;
        for (int i = 0; i < x.length; i++) {
            sum[y[i]] += x[i];
            count[y[i]]++;
            ssAll += x[i] * x[i];
        }
        int n = x.length;
        double sumAll = sum[0] + sum[1];
        double sqAll = sumAll * sumAll;
        double ssTot = ssAll - sqAll / n;
        double ssBetween = sum[0] * sum[0] / count[0] + sum[1] * sum[1] / count[1] - sqAll / n;
        double ssWithin = ssTot - ssBetween;
        double msb = ssBetween / 1;
        double msw = ssWithin / (n - 2);
        double f = msb / msw;
        return Double.isNaN(f) ? 0 : f;
    }

    /**
     * Two-sample Kolmogorov–Smirnov statistic D = sup |F0 - F1| between the feature's values in the two classes
     * (mrmr-selection's "ks" relevance averages {@code ks_2samp} of each class against the rest, which for two
     * classes is this D twice).
     */
    static double kolmogorovSmirnov(double[] x, int[] y) {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (y[i] == 0 ? a : b).add(x[i]);
        }
        double[] s0 = a.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] s1 = b.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = 0, j = 0;
        double d = 0;
        while (i < s0.length && j < s1.length) {
            double v = Math.min(s0[i], s1[j]);
            while (i < s0.length && s0[i] == v) {
                i++;
            }
            while (j < s1.length && s1[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / s0.length - (double) j / s1.length));
        }
        return d;
    }

    /**
     * Pearson correlation as pandas' {@code Series.corr} computes it: centre, scale each vector by its largest
     * absolute value, divide the dot product by n-1 and by each standard deviation, clip to [-1, 1]. NaN when a
     * vector is constant.
     */
    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] ac = scaled(a);
        double[] bc = scaled(b);
        if (ac == null || bc == null) {
            return Double.NaN;
        }
        double fact = n - 1;
        double r = dot(ac, bc) / fact / Math.sqrt(dot(ac, ac) / fact);
        r = r / Math.sqrt(dot(bc, bc) / fact);
        return Math.max(-1.0, Math.min(1.0, r));
    }

    private static double[] scaled(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double[] c = new double[v.length];
        double scale = 0;
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i] - mean;
            scale = Math.max(scale, Math.abs(c[i]));
        }
        if (scale == 0) {
            return null;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= scale;
        }
        return c;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * Mutual information in nats between two discrete codings (plug-in estimate from the joint frequencies).
     */
    static double mutualInformation(int[] a, int na, int[] b, int nb) {
        double[][] joint = new double[na][nb];
        double[] pa = new double[na];
        double[] pb = new double[nb];
        int n = a.length;
        for (int i = 0; i < n; i++) {
            joint[a[i]][b[i]]++;
            pa[a[i]]++;
            pb[b[i]]++;
        }
        double mi = 0;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (joint[i][j] > 0) {
                    mi += joint[i][j] / n * Math.log(joint[i][j] * n / (pa[i] * pb[j]));
                }
            }
        }
        return mi;
    }

    /**
     * Equal-frequency discretisation into at most {@code bins} bins: a value's bin is floor(bins × (rank - 1) / n)
     * of its lowest rank, so tied values share a bin. Returns the codes; the bin count is {@code bins}.
     */
    static int[] quantileBins(double[] x, int bins) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        int[] code = new int[x.length];
        int first = 0;
        for (int k = 0; k < order.length; k++) {
            if (k > 0 && x[order[k]] != x[order[k - 1]]) {
                first = k;
            }
            code[order[k]] = (int) ((long) bins * first / x.length);
        }
        return code;
    }
}
