package org.nacrad.learn.xgboost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nacrad.learn.ModelState;

/**
 * Hyper-parameters of a binary:logistic XGBoost classifier, named as in Python xgboost's scikit-learn API
 * ({@code XGBClassifier}). The defaults are the values that API ends up using when a parameter is left unset
 * (xgboost 3.4: n_estimators 100, max_depth 6, learning_rate 0.3, subsample 1, colsample_bytree 1,
 * min_child_weight 1, gamma 0, reg_lambda 1, reg_alpha 0, scale_pos_weight 1, random_state → seed 0,
 * tree_method auto = hist, max_bin 256), except {@code nthread}: 1 here, all cores there (results do not depend
 * on it; {@code XGBoostDeterminismTest} checks that).
 */
public record XGBoostParams(int nEstimators, int maxDepth, double learningRate, double subsample,
        double colsampleBytree, double minChildWeight, double gamma, double regLambda, double regAlpha,
        double scalePosWeight, long seed, int nthread, TreeMethod treeMethod, int maxBin) {

    /** XGBoost's CPU tree construction algorithms that we allow (both deterministic for a seed). */
    public enum TreeMethod {
        HIST, EXACT;

        String xgboostName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The scikit-learn-API names accepted by {@link #with} (grid search keys). */
    public static final List<String> NAMES = List.of("n_estimators", "max_depth", "learning_rate", "subsample",
            "colsample_bytree", "min_child_weight", "gamma", "reg_lambda", "reg_alpha", "scale_pos_weight", "seed",
            "nthread", "max_bin");

    static final String TYPE = "nacrad.xgboost-params";

    public XGBoostParams {
        positive("n_estimators", nEstimators);
        if (maxDepth < 0) {
            throw new IllegalArgumentException("max_depth must be >= 0, got " + maxDepth);
        }
        positive("learning_rate", learningRate);
        fraction("subsample", subsample);
        fraction("colsample_bytree", colsampleBytree);
        nonNegative("min_child_weight", minChildWeight);
        nonNegative("gamma", gamma);
        nonNegative("reg_lambda", regLambda);
        nonNegative("reg_alpha", regAlpha);
        positive("scale_pos_weight", scalePosWeight);
        positive("nthread", nthread);
        if (maxBin < 2) {
            throw new IllegalArgumentException("max_bin must be >= 2, got " + maxBin);
        }
    }

    /** Python xgboost's scikit-learn-API defaults (see the class comment). */
    public static XGBoostParams defaults() {
        return new XGBoostParams(100, 6, 0.3, 1, 1, 1, 0, 1, 0, 1, 0, 1, TreeMethod.HIST, 256);
    }

    /** A copy with one parameter changed; {@code name} is one of {@link #NAMES}. */
    public XGBoostParams with(String name, double value) {
        return switch (name) {
            case "n_estimators" -> new XGBoostParams(integer(name, value), maxDepth, learningRate, subsample,
                    colsampleBytree, minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread,
                    treeMethod, maxBin);
            case "max_depth" -> new XGBoostParams(nEstimators, integer(name, value), learningRate, subsample,
                    colsampleBytree, minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread,
                    treeMethod, maxBin);
            case "learning_rate" -> new XGBoostParams(nEstimators, maxDepth, value, subsample, colsampleBytree,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "subsample" -> new XGBoostParams(nEstimators, maxDepth, learningRate, value, colsampleBytree,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "colsample_bytree" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, value,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "min_child_weight" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample,
                    colsampleBytree, value, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod,
                    maxBin);
            case "gamma" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, value, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "reg_lambda" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, gamma, value, regAlpha, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "reg_alpha" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, gamma, regLambda, value, scalePosWeight, seed, nthread, treeMethod, maxBin);
            case "scale_pos_weight" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample,
                    colsampleBytree, minChildWeight, gamma, regLambda, regAlpha, value, seed, nthread, treeMethod,
                    maxBin);
            case "seed" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, integer(name, value), nthread,
                    treeMethod, maxBin);
            case "nthread" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, integer(name, value),
                    treeMethod, maxBin);
            case "max_bin" -> new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
                    minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, treeMethod,
                    integer(name, value));
            default -> throw new IllegalArgumentException("unknown XGBoost parameter '" + name + "'; use one of "
                    + NAMES);
        };
    }

    public XGBoostParams withTreeMethod(TreeMethod method) {
        return new XGBoostParams(nEstimators, maxDepth, learningRate, subsample, colsampleBytree, minChildWeight,
                gamma, regLambda, regAlpha, scalePosWeight, seed, nthread, method, maxBin);
    }

    /** The value of one of {@link #NAMES}. */
    public double get(String name) {
        return switch (name) {
            case "n_estimators" -> nEstimators;
            case "max_depth" -> maxDepth;
            case "learning_rate" -> learningRate;
            case "subsample" -> subsample;
            case "colsample_bytree" -> colsampleBytree;
            case "min_child_weight" -> minChildWeight;
            case "gamma" -> gamma;
            case "reg_lambda" -> regLambda;
            case "reg_alpha" -> regAlpha;
            case "scale_pos_weight" -> scalePosWeight;
            case "seed" -> seed;
            case "nthread" -> nthread;
            case "max_bin" -> maxBin;
            default -> throw new IllegalArgumentException("unknown XGBoost parameter '" + name + "'; use one of "
                    + NAMES);
        };
    }

    /** Native learner parameters for XGBoost4J (the number of rounds is passed separately). */
    Map<String, Object> boosterParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("max_depth", maxDepth);
        p.put("eta", learningRate);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsampleBytree);
        p.put("min_child_weight", minChildWeight);
        p.put("gamma", gamma);
        p.put("lambda", regLambda);
        p.put("alpha", regAlpha);
        p.put("scale_pos_weight", scalePosWeight);
        p.put("seed", seed);
        p.put("nthread", nthread);
        p.put("tree_method", treeMethod.xgboostName());
        p.put("max_bin", maxBin);
        p.put("verbosity", 0);
        return p;
    }

    public ModelState toState() {
        ModelState s = new ModelState(TYPE, 1);
        for (String name : NAMES) {
            s.put(name, get(name));
        }
        return s.put("tree_method", treeMethod.xgboostName());
    }

    public static XGBoostParams fromState(ModelState s) {
        s.require(TYPE, 1);
        XGBoostParams p = defaults().withTreeMethod(TreeMethod.valueOf(s.getString("tree_method")
                .toUpperCase(java.util.Locale.ROOT)));
        for (String name : NAMES) {
            p = p.with(name, s.getDouble(name));
        }
        return p;
    }

    /** name=value pairs of the grid-searchable parameters, for reports and errors. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (String name : NAMES) {
            double v = get(name);
            b.append(b.length() > 1 ? ", " : "").append(name).append('=')
                    .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        }
        return b.append(", tree_method=").append(treeMethod.xgboostName()).append('}').toString();
    }

    private static int integer(String name, double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be an integer, got " + v);
        }
        return (int) v;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + v);
        }
    }

    private static void fraction(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1], got " + v);
        }
    }
}
