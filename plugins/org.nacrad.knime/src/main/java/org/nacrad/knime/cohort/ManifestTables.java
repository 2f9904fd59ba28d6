package org.nacrad.knime.cohort;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.knime.util.Cells;

/** A parsed cohort manifest as a KNIME table: typed columns, one row per patient keyed by the patient id. */
public final class ManifestTables {

    private ManifestTables() {
    }

    public static DataTableSpec spec(CsvTable t) {
        DataColumnSpec[] specs = new DataColumnSpec[t.columns().size()];
        for (int c = 0; c < specs.length; c++) {
            specs[c] = new DataColumnSpecCreator(t.columns().get(c), Cells.type(t.types().get(c))).createSpec();
        }
        return new DataTableSpec(specs);
    }

    public static BufferedDataTable toTable(CsvTable t, String idColumn, ExecutionContext exec)
        throws CanceledExecutionException {
        BufferedDataContainer out = exec.createDataContainer(spec(t));
        int id = t.columnIndex(idColumn);
        for (int r = 0; r < t.rows().size(); r++) {
            exec.checkCanceled();
            List<Object> row = t.rows().get(r);
            DataCell[] cells = new DataCell[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Cells.cell(row.get(c), t.types().get(c));
            }
            out.addRowToTable(new DefaultRow(new RowKey(row.get(id).toString()), cells));
            exec.setProgress((r + 1) / (double) t.rows().size(), "Patient " + row.get(id));
        }
        out.close();
        return out.getTable();
    }
}
