package org.nacrad.learn.mrmr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.MissingValues;

/**
 * Minimum-redundancy maximum-relevance selection with the default semantics of mrmr-selection's
 * {@code mrmr_classif} 0.2.8 (F relevance, |Pearson| redundancy, quotient with mean denominator, "FCQ"):
 * <ol>
 * <li>features whose relevance is not positive (e.g. constant ones) are dropped; K is capped at the remaining
 * count, so the selection may be shorter than K;</li>
 * <li>step 1 takes the most relevant feature; step i takes the best of relevance / mean redundancy with the
 * already selected features (or relevance − mean redundancy for the difference scheme);</li>
 * <li>a redundancy is |r| with NaN as 0, clipped below at 0.001; an aggregated redundancy of exactly 1.0 counts as
 * infinite (the feature duplicates a selected one; we allow 1e-12 for rounding);</li>
 * <li>ties go to the earlier column; NaN scores are skipped.</li>
 * </ol>
 * The Kolmogorov–Smirnov relevance is mrmr-selection's {@code relevance='ks'}. Mutual information (on
 * equal-frequency bins) is our extension for relevance and/or redundancy, not part of mrmr-selection. Column groups (e.g. MRI and CT) are selected separately with the same K and concatenated in
 * group order; always-keep columns are not ranked and lead the selection.
 */
public final class Mrmr {

    /** mrmr-selection's FLOOR: lower clip of a redundancy value. */
    static final double FLOOR = 0.001;
    /**
     * mrmr-selection tests the aggregated redundancy for == 1.0; an exact linear copy can land an ulp or two below
     * 1 here (summation order differs from numpy's BLAS dot), so values this close to 1 count as 1.
     */
    static final double DUPLICATE_TOLERANCE = 1e-12;

    public enum Relevance { F_STATISTIC, KOLMOGOROV_SMIRNOV, MUTUAL_INFORMATION }

    public enum Redundancy { PEARSON, MUTUAL_INFORMATION }

    public enum Scheme { QUOTIENT, DIFFERENCE }

    public enum Denominator { MEAN, MAX }

    private final Relevance relevance;
    private final Redundancy redundancy;
    private final Scheme scheme;
    private final Denominator denominator;
    private final FeatureCount k;
    private final int bins;

    /** {@code mrmr_classif} defaults with K = 10 % of the rows. */
    public Mrmr() {
        this(Relevance.F_STATISTIC, Redundancy.PEARSON, Scheme.QUOTIENT, Denominator.MEAN,
                FeatureCount.fractionOfRows(0.1), 10);
    }

