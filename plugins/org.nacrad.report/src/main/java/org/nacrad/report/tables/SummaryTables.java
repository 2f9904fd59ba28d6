package org.nacrad.report.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.input.SelectionCount;

/**
 * The two tables every output folder holds: {@code summary.csv} (mean and sample SD, ddof = 1, of every metric over
 * the partitions) and {@code selection_frequency.csv} (how many partitions selected each feature).
 */
public final class SummaryTables {

    public static final List<String> SUMMARY_COLUMNS = List.of("criterion", "model", "metric", "mean", "sd",
        "partitions");
    public static final List<String> FREQUENCY_COLUMNS = List.of("criterion", "model", "feature", "count");

    private SummaryTables() {
    }

    /** One row per criterion × model × metric, in input order of criteria and models, metrics in the fixed order. */
    public static List<List<Object>> summary(Evaluation e) {
        List<List<Object>> rows = new ArrayList<>();
        for (String criterion : e.criteria()) {
            for (String model : e.models(criterion)) {
                for (String metric : Evaluation.metricNames()) {
                    MeanSd s = e.summary(criterion, model, metric);
                    rows.add(List.of(criterion, model, metric, s.mean(), s.sd(), s.n()));
                }
            }
        }
        return rows;
    }

    /** Checks one file's selection counts: known criterion and model, count at most the number of partitions. */
    public static void check(List<SelectionCount> counts, Evaluation e, Path source) throws ReportInputException {
        for (SelectionCount s : counts) {
            if (!e.has(s.criterion(), s.model())) {
                throw new ReportInputException(source + ": criterion '" + s.criterion() + "', model '" + s.model()
                    + "' (feature '" + s.feature() + "') has no per-partition metrics");
            }
            if (s.count() > e.partitionCount(s.criterion())) {
                throw new ReportInputException(source + ": column 'count': feature '" + s.feature() + "' of "
                    + s.criterion() + "/" + s.model() + " counted " + s.count() + " times but there are only "
                    + e.partitionCount(s.criterion()) + " partitions");
            }
        }
    }

    /**
     * Checked counts of all files ordered by criterion and model as in the evaluation, then by descending count
     * and feature name; a feature counted in two files for the same criterion and model is an error.
     */
    public static List<SelectionCount> sorted(List<SelectionCount> counts, Evaluation e, String sources)
        throws ReportInputException {
        Set<List<String>> keys = new HashSet<>();
        for (SelectionCount s : counts) {
            if (!keys.add(List.of(s.criterion(), s.model(), s.feature()))) {
                throw new ReportInputException(sources + ": criterion '" + s.criterion() + "', model '" + s.model()
                    + "', feature '" + s.feature() + "' appears in more than one file");
            }
        }
        List<String> order = new ArrayList<>();
        for (String c : e.criteria()) {
            for (String m : e.models(c)) {
                order.add(c + '\u0000' + m);
            }
        }
        List<SelectionCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingInt((SelectionCount s) -> order.indexOf(s.criterion() + '\u0000' + s.model()))
            .thenComparing(Comparator.comparingInt(SelectionCount::count).reversed())
            .thenComparing(SelectionCount::feature));
        return sorted;
    }

    public static List<List<Object>> frequencyRows(List<SelectionCount> sorted) {
        return sorted.stream().map(s -> List.<Object>of(s.criterion(), s.model(), s.feature(), s.count())).toList();
    }

    /** The {@code n} most often selected features of a criterion × model (ties by name). */
    public static List<SelectionCount> top(List<SelectionCount> sorted, String criterion, String model, int n) {
        return sorted.stream().filter(s -> s.criterion().equals(criterion) && s.model().equals(model)
            && s.count() > 0).limit(n).toList();
    }
}
