package org.nacrad.knime.learn.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.util.Cells;
import org.nacrad.learn.FeatureMatrix;

/**
 * KNIME tables ↔ the learning core's {@link FeatureMatrix}: row ids are the row keys, missing cells become NaN
 * (the core's missing-value policy then names them), and transformed values go back into the same columns.
 */
public final class FeatureTables {

    private FeatureTables() {
    }

    /** The named numeric columns of {@code table} (checked by the caller's configure) as a matrix. */
    public static FeatureMatrix matrix(BufferedDataTable table, List<String> columns) throws InvalidSettingsException {
        DataTableSpec spec = table.getDataTableSpec();
        ColumnPatterns.requireNumeric(columns, spec, "Feature columns");
        int[] idx = spec.columnsToIndices(columns.toArray(String[]::new));
        double[][] values = new double[table.getRowCount()][];
        List<String> ids = new ArrayList<>();
        int r = 0;
        for (DataRow row : table) {
            double[] v = new double[idx.length];
            for (int c = 0; c < idx.length; c++) {
                v[c] = Cells.number(row.getCell(idx[c]));
            }
            values[r++] = v;
            ids.add(row.getKey().getString());
        }
        return new FeatureMatrix(columns, ids, values);
    }

    /** The string (or number as text) of one column per row; null for missing cells. */
    public static List<String> strings(BufferedDataTable table, String column) throws InvalidSettingsException {
        int c = columnIndex(table.getDataTableSpec(), column);
        List<String> out = new ArrayList<>();
        for (DataRow row : table) {
            out.add(text(row.getCell(c)));
        }
        return out;
    }

    /** The content of a cell as text: integers without a decimal point, missing as null. */
    public static String text(DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        double d = Cells.number(cell);
        if (!Double.isNaN(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Cells.string(cell);
    }

    public static int columnIndex(DataTableSpec spec, String column) throws InvalidSettingsException {
        int c = spec.findColumnIndex(column);
        if (c < 0) {
            throw new InvalidSettingsException("The input table has no column '" + column + "'.");
        }
        return c;
    }

    /** {@code spec} with the named columns turned into double columns (what a transformer writes). */
    public static DataTableSpec asDoubles(DataTableSpec spec, List<String> columns) {
        DataColumnSpec[] cols = new DataColumnSpec[spec.getNumColumns()];
        for (int i = 0; i < cols.length; i++) {
            DataColumnSpec c = spec.getColumnSpec(i);
            cols[i] = columns.contains(c.getName()) ? new DataColumnSpecCreator(c.getName(), DoubleCell.TYPE)
                .createSpec() : c;
        }
        return new DataTableSpec(cols);
    }

    /** The table with the matrix's columns replaced by its values (rows in the same order); others unchanged. */
    public static BufferedDataTable replace(BufferedDataTable table, FeatureMatrix values, ExecutionContext exec)
        throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        Map<Integer, Integer> target = new HashMap<>();
        for (int c = 0; c < values.columnCount(); c++) {
            target.put(spec.findColumnIndex(values.columns().get(c)), c);
        }
        BufferedDataContainer out = exec.createDataContainer(asDoubles(spec, values.columns()));
        int r = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            DataCell[] cells = new DataCell[row.getNumCells()];
            for (int i = 0; i < cells.length; i++) {
                Integer m = target.get(i);
                cells[i] = m == null ? row.getCell(i) : Cells.doubleCell(values.get(r, m));
            }
            out.addRowToTable(new DefaultRow(row.getKey(), cells));
            r++;
        }
        out.close();
        return out.getTable();
    }

    /** The table restricted to the given columns, in that order. */
    public static DataTableSpec select(DataTableSpec spec, List<String> columns) {
        return new DataTableSpec(columns.stream().map(spec::getColumnSpec).toArray(DataColumnSpec[]::new));
    }

    public static BufferedDataTable select(BufferedDataTable table, List<String> columns, ExecutionContext exec)
        throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] idx = spec.columnsToIndices(columns.toArray(String[]::new));
        BufferedDataContainer out = exec.createDataContainer(select(spec, columns));
        for (DataRow row : table) {
            exec.checkCanceled();
            DataCell[] cells = new DataCell[idx.length];
            for (int i = 0; i < idx.length; i++) {
                cells[i] = row.getCell(idx[i]);
            }
            out.addRowToTable(new DefaultRow(row.getKey(), cells));
        }
        out.close();
        return out.getTable();
    }
}
