package org.nacrad.learn.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve of scores for class 1, as scikit-learn's {@code roc_auc_score} for binary labels: the
 * trapezoidal area, which equals the Mann–Whitney probability P(score+ > score-) + P(score+ = score-)/2 with tied
 * scores counted as half (computed here through mid-ranks).
 */
public final class RocAuc {

    private RocAuc() {
    }

    public static double of(int[] truth, double[] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException(truth.length + " labels but " + scores.length + " scores");
        }
        long nPos = Arrays.stream(truth).filter(t -> t == 1).count();
        long nNeg = truth.length - nPos;
        if (nPos == 0 || nNeg == 0) {
            throw new IllegalArgumentException("ROC AUC needs both classes among the true labels");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score of row " + (i + 1) + " is missing");
            }
        }
        double[] ranks = midRanks(scores);
        double positiveRankSum = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == 1) {
                positiveRankSum += ranks[i];
            }
        }
        double u = positiveRankSum - nPos * (nPos + 1) / 2.0;
        return u / ((double) nPos * nNeg);
    }

    /** Ranks 1..n of {@code x}, ties receiving the mean of their ranks. */
    static double[] midRanks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[x.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
