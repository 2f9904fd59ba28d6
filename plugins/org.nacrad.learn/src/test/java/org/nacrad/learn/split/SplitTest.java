package org.nacrad.learn.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

class SplitTest {

    private static BinaryLabels labels(int n, int positives) {
        int[] y = new int[n];
        for (int i = 0; i < positives; i++) {
            y[(i * 7) % n] = 1; // scattered; 7 is coprime with the sizes used
        }
        return new BinaryLabels(y);
    }

    @Test
    void repeatedSplitsAreStratifiedDisjointCompleteAndReproducible() {
        BinaryLabels y = labels(177, 53);
        List<Partition> a = RepeatedStratifiedSplit.partitions(y, 10, 0.2, 42);
        List<Partition> b = RepeatedStratifiedSplit.partitions(y, 10, 0.2, 42);
        assertEquals(10, a.size());
        for (int s = 0; s < 10; s++) {
            Partition p = a.get(s);
            assertArrayEquals(p.test(), b.get(s).test());
            int[] all = IntStream.concat(Arrays.stream(p.train()), Arrays.stream(p.test())).sorted().toArray();
            assertArrayEquals(IntStream.range(0, 177).toArray(), all);
            // round(0.2 * 53) = 11 positives, round(0.2 * 124) = 25 negatives
            assertEquals(11, y.subset(p.test()).count(1));
            assertEquals(25, y.subset(p.test()).count(0));
        }
        assertTrue(!Arrays.equals(a.get(0).test(), a.get(1).test()), "partitions differ");
        assertTrue(!Arrays.equals(a.get(0).test(),
                RepeatedStratifiedSplit.partitions(y, 1, 0.2, 43).get(0).test()), "seed matters");
    }

    @Test
    void splitThatWouldLeaveAClassEmptyIsRejected() {
        BinaryLabels y = new BinaryLabels(new int[] {0, 0, 0, 0, 1});
        assertThrows(IllegalArgumentException.class, () -> RepeatedStratifiedSplit.partitions(y, 3, 0.2, 1));
    }

    @Test
    void stratifiedFoldsBalanceClassesAndSizes() {
        BinaryLabels y = labels(141, 42);
        FoldAssignment f = FoldAssignment.stratified(y, 5, 7);
        assertArrayEquals(f.toArray(), FoldAssignment.stratified(y, 5, 7).toArray());
        for (int k = 0; k < 5; k++) {
            Partition r = f.round(k);
            int size = r.test().length;
            assertTrue(size == 28 || size == 29, "fold size " + size);
            int pos = y.subset(r.test()).count(1);
            assertTrue(pos == 8 || pos == 9, "positives in fold " + pos);
            assertEquals(141, r.train().length + r.test().length);
        }
    }

    @Test
    void unshuffledFoldsMatchScikitLearnsStratifiedKFold() {
        CsvTable t = Golden.csv("split", "sklearn_stratified_kfold.csv");
        double[] c = t.numericColumn("case"), k = t.numericColumn("k"), label = t.numericColumn("label");
        double[] fold = t.numericColumn("fold");
        for (int cs = 0; cs <= (int) c[c.length - 1]; cs++) {
            final int cc = cs;
            int[] rows = IntStream.range(0, c.length).filter(i -> c[i] == cc).toArray();
            BinaryLabels y = new BinaryLabels(Arrays.stream(rows).map(i -> (int) label[i]).toArray());
            int[] expected = Arrays.stream(rows).map(i -> (int) fold[i]).toArray();
            assertArrayEquals(expected, FoldAssignment.sklearnUnshuffled(y, (int) k[rows[0]]).toArray(), "case " + cs);
        }
    }

    @Test
    void explicitFoldsAreUsedAsGiven() {
        FoldAssignment f = FoldAssignment.of(new int[] {2, 0, 1, 0, 2, 1});
        assertEquals(3, f.foldCount());
        assertArrayEquals(new int[] {1, 3}, f.round(0).test());
        assertArrayEquals(new int[] {0, 1, 3, 4}, f.round(1).train());
        assertThrows(IllegalArgumentException.class, () -> FoldAssignment.of(new int[] {0, 2, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> FoldAssignment.stratified(new BinaryLabels(new int[] {0, 0, 0, 1, 1}), 3, 1));
    }
}
