package org.nacrad.learn.stats;

import java.util.Arrays;
import java.util.Comparator;
import org.nacrad.learn.math.Distributions;

/**
 * Two-sided Mann–Whitney U test with {@code scipy.stats.mannwhitneyu} defaults (scipy 1.17,
 * {@code method='auto'}, {@code use_continuity=True}): the exact null distribution when at least one sample has at
 * most 8 values and there are no ties; otherwise the normal approximation with tie correction and continuity
 * correction. The statistic is U of the first sample; p = 2·P(U ≥ max(U1, U2)), capped at 1.
 */
public final class MannWhitneyU {

    private static final int EXACT_MAX_SIZE = 8;

    private MannWhitneyU() {
    }

    public static TestResult test(double[] x, double[] y) {
        TTest.check(x, 1, "first group");
        TTest.check(y, 1, "second group");
        int n1 = x.length, n2 = y.length;
        double[] all = new double[n1 + n2];
        System.arraycopy(x, 0, all, 0, n1);
        System.arraycopy(y, 0, all, n1, n2);
        Ranking r = rank(all);
        double r1 = 0;
        for (int i = 0; i < n1; i++) {
            r1 += r.ranks[i];
        }
        double u1 = r1 - n1 * (n1 + 1) / 2.0;
        double u = Math.max(u1, (double) n1 * n2 - u1);
        double p;
        if ((n1 > EXACT_MAX_SIZE && n2 > EXACT_MAX_SIZE) || r.hasTies) {
            int n = n1 + n2;
            double s = Math.sqrt(n1 * (double) n2 / 12 * ((n + 1) - r.tieTerm / ((double) n * (n - 1))));
            double z = (u - n1 * (double) n2 / 2 - 0.5) / s;
            p = 2 * Distributions.normalCdf(-z);
        } else {
            p = 2 * exactCdf(n1, n2, (int) Math.round(n1 * (double) n2 - u));
        }
        return new TestResult(TestResult.MANN_WHITNEY, u1, Math.min(1, Math.max(0, p)));
    }

    private record Ranking(double[] ranks, boolean hasTies, double tieTerm) {
    }

    /** Mid-ranks, whether any value repeats, and Σ (t³ - t) over tie groups. */
    private static Ranking rank(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] ranks = new double[v.length];
        boolean ties = false;
        double tieTerm = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double t = j - i + 1;
            ties |= t > 1;
            tieTerm += t * t * t - t;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return new Ranking(ranks, ties, tieTerm);
    }

    /**
     * P(U ≤ k) under the null for sample sizes m and n, from the counts of arrangements by U (recurrence
     * c(i, j; u) = c(i-1, j; u-j) + c(i, j-1; u)) divided by their total C(m+n, m).
     */
    static double exactCdf(int sizeA, int sizeB, int k) {
        int m = Math.min(sizeA, sizeB); // the distribution is symmetric in the two sizes
        int n = Math.max(sizeA, sizeB);
        int max = m * n;
        double[][] c = new double[m + 1][max + 1]; // c[i] = counts for (i, j) at the current j
        for (int i = 0; i <= m; i++) {
            c[i][0] = 1; // j = 0: only U = 0
        }
        for (int j = 1; j <= n; j++) {
            for (int i = 1; i <= m; i++) {
                // c(i, j; u) = c(i-1, j; u-j) + c(i, j-1; u); c[i] still holds j-1, c[i-1] already holds j
                for (int u = max; u >= 0; u--) {
                    c[i][u] += u >= j ? c[i - 1][u - j] : 0;
                }
            }
        }
        double total = 0;
        double sum = 0;
        for (int u = 0; u <= max; u++) {
            total += c[m][u];
            sum += u <= k ? c[m][u] : 0;
        }
        return sum / total;
    }
}
