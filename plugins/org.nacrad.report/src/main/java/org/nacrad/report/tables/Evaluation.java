package org.nacrad.report.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nacrad.learn.metrics.BinaryMetrics;
import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.report.input.PartitionMetrics;
import org.nacrad.report.input.ReportInputException;

/**
 * The per-partition metrics of every criterion × model, in input order (criteria and models in order of first
 * appearance, partitions in row order). Every model of a criterion must have been scored on the same partitions,
 * since the model comparison pairs them, and there must be at least two.
 */
public final class Evaluation {

    /** The metric that ranks models (the study's headline metric). */
    public static final String RANKING_METRIC = "balanced_accuracy";

    private final Map<String, Map<String, Map<String, PartitionMetrics>>> byCriterion = new LinkedHashMap<>();

    public Evaluation(List<PartitionMetrics> rows, String source) throws ReportInputException {
        for (PartitionMetrics m : rows) {
            if (byCriterion.computeIfAbsent(m.criterion(), k -> new LinkedHashMap<>())
                .computeIfAbsent(m.model(), k -> new LinkedHashMap<>()).put(m.partition(), m) != null) {
                throw new ReportInputException(source + ": criterion '" + m.criterion() + "', model '" + m.model()
                    + "', partition '" + m.partition() + "' appears in more than one file");
            }
        }
        for (var c : byCriterion.entrySet()) {
            Map.Entry<String, Map<String, PartitionMetrics>> first = c.getValue().entrySet().iterator().next();
            Set<String> partitions = first.getValue().keySet();
            if (partitions.size() < 2) {
                throw new ReportInputException(source + ": criterion '" + c.getKey() + "' has " + partitions.size()
                    + " partition(s); SDs and paired tests need at least 2");
            }
            for (var model : c.getValue().entrySet()) {
                if (!model.getValue().keySet().equals(partitions)) {
                    throw new ReportInputException(source + ": criterion '" + c.getKey() + "': model '" + model.getKey()
                        + "' has partitions " + model.getValue().keySet() + " but model '" + first.getKey()
                        + "' has " + partitions + " (models are compared partition by partition)");
                }
            }
        }
    }

    public List<String> criteria() {
        return List.copyOf(byCriterion.keySet());
    }

    public List<String> models(String criterion) {
        return List.copyOf(partitions(criterion).keySet());
    }

    public boolean has(String criterion, String model) {
        return byCriterion.containsKey(criterion) && byCriterion.get(criterion).containsKey(model);
    }

    /** Number of partitions each model of {@code criterion} was scored on. */
    public int partitionCount(String criterion) {
        return partitions(criterion).values().iterator().next().size();
    }

    /** Per-partition values of a metric, in the partition order of the criterion's first model. */
    public double[] values(String criterion, String model, String metric) {
        Map<String, Map<String, PartitionMetrics>> models = partitions(criterion);
        List<String> order = new ArrayList<>(models.values().iterator().next().keySet());
        Map<String, PartitionMetrics> p = models.get(model);
        if (p == null) {
            throw new IllegalArgumentException("criterion '" + criterion + "' has no model '" + model + "'");
        }
        return order.stream().mapToDouble(k -> p.get(k).metric(metric)).toArray();
    }

    public MeanSd summary(String criterion, String model, String metric) {
        return MeanSd.of(values(criterion, model, metric));
    }

    /** The model with the highest mean balanced accuracy (the first in input order on a tie). */
    public String bestModel(String criterion) {
        String best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (String model : models(criterion)) {
            double mean = summary(criterion, model, RANKING_METRIC).mean();
            if (mean > bestMean) {
                best = model;
                bestMean = mean;
            }
        }
        return best;
    }

    public static List<String> metricNames() {
        return List.of(BinaryMetrics.NAMES);
    }

    private Map<String, Map<String, PartitionMetrics>> partitions(String criterion) {
        Map<String, Map<String, PartitionMetrics>> m = byCriterion.get(criterion);
        if (m == null) {
            throw new IllegalArgumentException("no criterion '" + criterion + "'");
        }
        return m;
    }
}
