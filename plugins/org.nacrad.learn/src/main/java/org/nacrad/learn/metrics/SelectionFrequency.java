package org.nacrad.learn.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** How often each feature was selected across partitions (each partition counts a feature at most once). */
public final class SelectionFrequency {

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int partitions;

    /** Records the features selected in one partition. */
    public void addPartition(Collection<String> selected) {
        partitions++;
        for (String f : new LinkedHashSet<>(selected)) {
            counts.merge(f, 1, Integer::sum);
        }
    }

    public int partitions() {
        return partitions;
    }

    public int count(String feature) {
        return counts.getOrDefault(feature, 0);
    }

    /** Fraction of partitions that selected {@code feature}. */
    public double frequency(String feature) {
        return partitions == 0 ? 0.0 : (double) count(feature) / partitions;
    }

    /** Features by descending count, ties in order of first selection. */
    public List<Map.Entry<String, Integer>> ranked() {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed());
        return list;
    }
}
