package org.nacrad.learn.xgboost.selection;

import java.util.List;
import java.util.Map;
import org.nacrad.learn.xgboost.FittedXGBoost;
import org.nacrad.learn.xgboost.XGBoostParams;

/**
 * Grid-search outcome as scikit-learn's {@code cv_results_}: per candidate (grid order) the validation score of
 * each fold, their mean and population SD, and the rank (1 = best; equal means share the lowest rank); the best
 * candidate is the first of rank 1; {@code model} is that candidate refitted on all training rows.
 */
public record GridSearchResult(List<Candidate> candidates, int bestIndex, FittedXGBoost model) {

    /** One grid point: its grid values, the full parameters, fold scores, mean, SD (ddof 0) and rank. */
    public record Candidate(Map<String, Double> values, XGBoostParams params, double[] foldScores, double mean,
            double sd, int rank) {
        public Candidate {
            foldScores = foldScores.clone();
        }

        @Override
        public double[] foldScores() {
            return foldScores.clone();
        }
    }

    public GridSearchResult {
        candidates = List.copyOf(candidates);
    }

    public Candidate best() {
        return candidates.get(bestIndex);
    }

    public XGBoostParams bestParams() {
        return best().params();
    }
}
