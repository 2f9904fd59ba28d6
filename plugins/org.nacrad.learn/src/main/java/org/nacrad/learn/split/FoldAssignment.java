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
