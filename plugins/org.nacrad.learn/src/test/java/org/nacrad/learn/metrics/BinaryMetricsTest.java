package org.nacrad.learn.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

/** Against scikit-learn's metrics (oracle/learn/gen_metrics_scaling.py). */
class BinaryMetricsTest {

    @Test
    void matchesScikitLearnIncludingTiedScores() {
        CsvTable in = Golden.csv("metrics", "metrics_input.csv");
        CsvTable exp = Golden.csv("metrics", "metrics_expected.csv");
        double[] caseCol = in.numericColumn("case");
        double[] truth = in.numericColumn("truth");
        double[] pred = in.numericColumn("predicted");
        double[] prob = in.numericColumn("probability");
        for (int e = 0; e < exp.rowCount(); e++) {
            int c = (int) exp.numericColumn("case")[e];
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < caseCol.length; i++) {
                if (caseCol[i] == c) {
                    rows.add(i);
                }
            }
            int[] t = rows.stream().mapToInt(i -> (int) truth[i]).toArray();
            int[] p = rows.stream().mapToInt(i -> (int) pred[i]).toArray();
            double[] s = rows.stream().mapToDouble(i -> prob[i]).toArray();
            BinaryMetrics m = BinaryMetrics.of(t, p, s);
            for (Map.Entry<String, Double> kv : m.asMap().entrySet()) {
                Golden.assertClose(exp.numericColumn(kv.getKey())[e], kv.getValue(), 1e-12, "case " + c + " " + kv.getKey());
            }
            assertEquals((int) exp.numericColumn("tp")[e], m.confusion().truePositives());
            assertEquals((int) exp.numericColumn("fp")[e], m.confusion().falsePositives());
            assertEquals((int) exp.numericColumn("tn")[e], m.confusion().trueNegatives());
            assertEquals((int) exp.numericColumn("fn")[e], m.confusion().falseNegatives());
        }
    }

    @Test
    void scoringsAndSummaryAgreeWithTheMetrics() {
        int[] t = {0, 0, 1, 1, 1, 0};
        int[] p = {0, 1, 1, 1, 0, 0};
        double[] s = {0.1, 0.7, 0.8, 0.9, 0.3, 0.2};
        BinaryMetrics m = BinaryMetrics.of(t, p, s);
        assertEquals(m.balancedAccuracy(), Scoring.fromName("balanced_accuracy").score(t, p, null));
        assertEquals(m.auc(), Scoring.ROC_AUC.score(t, p, s));
        assertEquals(m.sensitivity(), Scoring.RECALL.score(t, p, null));
        assertEquals(4.0 / 6, Scoring.ACCURACY.score(t, p, null), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Scoring.fromName("kappa"));
        BinaryMetrics perfect = BinaryMetrics.of(t, t, s);
        MeanSd ba = MetricsSummary.of(List.of(m, perfect)).get("balanced_accuracy");
        assertEquals((m.balancedAccuracy() + 1) / 2, ba.mean(), 1e-15);
        assertEquals(Math.abs(1 - m.balancedAccuracy()) / Math.sqrt(2), ba.sd(), 1e-15); // n = 2, ddof = 1
    }

    @Test
    void aucOfPerfectAndReversedRankingAndAllTies() {
        int[] y = {0, 0, 1, 1};
        assertEquals(1.0, RocAuc.of(y, new double[] {0.1, 0.2, 0.8, 0.9}));
        assertEquals(0.0, RocAuc.of(y, new double[] {0.9, 0.8, 0.2, 0.1}));
        assertEquals(0.5, RocAuc.of(y, new double[] {0.5, 0.5, 0.5, 0.5}));
    }

    @Test
    void singleClassTruthIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> BinaryMetrics.of(new int[] {1, 1}, new int[] {1, 0}, new double[] {0.9, 0.1}));
    }

    @Test
    void meanAndSampleSd() {
        MeanSd m = MeanSd.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, m.mean());
        assertEquals(Math.sqrt(5.0 / 3.0), m.sd(), 1e-15); // sum of squares 5, ddof = 1
        assertEquals(Double.NaN, MeanSd.of(new double[] {7}).sd());
    }

    @Test
    void selectionFrequencyCountsEachPartitionOnce() {
        SelectionFrequency f = new SelectionFrequency();
        f.addPartition(List.of("a", "b", "a"));
        f.addPartition(List.of("b"));
        f.addPartition(List.of("c", "b"));
        assertEquals(3, f.count("b"));
        assertEquals(1, f.count("a"));
        assertEquals(1.0 / 3, f.frequency("c"), 1e-15);
        assertEquals("b", f.ranked().get(0).getKey());
    }
}
