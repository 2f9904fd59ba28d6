package org.nacrad.learn.smote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;

/**
 * SMOTE and SMOTE-NC over-sampling of the minority class with imbalanced-learn 0.14 semantics (binary labels).
 *
 * <p>Neighbours: within the minority class, Euclidean distance over the continuous columns plus, for the categorical
 * columns, one-hot indicators scaled by m/√2, where m is the median over continuous columns of their population
 * standard deviation in the minority class — so each categorical mismatch adds m² to the squared distance. The k
 * nearest other minority rows are taken (ties in distance by lower row index; scikit-learn's order for exactly tied
 * distances is unspecified, so results can differ there).
 *
 * <p>Synthetic point: base + step × (neighbour − base) on continuous columns; each categorical column takes the
 * category most frequent among the base row's k neighbours, ties broken by the {@link SmoteRandom#permutation}
 * draw exactly as imbalanced-learn does. Categories are the distinct values of a column over all input rows, in
 * ascending order. With no categorical columns this is plain SMOTE (same draws, no permutations).
 */
public final class SmoteNc {

    /** How many synthetic rows to make. */
    public record SamplingStrategy(double ratio) {
        /** Balance the classes ('auto' / 'not majority'). */
        public static final SamplingStrategy AUTO = new SamplingStrategy(Double.NaN);

        /** Minority after resampling = int(ratio × majority), as imbalanced-learn's float strategy. */
        public static SamplingStrategy ratio(double r) {
            if (!(r > 0 && r <= 1)) {
                throw new IllegalArgumentException("sampling ratio must lie in (0, 1], got " + r);
            }
            return new SamplingStrategy(r);
        }

        int syntheticCount(int majority, int minority) {
            if (Double.isNaN(ratio)) {
                return majority - minority;
            }
            int n = (int) (majority * ratio - minority);
            if (n <= 0) {
                throw new IllegalArgumentException("sampling ratio " + ratio + " asks for no new minority rows ("
                        + minority + " minority vs " + majority + " majority rows); increase the ratio");
            }
            return n;
        }
    }

    private final int k;
    private final SamplingStrategy strategy;

    /** imbalanced-learn defaults: k = 5, 'auto'. */
    public SmoteNc() {
        this(5, SamplingStrategy.AUTO);
    }

    public SmoteNc(int kNeighbors, SamplingStrategy strategy) {
        if (kNeighbors < 1) {
            throw new IllegalArgumentException("k neighbours must be at least 1, got " + kNeighbors);
        }
        this.k = kNeighbors;
        this.strategy = strategy;
    }

    public int kNeighbors() {
        return k;
    }

    public SamplingStrategy strategy() {
        return strategy;
    }

