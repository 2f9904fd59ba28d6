package org.nacrad.learn.xgboost.selection;

import java.util.List;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.xgboost.FittedXGBoost;

/**
 * Outcome of cross-validated RFE, as scikit-learn's {@code RFECV}: the selected features (in input column order),
 * the score curve over feature counts (ascending, as {@code cv_results_["n_features"]}) with each fold's scores,
 * their mean and population SD, the ranking of every input column (1 = selected; higher = eliminated earlier) and
 * the estimator refitted on the selected features.
 */
public record RfeCvResult(FeatureSelection selection, int[] featureCounts, double[][] foldScores,
        double[] meanScores, double[] sdScores, List<String> columns, int[] ranking, FittedXGBoost estimator) {

    public RfeCvResult {
        featureCounts = featureCounts.clone();
        foldScores = java.util.Arrays.stream(foldScores).map(double[]::clone).toArray(double[][]::new);
        meanScores = meanScores.clone();
        sdScores = sdScores.clone();
        columns = List.copyOf(columns);
        ranking = ranking.clone();
    }

    @Override
    public int[] featureCounts() {
        return featureCounts.clone();
    }

    /** {@code [fold][i]}: validation score of fold {@code fold} with {@code featureCounts[i]} features. */
    @Override
    public double[][] foldScores() {
        double[][] out = new double[foldScores.length][];
        for (int f = 0; f < out.length; f++) {
            out[f] = foldScores[f].clone();
        }
        return out;
    }

    @Override
    public double[] meanScores() {
        return meanScores.clone();
    }

    @Override
    public double[] sdScores() {
        return sdScores.clone();
    }

    @Override
    public int[] ranking() {
        return ranking.clone();
    }
}
