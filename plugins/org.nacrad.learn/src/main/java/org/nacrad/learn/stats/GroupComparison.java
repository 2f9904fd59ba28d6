package org.nacrad.learn.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares a variable between two groups (e.g. responders and non-responders) the way the study's Table 1 does.
 * Continuous: if Shapiro–Wilk does not reject normality in either group (p > alpha, default 0.05; each group needs
 * at least 3 values of non-zero range to be tested, otherwise it counts as non-normal) a t-test (Student by default,
 * Welch optionally), otherwise Mann–Whitney U. Categorical: Fisher's exact test for two levels, Freeman–Halton for
 * more.
 */
public final class GroupComparison {

    public static final double DEFAULT_ALPHA = 0.05;

    private final double alpha;
    private final boolean welch;

    public GroupComparison() {
        this(DEFAULT_ALPHA, false);
    }

    public GroupComparison(double alpha, boolean welch) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        this.alpha = alpha;
        this.welch = welch;
    }

    public TestResult continuous(double[] group0, double[] group1) {
        if (isNormal(group0) && isNormal(group1)) {
            return welch ? TTest.welch(group0, group1) : TTest.student(group0, group1);
        }
        return MannWhitneyU.test(group0, group1);
    }

    private boolean isNormal(double[] v) {
        if (v.length < 3) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return max > min && ShapiroWilk.test(v).pValue() > alpha;
    }

    /** Levels are the distinct values of both groups, sorted; rows of the table are the two groups. */
    public TestResult categorical(List<String> group0, List<String> group1) {
        TreeSet<String> levels = new TreeSet<>(group0);
        levels.addAll(group1);
        for (String v : levels) {
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("categorical comparison: missing values are not allowed");
            }
        }
        List<String> lv = new ArrayList<>(levels);
        int[][] table = new int[2][lv.size()];
        for (String v : group0) {
            table[0][lv.indexOf(v)]++;
        }
        for (String v : group1) {
            table[1][lv.indexOf(v)]++;
        }
        return FisherExact.test(table);
    }
}
