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

    /** Receives each model RFE fits and the input columns it was fitted on (scikit-learn's step_score). */
    @FunctionalInterface
    interface StepListener {
        void fitted(FittedXGBoost model, int[] columns);
    }

    /** One RFE run's outcome: kept column indices (ascending), ranking of every column, last fitted model. */
    record Elimination(int[] support, int[] ranking, FittedXGBoost last) {
    }

    public RfeCvResult fitCv(FeatureMatrix x, BinaryLabels y) {
        check(x, y);
        int target = Math.min(minFeaturesToSelect, x.columnCount());
        List<CvRound> rounds = CvRound.of(x, y, folds.assign(y));
        List<double[]> curves = Parallel.map(rounds.size(), threads, r -> {
            CvRound round = rounds.get(r);
            List<Double> scores = new ArrayList<>();
            eliminate(round.trainX(), round.trainY(), target, (model, columns) -> scores.add(GridSearchCV.score(
                    scoring, model, round.testX().selectColumns(names(x, columns)), round.testY())));
            return scores.stream().mapToDouble(Double::doubleValue).toArray();
        });
        int[] descending = featureCounts(x.columnCount(), target, step.size(x.columnCount()));
        int steps = descending.length;
        int[] counts = new int[steps];
        double[][] foldScores = new double[rounds.size()][steps];
        double[] means = new double[steps];
        double[] sds = new double[steps];
        int bestCount = -1;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < steps; i++) { // ascending feature counts = RFE steps in reverse
            int s = steps - 1 - i;
            counts[i] = descending[s];
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
        Elimination fin = eliminate(x, y, bestCount, (model, columns) -> { });
        return new RfeCvResult(new FeatureSelection("RFE-CV (XGBoost " + importance.xgboostName() + " importance, "
                + scoring.sklearnName() + ")", names(x, fin.support())), counts, foldScores, means, sds, x.columns(),
                fin.ranking(), fin.last());
    }

    /** Plain RFE to {@code nFeatures} features (scikit-learn's {@code RFE}); the selection keeps column order. */
    public FeatureSelection select(FeatureMatrix x, BinaryLabels y, int nFeatures) {
        check(x, y);
        if (nFeatures < 1) {
            throw new IllegalArgumentException("RFE needs at least 1 feature to select, got " + nFeatures);
        }
        Elimination e = eliminate(x, y, Math.min(nFeatures, x.columnCount()), (model, columns) -> { });
        return new FeatureSelection("RFE (XGBoost " + importance.xgboostName() + " importance)",
                names(x, e.support()));
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

    /** scikit-learn's {@code RFE._fit}: fits at every feature count from all columns down to {@code target}. */
    Elimination eliminate(FeatureMatrix x, BinaryLabels y, int target, StepListener listener) {
        int n = x.columnCount();
        int stepSize = step.size(n);
        boolean[] support = new boolean[n];
        Arrays.fill(support, true);
        int[] ranking = new int[n];
        Arrays.fill(ranking, 1);
        int remaining = n;
        while (true) {
            int[] columns = IntStream.range(0, n).filter(c -> support[c]).toArray();
            FittedXGBoost model = new XGBoostClassifier(params).fit(x.selectColumns(names(x, columns)), y);
            listener.fitted(model, columns);
            if (remaining <= target) {
                return new Elimination(columns, ranking, model);
            }
            float[] key = squaredImportance(model.featureImportances(importance));
            Integer[] order = IntStream.range(0, columns.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> key[i])); // stable: ties keep column order
            int remove = Math.min(stepSize, remaining - target);
            for (int i = 0; i < remove; i++) {
                support[columns[order[i]]] = false;
            }
            for (int c = 0; c < n; c++) {
                ranking[c] += support[c] ? 0 : 1;
            }
            remaining -= remove;
        }
    }

    /** The feature counts RFE passes through, from n down to target. */
    static int[] featureCounts(int n, int target, int stepSize) {
        List<Integer> counts = new ArrayList<>();
        for (int remaining = n;; remaining -= Math.min(stepSize, remaining - target)) {
            counts.add(remaining);
            if (remaining <= target) {
                return counts.stream().mapToInt(Integer::intValue).toArray();
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
