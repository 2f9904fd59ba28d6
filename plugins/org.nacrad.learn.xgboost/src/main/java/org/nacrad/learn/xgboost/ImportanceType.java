package org.nacrad.learn.xgboost;

import java.util.Arrays;
import java.util.Locale;

/**
 * XGBoost's feature importance types (Booster.get_score): over all trees, each split node on a feature counts once
 * (weight) and adds its loss change (total_gain) or hessian sum (total_cover); gain and cover are those totals
 * divided by the weight. Python's {@code XGBClassifier.feature_importances_} uses gain for tree boosters.
 */
public enum ImportanceType {
    WEIGHT, GAIN, COVER, TOTAL_GAIN, TOTAL_COVER;

    /** The name XGBoost uses ("weight", "gain", "total_gain", ...). */
    public String xgboostName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportanceType fromName(String name) {
        return Arrays.stream(values()).filter(t -> t.xgboostName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown importance type '" + name + "'; use one of "
                        + Arrays.stream(values()).map(ImportanceType::xgboostName).toList()));
    }

    boolean usesGain() {
        return this == GAIN || this == TOTAL_GAIN;
    }

    boolean averaged() {
        return this == GAIN || this == COVER;
    }
}
