package org.nacrad.learn.xgboost;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;

/**
 * Fits a binary:logistic XGBoost classifier (XGBoost4J 3.4) on a {@link FeatureMatrix}. The same data and
 * {@link XGBoostParams} give the same trees and probabilities as Python xgboost 3.4's {@code XGBClassifier}
 * (float32 data, dense DMatrix; the scikit-learn API's QuantileDMatrix yields the same histogram cuts).
 * Missing or infinite values are rejected rather than handed to XGBoost's missing-value branches.
 */
public final class XGBoostClassifier {

    private final XGBoostParams params;

    public XGBoostClassifier(XGBoostParams params) {
        this.params = params;
    }

    public XGBoostParams params() {
        return params;
    }

    public FittedXGBoost fit(FeatureMatrix x, BinaryLabels y) {
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("XGBoost: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("XGBoost: the training table has no feature columns");
        }
        MissingValues.requireComplete(x, "XGBoost training data");
        y.requireBothClasses("XGBoost training data");
        float[] labels = new float[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        DMatrix train = null;
        Booster booster = null;
        try {
            train = Dense.matrix(x);
            train.setLabel(labels);
            Map<String, Object> p = params.boosterParams();
            booster = XGBoost.train(train, p, params.nEstimators(), Map.of(), null, null);
            return new FittedXGBoost(x.columns(), params, booster.toByteArray("ubj"), booster.toByteArray("json"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (train != null) {
                train.dispose();
            }
        }
    }
}
