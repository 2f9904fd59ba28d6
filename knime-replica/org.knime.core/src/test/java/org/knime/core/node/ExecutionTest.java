/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.knime.core.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.nacrad.replica.harness.Executions;

class ExecutionTest {

    private static BufferedDataTable table(final ExecutionContext exec, final int n) {
        DataTableSpec spec = new DataTableSpec(new String[]{"name", "x"}, new DataType[]{StringCell.TYPE,
            DoubleCell.TYPE});
        BufferedDataContainer c = exec.createDataContainer(spec);
        for (int i = 0; i < n; i++) {
            c.addRowToTable(new DefaultRow("Row" + i, new StringCell("n" + i), new DoubleCell(i)));
        }
        c.close();
        return c.getTable();
    }

    @Test
    void columnRearrangerAppendsReplacesRemovesAndMoves() throws Exception {
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = table(exec, 3);
        ColumnRearranger r = new ColumnRearranger(in.getSpec());
        r.append(new SingleCellFactory(new DataColumnSpecCreator("twice", DoubleCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                return new DoubleCell(2 * ((DoubleValue)row.getCell(1)).getDoubleValue());
            }
        });
        r.replace(new SingleCellFactory(new DataColumnSpecCreator("idx", DoubleCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row, final long rowIndex) {
                return new DoubleCell(rowIndex);
            }
        }, "x");
        r.move(2, 0);
        r.remove("name");
        BufferedDataTable out = exec.createColumnRearrangeTable(in, r, exec);
        assertArrayEquals(new String[]{"twice", "idx"}, out.getSpec().getColumnNames());
        List<String> rows = new ArrayList<>();
        out.forEach(row -> rows.add(row.toString()));
        assertEquals(List.of("Row0: (0.0, 0.0)", "Row1: (2.0, 1.0)", "Row2: (4.0, 2.0)"), rows);
    }

    @Test
    void progressIsScaledBySubMonitorsAndSilentOnesKeepTheirMessages() {
        List<String> events = new ArrayList<>();
        ExecutionContext exec = Executions.context((p, m) -> events.add(p + " " + m), null);
        exec.setProgress(0.2, "start");
        ExecutionMonitor sub = exec.createSubProgress(0.5);
        sub.setProgress(0.5, "half");
        ExecutionContext silent = exec.createSilentSubExecutionContext(0.3);
        silent.setProgress(1.0, "hidden");
        assertEquals(List.of("0.2 start", "0.45 half", "0.75 half"), events);
    }

    @Test
    void cancelFlagMakesCheckCanceledAndRearrangingThrow() {
        AtomicBoolean cancel = new AtomicBoolean();
        ExecutionContext exec = Executions.context(null, cancel::get);
        BufferedDataTable in = table(exec, 2);
        cancel.set(true);
        assertThrows(CanceledExecutionException.class, exec::checkCanceled);
        assertThrows(CanceledExecutionException.class, () -> exec.createSubProgress(0.1).checkCanceled());
        ColumnRearranger r = new ColumnRearranger(in.getSpec());
        assertThrows(CanceledExecutionException.class, () -> exec.createColumnRearrangeTable(in, r, exec));
    }
}
