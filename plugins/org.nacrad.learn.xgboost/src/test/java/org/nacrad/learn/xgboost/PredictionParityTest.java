package org.nacrad.learn.xgboost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nacrad.learn.io.CsvTable;

/** (a) Same data and parameters as Python xgboost 3.4's XGBClassifier: same probabilities, classes, importances. */
class PredictionParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "regularised", "exact", "many_rows"})
    void probabilitiesClassesAndImportancesMatchPython(String name) {
        OracleData.Data d = OracleData.data("predict", name + "_data.csv");
        XGBoostParams params = OracleData.params("predict", name + "_params.json");
        int[] train = d.rows("train");
        FittedXGBoost model = new XGBoostClassifier(params).fit(d.x().selectRows(train), d.y().subset(train));

        CsvTable expected = OracleData.csv("predict", name + "_proba.csv");
        double[] p = model.predictProbability(d.x());
        double[] want = expected.numericColumn("proba");
        for (int i = 0; i < p.length; i++) {
            assertEquals(want[i], p[i], 1e-6, name + " probability of " + d.x().rowId(i));
        }
        assertArrayEquals(expected.numericColumn("class"), java.util.Arrays.stream(model.predictClass(d.x()))
                .asDoubleStream().toArray(), name + " classes");

        CsvTable imp = OracleData.csv("predict", name + "_importance.csv");
        assertEquals(imp.column("feature"), model.features());
        for (ImportanceType t : ImportanceType.values()) {
            double[] got = model.importance(t);
            double[] exp = imp.numericColumn(t.xgboostName());
            for (int j = 0; j < got.length; j++) {
                assertEquals((float) exp[j], (float) got[j], name + " " + t.xgboostName() + " of x" + (j + 1));
            }
        }
        double[] fi = model.featureImportances();
        double[] expFi = imp.numericColumn("feature_importances_");
        for (int j = 0; j < fi.length; j++) {
            assertEquals((float) expFi[j], (float) fi[j], name + " feature_importances_ of x" + (j + 1));
        }
    }
}
