package org.nacrad.learn.xgboost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.ModelState;
import org.nacrad.learn.io.ModelStateJson;

/** Model state round trip, column checks, bad input and thread-count independence. */
class FittedXGBoostTest {

    private static final OracleData.Data DATA = OracleData.data("predict", "regularised_data.csv");
    private static final XGBoostParams PARAMS = OracleData.params("predict", "regularised_params.json");

    private static FittedXGBoost fit(XGBoostParams p) {
        return new XGBoostClassifier(p).fit(DATA.x(), DATA.y());
    }

    @Test
    void stateRoundTripThroughJsonGivesIdenticalPredictions() throws Exception {
        FittedXGBoost model = fit(PARAMS);
        String json = ModelStateJson.write(model.toState());
        FittedXGBoost back = FittedXGBoost.fromState(ModelStateJson.read(json, "test"));
        assertEquals(model.features(), back.features());
        assertEquals(model.params(), back.params());
        assertArrayEquals(model.predictProbability(DATA.x()), back.predictProbability(DATA.x()));
        assertArrayEquals(model.importance(ImportanceType.TOTAL_GAIN), back.importance(ImportanceType.TOTAL_GAIN));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrder() {
        FittedXGBoost model = fit(PARAMS);
        List<String> reversed = new java.util.ArrayList<>(DATA.x().columns());
        java.util.Collections.reverse(reversed);
        assertArrayEquals(model.predictProbability(DATA.x()),
                model.predictProbability(DATA.x().selectColumns(reversed)));
    }

    @Test
    void tableLackingModelColumnsIsRejectedNamingThem() {
        FittedXGBoost model = fit(PARAMS);
        FeatureMatrix lacking = DATA.x().selectColumns(DATA.x().columns().subList(2, 12));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbability(lacking));
        assertTrue(e.getMessage().contains("lacks [x1, x2]"), e.getMessage());
    }

    @Test
    void extraColumnsAreRejectedNamingThem() {
        FittedXGBoost model = new XGBoostClassifier(PARAMS).fit(
                DATA.x().selectColumns(DATA.x().columns().subList(0, 11)), DATA.y());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictClass(DATA.x()));
        assertTrue(e.getMessage().contains("not trained on [x12]"), e.getMessage());
    }

    @Test
    void nonFiniteValuesAreRejectedNamingRowAndColumn() {
        double[][] v = DATA.x().toArray();
        v[4][2] = Double.NaN;
        v[7][5] = Double.POSITIVE_INFINITY;
        FeatureMatrix bad = DATA.x().withValues(v);
        IllegalArgumentException fitError = assertThrows(IllegalArgumentException.class,
                () -> new XGBoostClassifier(PARAMS).fit(bad, DATA.y()));
        assertTrue(fitError.getMessage().contains("[r5, r8]") && fitError.getMessage().contains("[x3, x6]"),
                fitError.getMessage());
        FittedXGBoost model = fit(PARAMS);
        IllegalArgumentException predictError = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbability(bad));
        assertTrue(predictError.getMessage().contains("r5"), predictError.getMessage());
    }

    @Test
    void singleClassTrainingDataIsRejected() {
        int[] negatives = DATA.y().indicesOf(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new XGBoostClassifier(PARAMS).fit(DATA.x().selectRows(negatives), DATA.y().subset(negatives)));
        assertTrue(e.getMessage().contains("only class 0"), e.getMessage());
    }

    @Test
    void labelCountMustMatchRows() {
        assertThrows(IllegalArgumentException.class,
                () -> new XGBoostClassifier(PARAMS).fit(DATA.x(), new BinaryLabels(new int[] {0, 1})));
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        for (XGBoostParams.TreeMethod m : XGBoostParams.TreeMethod.values()) {
            XGBoostParams p = PARAMS.withTreeMethod(m).with("n_estimators", 15);
            FittedXGBoost one = fit(p);
            FittedXGBoost two = fit(p.with("nthread", 2));
            assertArrayEquals(one.predictProbability(DATA.x()), two.predictProbability(DATA.x()), m.name());
            assertArrayEquals(one.importance(ImportanceType.TOTAL_GAIN), two.importance(ImportanceType.TOTAL_GAIN));
        }
    }

    @Test
    void stateOfAnotherModelTypeIsRejected() {
        ModelState other = new ModelState("nacrad.feature-selection", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FittedXGBoost.fromState(other));
        assertTrue(e.getMessage().contains("xgboost-classifier"), e.getMessage());
    }

    @Test
    void unknownParameterNamesAreListed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XGBoostParams.defaults().with("eta", 0.1));
        assertTrue(e.getMessage().contains("learning_rate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XGBoostParams.defaults().with("max_depth", 2.5));
        assertThrows(IllegalArgumentException.class, () -> XGBoostParams.defaults().with("subsample", 0));
    }
}
