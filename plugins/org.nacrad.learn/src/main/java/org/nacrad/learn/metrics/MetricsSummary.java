package org.nacrad.learn.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mean ± sample SD (ddof = 1) of every metric over the partitions of a repeated-split evaluation. */
public final class MetricsSummary {

    private MetricsSummary() {
    }

    /** Metric name (in {@link BinaryMetrics#NAMES} order) to its mean ± SD over {@code partitions}. */
    public static Map<String, MeanSd> of(List<BinaryMetrics> partitions) {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("no partitions to summarise");
        }
        Map<String, MeanSd> out = new LinkedHashMap<>();
        for (String name : BinaryMetrics.NAMES) {
            double[] v = partitions.stream().mapToDouble(m -> m.asMap().get(name)).toArray();
            out.put(name, MeanSd.of(v));
        }
        return out;
    }
}
