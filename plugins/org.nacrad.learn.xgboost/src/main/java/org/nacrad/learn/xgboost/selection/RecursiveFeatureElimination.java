package org.nacrad.learn.xgboost.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.xgboost.FittedXGBoost;
import org.nacrad.learn.xgboost.ImportanceType;
import org.nacrad.learn.xgboost.XGBoostClassifier;
import org.nacrad.learn.xgboost.XGBoostParams;

/**
 * Recursive feature elimination with an XGBoost classifier, with scikit-learn 1.9's RFE/RFECV semantics.
 *
 * <p>RFE: fit on the remaining features, rank them by {@code feature_importances_} squared in float32
 * (scikit-learn's importance getter), stable ascending sort (ties: earlier column first), remove the
 * min(step, remaining − target) weakest, repeat until the target count remains.
 *
 * <p>RFECV: RFE down to {@code minFeaturesToSelect} on the training part of each fold, scoring every intermediate
 * feature set on the validation fold; the feature count with the highest score summed over folds wins (ties: the
 * smallest count); RFE on all rows to that count gives the selection, ranking and final estimator.
 */
public final class RecursiveFeatureElimination {

    private final XGBoostParams params;
    private final Step step;
    private final int minFeaturesToSelect;
    private final Folds folds;
    private final Scoring scoring;
    private final ImportanceType importance;
    private final int threads;

    public RecursiveFeatureElimination(XGBoostParams params, Step step, int minFeaturesToSelect, Folds folds,
            Scoring scoring, ImportanceType importance, int threads) {
        if (minFeaturesToSelect < 1) {
            throw new IllegalArgumentException("min_features_to_select must be >= 1, got " + minFeaturesToSelect);
        }
        this.params = params;
        this.step = step;
        this.minFeaturesToSelect = minFeaturesToSelect;
        this.folds = folds;
        this.scoring = scoring;
        this.importance = importance;
        this.threads = Math.max(1, threads);
    }

    /** scikit-learn's RFECV defaults: step 1, at least 1 feature, StratifiedKFold(5), balanced accuracy, gain. */
    public RecursiveFeatureElimination(XGBoostParams params) {
        this(params, Step.of(1), 1, Folds.sklearn(5), Scoring.BALANCED_ACCURACY, ImportanceType.GAIN, 1);
    }

    /** One RFE run: the features kept at each feature count and the final ranking. */
    record Elimination(List<int[]> supports, int[] ranking, List<FittedXGBoost> models) {
        /** Kept column indices (ascending) of the last step. */
        int[] finalSupport() {
            return supports.get(supports.size() - 1);
        }
    }

