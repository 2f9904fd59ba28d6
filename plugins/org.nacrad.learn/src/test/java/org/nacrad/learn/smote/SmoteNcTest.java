package org.nacrad.learn.smote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.io.NumericCsv;

/**
 * Against imbalanced-learn 0.14 (oracle/learn/gen_smotenc.py). The oracle recorded every draw numpy made inside
 * SMOTENC; {@link Replay} feeds them back, so neighbour sets, votes and synthetic points must agree exactly.
 */
class SmoteNcTest {

    /** Replays recorded draws in call order, checking that each call asks for what numpy was asked for. */
    static final class Replay implements SmoteRandom {
        private final Deque<String[]> calls = new ArrayDeque<>();

        Replay(CsvTable t) {
            for (int i = 0; i < t.rowCount(); i++) {
                calls.add(new String[] {t.cell(i, 1), t.cell(i, 2), t.cell(i, 3)});
            }
        }

        private String[] next(String kind) {
            String[] c = calls.poll();
            assertTrue(c != null && c[0].equals(kind), "expected a recorded " + kind + " draw");
            return c[2].split(" ");
        }

        @Override
        public int[] sampleIndices(int high, int n) {
            String[] c = calls.peek();
            assertEquals(Integer.parseInt(c[1]), high, "randint upper bound");
            int[] v = Arrays.stream(next("randint")).mapToInt(Integer::parseInt).toArray();
            assertEquals(n, v.length);
            return v;
        }

        @Override
        public double[] steps(int n) {
            double[] v = Arrays.stream(next("uniform")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(n, v.length);
            return v;
        }

        @Override
        public int[] permutation(int n) {
            int[] v = Arrays.stream(next("permutation")).mapToInt(Integer::parseInt).toArray();
            assertEquals(n, v.length, "number of tied (point, category) pairs");
            return v;
        }

        boolean exhausted() {
            return calls.isEmpty();
        }
    }

    static FeatureMatrix features(CsvTable t) {
        List<String> cols = new ArrayList<>(t.header());
        cols.remove("label");
        return NumericCsv.toMatrix(t, null, cols);
    }

    static BinaryLabels labels(CsvTable t) {
        return new BinaryLabels(Arrays.stream(t.numericColumn("label")).mapToInt(v -> (int) v).toArray());
    }

    private static void check(String name, SmoteNc smote, List<String> categorical) {
        CsvTable in = Golden.csv("smote", name + "_input.csv");
        Replay replay = new Replay(Golden.csv("smote", name + "_draws.csv"));
        SmoteResult r = smote.resample(features(in), labels(in), categorical, replay);
        assertTrue(replay.exhausted(), "every recorded draw used");
        CsvTable nn = Golden.csv("smote", name + "_neighbours.csv");
        for (int i = 0; i < nn.rowCount(); i++) {
            int[] expected = new int[nn.header().size() - 1];
            for (int j = 0; j < expected.length; j++) {
                expected[j] = Integer.parseInt(nn.cell(i, j + 1));
            }
            assertArrayEquals(expected, r.neighbours()[i], name + " neighbours of minority row " + i);
        }
        int[] picks = Arrays.stream(Golden.csv("smote", name + "_draws.csv").cell(0, 3).split(" "))
                .mapToInt(Integer::parseInt).toArray();
        int k = r.neighbours()[0].length;
        for (int s = 0; s < picks.length; s++) {
            assertEquals(picks[s] / k, r.baseRows()[s], "base row of synthetic point " + s);
            assertEquals(r.neighbours()[picks[s] / k][picks[s] % k], r.neighbourRows()[s], "partner of point " + s);
        }
        CsvTable out = Golden.csv("smote", name + "_output.csv");
        FeatureMatrix expected = features(out);
        assertEquals(expected.rowCount(), r.data().rowCount(), name + " rows");
        assertEquals(labels(out), r.labels());
        for (int row = 0; row < expected.rowCount(); row++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                String what = name + " row " + row + " column " + expected.columns().get(c);
                if (categorical.contains(expected.columns().get(c))) {
                    assertEquals(expected.get(row, c), r.data().get(row, c), what + " (category vote)");
                } else {
                    Golden.assertClose(expected.get(row, c), r.data().get(row, c), 1e-12, what);
                }
            }
        }
    }

    @Test
    void smotencMatchesImbalancedLearnGivenTheRecordedDraws() {
        check("smotenc", new SmoteNc(), List.of("c1", "c4"));
    }

    @Test
    void ratioStrategyAndSmallerKMatch() {
        check("smotenc_ratio", new SmoteNc(3, SmoteNc.SamplingStrategy.ratio(0.6)), List.of("c1", "c4"));
    }

    @Test
    void plainSmoteIsTheNoCategoricalCase() {
        check("smote", new SmoteNc(), List.of());
    }

    @Test
    void tooFewMinorityRowsIsAClearError() {
        double[][] v = new double[10][];
        int[] y = new int[10];
        for (int i = 0; i < 10; i++) {
            v[i] = new double[] {i, i % 2};
            y[i] = i < 4 ? 1 : 0;
        }
        FeatureMatrix x = new FeatureMatrix(List.of("a", "cat"), v);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmoteNc().resample(x, new BinaryLabels(y), List.of("cat"), SmoteRandom.seeded(1)));
        assertTrue(e.getMessage().contains("at least 6") && e.getMessage().contains("got 4"), e.getMessage());
    }

    @Test
    void seededRunsAreReproducibleAndBalance() {
        CsvTable in = Golden.csv("smote", "smotenc_input.csv");
        SmoteResult a = new SmoteNc().resample(features(in), labels(in), List.of("c1", "c4"), SmoteRandom.seeded(9));
        SmoteResult b = new SmoteNc().resample(features(in), labels(in), List.of("c1", "c4"), SmoteRandom.seeded(9));
        assertArrayEquals(a.data().toArray()[70], b.data().toArray()[70]);
        assertEquals(a.labels().count(0), a.labels().count(1));
    }
}
