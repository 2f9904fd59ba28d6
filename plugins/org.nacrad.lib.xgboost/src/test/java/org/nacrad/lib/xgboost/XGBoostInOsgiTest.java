package org.nacrad.lib.xgboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/** XGBoost4J must load its native library and train from inside this bundle when running in Equinox. */
class XGBoostInOsgiTest {

    @Test
    void classesComeFromThisBundle() {
        Bundle bundle = FrameworkUtil.getBundle(Booster.class);
        assertEquals("org.nacrad.lib.xgboost", bundle == null ? null : bundle.getSymbolicName());
    }

    @Test
    void trainsAndPredictsSeparableData() throws Exception {
        // One feature; label is 1 exactly when the feature exceeds 0.5, so depth-1 trees separate it perfectly.
        int n = 20;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (float) (n - 1);
            y[i] = x[i] > 0.5f ? 1f : 0f;
        }
        DMatrix train = new DMatrix(x, n, 1, Float.NaN);
        train.setLabel(y);
        Map<String, Object> params = Map.of("objective", "binary:logistic", "max_depth", 1, "eta", 0.5,
                "nthread", 1, "seed", 7, "min_child_weight", 0);
        Booster booster = XGBoost.train(train, params, 10, Map.of(), null, null);
        float[][] p = booster.predict(train);
        assertEquals(n, p.length);
        for (int i = 0; i < n; i++) {
            assertTrue(y[i] == 1f ? p[i][0] > 0.5f : p[i][0] < 0.5f, "row " + i + " predicted " + p[i][0]);
        }
        train.dispose();
        booster.dispose();
    }
}
