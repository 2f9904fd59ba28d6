package org.nacrad.learn.metrics;

import java.util.Arrays;

/**
 * A selectable score for model selection (cross-validated RFE, grid search), named as scikit-learn's scoring
 * strings. Higher is better for all of them.
 */
public enum Scoring {
    BALANCED_ACCURACY("balanced_accuracy"),
    ACCURACY("accuracy"),
    ROC_AUC("roc_auc"),
    F1("f1"),
    PRECISION("precision"),
    RECALL("recall");

    private final String sklearnName;

    Scoring(String sklearnName) {
        this.sklearnName = sklearnName;
    }

    public String sklearnName() {
        return sklearnName;
    }

    /** The scoring with this scikit-learn name; the error lists the valid names. */
    public static Scoring fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.sklearnName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scoring '" + name + "'; use one of "
                        + Arrays.stream(values()).map(Scoring::sklearnName).toList()));
    }

    /** Whether {@link #score} needs class-1 probabilities (otherwise predicted classes suffice). */
    public boolean needsProbabilities() {
        return this == ROC_AUC;
    }

    /**
     * Scores predictions of one validation fold; {@code probability} may be null unless
     * {@link #needsProbabilities()}.
     */
    public double score(int[] truth, int[] predicted, double[] probability) {
        if (this == ROC_AUC) {
            if (probability == null) {
                throw new IllegalArgumentException("roc_auc scoring needs probabilities");
            }
            return RocAuc.of(truth, probability);
        }
        ConfusionMatrix cm = ConfusionMatrix.of(truth, predicted);
        return switch (this) {
            case BALANCED_ACCURACY -> cm.balancedAccuracy();
            case ACCURACY -> cm.accuracy();
            case F1 -> cm.f1();
            case PRECISION -> cm.precision();
            case RECALL -> cm.sensitivity();
            default -> throw new IllegalStateException(name());
        };
    }
}
