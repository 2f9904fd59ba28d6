package org.nacrad.learn.xgboost.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.smote.SmoteResult;
import org.nacrad.learn.xgboost.OracleData;
import org.nacrad.learn.xgboost.XGBoostParams;

/** Grid search with SMOTE-NC inside the folds (no Python counterpart with identical draws): behaviour only. */
class ModelSelectionBehaviourTest {

    private static final XGBoostParams PARAMS = XGBoostParams.defaults().with("n_estimators", 20)
            .with("max_depth", 3);
    private static final ParameterGrid GRID = new ParameterGrid(Map.of("max_depth", List.of(2.0, 3.0)));

    /** Pure noise: 120 rows, 8 Gaussian features (one a 3-level category), about a third positive. */
    private static FeatureMatrix noise(long seed, int[] labelsOut) {
        Random rng = new Random(seed);
        double[][] v = new double[labelsOut.length][8];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < 7; j++) {
                v[i][j] = rng.nextGaussian();
            }
            v[i][7] = rng.nextInt(3);
            labelsOut[i] = i % 3 == 0 ? 1 : 0;
        }
        return new FeatureMatrix(OracleData.names("x", 8), v);
    }

    private static Oversampling smote() {
        return new Oversampling(new SmoteNc(), Set.of("x8"), 17);
    }

    @Test
    void oversampledSearchIsDeterministicWhateverTheThreadCountAndDiffersFromPlain() {
        OracleData.Data d = OracleData.data("gridsearch", "balanced_accuracy_data.csv");
        GridSearchResult one = new GridSearchCV(PARAMS, GRID, Folds.stratified(5, 3), Scoring.BALANCED_ACCURACY,
                new Oversampling(new SmoteNc(), Set.of(), 17), 1).fit(d.x(), d.y());
        GridSearchResult two = new GridSearchCV(PARAMS, GRID, Folds.stratified(5, 3), Scoring.BALANCED_ACCURACY,
                new Oversampling(new SmoteNc(), Set.of(), 17), 2).fit(d.x(), d.y());
        GridSearchResult plain = new GridSearchCV(PARAMS, GRID, Folds.stratified(5, 3), Scoring.BALANCED_ACCURACY,
                null, 2).fit(d.x(), d.y());
        boolean differs = false;
        for (int c = 0; c < one.candidates().size(); c++) {
            assertArrayEquals(one.candidates().get(c).foldScores(), two.candidates().get(c).foldScores());
            differs |= !java.util.Arrays.equals(one.candidates().get(c).foldScores(),
                    plain.candidates().get(c).foldScores());
        }
        assertTrue(differs, "SMOTE-NC inside the folds changed no score: it was not applied");
        assertArrayEquals(one.model().predictProbability(d.x()), two.model().predictProbability(d.x()));
        assertNotEquals(java.util.Arrays.toString(plain.model().predictProbability(d.x())),
                java.util.Arrays.toString(one.model().predictProbability(d.x())), "refit ignored SMOTE-NC");
    }

    /**
     * Validation rows are never oversampled: on pure noise the cross-validated balanced accuracy stays at chance,
     * while oversampling before the split (the leak this design prevents) inflates it, since synthetic copies of
     * validation rows' neighbours then sit in the training folds.
     */
    @Test
    void oversamplingOnlyInsideTrainingFoldsKeepsNoiseAtChance() {
        int[] labels = new int[120];
        FeatureMatrix x = noise(5, labels);
        BinaryLabels y = new BinaryLabels(labels);
        ParameterGrid single = new ParameterGrid(Map.of());
        double inside = new GridSearchCV(PARAMS, single, Folds.stratified(5, 1), Scoring.BALANCED_ACCURACY,
                smote(), 2).fit(x, y).best().mean();
        assertEquals(0.5, inside, 0.1, "SMOTE-NC inside folds on noise");

        SmoteResult leaked = smote().apply(x, y, -1);
        double before = new GridSearchCV(PARAMS, single, Folds.stratified(5, 1), Scoring.BALANCED_ACCURACY, null, 2)
                .fit(leaked.data(), leaked.labels()).best().mean();
        assertTrue(before > inside + 0.1, "oversampling before the split should inflate the score on noise: "
                + before + " vs " + inside);
    }

    @Test
    void rfeCvIsDeterministicWhateverTheThreadCount() {
        OracleData.Data d = OracleData.data("rfecv", "sampled_data.csv");
        XGBoostParams p = PARAMS.with("subsample", 0.7).with("colsample_bytree", 0.6).with("seed", 9);
        RfeCvResult one = new RecursiveFeatureElimination(p, Step.of(3), 1, Folds.stratified(4, 2),
                Scoring.ROC_AUC, org.nacrad.learn.xgboost.ImportanceType.TOTAL_GAIN, 1).fitCv(d.x(), d.y());
        RfeCvResult two = new RecursiveFeatureElimination(p, Step.of(3), 1, Folds.stratified(4, 2),
                Scoring.ROC_AUC, org.nacrad.learn.xgboost.ImportanceType.TOTAL_GAIN, 2).fitCv(d.x(), d.y());
        assertArrayEquals(one.meanScores(), two.meanScores());
        assertEquals(one.selection().selected(), two.selection().selected());
        // 12 features, step 3, at least 1: 12, 9, 6, 3, then min(3, 3 - 1) = 2 removed
        assertArrayEquals(new int[] {1, 3, 6, 9, 12}, one.featureCounts());
        assertFalse(one.selection().selected().isEmpty());
    }

    @Test
    void plainRfeKeepsTheRequestedNumberInColumnOrder() {
        OracleData.Data d = OracleData.data("rfecv", "zero_importance_data.csv");
        // sklearn's RFECV ranking of this case ran RFE (step 1) on all rows down to 1 feature: the columns ranked
        // 1..3 there are the ones RFE to 3 features keeps
        org.nacrad.learn.io.CsvTable golden = OracleData.csv("rfecv", "zero_importance_selection.csv");
        double[] ranking = golden.numericColumn("ranking");
        List<String> expected = java.util.stream.IntStream.range(0, ranking.length).filter(j -> ranking[j] <= 3)
                .mapToObj(j -> golden.column("feature").get(j)).toList();
        List<String> three = new RecursiveFeatureElimination(XGBoostParams.defaults().with("n_estimators", 5)
                .with("max_depth", 1)).select(d.x(), d.y(), 3).selected();
        assertEquals(expected, three);
    }

    @Test
    void parameterGridFollowsScikitLearnOrder() {
        ParameterGrid g = new ParameterGrid(Map.of("n_estimators", List.of(10.0, 20.0), "max_depth", List.of(2.0,
                4.0, 6.0)));
        List<Map<String, Double>> c = g.candidates();
        assertEquals(6, c.size());
        // keys sorted (max_depth < n_estimators), the last key varying fastest
        assertEquals(Map.of("max_depth", 2.0, "n_estimators", 10.0), c.get(0));
        assertEquals(Map.of("max_depth", 2.0, "n_estimators", 20.0), c.get(1));
        assertEquals(Map.of("max_depth", 6.0, "n_estimators", 20.0), c.get(5));
    }

    @Test
    void rfeStepFractionIsTruncatedAsScikitLearn() {
        assertEquals(3, Step.fraction(0.15).size(20));
        assertEquals(1, Step.fraction(0.01).size(60));
        assertEquals(6, Step.fraction(0.1).size(60));
        assertEquals(4, Step.of(4).size(60));
    }
}
