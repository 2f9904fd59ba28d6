package org.nacrad.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable numeric table: rows are samples (patients), columns are named features. Values are stored row-major;
 * NaN marks a missing value (see {@link MissingValues}). Row ids are used only to name rows in error messages.
 */
public final class FeatureMatrix {

    private final List<String> columns;
    private final List<String> rowIds;
    private final double[][] values;
    private final Map<String, Integer> index;

    /** Copies {@code values}; row ids default to "row 1", "row 2", ... */
    public FeatureMatrix(List<String> columns, double[][] values) {
        this(columns, defaultRowIds(values.length), values);
    }

    /** Copies {@code values}; rejects ragged rows and duplicate or blank column names. */
    public FeatureMatrix(List<String> columns, List<String> rowIds, double[][] values) {
        this.columns = List.copyOf(columns);
        this.rowIds = List.copyOf(rowIds);
        if (rowIds.size() != values.length) {
            throw new IllegalArgumentException(rowIds.size() + " row ids for " + values.length + " rows");
        }
        this.index = new HashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            String name = this.columns.get(c);
            if (name.isBlank()) {
                throw new IllegalArgumentException("column " + (c + 1) + " has a blank name");
            }
            if (index.put(name, c) != null) {
                throw new IllegalArgumentException("duplicate column name '" + name + "'");
            }
        }
        this.values = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != this.columns.size()) {
                throw new IllegalArgumentException(this.rowIds.get(r) + " has " + values[r].length + " values for "
                        + this.columns.size() + " columns");
            }
            this.values[r] = values[r].clone();
        }
    }

    private static List<String> defaultRowIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            ids.add("row " + (r + 1));
        }
        return ids;
    }

    public int rowCount() {
        return values.length;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> rowIds() {
        return rowIds;
    }

    public String rowId(int row) {
        return rowIds.get(row);
    }

    public double get(int row, int column) {
        return values[row][column];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        return values[row].clone();
    }

    /** A copy of one column. */
    public double[] column(int column) {
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r][column];
        }
        return out;
    }

    /** A copy of all values, row-major. */
    public double[][] toArray() {
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r].clone();
        }
        return out;
    }

    /** Column-major copy: {@code [column][row]}. */
    public double[][] toColumnArrays() {
        double[][] out = new double[columns.size()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(c);
        }
        return out;
    }

    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /** Index of a column; the error names the missing column. */
    public int columnIndex(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new IllegalArgumentException("column '" + name + "' is missing from the table");
        }
        return c;
    }

    /** The named columns, in the given order; the error lists every missing column. */
    public FeatureMatrix selectColumns(List<String> names) {
        List<String> missing = new ArrayList<>();
        int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            Integer c = index.get(names.get(i));
            if (c == null) {
                missing.add(names.get(i));
            } else {
                idx[i] = c;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the table lacks column(s) " + missing);
        }
        double[][] out = new double[values.length][idx.length];
        for (int r = 0; r < values.length; r++) {
            for (int i = 0; i < idx.length; i++) {
                out[r][i] = values[r][idx[i]];
            }
        }
        return new FeatureMatrix(names, rowIds, out);
    }

    /** The given rows, in the given order (repeats allowed). */
    public FeatureMatrix selectRows(int[] rows) {
        double[][] out = new double[rows.length][];
        List<String> ids = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
            ids.add(rowIds.get(rows[i]));
        }
        return new FeatureMatrix(columns, ids, out);
    }

    /** Same rows and ids with new values for the same columns (used by transformers). */
    public FeatureMatrix withValues(double[][] newValues) {
        return new FeatureMatrix(columns, rowIds, newValues);
    }

    /** Rows of {@code this} followed by rows of {@code other}; columns must match by name and order. */
    public FeatureMatrix appendRows(FeatureMatrix other) {
        if (!columns.equals(other.columns)) {
            throw new IllegalArgumentException("cannot append rows with columns " + other.columns + " to " + columns);
        }
        double[][] out = Arrays.copyOf(values, values.length + other.values.length);
        System.arraycopy(other.values, 0, out, values.length, other.values.length);
        List<String> ids = new ArrayList<>(rowIds);
        ids.addAll(other.rowIds);
        return new FeatureMatrix(columns, ids, out);
    }

    /** Columns of {@code this} followed by those of {@code other}; row counts and row ids must match. */
    public FeatureMatrix appendColumns(FeatureMatrix other) {
        if (!rowIds.equals(other.rowIds)) {
            throw new IllegalArgumentException("cannot join tables with different rows (" + values.length + " vs "
                    + other.values.length + " rows, or different row ids)");
        }
        List<String> names = new ArrayList<>(columns);
        names.addAll(other.columns);
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = Arrays.copyOf(values[r], names.size());
            System.arraycopy(other.values[r], 0, out[r], columns.size(), other.columns.size());
        }
        return new FeatureMatrix(names, rowIds, out);
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + values.length + " rows x " + columns.size() + " columns "
                + Collections.unmodifiableList(columns.subList(0, Math.min(5, columns.size())))
                + (columns.size() > 5 ? "...]" : "]");
    }
}
