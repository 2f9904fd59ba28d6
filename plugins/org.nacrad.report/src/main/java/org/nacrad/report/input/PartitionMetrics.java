package org.nacrad.report.input;

import java.util.Map;

/**
 * One row of the per-partition metrics input: the held-out metrics of one model (feature set) in one partition of
 * the repeated-split evaluation of one criterion. {@code metrics} maps every name of
 * {@link org.nacrad.learn.metrics.BinaryMetrics#NAMES} to its value.
 */
public record PartitionMetrics(String criterion, String model, String partition, Map<String, Double> metrics) {

    public PartitionMetrics {
        metrics = Map.copyOf(metrics);
    }

    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown metric '" + name + "'");
        }
        return v;
    }
}
