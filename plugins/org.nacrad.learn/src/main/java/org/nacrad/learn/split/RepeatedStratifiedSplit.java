package org.nacrad.learn.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nacrad.learn.BinaryLabels;

/**
 * Repeated stratified train/test partitions (the study's ten 80/20 splits).
 *
 * <p>Algorithm (our own, documented so other implementations can reproduce it): one
 * {@code java.util.SplittableRandom(seed)} drives everything, sequentially. For partition s = 0..N-1 and for class
 * 0 then class 1, the ascending row indices of that class are shuffled with {@link Shuffle Fisher–Yates}; the first
 * {@code round(testFraction * n_class)} (half up, clamped to 1..n_class-1) go to the test part, the rest to the
 * training part. Each class therefore keeps its proportion in both parts and is never absent from either.
 */
public final class RepeatedStratifiedSplit {

    private RepeatedStratifiedSplit() {
    }

    public static List<Partition> partitions(BinaryLabels labels, int nSplits, double testFraction, long seed) {
        if (nSplits < 1) {
            throw new IllegalArgumentException("number of splits must be at least 1, got " + nSplits);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must lie strictly between 0 and 1, got " + testFraction);
        }
        for (int cls = 0; cls <= 1; cls++) {
            if (labels.count(cls) < 2) {
                throw new IllegalArgumentException("class " + cls + " has " + labels.count(cls)
                        + " row(s); a stratified split needs at least 2 so that training and test both contain it");
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Partition> out = new ArrayList<>(nSplits);
        for (int s = 0; s < nSplits; s++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int cls = 0; cls <= 1; cls++) {
                int[] rows = labels.indicesOf(cls);
                Shuffle.inPlace(rows, rng);
                int nTest = (int) Math.min(rows.length - 1, Math.max(1, Math.round(testFraction * rows.length)));
                for (int i = 0; i < rows.length; i++) {
                    (i < nTest ? test : train).add(rows[i]);
                }
            }
            out.add(new Partition(s, sorted(train), sorted(test)));
        }
        return out;
    }

    static int[] sorted(List<Integer> list) {
        int[] a = list.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