    /** Resamples; {@code categorical} names the categorical columns (values are category codes). */
    public SmoteResult resample(FeatureMatrix x, BinaryLabels y, Collection<String> categorical, SmoteRandom rng) {
        MissingValues.requireComplete(x, "SMOTENC");
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("SMOTENC: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        y.requireBothClasses("SMOTENC input");
        int[] catIdx = categorical.stream().mapToInt(x::columnIndex).sorted().distinct().toArray();
        int[] contIdx = IntStream.range(0, x.columnCount()).filter(c -> Arrays.binarySearch(catIdx, c) < 0).toArray();
        if (contIdx.length == 0) {
            throw new IllegalArgumentException(
                    "SMOTENC needs at least one continuous column (all-categorical data: SMOTEN)");
        }
        int minorityClass = y.minorityClass();
        int majorityClass = 1 - minorityClass;
        int[] minority = y.indicesOf(minorityClass);
        int nSynthetic = strategy.syntheticCount(y.count(majorityClass), minority.length);
        if (minority.length < k + 1) {
            throw new IllegalArgumentException("SMOTENC with k = " + k + " needs at least " + (k + 1)
                    + " rows of the minority class " + minorityClass + ", got " + minority.length);
        }
        double[][] categories = categories(x, catIdx);
        double[][] encoded = encode(x, minority, contIdx, catIdx, categories);
        int[][] nn = neighbours(encoded);
        if (nSynthetic == 0) {
            return new SmoteResult(x, y, minorityClass, nn, new int[0], new int[0]);
        }
        int[] picks = rng.sampleIndices(minority.length * k, nSynthetic);
        double[] steps = rng.steps(nSynthetic);
        int[] base = new int[nSynthetic];
        int[] partner = new int[nSynthetic];
        double[][] synthetic = new double[nSynthetic][x.columnCount()];
        for (int s = 0; s < nSynthetic; s++) {
            base[s] = picks[s] / k;
            partner[s] = nn[base[s]][picks[s] % k];
            double[] from = x.row(minority[base[s]]);
            double[] to = x.row(minority[partner[s]]);
            for (int c : contIdx) {
                synthetic[s][c] = from[c] + steps[s] * (to[c] - from[c]);
            }
        }
        for (int f = 0; f < catIdx.length; f++) {
            vote(x, minority, nn, base, catIdx[f], categories[f], synthetic, rng);
        }
        return SmoteResult.appended(x, y, minorityClass, synthetic, nn, base, partner);
    }

    /** Sorted distinct values of each categorical column over all rows. */
    private static double[][] categories(FeatureMatrix x, int[] catIdx) {
        double[][] out = new double[catIdx.length][];
        for (int f = 0; f < catIdx.length; f++) {
            out[f] = Arrays.stream(x.column(catIdx[f])).sorted().distinct().toArray();
        }
        return out;
    }

    /** Minority rows as [continuous | one-hot × m/√2] vectors. */
    private static double[][] encode(FeatureMatrix x, int[] minority, int[] contIdx, int[] catIdx,
            double[][] categories) {
        double[] sd = new double[contIdx.length];
        for (int j = 0; j < contIdx.length; j++) {
            double mean = 0;
            for (int r : minority) {
                mean += x.get(r, contIdx[j]);
            }
            mean /= minority.length;
            double ss = 0;
            for (int r : minority) {
                double d = x.get(r, contIdx[j]) - mean;
                ss += d * d;
            }
            sd[j] = Math.sqrt(ss / minority.length);
        }
        Arrays.sort(sd);
        int n = sd.length;
        double medianSd = n % 2 == 1 ? sd[n / 2] : (sd[n / 2 - 1] + sd[n / 2]) / 2;
        double onehot = medianSd / Math.sqrt(2);
        int width = contIdx.length + Arrays.stream(categories).mapToInt(c -> c.length).sum();
        double[][] out = new double[minority.length][width];
        for (int i = 0; i < minority.length; i++) {
            for (int j = 0; j < contIdx.length; j++) {
                out[i][j] = x.get(minority[i], contIdx[j]);
            }
            int offset = contIdx.length;
            for (int f = 0; f < catIdx.length; f++) {
                out[i][offset + Arrays.binarySearch(categories[f], x.get(minority[i], catIdx[f]))] = onehot;
                offset += categories[f].length;
            }
        }
        return out;
    }

    /** The k nearest other rows of each row, nearest first, ties by lower index. */
    private int[][] neighbours(double[][] v) {
        int n = v.length;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            double[] d = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < v[i].length; c++) {
                    double t = v[i][c] - v[j][c];
                    s += t * t;
                }
                d[j] = s;
            }
            final int self = i;
            out[i] = IntStream.range(0, n).filter(j -> j != self).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> d[j]).thenComparingInt(j -> j))
                    .limit(k).mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Majority vote of the base row's neighbours for one categorical column. Tied winners of all points are listed
     * as (point, category) pairs in row-major order, permuted by the random draw, and each point takes the first of
     * its pairs in the permuted list.
     */
    private void vote(FeatureMatrix x, int[] minority, int[][] nn, int[] base, int column, double[] cats,
            double[][] synthetic, SmoteRandom rng) {
        List<int[]> tied = new ArrayList<>();
        for (int s = 0; s < base.length; s++) {
            int[] counts = new int[cats.length];
            for (int nb : nn[base[s]]) {
                counts[Arrays.binarySearch(cats, x.get(minority[nb], column))]++;
            }
            int max = Arrays.stream(counts).max().orElseThrow();
            for (int c = 0; c < cats.length; c++) {
                if (counts[c] == max) {
                    tied.add(new int[] {s, c});
                }
            }
        }
        int[] perm = rng.permutation(tied.size());
        boolean[] done = new boolean[base.length];
        for (int p : perm) {
            int[] pair = tied.get(p);
            if (!done[pair[0]]) {
                done[pair[0]] = true;
                synthetic[pair[0]][column] = cats[pair[1]];
            }
        }
    }
}
