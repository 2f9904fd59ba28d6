package org.nacrad.learn.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** The paper's evaluation metrics of one partition; AUC is NaN when no probabilities were given. */
public record BinaryMetrics(ConfusionMatrix confusion, double balancedAccuracy, double sensitivity,
        double specificity, double precision, double f1, double auc) {

    /** Metric names in report order, as used by {@link #asMap()}. */
    public static final String[] NAMES = {"balanced_accuracy", "sensitivity", "specificity", "precision", "f1", "auc"};

    /**
     * Scores predicted classes and (optionally null) class-1 probabilities against the truth; both classes must
     * occur in {@code truth}.
     */
    public static BinaryMetrics of(int[] truth, int[] predicted, double[] probability) {
        ConfusionMatrix cm = ConfusionMatrix.of(truth, predicted);
        if (cm.positives() == 0 || cm.negatives() == 0) {
            throw new IllegalArgumentException("the evaluated rows contain only class " + (cm.positives() == 0 ? 0 : 1)
                    + "; sensitivity, specificity and AUC need both classes");
        }
        double auc = probability == null ? Double.NaN : RocAuc.of(truth, probability);
        return new BinaryMetrics(cm, cm.balancedAccuracy(), cm.sensitivity(), cm.specificity(), cm.precision(),
                cm.f1(), auc);
    }

    /** Metric name to value, in {@link #NAMES} order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = {balancedAccuracy, sensitivity, specificity, precision, f1, auc};
        for (int i = 0; i < NAMES.length; i++) {
            m.put(NAMES[i], v[i]);
        }
        return m;
    }
}
