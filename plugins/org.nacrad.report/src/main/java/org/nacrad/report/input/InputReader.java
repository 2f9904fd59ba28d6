package org.nacrad.report.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nacrad.cohort.csv.ColumnType;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.learn.metrics.BinaryMetrics;

/**
 * Reads and validates the report's CSV inputs (see the bundle README for the contract). Every error names the file,
 * and the line and column where one is at fault.
 */
public final class InputReader {

    public static final String CRITERION = "criterion";
    public static final String MODEL = "model";
    public static final String PARTITION = "partition";
    public static final String FEATURE = "feature";
    public static final String COUNT = "count";
    public static final String PATIENT_ID = "patient_id";

    private InputReader() {
    }

    /**
     * Per-partition metrics: criterion, model (unless the source is tagged), partition and every metric in [0, 1];
     * one row per key.
     */
    public static List<PartitionMetrics> metrics(TableSource src) throws ReportInputException {
        Path file = src.file();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        keyColumns(src, types);
        types.put(PARTITION, ColumnType.STRING);
        for (String m : BinaryMetrics.NAMES) {
            types.put(m, ColumnType.DOUBLE);
        }
        CsvTable t = read(src, types);
        List<PartitionMetrics> out = new ArrayList<>();
        Set<List<String>> keys = new HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String criterion = key(t, r, CRITERION, src);
            String model = key(t, r, MODEL, src);
            String partition = text(t, r, PARTITION, file);
            if (!keys.add(List.of(criterion, model, partition))) {
                throw new ReportInputException(file + ": line " + line(r) + ": criterion '" + criterion + "', model '"
                    + model + "', partition '" + partition + "' appears twice");
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (String m : BinaryMetrics.NAMES) {
                double v = number(t, r, m, file);
                if (!(v >= 0 && v <= 1)) {
                    throw new ReportInputException(file + ": line " + line(r) + ", column '" + m + "': " + v
                        + " is not a metric value in [0, 1]");
                }
                values.put(m, v);
            }
            out.add(new PartitionMetrics(criterion, model, partition, values));
        }
        if (out.isEmpty()) {
            throw new ReportInputException(file + ": no rows (one per criterion × model × partition expected)");
        }
        return out;
    }

