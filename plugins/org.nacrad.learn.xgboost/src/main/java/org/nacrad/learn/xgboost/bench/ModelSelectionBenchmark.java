package org.nacrad.learn.xgboost.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.xgboost.ImportanceType;
import org.nacrad.learn.xgboost.XGBoostParams;
import org.nacrad.learn.xgboost.selection.Folds;
import org.nacrad.learn.xgboost.selection.GridSearchCV;
import org.nacrad.learn.xgboost.selection.GridSearchResult;
import org.nacrad.learn.xgboost.selection.Oversampling;
import org.nacrad.learn.xgboost.selection.ParameterGrid;
import org.nacrad.learn.xgboost.selection.RecursiveFeatureElimination;
import org.nacrad.learn.xgboost.selection.RfeCvResult;
import org.nacrad.learn.xgboost.selection.Step;

/**
 * Times one partition's model selection at the study's size after mRMR: RFE-CV (XGBoost defaults, step 1, 5
 * stratified folds, balanced accuracy) on 177 rows × 60 features (2 of them categorical), then a 5-fold grid search
 * over 8 candidates (max_depth 3/6 × learning_rate 0.05/0.3 × n_estimators 50/100) with SMOTE-NC inside each
 * training fold and before the refit. Wall and process CPU time (including XGBoost's native threads) are printed.
 * Usage: {@code java ...ModelSelectionBenchmark [rows=177] [features=60] [threads=1] [seed=1]}; threads = folds run
 * at once (each booster single-threaded), results are identical for any value.
 */
public final class ModelSelectionBenchmark {

    private ModelSelectionBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 177;
        int features = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[rows];
        double[][] v = new double[rows][features];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add(j < 2 ? "clin_cat" + (j + 1) : "feature" + (j + 1));
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            for (int j = 0; j < features; j++) {
                // categorical codes 0..2; a few continuous features carry a shifted mean for the positives
                v[i][j] = j < 2 ? rng.nextInt(3) : gaussian(rng) + (j < 8 ? 0.6 * y[i] : 0);
            }
        }
        FeatureMatrix x = new FeatureMatrix(names, v);
        BinaryLabels labels = new BinaryLabels(y);
        XGBoostParams params = XGBoostParams.defaults().with("seed", seed);

        long[] t0 = clocks();
        RfeCvResult rfe = new RecursiveFeatureElimination(params, Step.of(1), 1, Folds.stratified(5, seed),
                Scoring.BALANCED_ACCURACY, ImportanceType.GAIN, threads).fitCv(x, labels);
        long[] t1 = clocks();
        FeatureMatrix selected = rfe.selection().transform(x);
        ParameterGrid grid = new ParameterGrid(Map.of("max_depth", List.of(3.0, 6.0), "learning_rate",
                List.of(0.05, 0.3), "n_estimators", List.of(50.0, 100.0)));
        Oversampling smote = new Oversampling(new SmoteNc(), Set.of("clin_cat1", "clin_cat2"), seed);
        GridSearchResult gs = new GridSearchCV(params, grid, Folds.stratified(5, seed), Scoring.BALANCED_ACCURACY,
                smote, threads).fit(selected, labels);
        long[] t2 = clocks();

        System.out.printf(Locale.ROOT, "RFE-CV on %d rows x %d features: %.2f s wall, %.2f s CPU; "
                + "selected %d features%n", rows, features, (t1[0] - t0[0]) / 1e9,
                (t1[1] - t0[1]) / 1e9, rfe.selection().selected().size());
        System.out.printf(Locale.ROOT, "grid search (%d candidates x 5 folds, SMOTE-NC) on %d features: %.2f s wall, "
                + "%.2f s CPU; best %s (mean balanced accuracy %.3f)%n", gs.candidates().size(),
                selected.columnCount(), (t2[0] - t1[0]) / 1e9, (t2[1] - t1[1]) / 1e9, gs.best().values(),
                gs.best().mean());
        System.out.printf(Locale.ROOT, "total %.2f s wall, %.2f s CPU, %d thread(s)%n", (t2[0] - t0[0]) / 1e9,
                (t2[1] - t0[1]) / 1e9, threads);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** {wall ns, process CPU ns}. */
    private static long[] clocks() {
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new long[] {System.nanoTime(), cpu};
    }
}
