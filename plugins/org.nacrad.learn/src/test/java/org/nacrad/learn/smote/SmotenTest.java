package org.nacrad.learn.smote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nacrad.learn.smote.SmoteNcTest.features;
import static org.nacrad.learn.smote.SmoteNcTest.labels;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

/**
 * Against imbalanced-learn 0.14 SMOTEN (oracle/learn/gen_smoten.py). The oracle recorded numpy's base-row draw and
 * chose data without neighbour-distance ties, so neighbour lists and synthetic rows must agree exactly.
 */
class SmotenTest {

    private static void check(String name, Smoten smoten) {
        CsvTable in = Golden.csv("smote", name + "_input.csv");
        CsvTable draws = Golden.csv("smote", name + "_draws.csv");
        SmoteNcTest.Replay replay = new SmoteNcTest.Replay(draws);
        SmoteResult r = smoten.resample(features(in), labels(in), replay);
        assertTrue(replay.exhausted(), "every recorded draw used");
        CsvTable nn = Golden.csv("smote", name + "_neighbours.csv");
        assertEquals(nn.rowCount(), r.neighbours().length, name + " minority rows");
        for (int i = 0; i < nn.rowCount(); i++) {
            int[] expected = new int[nn.header().size() - 1];
            for (int j = 0; j < expected.length; j++) {
                expected[j] = Integer.parseInt(nn.cell(i, j + 1));
            }
            assertArrayEquals(expected, r.neighbours()[i], name + " neighbours of minority row " + i);
        }
        int[] picks = Arrays.stream(draws.cell(0, 3).split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(picks, r.baseRows(), name + " base rows");
        assertEquals(0, r.neighbourRows().length, "SMOTEN has no partner rows");
        CsvTable out = Golden.csv("smote", name + "_output.csv");
        FeatureMatrix expected = features(out);
        assertEquals(expected.rowCount(), r.data().rowCount(), name + " rows");
        assertEquals(labels(out), r.labels());
        for (int row = 0; row < expected.rowCount(); row++) {
            assertArrayEquals(expected.row(row), r.data().row(row), name + " row " + row);
        }
    }

    @Test
    void smotenMatchesImbalancedLearnGivenTheRecordedDraws() {
        check("smoten", new Smoten());
    }

    @Test
    void ratioStrategyAndSmallerKMatch() {
        check("smoten_ratio", new Smoten(3, SmoteNc.SamplingStrategy.ratio(0.6)));
    }

    @Test
    void minorityClassZeroAndThreeColumnsMatch() {
        check("smoten_class0", new Smoten(4, SmoteNc.SamplingStrategy.AUTO));
    }

    @Test
    void likeTakesKAndStrategyFromSmoteNc() {
        CsvTable in = Golden.csv("smote", "smoten_ratio_input.csv");
        SmoteNc nc = new SmoteNc(3, SmoteNc.SamplingStrategy.ratio(0.6));
        SmoteResult r = Smoten.like(nc).resample(features(in), labels(in), SmoteRandom.seeded(3));
        assertEquals(4, r.neighbours()[0].length, "k + 1 neighbours");
        // oracle: int(0.6 × 43 majority rows − 17 minority rows) = 8 synthetic rows
        assertEquals(68, r.data().rowCount());
    }

    private static IllegalArgumentException fails(Executable run) {
        return assertThrows(IllegalArgumentException.class, run);
    }

    @Test
    void tooFewMinorityRowsIsAClearError() {
        double[][] v = new double[10][];
        int[] y = new int[10];
        for (int i = 0; i < 10; i++) {
            v[i] = new double[] {i % 3, i % 2};
            y[i] = i < 4 ? 1 : 0;
        }
        FeatureMatrix x = new FeatureMatrix(List.of("grade", "er"), v);
        String m = fails(() -> new Smoten().resample(x, new BinaryLabels(y), SmoteRandom.seeded(1))).getMessage();
        assertTrue(m.contains("SMOTEN") && m.contains("at least 6") && m.contains("got 4"), m);
    }

    @Test
    void oneClassIsAClearError() {
        FeatureMatrix x = new FeatureMatrix(List.of("er"), new double[][] {{0}, {1}, {1}});
        String m = fails(() -> new Smoten(1, SmoteNc.SamplingStrategy.AUTO)
                .resample(x, new BinaryLabels(new int[] {1, 1, 1}), SmoteRandom.seeded(1))).getMessage();
        assertTrue(m.contains("SMOTEN input"), m);
    }

    @Test
    void missingValuesAreAClearError() {
        FeatureMatrix x = new FeatureMatrix(List.of("er", "pr"),
                new double[][] {{0, 1}, {1, Double.NaN}, {1, 0}, {0, 0}});
        String m = fails(() -> new Smoten(1, SmoteNc.SamplingStrategy.AUTO)
                .resample(x, new BinaryLabels(new int[] {1, 0, 0, 1}), SmoteRandom.seeded(1))).getMessage();
        assertTrue(m.contains("SMOTEN") && m.contains("missing") && m.contains("pr"), m);
    }
}
