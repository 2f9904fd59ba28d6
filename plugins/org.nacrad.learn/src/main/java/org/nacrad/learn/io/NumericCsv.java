package org.nacrad.learn.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nacrad.learn.FeatureMatrix;

/** Reads and writes {@link FeatureMatrix} tables as CSV (one optional id column, the rest numeric). */
public final class NumericCsv {

    private NumericCsv() {
    }

    /**
     * Reads the named numeric columns of {@code table} (all but {@code idColumn} when {@code columns} is null);
     * {@code idColumn} may be null. Non-numeric cells are errors naming file, line and column.
     */
    public static FeatureMatrix toMatrix(CsvTable table, String idColumn, List<String> columns) {
        List<String> names = new ArrayList<>();
        if (columns != null) {
            names.addAll(columns);
        } else {
            for (String h : table.header()) {
                if (!h.equals(idColumn)) {
                    names.add(h);
                }
            }
        }
        double[][] cols = new double[names.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = table.numericColumn(names.get(c));
        }
        double[][] values = new double[table.rowCount()][names.size()];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < cols.length; c++) {
                values[r][c] = cols[c][r];
            }
        }
        List<String> ids = idColumn == null ? defaultIds(table.rowCount()) : table.column(idColumn);
        return new FeatureMatrix(names, ids, values);
    }

    public static FeatureMatrix read(Path file, String idColumn) throws IOException {
        return toMatrix(CsvTable.read(file), idColumn, null);
    }

    /** Writes row ids under {@code idHeader} followed by the values, in shortest round-trip decimal form. */
    public static void write(Path file, FeatureMatrix m, String idHeader) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add(idHeader);
            header.addAll(m.columns());
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < m.rowCount(); r++) {
                List<String> row = new ArrayList<>();
                row.add(m.rowId(r));
                for (int c = 0; c < m.columnCount(); c++) {
                    row.add(Double.toString(m.get(r, c)));
                }
                rows.add(row);
            }
            CsvTable.write(w, header, rows);
        }
    }

    private static List<String> defaultIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            ids.add("row " + (r + 1));
        }
        return ids;
    }
}
