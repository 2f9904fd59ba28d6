package org.nacrad.learn.metrics;

/** Counts of a binary classifier's decisions; class 1 is the positive class. */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** Tallies {@code predicted} against {@code truth} (both coded 0/1, same length). */
    public static ConfusionMatrix of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predictions");
        }
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < truth.length; i++) {
            checkBinary(truth[i], "true label", i);
            checkBinary(predicted[i], "prediction", i);
            if (truth[i] == 1) {
                if (predicted[i] == 1) tp++; else fn++;
            } else {
                if (predicted[i] == 1) fp++; else tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    private static void checkBinary(int v, String what, int i) {
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException(what + " of row " + (i + 1) + " is " + v + "; expected 0 or 1");
        }
    }

    public int positives() {
        return truePositives + falseNegatives;
    }

    public int negatives() {
        return trueNegatives + falsePositives;
    }

    /** Recall of class 1, TP / (TP + FN). */
    public double sensitivity() {
        return ratio(truePositives, positives());
    }

    /** Recall of class 0, TN / (TN + FP). */
    public double specificity() {
        return ratio(trueNegatives, negatives());
    }

    /** TP / (TP + FP); 0 when nothing is predicted positive (scikit-learn's zero_division default). */
    public double precision() {
        int predictedPositive = truePositives + falsePositives;
        return predictedPositive == 0 ? 0.0 : (double) truePositives / predictedPositive;
    }

    /** Harmonic mean of precision and sensitivity, 2TP / (2TP + FP + FN); 0 when that denominator is 0. */
    public double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 0.0 : 2.0 * truePositives / d;
    }

    /** Mean of sensitivity and specificity. */
    public double balancedAccuracy() {
        return (sensitivity() + specificity()) / 2;
    }

    public double accuracy() {
        return (double) (truePositives + trueNegatives) / (positives() + negatives());
    }

    private static double ratio(int num, int den) {
        if (den == 0) {
            throw new IllegalArgumentException("the true labels contain no row of the class needed for this metric");
        }
        return (double) num / den;
    }
}
