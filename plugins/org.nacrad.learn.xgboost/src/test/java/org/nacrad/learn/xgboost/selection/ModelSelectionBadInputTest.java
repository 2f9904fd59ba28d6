package org.nacrad.learn.xgboost.selection;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.split.FoldAssignment;
import org.nacrad.learn.xgboost.ImportanceType;
import org.nacrad.learn.xgboost.OracleData;
import org.nacrad.learn.xgboost.XGBoostParams;

/** Clear errors for folds lacking a class, too few features, non-finite values and bad grids. */
class ModelSelectionBadInputTest {

    private static final OracleData.Data D = OracleData.data("gridsearch", "tie_data.csv");
    private static final XGBoostParams P = XGBoostParams.defaults().with("n_estimators", 5);

    /** Folds 0..2 by row order, but every negative row of the first third moved to fold 1. */
    private static FoldAssignment foldWithoutNegatives() {
        int n = D.y().size();
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            folds[i] = 3 * i / n;
            if (folds[i] == 0 && D.y().get(i) == 0) {
                folds[i] = 1;
            }
        }
        return FoldAssignment.of(folds);
    }

    @Test
    void validationFoldWithOneClassIsRejected() {
        GridSearchCV gs = new GridSearchCV(P, new ParameterGrid(Map.of()), Folds.fixed(foldWithoutNegatives()),
                Scoring.BALANCED_ACCURACY, null, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gs.fit(D.x(), D.y()));
        assertTrue(e.getMessage().contains("validation fold 1 contains only class 1"), e.getMessage());
    }

    @Test
    void trainingPartWithOneClassIsRejected() {
        int[] folds = new int[D.y().size()];
        for (int i = 0; i < folds.length; i++) {
            folds[i] = D.y().get(i) == 1 ? 0 : 1 + i % 2; // every positive in fold 0
        }
        RecursiveFeatureElimination rfe = new RecursiveFeatureElimination(P, Step.of(1), 1,
                Folds.fixed(FoldAssignment.of(folds)), Scoring.BALANCED_ACCURACY, ImportanceType.GAIN, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rfe.fitCv(D.x(), D.y()));
        assertTrue(e.getMessage().contains("training part of cross-validation fold 1 contains only class 0"),
                e.getMessage());
    }

    @Test
    void tooFewRowsOfAClassForTheFoldsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSearchCV(P, new ParameterGrid(Map.of()), Folds.sklearn(60), Scoring.ACCURACY, null, 1)
                        .fit(D.x(), D.y()));
        assertTrue(e.getMessage().contains("fewer than 60 folds"), e.getMessage());
    }

    @Test
    void foldAssignmentOfAnotherSizeIsRejected() {
        FoldAssignment other = FoldAssignment.of(new int[] {0, 1, 0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecursiveFeatureElimination(P, Step.of(1), 1, Folds.fixed(other), Scoring.ACCURACY,
                        ImportanceType.GAIN, 1).fitCv(D.x(), D.y()));
        assertTrue(e.getMessage().contains("covers 4 rows"), e.getMessage());
    }

    @Test
    void nonFiniteValuesAreRejectedBeforeAnyFit() {
        double[][] v = D.x().toArray();
        v[3][1] = Double.NaN;
        FeatureMatrix bad = D.x().withValues(v);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecursiveFeatureElimination(P).fitCv(bad, D.y()));
        assertTrue(e.getMessage().contains("r4") && e.getMessage().contains("x2"), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> new GridSearchCV(P, new ParameterGrid(Map.of())).fit(bad, D.y()));
        assertTrue(g.getMessage().contains("r4"), g.getMessage());
    }

    @Test
    void rfeNeedsTwoFeatures() {
        FeatureMatrix one = D.x().selectColumns(List.of("x1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecursiveFeatureElimination(P).fitCv(one, D.y()));
        assertTrue(e.getMessage().contains("at least 2 feature columns"), e.getMessage());
    }

    @Test
    void badGridsAndStepsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterGrid(Map.of("eta", List.of(0.1))));
        assertThrows(IllegalArgumentException.class, () -> new ParameterGrid(Map.of("max_depth", List.of())));
        assertThrows(IllegalArgumentException.class, () -> Step.fraction(1.5));
        assertThrows(IllegalArgumentException.class, () -> Step.of(0));
    }

    @Test
    void tooFewMinorityRowsForSmoteInAFoldIsReported() {
        Oversampling smote = new Oversampling(new SmoteNc(40, SmoteNc.SamplingStrategy.AUTO), Set.of(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSearchCV(P, new ParameterGrid(Map.of()), Folds.sklearn(5), Scoring.ACCURACY, smote, 1)
                        .fit(D.x(), D.y()));
        assertTrue(e.getMessage().contains("k = 40"), e.getMessage());
    }
}
