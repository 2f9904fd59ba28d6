package org.nacrad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.combat.ComBat;
import org.nacrad.learn.combat.ComBatCovariates;
import org.nacrad.learn.combat.FittedComBat;
import org.nacrad.learn.combat.UnseenBatchPolicy;
import org.nacrad.learn.metrics.BinaryMetrics;
import org.nacrad.learn.metrics.MetricsSummary;
import org.nacrad.learn.metrics.SelectionFrequency;
import org.nacrad.learn.mrmr.Mrmr;
import org.nacrad.learn.scaling.FittedRobustScaler;
import org.nacrad.learn.scaling.RobustScaler;
import org.nacrad.learn.split.Partition;
import org.nacrad.learn.split.RepeatedStratifiedSplit;

/**
 * The protocol's leakage and signal checks on this bundle's steps (ComBat, robust scaling, mRMR fitted on the
 * training part only; a nearest-centroid classifier stands in for XGBoost): permuted labels must give chance-level
 * balanced accuracy (0.5 ± 0.07 over ten partitions), a planted signal must be found and its features selected.
 */
class ProtocolValidityTest {

    private static final int ROWS = 177;
    private static final int FEATURES = 300;
    private static final int SIGNAL = 5;

    private record Cohort(FeatureMatrix x, BinaryLabels y, List<String> scanner) {
    }

    private static Cohort cohort(boolean signal, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[ROWS];
        List<String> scanner = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            y[i] = i % 3 == 0 ? 1 : 0;
            scanner.add("s" + (i % 4));
        }
        if (!signal) {
            for (int i = ROWS - 1; i > 0; i--) { // permute the labels
                int j = rng.nextInt(i + 1);
                int t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            names.add("f" + j);
        }
        double[][] v = new double[ROWS][FEATURES];
        for (int i = 0; i < ROWS; i++) {
            int b = i % 4;
            for (int j = 0; j < FEATURES; j++) {
                double planted = signal && j < SIGNAL ? 1.2 * y[i] : 0;
                v[i][j] = rng.nextGaussian() * (1 + 0.3 * b) + 2 * b + planted;
            }
        }
        return new Cohort(new FeatureMatrix(names, v), new BinaryLabels(y), scanner);
    }

    private static List<String> rows(List<String> values, int[] idx) {
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            out.add(values.get(i));
        }
        return out;
    }

    /** Runs ten 80/20 partitions; returns per-partition metrics and fills {@code freq}. */
    private static List<BinaryMetrics> evaluate(Cohort c, SelectionFrequency freq) {
        List<BinaryMetrics> out = new ArrayList<>();
        for (Partition p : RepeatedStratifiedSplit.partitions(c.y, 10, 0.2, 11)) {
            int[] tr = p.train();
            int[] te = p.test();
            FeatureMatrix train = c.x.selectRows(tr);
            FittedComBat combat = new ComBat().fit(train, rows(c.scanner, tr), ComBatCovariates.none(tr.length));
            FeatureMatrix hTrain = combat.transform(train, rows(c.scanner, tr), ComBatCovariates.none(tr.length),
                    UnseenBatchPolicy.ERROR).data();
            FittedRobustScaler scaler = new RobustScaler().fit(hTrain);
            FeatureMatrix sTrain = scaler.transform(hTrain);
            BinaryLabels yTrain = c.y.subset(tr);
            FeatureSelection sel = new Mrmr().fit(sTrain, yTrain);
            freq.addPartition(sel.selected());
            FeatureMatrix sTest = sel.transform(scaler.transform(combat.transform(c.x.selectRows(te),
                    rows(c.scanner, te), ComBatCovariates.none(te.length), UnseenBatchPolicy.ERROR).data()));
            out.add(nearestCentroid(sel.transform(sTrain), yTrain, sTest, c.y.subset(te)));
        }
        return out;
    }

    /** Scores by distance to the class centroids: P(1) = d0² / (d0² + d1²). */
    private static BinaryMetrics nearestCentroid(FeatureMatrix train, BinaryLabels y, FeatureMatrix test,
            BinaryLabels truth) {
        int p = train.columnCount();
        double[][] centroid = new double[2][p];
        for (int r = 0; r < train.rowCount(); r++) {
            for (int c = 0; c < p; c++) {
                centroid[y.get(r)][c] += train.get(r, c) / y.count(y.get(r));
            }
        }
        int[] pred = new int[test.rowCount()];
        double[] prob = new double[test.rowCount()];
        for (int r = 0; r < test.rowCount(); r++) {
            double d0 = 0, d1 = 0;
            for (int c = 0; c < p; c++) {
                d0 += Math.pow(test.get(r, c) - centroid[0][c], 2);
                d1 += Math.pow(test.get(r, c) - centroid[1][c], 2);
            }
            prob[r] = d0 / (d0 + d1);
            pred[r] = prob[r] > 0.5 ? 1 : 0;
        }
        return BinaryMetrics.of(truth.toArray(), pred, prob);
    }

    @Test
    void permutedLabelsGiveChanceLevel() {
        List<BinaryMetrics> m = evaluate(cohort(false, 3), new SelectionFrequency());
        double ba = MetricsSummary.of(m).get("balanced_accuracy").mean();
        assertEquals(0.5, ba, 0.07, "mean balanced accuracy with permuted labels");
    }

    @Test
    void plantedSignalIsFoundAndSelected() {
        SelectionFrequency freq = new SelectionFrequency();
        List<BinaryMetrics> m = evaluate(cohort(true, 4), freq);
        double ba = MetricsSummary.of(m).get("balanced_accuracy").mean();
        assertTrue(ba > 0.65, "mean balanced accuracy " + ba); // 0.71-0.83 over seeds 1-12
        for (int j = 0; j < SIGNAL; j++) {
            assertEquals(1.0, freq.frequency("f" + j), "signal feature f" + j + " selected in every partition");
        }
    }
}
