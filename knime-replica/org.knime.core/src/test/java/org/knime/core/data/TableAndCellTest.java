/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.knime.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.util.DuplicateKeyException;
import org.nacrad.replica.harness.Executions;

/** Expected strings and hash codes follow KNIME's documented cell contracts (Double/Integer/Long.toString etc.). */
class TableAndCellTest {

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"id", "x", "n"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});

    @Test
    void cellsBehaveAsKnime() {
        assertEquals("1.5", new DoubleCell(1.5).toString());
        assertEquals("-3", new IntCell(-3).toString());
        assertEquals("9000000000", new LongCell(9_000_000_000L).toString());
        assertEquals("true", BooleanCell.TRUE.toString());
        assertEquals("?", DataType.getMissingCell().toString());
        assertEquals(new DoubleCell(Double.NaN), new DoubleCell(Double.NaN));
        assertNotEquals(new DoubleCell(0.0), new DoubleCell(-0.0));
        assertNotEquals(new IntCell(1), new LongCell(1));
        assertEquals(DataType.getMissingCell(), DataType.getMissingCell());
        assertNotEquals(DataType.getMissingCell(), new StringCell("?"));
        assertEquals(7, new IntCell(7).hashCode());
        assertEquals(Double.hashCode(2.5), new DoubleCell(2.5).hashCode());
        assertEquals(1, BooleanCell.TRUE.getIntValue());
        assertEquals(BooleanCell.FALSE, BooleanCell.get(false));
    }

    @Test
    void typesAndCompatibility() {
        assertEquals("Number (double)", DoubleCell.TYPE.getName());
        assertTrue(IntCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(DoubleCell.TYPE.isCompatible(IntValue.class));
        assertEquals(IntCell.TYPE, new IntCell(1).getType());
        assertTrue(DataType.getMissingCell().isMissing());
    }

    @Test
    void specLookups() {
        assertEquals(3, SPEC.getNumColumns());
        assertEquals(1, SPEC.findColumnIndex("x"));
        assertEquals(-1, SPEC.findColumnIndex("nope"));
        assertEquals("x (Number (double))", SPEC.getColumnSpec("x").toString());
        assertEquals("name=default,columns=[id; x; n]", SPEC.toString());
        assertEquals("x (#1)", DataTableSpec.getUniqueColumnName(SPEC, "x"));
        assertThrows(IllegalArgumentException.class,
            () -> new DataTableSpec(new String[]{"a", "a"}, new DataType[]{IntCell.TYPE, IntCell.TYPE}));
    }

    @Test
    void containerBuildsIterableTable() {
        ExecutionContext exec = Executions.context();
        BufferedDataContainer c = exec.createDataContainer(SPEC);
        c.addRowToTable(new DefaultRow("r0", new StringCell("a"), new DoubleCell(1), new IntCell(2)));
        c.addRowToTable(new DefaultRow(RowKey.createRowKey(1L), new StringCell("b"), DataType.getMissingCell(),
            new IntCell(3)));
        c.close();
        BufferedDataTable t = c.getTable();
        assertEquals(2, t.size());
        assertEquals("Rows: 2, Cols: 3", t.getSummary());
        List<String> rows = new ArrayList<>();
        t.forEach(r -> rows.add(r.toString()));
        assertEquals(List.of("r0: (a, 1.0, 2)", "Row1: (b, ?, 3)"), rows);
    }

    @Test
    void containerRejectsBadRows() {
        BufferedDataContainer c = Executions.context().createDataContainer(SPEC);
        assertThrows(IllegalArgumentException.class, () -> c.addRowToTable(new DefaultRow("r", new StringCell("a"))));
        assertThrows(IllegalArgumentException.class, () -> c.addRowToTable(
            new DefaultRow("r", new StringCell("a"), new IntCell(1), new IntCell(2))));
        c.addRowToTable(new DefaultRow("r", new StringCell("a"), new DoubleCell(1), new IntCell(2)));
        DuplicateKeyException dup = assertThrows(DuplicateKeyException.class, () -> c.addRowToTable(
            new DefaultRow("r", new StringCell("b"), new DoubleCell(1), new IntCell(2))));
        assertEquals("r", dup.getKey());
        assertThrows(IllegalStateException.class, c::getTable);
    }
}
