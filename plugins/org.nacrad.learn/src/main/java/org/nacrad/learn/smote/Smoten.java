package org.nacrad.learn.smote;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.smote.SmoteNc.SamplingStrategy;

/**
 * SMOTEN: over-sampling when every column is categorical (SMOTE-NC needs a continuous column), with
 * imbalanced-learn 0.14 semantics for binary labels.
 *
 * <p>Categories of a column are its distinct values over all rows in ascending order (an {@code OrdinalEncoder}).
 * Rows are compared by the value difference metric fitted on all rows and labels (k = 1, r = 2): per column,
 * P(class | category) = rows of that class and category / rows of that category, and
 * distance(a, b) = Σ_columns (Σ_classes |P(class | a) − P(class | b)|)². Each minority row's neighbours are its
 * k + 1 nearest minority rows by that distance, the row itself included (imbalanced-learn searches the
 * precomputed distance matrix with k + 1 neighbours on purpose); exactly tied distances go to the lower row index,
 * where scikit-learn's order is unspecified. A synthetic row picks a base minority row with one
 * {@link SmoteRandom#sampleIndices}(minority rows, n) draw (numpy's {@code choice} with replacement) and takes, per
 * column, the most frequent category among the base row's k + 1 neighbours, the smallest category on ties
 * ({@code scipy.stats.mode}). No other draw is made.
 */
public final class Smoten {

    private final int k;
    private final SamplingStrategy strategy;

    /** imbalanced-learn defaults: k = 5, 'auto'. */
    public Smoten() {
        this(5, SamplingStrategy.AUTO);
    }

    public Smoten(int kNeighbors, SamplingStrategy strategy) {
        if (kNeighbors < 1) {
            throw new IllegalArgumentException("k neighbours must be at least 1, got " + kNeighbors);
        }
        this.k = kNeighbors;
        this.strategy = strategy;
    }

    /** SMOTEN with the same k and sampling strategy as a SMOTE-NC configuration. */
    public static Smoten like(SmoteNc smote) {
        return new Smoten(smote.kNeighbors(), smote.strategy());
    }

    /**
     * Resamples; every column is categorical (values are category codes). In the result, {@code neighbours[i]}
     * holds the k + 1 neighbours of minority row i (itself included, nearest first), {@code baseRows[s]} the
     * minority row whose neighbours voted synthetic row s, and {@code neighbourRows} is empty: no single partner
     * row exists.
     */
    public SmoteResult resample(FeatureMatrix x, BinaryLabels y, SmoteRandom rng) {
        validate(x, y);
        int minorityClass = y.minorityClass();
        int[] minority = y.indicesOf(minorityClass);
        int nSynthetic = strategy.syntheticCount(y.count(1 - minorityClass), minority.length);
        if (minority.length < k + 1) {
            throw new IllegalArgumentException("SMOTEN with k = " + k + " needs at least " + (k + 1)
                    + " rows of the minority class " + minorityClass + ", got " + minority.length);
        }
        double[][] categories = new double[x.columnCount()][];
        int[][] codes = new int[x.columnCount()][];
        for (int c = 0; c < categories.length; c++) {
            categories[c] = Arrays.stream(x.column(c)).sorted().distinct().toArray();
            codes[c] = encode(x.column(c), categories[c]);
        }
        int[][] minorityCodes = new int[minority.length][x.columnCount()];
        for (int i = 0; i < minority.length; i++) {
            for (int c = 0; c < categories.length; c++) {
                minorityCodes[i][c] = codes[c][minority[i]];
            }
        }
        int[][] nn = neighbours(vdm(codes, categories, y, minorityCodes));
        if (nSynthetic == 0) {
            return new SmoteResult(x, y, minorityClass, nn, new int[0], new int[0]);
        }
        int[] base = rng.sampleIndices(minority.length, nSynthetic);
        double[][] synthetic = new double[nSynthetic][x.columnCount()];
        for (int s = 0; s < nSynthetic; s++) {
            for (int c = 0; c < categories.length; c++) {
                synthetic[s][c] = categories[c][mode(minorityCodes, nn[base[s]], c, categories[c].length)];
            }
        }
        return SmoteResult.appended(x, y, minorityClass, synthetic, nn, base, new int[0]);
    }

    private static void validate(FeatureMatrix x, BinaryLabels y) {
        MissingValues.requireComplete(x, "SMOTEN");
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("SMOTEN: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("SMOTEN needs at least one categorical column");
        }
        y.requireBothClasses("SMOTEN input");
    }

    private static int[] encode(double[] values, double[] categories) {
        return Arrays.stream(values).mapToInt(v -> Arrays.binarySearch(categories, v)).toArray();
    }

    /**
     * Pairwise value-difference distances among the minority rows, summed column by column in column order as
     * imbalanced-learn does. Every category occurs in the rows the probabilities come from, so no 0/0 arises.
     */
    private static double[][] vdm(int[][] codes, double[][] categories, BinaryLabels y, int[][] minorityCodes) {
        int n = minorityCodes.length;
        double[][] d = new double[n][n];
        for (int c = 0; c < codes.length; c++) {
            double[][] p = classProbabilities(codes[c], categories[c].length, y);
            for (int i = 0; i < n; i++) {
                double[] pi = p[minorityCodes[i][c]];
                for (int j = 0; j < n; j++) {
                    double[] pj = p[minorityCodes[j][c]];
                    double l1 = Math.abs(pj[0] - pi[0]) + Math.abs(pj[1] - pi[1]);
                    d[i][j] += l1 * l1;
                }
            }
        }
        return d;
    }

    /** P(class | category) of one column: {@code [category][class]}. */
    private static double[][] classProbabilities(int[] codes, int nCategories, BinaryLabels y) {
        double[][] counts = new double[nCategories][2];
        for (int r = 0; r < codes.length; r++) {
            counts[codes[r]][y.get(r)]++;
        }
        for (double[] row : counts) {
            double total = row[0] + row[1];
            row[0] /= total;
            row[1] /= total;
        }
        return counts;
    }

    /** The k + 1 nearest rows of each row (itself included), nearest first, ties by lower index. */
    private int[][] neighbours(double[][] d) {
        int[][] out = new int[d.length][];
        for (int i = 0; i < d.length; i++) {
            double[] row = d[i];
            out[i] = IntStream.range(0, d.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> row[j]).thenComparingInt(j -> j))
                    .limit(k + 1).mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Most frequent code of column c among the given rows; the smallest code on ties. */
    private static int mode(int[][] codes, int[] rows, int c, int nCategories) {
        int[] counts = new int[nCategories];
        for (int r : rows) {
            counts[codes[r][c]]++;
        }
        int best = 0;
        for (int code = 1; code < nCategories; code++) {
            if (counts[code] > counts[best]) {
                best = code;
            }
        }
        return best;
    }
}
