package org.nacrad.learn.split;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nacrad.learn.BinaryLabels;

/**
 * The fold (0..k-1) of every row for k-fold cross-validation; fold f is the validation part of round f. Built
 * either by {@link #stratified} or from an explicit assignment (e.g. the folds a reference run used, so that
 * cross-validated results can be compared fold by fold).
 */
public final class FoldAssignment {

    private final int[] folds;
    private final int k;

    private FoldAssignment(int[] folds, int k) {
        this.folds = folds;
        this.k = k;
    }

    /** Uses the given fold numbers; every fold 0..max must be non-empty. */
    public static FoldAssignment of(int[] folds) {
        int k = 0;
        for (int i = 0; i < folds.length; i++) {
            if (folds[i] < 0) {
                throw new IllegalArgumentException("fold of row " + (i + 1) + " is negative (" + folds[i] + ")");
            }
            k = Math.max(k, folds[i] + 1);
        }
        int[] sizes = new int[k];
        for (int f : folds) {
            sizes[f]++;
        }
        for (int f = 0; f < k; f++) {
            if (sizes[f] == 0) {
                throw new IllegalArgumentException("fold " + f + " has no rows");
            }
        }
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        return new FoldAssignment(folds.clone(), k);
    }

    /**
     * Stratified assignment: one {@code SplittableRandom(seed)}; for class 0 then class 1 the ascending row indices
     * are shuffled (Fisher–Yates as in {@link RepeatedStratifiedSplit}) and dealt to folds round-robin, the deal
     * continuing where the previous class stopped so fold sizes differ by at most one. Every class must have at
     * least k rows, otherwise some fold would lack it.
     */
    public static FoldAssignment stratified(BinaryLabels labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        for (int cls = 0; cls <= 1; cls++) {
            if (labels.count(cls) < k) {
                throw new IllegalArgumentException("class " + cls + " has " + labels.count(cls) + " row(s), fewer than "
                        + k + " folds: some fold would contain no row of that class");
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] folds = new int[labels.size()];
        int next = 0;
        for (int cls = 0; cls <= 1; cls++) {
            int[] rows = labels.indicesOf(cls);
            Shuffle.inPlace(rows, rng);
            for (int row : rows) {
                folds[row] = next;
                next = (next + 1) % k;
            }
        }
        return new FoldAssignment(folds, k);
    }

    /**
     * scikit-learn's {@code StratifiedKFold(n_splits=k)} without shuffling (the default cv of {@code RFECV} and
     * {@code GridSearchCV} for classifiers): classes are coded in order of first appearance, the sorted codes are
     * dealt to folds i, i+k, i+2k, ... to get each fold's count per class, and each class's rows, in row order,
     * fill fold 0 first, then fold 1, and so on.
     */
    public static FoldAssignment sklearnUnshuffled(BinaryLabels labels, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        int first = labels.get(0);
        int[] code = new int[labels.size()];
        int[] count = new int[2];
        for (int i = 0; i < code.length; i++) {
            code[i] = labels.get(i) == first ? 0 : 1;
            count[code[i]]++;
        }
        for (int c = 0; c < 2; c++) {
            if (count[c] < k) {
                throw new IllegalArgumentException("class " + (c == 0 ? first : 1 - first) + " has " + count[c]
                        + " row(s), fewer than " + k + " folds: some fold would contain no row of that class");
            }
        }
        int[][] allocation = new int[k][2];
        for (int pos = 0; pos < code.length; pos++) {
            allocation[pos % k][pos < count[0] ? 0 : 1]++; // position pos of the sorted codes
        }
        int[] folds = new int[code.length];
        for (int c = 0; c < 2; c++) {
            int fold = 0;
            int used = 0;
            for (int i = 0; i < code.length; i++) {
                if (code[i] != c) {
                    continue;
                }
                while (used == allocation[fold][c]) {
                    fold++;
                    used = 0;
                }
                folds[i] = fold;
                used++;
            }
        }
        return new FoldAssignment(folds, k);
    }

    public int foldCount() {
        return k;
    }

    public int size() {
        return folds.length;
    }

    public int foldOf(int row) {
        return folds[row];
    }

    public int[] toArray() {
        return folds.clone();
    }

    /** Round f: train on the other folds, validate on fold f. */
    public Partition round(int f) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < folds.length; i++) {
            (folds[i] == f ? test : train).add(i);
        }
        return new Partition(f, RepeatedStratifiedSplit.sorted(train), RepeatedStratifiedSplit.sorted(test));
    }

    /** All k rounds. */
    public List<Partition> rounds() {
        return IntStream.range(0, k).mapToObj(this::round).toList();
    }
}
