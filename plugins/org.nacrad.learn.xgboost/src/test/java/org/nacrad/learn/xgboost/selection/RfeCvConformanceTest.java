package org.nacrad.learn.xgboost.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.split.FoldAssignment;
import org.nacrad.learn.xgboost.ImportanceType;
import org.nacrad.learn.xgboost.OracleData;
import org.nacrad.learn.xgboost.XGBoostParams;

/** (b) scikit-learn 1.9 RFECV(XGBClassifier) with its default folds: same curve, selection and ranking. */
class RfeCvConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"step1", "fraction", "sampled", "zero_importance", "defaults"})
    void curveSelectionAndRankingMatchScikitLearn(String name) {
        OracleData.Data d = OracleData.data("rfecv", name + "_data.csv");
        Map<?, ?> cfg = OracleData.json("rfecv", name + "_params.json");
        XGBoostParams params = OracleData.params((Map<?, ?>) cfg.get("xgboost"));
        double step = Double.parseDouble((String) cfg.get("step"));
        Step s = step < 1 ? Step.fraction(step) : Step.of((int) step);
        int min = Integer.parseInt((String) cfg.get("min_features_to_select"));

        FoldAssignment sklearnFolds = Folds.sklearn(5).assign(d.y());
        double[] expectedFolds = OracleData.csv("rfecv", name + "_folds.csv").numericColumn("fold");
        for (int i = 0; i < expectedFolds.length; i++) {
            assertEquals((int) expectedFolds[i], sklearnFolds.foldOf(i), "fold of row " + (i + 1));
        }

        RfeCvResult r = new RecursiveFeatureElimination(params, s, min, Folds.sklearn(5), Scoring.BALANCED_ACCURACY,
                ImportanceType.GAIN, 2).fitCv(d.x(), d.y());

        CsvTable curve = OracleData.csv("rfecv", name + "_curve.csv");
        assertArrayEquals(curve.numericColumn("n_features"),
                java.util.Arrays.stream(r.featureCounts()).asDoubleStream().toArray(), name + " feature counts");
        for (int f = 0; f < 5; f++) {
            assertArrayEquals(curve.numericColumn("split" + f + "_test_score"), r.foldScores()[f], 1e-12,
                    name + " fold " + f + " scores");
        }
        assertArrayEquals(curve.numericColumn("mean_test_score"), r.meanScores(), 1e-12, name + " means");
        assertArrayEquals(curve.numericColumn("std_test_score"), r.sdScores(), 1e-12, name + " SDs");

        CsvTable sel = OracleData.csv("rfecv", name + "_selection.csv");
        List<String> expected = new ArrayList<>();
        double[] support = sel.numericColumn("support");
        for (int j = 0; j < support.length; j++) {
            if (support[j] == 1) {
                expected.add(sel.column("feature").get(j));
            }
        }
        assertEquals(expected, r.selection().selected(), name + " selected features");
        assertArrayEquals(sel.numericColumn("ranking"),
                java.util.Arrays.stream(r.ranking()).asDoubleStream().toArray(), name + " ranking");
        assertEquals(expected, r.estimator().features());
    }
}
