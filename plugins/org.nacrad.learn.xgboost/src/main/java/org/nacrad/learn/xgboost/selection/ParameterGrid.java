package org.nacrad.learn.xgboost.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nacrad.learn.xgboost.XGBoostParams;

/**
 * Every combination of listed parameter values, in scikit-learn's {@code ParameterGrid} order: parameter names
 * sorted alphabetically, the last name's values varying fastest, values in the order given. This order decides
 * ties between equally scored candidates.
 */
public final class ParameterGrid {

    private final TreeMap<String, List<Double>> values = new TreeMap<>();

    /** {@code grid} maps scikit-learn parameter names ({@link XGBoostParams#NAMES}) to candidate values. */
    public ParameterGrid(Map<String, List<Double>> grid) {
        for (Map.Entry<String, List<Double>> e : grid.entrySet()) {
            if (!XGBoostParams.NAMES.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown XGBoost parameter '" + e.getKey() + "' in the grid; use "
                        + "one of " + XGBoostParams.NAMES);
            }
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("grid parameter '" + e.getKey() + "' lists no values");
            }
            values.put(e.getKey(), List.copyOf(e.getValue()));
        }
    }

    /** Candidates as name → value maps (names sorted), in grid order. An empty grid has one empty candidate. */
    public List<Map<String, Double>> candidates() {
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Double>> e : values.entrySet()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> partial : out) {
                for (double v : e.getValue()) {
                    Map<String, Double> c = new LinkedHashMap<>(partial);
                    c.put(e.getKey(), v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out.stream().map(Map::copyOf).map(ParameterGrid::sorted).toList();
    }

    /** {@code base} with a candidate's values set. */
    public static XGBoostParams apply(XGBoostParams base, Map<String, Double> candidate) {
        XGBoostParams p = base;
        for (Map.Entry<String, Double> e : candidate.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    private static Map<String, Double> sorted(Map<String, Double> m) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
