package org.nacrad.learn.xgboost.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
import org.nacrad.learn.xgboost.XGBoostParams;

/** The SMOTEN fallback when feature elimination leaves only categorical columns. */
class OversamplingTest {

    private static final List<String> CLINICAL = List.of("er", "pr", "grade");

    /** 50 rows of binary er/pr and grade 1–3, 15 of them positive. */
    private static FeatureMatrix clinical(int[] labelsOut) {
        Random rng = new Random(7);
        double[][] v = new double[labelsOut.length][];
        for (int i = 0; i < v.length; i++) {
            labelsOut[i] = i % 7 < 2 ? 1 : 0;
            v[i] = new double[] {rng.nextInt(2), rng.nextInt(2), 1 + rng.nextInt(3)};
        }
        return new FeatureMatrix(CLINICAL, v);
    }

    private static Oversampling oversampling() {
        return new Oversampling(new SmoteNc(), Set.of("er", "pr", "grade", "nodal_status"), 11);
    }

    @Test
    void allCategoricalTableIsBalancedBySmotenWithInputCategories() {
        int[] labels = new int[50];
        FeatureMatrix x = clinical(labels);
        BinaryLabels y = new BinaryLabels(labels);
        SmoteResult r = oversampling().apply(x, y, 0);
        assertEquals(35, r.labels().count(1), "minority raised to the 35 majority rows");
        assertEquals(35, r.labels().count(0));
        assertEquals(6, r.neighbours()[0].length, "SMOTEN's k + 1 neighbours (row itself included)");
        for (int c = 0; c < x.columnCount(); c++) {
            double[] inputLevels = Arrays.stream(x.column(c)).distinct().sorted().toArray();
            for (int s = x.rowCount(); s < r.data().rowCount(); s++) {
                double v = r.data().get(s, c);
                assertTrue(Arrays.binarySearch(inputLevels, v) >= 0, CLINICAL.get(c) + " got level " + v);
            }
        }
    }

    @Test
    void smotenOnlyWhenEveryColumnIsCategorical() {
        Oversampling o = oversampling();
        assertTrue(o.usesSmoten(List.of("er", "grade")));
        assertFalse(o.usesSmoten(List.of("er", "mri_entropy")));
        assertFalse(o.usesSmoten(List.of()));
    }

    @Test
    void gridSearchRunsWhenOnlyCategoricalFeaturesAreLeft() {
        int[] labels = new int[50];
        FeatureMatrix x = clinical(labels);
        GridSearchResult r = new GridSearchCV(XGBoostParams.defaults().with("n_estimators", 5),
                new ParameterGrid(Map.of()), Folds.stratified(3, 1), Scoring.BALANCED_ACCURACY, oversampling(), 1)
                .fit(x, new BinaryLabels(labels));
        assertEquals(3, r.best().foldScores().length);
        assertTrue(Double.isFinite(r.best().mean()));
    }
}