    /** {@code bins}: equal-frequency bins per feature for mutual information. */
    public Mrmr(Relevance relevance, Redundancy redundancy, Scheme scheme, Denominator denominator, FeatureCount k,
            int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("mutual information needs at least 2 bins, got " + bins);
        }
        this.relevance = relevance;
        this.redundancy = redundancy;
        this.scheme = scheme;
        this.denominator = denominator;
        this.k = k;
        this.bins = bins;
    }

    /** All columns of {@code x} as one group, nothing always kept. */
    public FeatureSelection fit(FeatureMatrix x, BinaryLabels y) {
        return fit(x, y, List.of(x.columns()), List.of());
    }

    /**
     * Selects K features from each group (column names of {@code x}); {@code alwaysKeep} columns lead the result
     * and are excluded from ranking.
     */
    public FeatureSelection fit(FeatureMatrix x, BinaryLabels y, List<List<String>> groups, List<String> alwaysKeep) {
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("mRMR: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        y.requireBothClasses("mRMR training data");
        int kk = k.resolve(x.rowCount());
        Set<String> keep = new LinkedHashSet<>(alwaysKeep);
        x.selectColumns(new ArrayList<>(keep)); // names every missing always-keep column
        List<String> selected = new ArrayList<>(keep);
        Set<String> seen = new HashSet<>();
        for (List<String> group : groups) {
            List<String> ranked = new ArrayList<>();
            for (String c : group) {
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("mRMR: column '" + c + "' is in more than one group");
                }
                if (!keep.contains(c)) {
                    ranked.add(c);
                }
            }
            if (kk > ranked.size()) {
                throw new IllegalArgumentException("mRMR: K = " + kk + " (" + k + ") exceeds the " + ranked.size()
                        + " candidate columns of group " + abbreviate(group));
            }
            FeatureMatrix gx = x.selectColumns(ranked);
            MissingValues.requireComplete(gx, "mRMR");
            selected.addAll(selectGroup(gx, y.toArray(), kk));
        }
        return new FeatureSelection(describe(kk), selected);
    }

    private List<String> selectGroup(FeatureMatrix gx, int[] y, int kk) {
        double[][] cols = gx.toColumnArrays();
        List<Integer> candidates = new ArrayList<>();
        double[] rel = new double[cols.length];
        for (int c = 0; c < cols.length; c++) {
            rel[c] = switch (relevance) {
                case F_STATISTIC -> Scores.fStatistic(cols[c], y);
                case KOLMOGOROV_SMIRNOV -> Scores.kolmogorovSmirnov(cols[c], y);
                case MUTUAL_INFORMATION -> Scores.mutualInformation(Scores.quantileBins(cols[c], bins), bins, y, 2);
            };
            if (rel[c] > 0) {
                candidates.add(c);
            }
        }
        int[][] binned = redundancy == Redundancy.MUTUAL_INFORMATION ? binAll(cols) : null;
        int steps = Math.min(kk, candidates.size());
        List<Integer> chosen = new ArrayList<>();
        // red[c] accumulates, per candidate, the redundancies with the chosen features (sum for MEAN, max for MAX)
        double[] red = new double[cols.length];
        for (int step = 0; step < steps; step++) {
            if (step > 0) {
                int last = chosen.get(chosen.size() - 1);
                for (int c : candidates) {
                    double r = redundancy(cols, binned, last, c);
                    red[c] = denominator == Denominator.MEAN ? red[c] + r : Math.max(red[c], r);
                }
            }
            int best = -1;
            double bestScore = Double.NaN;
            for (int c : candidates) {
                double s = score(rel[c], red[c], step);
                if (!Double.isNaN(s) && (best < 0 || s > bestScore)) {
                    best = c;
                    bestScore = s;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            candidates.remove(Integer.valueOf(best));
        }
        List<String> names = new ArrayList<>();
        for (int c : chosen) {
            names.add(gx.columns().get(c));
        }
        return names;
    }

    private double score(double relevance, double aggregated, int step) {
        if (step == 0) {
            return relevance;
        }
        double d = denominator == Denominator.MEAN ? aggregated / step : aggregated;
        if (d >= 1.0 - DUPLICATE_TOLERANCE) {
            d = Double.POSITIVE_INFINITY;
        }
        return scheme == Scheme.QUOTIENT ? relevance / d : relevance - d;
    }

    private double redundancy(double[][] cols, int[][] binned, int last, int c) {
        double r = redundancy == Redundancy.PEARSON ? Scores.pearson(cols[last], cols[c])
                : Scores.mutualInformation(binned[last], bins, binned[c], bins);
        r = Double.isNaN(r) ? 0 : Math.abs(r);
        return Math.max(r, FLOOR);
    }

    private int[][] binAll(double[][] cols) {
        int[][] out = new int[cols.length][];
        for (int c = 0; c < cols.length; c++) {
            out[c] = Scores.quantileBins(cols[c], bins);
        }
        return out;
    }

    private String describe(int kk) {
        return "mRMR (relevance " + relevance + ", redundancy " + redundancy + ", " + scheme + ", " + denominator
                + ", K=" + kk + ")";
    }

    private static String abbreviate(List<String> group) {
        return group.size() <= 3 ? group.toString() : "[" + group.get(0) + ", ... (" + group.size() + " columns)]";
    }
}
