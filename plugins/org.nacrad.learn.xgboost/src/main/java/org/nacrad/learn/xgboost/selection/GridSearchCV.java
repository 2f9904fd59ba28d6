package org.nacrad.learn.xgboost.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.smote.SmoteResult;
import org.nacrad.learn.xgboost.FittedXGBoost;
import org.nacrad.learn.xgboost.XGBoostClassifier;
import org.nacrad.learn.xgboost.XGBoostParams;

/**
 * Exhaustive grid search with k-fold cross-validation, as scikit-learn's {@code GridSearchCV} (refit=True): every
 * candidate of the {@link ParameterGrid} is fitted on the training part of each round and scored on its validation
 * fold; candidates are ranked by mean score; ties go to the first candidate in grid order; the best one is refitted
 * on all rows. With {@link Oversampling}, SMOTE-NC (SMOTEN when every feature is categorical) resamples each
 * round's training part and the refit data (an imbalanced-learn Pipeline inside GridSearchCV). Rounds run on
 * {@code threads} threads; results do not depend on it.
 */
public final class GridSearchCV {

    private final XGBoostParams base;
    private final ParameterGrid grid;
    private final Folds folds;
    private final Scoring scoring;
    private final Oversampling oversampling;
    private final int threads;

    /**
     * @param oversampling null for none
     */
    public GridSearchCV(XGBoostParams base, ParameterGrid grid, Folds folds, Scoring scoring,
            Oversampling oversampling, int threads) {
        this.base = base;
        this.grid = grid;
        this.folds = folds;
        this.scoring = scoring;
        this.oversampling = oversampling;
        this.threads = Math.max(1, threads);
    }

    /** scikit-learn defaults: 5 unshuffled stratified folds, balanced accuracy, no oversampling, one thread. */
    public GridSearchCV(XGBoostParams base, ParameterGrid grid) {
        this(base, grid, Folds.sklearn(5), Scoring.BALANCED_ACCURACY, null, 1);
    }

    public GridSearchResult fit(FeatureMatrix x, BinaryLabels y) {
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("grid search: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        List<CvRound> rounds = CvRound.of(x, y, folds.assign(y));
        List<Map<String, Double>> values = grid.candidates();
        List<XGBoostParams> params = values.stream().map(v -> ParameterGrid.apply(base, v)).toList();
        List<double[]> scores = Parallel.map(rounds.size(), threads, r -> scoreRound(rounds.get(r), params));
        double[][] byCandidate = new double[params.size()][rounds.size()];
        for (int r = 0; r < rounds.size(); r++) {
            for (int c = 0; c < params.size(); c++) {
                byCandidate[c][r] = scores.get(r)[c];
            }
        }
        double[] means = new double[params.size()];
        double[] sds = new double[params.size()];
        for (int c = 0; c < params.size(); c++) {
            means[c] = mean(byCandidate[c]);
            sds[c] = populationSd(byCandidate[c], means[c]);
        }
        int[] ranks = minRanksDescending(means);
        int best = 0;
        for (int c = 1; c < ranks.length; c++) {
            if (ranks[c] < ranks[best]) {
                best = c;
            }
        }
        List<GridSearchResult.Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < params.size(); c++) {
            candidates.add(new GridSearchResult.Candidate(values.get(c), params.get(c), byCandidate[c], means[c],
                    sds[c], ranks[c]));
        }
        return new GridSearchResult(candidates, best, refit(x, y, params.get(best)));
    }

    private double[] scoreRound(CvRound round, List<XGBoostParams> params) {
        FeatureMatrix trainX = round.trainX();
        BinaryLabels trainY = round.trainY();
        if (oversampling != null) {
            SmoteResult s = oversampling.apply(trainX, trainY, round.fold());
            trainX = s.data();
            trainY = s.labels();
        }
        double[] out = new double[params.size()];
        for (int c = 0; c < out.length; c++) {
            FittedXGBoost m = new XGBoostClassifier(params.get(c)).fit(trainX, trainY);
            out[c] = score(scoring, m, round.testX(), round.testY());
        }
        return out;
    }

    private FittedXGBoost refit(FeatureMatrix x, BinaryLabels y, XGBoostParams best) {
        if (oversampling != null) {
            SmoteResult s = oversampling.apply(x, y, -1);
            return new XGBoostClassifier(best).fit(s.data(), s.labels());
        }
        return new XGBoostClassifier(best).fit(x, y);
    }

    /** A fitted model's score on validation rows. */
    static double score(Scoring scoring, FittedXGBoost model, FeatureMatrix x, BinaryLabels y) {
        double[] p = model.predictProbability(x);
        return scoring.score(y.toArray(), FittedXGBoost.classesOf(p), p);
    }

    /** Sequential sum / n, as numpy's mean of a handful of values. */
    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    static double populationSd(double[] v, double mean) {
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return Math.sqrt(s / v.length);
    }

    /** scipy {@code rankdata(-means, method='min')}: 1 + the number of strictly better means. */
    static int[] minRanksDescending(double[] means) {
        int[] ranks = new int[means.length];
        for (int i = 0; i < means.length; i++) {
            int better = 0;
            for (double m : means) {
                better += m > means[i] ? 1 : 0;
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
