package org.nacrad.learn.xgboost;

import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.nacrad.learn.FeatureMatrix;

/** Row-major float32 DMatrix of a feature table (XGBoost works in float32 whatever the input type). */
final class Dense {

    private Dense() {
    }

    static DMatrix matrix(FeatureMatrix x) throws XGBoostError {
        int n = x.rowCount();
        int p = x.columnCount();
        float[] data = new float[n * p];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                data[r * p + c] = (float) x.get(r, c);
            }
        }
        return new DMatrix(data, n, p, Float.NaN);
    }
}