    /** Selection frequency: criterion, model (unless tagged), feature and a non-negative count; one row per key. */
    public static List<SelectionCount> frequency(TableSource src) throws ReportInputException {
        Path file = src.file();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        keyColumns(src, types);
        types.put(FEATURE, ColumnType.STRING);
        types.put(COUNT, ColumnType.INTEGER);
        CsvTable t = read(src, types);
        List<SelectionCount> out = new ArrayList<>();
        Set<List<String>> keys = new HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            SelectionCount s = new SelectionCount(key(t, r, CRITERION, src), key(t, r, MODEL, src),
                text(t, r, FEATURE, file), (Integer) value(t, r, COUNT, file));
            if (s.count() < 0) {
                throw new ReportInputException(file + ": line " + line(r) + ", column 'count': negative count "
                    + s.count());
            }
            if (!keys.add(List.of(s.criterion(), s.model(), s.feature()))) {
                throw new ReportInputException(file + ": line " + line(r) + ": criterion '" + s.criterion()
                    + "', model '" + s.model() + "', feature '" + s.feature() + "' appears twice");
            }
            out.add(s);
        }
        return out;
    }

    /** Untagged sources need criterion and model columns; tagged ones read them only if present. */
    private static void keyColumns(TableSource src, Map<String, ColumnType> types) {
        if (!src.tagged()) {
            types.put(CRITERION, ColumnType.STRING);
            types.put(MODEL, ColumnType.STRING);
        }
    }

    /** The criterion or model of row r: the tag (checked against the column if there is one) or the column. */
    private static String key(CsvTable t, int r, String column, TableSource src) throws ReportInputException {
        if (!src.tagged()) {
            return text(t, r, column, src.file());
        }
        String tag = column.equals(CRITERION) ? src.criterion() : src.model();
        if (t.columnIndex(column) >= 0 && !text(t, r, column, src.file()).equals(tag)) {
            throw new ReportInputException(src.file() + ": line " + line(r) + ", column '" + column + "': '"
                + text(t, r, column, src.file()) + "' contradicts the " + column + " '" + tag
                + "' given for this file");
        }
        return tag;
    }

    /**
     * A per-patient table: {@code patient_id} (unique), a 0/1 outcome column named after each criterion, and the
     * other columns: numeric if every value parses as a number and the column is not listed in
     * {@code categorical}, categorical otherwise.
     */
    public static PatientTable patients(Path file, List<String> criteria, Set<String> categorical)
        throws ReportInputException {
        Map<String, ColumnType> types = new HashMap<>();
        types.put(PATIENT_ID, ColumnType.STRING);
        CsvTable t = read(TableSource.of(file), types);
        for (String c : criteria) {
            requireColumn(t, c, file, "outcome column for criterion '" + c + "'");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String id = text(t, r, PATIENT_ID, file);
            if (!seen.add(id)) {
                throw new ReportInputException(file + ": line " + line(r) + ", column 'patient_id': patient '" + id
                    + "' appears twice");
            }
            ids.add(id);
        }
        Map<String, int[]> outcomes = new LinkedHashMap<>();
        for (String c : criteria) {
            outcomes.put(c, outcome(t, c, file));
        }
        Map<String, PatientTable.Column> columns = new LinkedHashMap<>();
        for (int c = 0; c < t.columns().size(); c++) {
            String name = t.columns().get(c);
            if (!name.equals(PATIENT_ID) && !criteria.contains(name)) {
                columns.put(name, column(t, c, categorical.contains(name)));
            }
        }
        if (ids.isEmpty()) {
            throw new ReportInputException(file + ": no patient rows");
        }
        return new PatientTable(file.toString(), ids, outcomes, columns);
    }

    private static int[] outcome(CsvTable t, String column, Path file) throws ReportInputException {
        int c = t.columnIndex(column);
        int[] y = new int[t.rows().size()];
        for (int r = 0; r < y.length; r++) {
            Object v = t.rows().get(r).get(c);
            String s = v == null ? "" : v.toString().trim();
            if (v instanceof Boolean b) {
                y[r] = b ? 1 : 0;
            } else if (s.equals("0") || s.equals("1")) {
                y[r] = s.equals("1") ? 1 : 0;
            } else {
                throw new ReportInputException(file + ": line " + line(r) + ", column '" + column
                    + "': outcome must be 0 or 1, not '" + s + "'");
            }
        }
        return y;
    }

    private static PatientTable.Column column(CsvTable t, int c, boolean categorical) {
        String name = t.columns().get(c);
        ColumnType type = t.types().get(c);
        int n = t.rows().size();
        boolean numeric = !categorical && (type == ColumnType.INTEGER || type == ColumnType.LONG
            || type == ColumnType.DOUBLE);
        if (numeric) {
            double[] v = new double[n];
            for (int r = 0; r < n; r++) {
                Object o = t.rows().get(r).get(c);
                v[r] = o == null ? Double.NaN : ((Number) o).doubleValue();
            }
            return new PatientTable.Column(name, v, null);
        }
        String[] labels = new String[n];
        for (int r = 0; r < n; r++) {
            Object o = t.rows().get(r).get(c);
            labels[r] = o == null ? null : o.toString();
        }
        return new PatientTable.Column(name, null, labels);
    }

    private static CsvTable read(TableSource src, Map<String, ColumnType> required) throws ReportInputException {
        Path file = src.file();
        try {
            List<String> header = CsvReader.read(file, Map.of()).columns();
            for (String name : required.keySet()) {
                if (!header.contains(name)) {
                    throw new ReportInputException(file + ": missing column '" + name + "' (required: "
                        + String.join(", ", required.keySet()) + ")");
                }
            }
            Map<String, ColumnType> declared = new LinkedHashMap<>(required);
            for (String key : List.of(CRITERION, MODEL)) {
                if (src.tagged() && header.contains(key)) {
                    declared.put(key, ColumnType.STRING);
                }
            }
            return CsvReader.read(file, declared);
        } catch (CsvFormatException e) {
            throw new ReportInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void requireColumn(CsvTable t, String name, Path file, String what) throws ReportInputException {
        if (t.columnIndex(name) < 0) {
            throw new ReportInputException(file + ": missing column '" + name + "' (" + what + ")");
        }
    }

    private static Object value(CsvTable t, int r, String column, Path file) throws ReportInputException {
        Object v = t.rows().get(r).get(t.columnIndex(column));
        if (v == null) {
            throw new ReportInputException(file + ": line " + line(r) + ", column '" + column + "' is empty");
        }
        return v;
    }

    private static String text(CsvTable t, int r, String column, Path file) throws ReportInputException {
        String s = value(t, r, column, file).toString().trim();
        if (s.isEmpty()) {
            throw new ReportInputException(file + ": line " + line(r) + ", column '" + column + "' is empty");
        }
        return s;
    }

    private static double number(CsvTable t, int r, String column, Path file) throws ReportInputException {
        return ((Number) value(t, r, column, file)).doubleValue();
    }

    /** File line of data row r (the header is line 1). */
    private static int line(int r) {
        return r + 2;
    }
}
