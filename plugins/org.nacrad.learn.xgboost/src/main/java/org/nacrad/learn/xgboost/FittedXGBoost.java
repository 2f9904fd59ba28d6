package org.nacrad.learn.xgboost;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FittedModel;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.ModelState;

/**
 * A fitted XGBoost classifier: the feature names it was trained on (in training order), its parameters and the
 * booster as XGBoost's UBJSON bytes. No native handle is kept: each prediction loads the booster and frees it, so
 * models can be stored, copied and dropped freely. Prediction checks the table's columns by name.
 */
public final class FittedXGBoost implements FittedModel {

    static final String TYPE = "nacrad.xgboost-classifier";

    private final List<String> features;
    private final XGBoostParams params;
    private final byte[] booster;
    private String modelJson;

    FittedXGBoost(List<String> features, XGBoostParams params, byte[] booster, byte[] modelJson) {
        this.features = List.copyOf(features);
        this.params = params;
        this.booster = booster.clone();
        this.modelJson = modelJson == null ? null : new String(modelJson, StandardCharsets.UTF_8);
    }

    /** Feature names in training order. */
    public List<String> features() {
        return features;
    }

    public XGBoostParams params() {
        return params;
    }

    /** The booster in XGBoost's UBJSON model format (readable by Python's {@code Booster.load_model}). */
    public byte[] boosterBytes() {
        return booster.clone();
    }

    /**
     * Class-1 probabilities (XGBoost's float32 outputs widened to double). The table must hold exactly the model's
     * feature columns, in any order; values must be finite.
     */
    public double[] predictProbability(FeatureMatrix x) {
        FeatureMatrix ordered = checkColumns(x);
        MissingValues.requireComplete(ordered, "XGBoost prediction input");
        float[][] p = withBooster(b -> {
            DMatrix m = Dense.matrix(ordered);
            try {
                return b.predict(m);
            } finally {
                m.dispose();
            }
        });
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i][0];
        }
        return out;
    }

    /** Predicted classes: 1 where the float32 probability exceeds 0.5, as {@code XGBClassifier.predict}. */
    public int[] predictClass(FeatureMatrix x) {
        return classesOf(predictProbability(x));
    }

    /** Classes of probabilities from {@link #predictProbability} (threshold: strictly above 0.5). */
    public static int[] classesOf(double[] probability) {
        int[] out = new int[probability.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probability[i] > 0.5 ? 1 : 0;
        }
        return out;
    }

    /** XGBoost's raw importance of each feature (training order); 0 for features never split on. */
    public double[] importance(ImportanceType type) {
        return widen(TreeImportance.compute(modelJson(), features.size(), type));
    }

    /**
     * scikit-learn's {@code XGBClassifier.feature_importances_} (importance_type gain): gain importance normalised
     * to sum 1 in float32, in training order.
     */
    public double[] featureImportances() {
        return featureImportances(ImportanceType.GAIN);
    }

    /** Normalised importance of the given type, as {@code feature_importances_} with that importance_type. */
    public double[] featureImportances(ImportanceType type) {
        return widen(TreeImportance.normalise(TreeImportance.compute(modelJson(), features.size(), type)));
    }

    @Override
    public ModelState toState() {
        return new ModelState(TYPE, 1).put("features", features).put("params", params.toState())
                .put("booster_ubj_base64", Base64.getEncoder().encodeToString(booster));
    }

    public static FittedXGBoost fromState(ModelState s) {
        s.require(TYPE, 1);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.getString("booster_ubj_base64"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("XGBoost model state: booster bytes are not valid base64", e);
        }
        FittedXGBoost m = new FittedXGBoost(s.getStrings("features"), XGBoostParams.fromState(s.getState("params")),
                bytes, null);
        long n = m.withBooster(Booster::getNumFeature);
        if (n != m.features.size()) {
            throw new IllegalArgumentException("XGBoost model state: the booster has " + n + " features but "
                    + m.features.size() + " feature names are stored");
        }
        return m;
    }

    private synchronized String modelJson() {
        if (modelJson == null) {
            modelJson = new String(withBooster(b -> b.toByteArray("json")), StandardCharsets.UTF_8);
        }
        return modelJson;
    }

    /** The input's columns in training order; the error names missing and unexpected columns. */
    private FeatureMatrix checkColumns(FeatureMatrix x) {
        List<String> missing = new ArrayList<>();
        for (String f : features) {
            if (!x.hasColumn(f)) {
                missing.add(f);
            }
        }
        Set<String> known = new HashSet<>(features);
        List<String> extra = x.columns().stream().filter(c -> !known.contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder msg = new StringBuilder("the table does not match the XGBoost model's "
                    + features.size() + " features:");
            if (!missing.isEmpty()) {
                msg.append(" it lacks ").append(missing);
            }
            if (!extra.isEmpty()) {
                msg.append(missing.isEmpty() ? "" : ";").append(" it has columns the model was not trained on ")
                        .append(extra).append(" (select the model's features first)");
            }
            throw new IllegalArgumentException(msg.toString());
        }
        return x.columns().equals(features) ? x : x.selectColumns(features);
    }

    private interface BoosterCall<T> {
        T apply(Booster b) throws XGBoostError;
    }

    private <T> T withBooster(BoosterCall<T> call) {
        Booster b = null;
        try {
            b = XGBoost.loadModel(booster);
            b.setParam("nthread", params.nthread());
            return call.apply(b);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalStateException("XGBoost model could not be used: " + e.getMessage(), e);
        } finally {
            if (b != null) {
                b.dispose();
            }
        }
    }

    private static double[] widen(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
