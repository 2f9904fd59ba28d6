package org.nacrad.report.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nacrad.learn.stats.TTest;
import org.nacrad.learn.stats.TestResult;

/**
 * The study's model comparison: per criterion, the best model (highest mean balanced accuracy) against each other
 * model by a paired two-tailed t-test of their per-partition values (partitions paired by id), for balanced accuracy
 * and AUC. The statistic is that of best − other.
 */
public final class ModelComparison {

    public static final List<String> METRICS = List.of("balanced_accuracy", "auc");
    public static final List<String> COLUMNS = List.of("criterion", "best_model", "model", "metric", "mean_best",
        "mean_model", "mean_difference", "test", "statistic", "p_value", "partitions");

    public record Row(String criterion, String bestModel, String model, String metric, double meanBest,
        double meanModel, int partitions, TestResult test) {

        public List<Object> values() {
            return Arrays.asList(criterion, bestModel, model, metric, meanBest, meanModel, meanBest - meanModel,
                test.test(), test.statistic(), test.pValue(), partitions);
        }
    }

    private ModelComparison() {
    }

    /** Rows for every criterion with at least two models; needs at least two partitions. */
    public static List<Row> of(Evaluation e) {
        List<Row> rows = new ArrayList<>();
        for (String criterion : e.criteria()) {
            String best = e.bestModel(criterion);
            for (String model : e.models(criterion)) {
                if (model.equals(best)) {
                    continue;
                }
                for (String metric : METRICS) {
                    double[] b = e.values(criterion, best, metric);
                    double[] o = e.values(criterion, model, metric);
                    rows.add(new Row(criterion, best, model, metric, mean(b), mean(o), b.length,
                        TTest.paired(b, o)));
                }
            }
        }
        return rows;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }
}
