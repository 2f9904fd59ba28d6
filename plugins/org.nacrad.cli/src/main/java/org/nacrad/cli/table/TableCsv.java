package org.nacrad.cli.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.cohort.csv.CsvWriter;
import org.nacrad.knime.util.Cells;

/**
 * KNIME tables as CSV files: what the headless runner writes and what {@code bin/nacrad node --in} reads. The first
 * column, {@value #ROW_ID}, holds the row keys, so a table written here reads back with the same keys.
 */
public final class TableCsv {

    public static final String ROW_ID = "RowID";

    private TableCsv() {
    }

    public static BufferedDataTable read(Path csv, ExecutionContext exec) throws IOException, CsvFormatException {
        boolean keyed;
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            keyed = lines.findFirst().map(h -> h.equals(ROW_ID) || h.startsWith(ROW_ID + ",")).orElse(false);
        }
        CsvTable t = CsvReader.read(csv, keyed ? Map.of(ROW_ID, org.nacrad.cohort.csv.ColumnType.STRING) : Map.of());
        int first = keyed ? 1 : 0;
        List<DataColumnSpec> specs = new ArrayList<>();
        for (int c = first; c < t.columns().size(); c++) {
            specs.add(new DataColumnSpecCreator(t.columns().get(c), Cells.type(t.types().get(c))).createSpec());
        }
        BufferedDataContainer out = exec.createDataContainer(new DataTableSpec(specs.toArray(DataColumnSpec[]::new)));
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            DataCell[] cells = new DataCell[row.size() - first];
            for (int c = first; c < row.size(); c++) {
                cells[c - first] = Cells.cell(row.get(c), t.types().get(c));
            }
            String key = keyed ? String.valueOf(row.get(0)) : "Row" + r;
            out.addRowToTable(new DefaultRow(new RowKey(key), cells));
        }
        out.close();
        return out.getTable();
    }

    /** Writes to a temporary file beside {@code csv} and moves it into place, so no half-written file remains. */
    public static void write(BufferedDataTable table, Path csv) throws IOException {
        Path tmp = Files.createTempFile(csv.toAbsolutePath().getParent(), ".table-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                List<Object> header = new ArrayList<>();
                header.add(ROW_ID);
                header.addAll(List.of(table.getDataTableSpec().getColumnNames()));
                CsvWriter.writeRecord(w, header);
                for (DataRow row : table) {
                    List<Object> fields = new ArrayList<>();
                    fields.add(row.getKey().getString());
                    for (DataCell c : row) {
                        fields.add(value(c));
                    }
                    CsvWriter.writeRecord(w, fields);
                }
            }
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Object value(DataCell c) {
        if (c.isMissing()) {
            return null;
        }
        if (c instanceof IntValue i && !(c instanceof org.knime.core.data.BooleanValue)) {
            return i.getIntValue();
        }
        if (c instanceof LongValue l && !(c instanceof org.knime.core.data.BooleanValue)) {
            return l.getLongValue();
        }
        if (c instanceof DoubleValue d && !(c instanceof org.knime.core.data.BooleanValue)) {
            return d.getDoubleValue();
        }
        return c.toString();
    }
}