    public RfeCvResult fitCv(FeatureMatrix x, BinaryLabels y) {
        check(x, y);
        int target = Math.min(minFeaturesToSelect, x.columnCount());
        List<CvRound> rounds = CvRound.of(x, y, folds.assign(y));
        List<double[]> curves = Parallel.map(rounds.size(), threads, r -> {
            CvRound round = rounds.get(r);
            Elimination e = eliminate(round.trainX(), round.trainY(), target);
            double[] scores = new double[e.models().size()];
            for (int s = 0; s < scores.length; s++) {
                FeatureMatrix test = round.testX().selectColumns(names(x, e.supports().get(s)));
                scores[s] = GridSearchCV.score(scoring, e.models().get(s), test, round.testY());
            }
            return scores;
        });
        Elimination reference = counts(x.columnCount(), target);
        int steps = reference.supports().size();
        int[] counts = new int[steps];
        double[][] foldScores = new double[rounds.size()][steps];
        double[] means = new double[steps];
        double[] sds = new double[steps];
        int bestCount = -1;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < steps; i++) { // ascending feature counts = RFE steps in reverse
            int s = steps - 1 - i;
            counts[i] = reference.supports().get(s).length;
            double sum = 0;
            for (int f = 0; f < rounds.size(); f++) {
                foldScores[f][i] = curves.get(f)[s];
                sum += foldScores[f][i];
            }
            means[i] = GridSearchCV.mean(column(foldScores, i));
            sds[i] = GridSearchCV.populationSd(column(foldScores, i), means[i]);
            if (sum > bestSum) { // strict: the first (smallest) count wins ties
                bestSum = sum;
                bestCount = counts[i];
            }
        }
        Elimination fin = eliminate(x, y, bestCount);
        List<String> selected = names(x, fin.finalSupport());
        FittedXGBoost estimator = fin.models().get(fin.models().size() - 1);
        return new RfeCvResult(new FeatureSelection("RFE-CV (XGBoost " + importance.xgboostName() + " importance, "
                + scoring.sklearnName() + ")", selected), counts, foldScores, means, sds, x.columns(), fin.ranking(),
                estimator);
    }

    /** Plain RFE to {@code nFeatures} features (scikit-learn's {@code RFE}); the selection keeps column order. */
    public FeatureSelection select(FeatureMatrix x, BinaryLabels y, int nFeatures) {
        check(x, y);
        if (nFeatures < 1) {
            throw new IllegalArgumentException("RFE needs at least 1 feature to select, got " + nFeatures);
        }
        Elimination e = eliminate(x, y, Math.min(nFeatures, x.columnCount()));
        return new FeatureSelection("RFE (XGBoost " + importance.xgboostName() + " importance)",
                names(x, e.finalSupport()));
    }

    private void check(FeatureMatrix x, BinaryLabels y) {
        if (x.rowCount() != y.size()) {
            throw new IllegalArgumentException("RFE: " + x.rowCount() + " rows but " + y.size() + " labels");
        }
        if (x.columnCount() < 2) {
            throw new IllegalArgumentException("RFE needs at least 2 feature columns, got " + x.columnCount());
        }
        MissingValues.requireComplete(x, "RFE input");
        y.requireBothClasses("RFE training data");
    }

    /** scikit-learn's {@code RFE._fit}: one fitted model per feature count, from all features down to target. */
    Elimination eliminate(FeatureMatrix x, BinaryLabels y, int target) {
        int n = x.columnCount();
        int stepSize = step.size(n);
        boolean[] support = new boolean[n];
        Arrays.fill(support, true);
        int[] ranking = new int[n];
        Arrays.fill(ranking, 1);
        List<int[]> supports = new ArrayList<>();
        List<FittedXGBoost> models = new ArrayList<>();
        int remaining = n;
        while (true) {
            int[] features = IntStream.range(0, n).filter(c -> support[c]).toArray();
            FittedXGBoost model = new XGBoostClassifier(params).fit(x.selectColumns(names(x, features)), y);
            supports.add(features);
            models.add(model);
            if (remaining <= target) {
                return new Elimination(supports, ranking, models);
            }
            float[] key = squaredImportance(model.featureImportances(importance));
            Integer[] order = IntStream.range(0, features.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> key[i])); // stable: ties keep column order
            int remove = Math.min(stepSize, remaining - target);
            for (int i = 0; i < remove; i++) {
                support[features[order[i]]] = false;
            }
            for (int c = 0; c < n; c++) {
                ranking[c] += support[c] ? 0 : 1;
            }
            remaining -= remove;
        }
    }

    /** The feature counts RFE passes through (no fitting), for labelling the CV curve. */
    private Elimination counts(int n, int target) {
        int stepSize = step.size(n);
        List<int[]> supports = new ArrayList<>();
        for (int remaining = n;; remaining -= Math.min(stepSize, remaining - target)) {
            supports.add(new int[remaining]);
            if (remaining <= target) {
                return new Elimination(supports, new int[n], List.of());
            }
        }
    }

    private static float[] squaredImportance(double[] normalised) {
        float[] out = new float[normalised.length];
        for (int i = 0; i < out.length; i++) {
            float v = (float) normalised[i];
            out[i] = v * v;
        }
        return out;
    }

    private static List<String> names(FeatureMatrix x, int[] columns) {
        List<String> out = new ArrayList<>(columns.length);
        for (int c : columns) {
            out.add(x.columns().get(c));
        }
        return out;
    }

    private static double[] column(double[][] m, int i) {
        double[] out = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            out[r] = m[r][i];
        }
        return out;
    }
}
