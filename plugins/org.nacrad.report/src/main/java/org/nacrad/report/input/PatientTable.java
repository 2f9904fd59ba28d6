package org.nacrad.report.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-patient table (feature values or clinical variables): patient ids, one 0/1 outcome per criterion and the
 * remaining columns, each either numeric (missing = NaN) or categorical (missing = null). {@code source} is the
 * file it came from, for error messages.
 */
public record PatientTable(String source, List<String> patientIds, Map<String, int[]> outcomes,
    Map<String, Column> columns) {

    /** A variable: numeric values, or categorical labels (then {@code numeric} is null). */
    public record Column(String name, double[] numeric, String[] labels) {

        public boolean isNumeric() {
            return numeric != null;
        }
    }

    public PatientTable {
        patientIds = List.copyOf(patientIds);
        outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public int[] outcome(String criterion) throws ReportInputException {
        int[] y = outcomes.get(criterion);
        if (y == null) {
            throw new ReportInputException(source + ": no outcome column '" + criterion + "' for criterion '"
                + criterion + "'");
        }
        return y;
    }

    /** The numeric values of {@code column} split by outcome (0, 1), missing values left out. */
    public double[][] numericByGroup(String column, String criterion) throws ReportInputException {
        Column c = columns.get(column);
        if (c == null || !c.isNumeric()) {
            throw new ReportInputException(source + ": no numeric column '" + column + "'");
        }
        int[] y = outcome(criterion);
        List<List<Double>> groups = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(c.numeric()[i])) {
                groups.get(y[i]).add(c.numeric()[i]);
            }
        }
        return new double[][] {toArray(groups.get(0)), toArray(groups.get(1))};
    }

    /** The labels of {@code column} split by outcome (0, 1), missing values left out. */
    public List<List<String>> labelsByGroup(String column, String criterion) throws ReportInputException {
        Column c = columns.get(column);
        if (c == null) {
            throw new ReportInputException(source + ": no column '" + column + "'");
        }
        int[] y = outcome(criterion);
        List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < y.length; i++) {
            String v = c.isNumeric() ? (Double.isNaN(c.numeric()[i]) ? null : label(c.numeric()[i]))
                : c.labels()[i];
            if (v != null) {
                groups.get(y[i]).add(v);
            }
        }
        return groups;
    }

    /** Integral numbers print without ".0" so a 0/1-coded variable shows levels "0" and "1". */
    private static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
