package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-row covariates whose effect ComBat preserves: categorical ones (text levels, one-hot coded with the first
 * sorted level dropped, as neuroCombat) and continuous ones (used as given, in double precision — neuroCombat
 * casts them to float32, so values not exactly representable in float32 differ slightly from its output).
 */
public final class ComBatCovariates {

    private final int rows;
    private final Map<String, List<String>> categorical = new LinkedHashMap<>();
    private final Map<String, double[]> continuous = new LinkedHashMap<>();

    public ComBatCovariates(int rows) {
        this.rows = rows;
    }

    /** No covariates, for {@code rows} rows. */
    public static ComBatCovariates none(int rows) {
        return new ComBatCovariates(rows);
    }

    public ComBatCovariates addCategorical(String name, List<String> values) {
        checkLength(name, values.size());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isEmpty()) {
                throw new IllegalArgumentException("categorical covariate '" + name + "' is missing in row " + (i + 1));
            }
        }
        categorical.put(name, List.copyOf(values));
        return this;
    }

    public ComBatCovariates addContinuous(String name, double[] values) {
        checkLength(name, values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("continuous covariate '" + name + "' is missing in row " + (i + 1));
            }
        }
        continuous.put(name, values.clone());
        return this;
    }

    private void checkLength(String name, int n) {
        if (n != rows) {
            throw new IllegalArgumentException("covariate '" + name + "' has " + n + " values for " + rows + " rows");
        }
        if (categorical.containsKey(name) || continuous.containsKey(name)) {
            throw new IllegalArgumentException("covariate '" + name + "' given twice");
        }
    }

    public int rows() {
        return rows;
    }

    Map<String, List<String>> categorical() {
        return Collections.unmodifiableMap(categorical);
    }

    Map<String, double[]> continuous() {
        return Collections.unmodifiableMap(continuous);
    }

    /** The rows at {@code idx}, in that order. */
    public ComBatCovariates subset(int[] idx) {
        ComBatCovariates out = new ComBatCovariates(idx.length);
        categorical.forEach((k, v) -> {
            List<String> s = new ArrayList<>(idx.length);
            for (int i : idx) {
                s.add(v.get(i));
            }
            out.addCategorical(k, s);
        });
        continuous.forEach((k, v) -> {
            double[] s = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                s[i] = v[idx[i]];
            }
            out.addContinuous(k, s);
        });
        return out;
    }
}
