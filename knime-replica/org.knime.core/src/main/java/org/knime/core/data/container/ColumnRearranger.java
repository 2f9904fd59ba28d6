/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Describes how to derive an output table from an input table: keep, drop, move original columns and add columns
 * computed by {@link CellFactory}s. Applied by {@code ExecutionContext.createColumnRearrangeTable}.
 */
public class ColumnRearranger {

    /** An output column: an original column (factory null) or output {@code index} of a factory. */
    private record Slot(DataColumnSpec spec, CellFactory factory, int index) {
    }

    private final DataTableSpec m_original;

    private final List<Slot> m_slots = new ArrayList<>();

    public ColumnRearranger(final DataTableSpec original) {
        m_original = original;
        for (int i = 0; i < original.getNumColumns(); i++) {
            m_slots.add(new Slot(original.getColumnSpec(i), null, i));
        }
    }

    public final int indexOf(final String colName) {
        for (int i = 0; i < m_slots.size(); i++) {
            if (m_slots.get(i).spec().getName().equals(colName)) {
                return i;
            }
        }
        return -1;
    }

    public final int getColumnCount() {
        return m_slots.size();
    }

    public final void append(final CellFactory fac) {
        insertAt(m_slots.size(), fac);
    }

    public final void insertAt(final int position, final CellFactory fac) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        for (int i = 0; i < specs.length; i++) {
            m_slots.add(position + i, new Slot(specs[i], fac, i));
        }
    }

    public final void replace(final CellFactory fac, final String colName) {
        replace(fac, requireIndex(colName));
    }

    /** Replaces the columns at the given positions with the factory's columns, in order. */
    public final void replace(final CellFactory fac, final int... colIndex) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        if (specs.length != colIndex.length) {
            throw new IndexOutOfBoundsException("Arguments do not provide to same number of columns: "
                + specs.length + " vs. " + colIndex.length);
        }
        for (int i = 0; i < specs.length; i++) {
            m_slots.remove(colIndex[i]);
            m_slots.add(colIndex[i], new Slot(specs[i], fac, i));
        }
    }

    public final void remove(final int... colIndices) {
        int[] sorted = colIndices.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            m_slots.remove(sorted[i]);
        }
    }

    public final void remove(final String... colNames) {
        remove(Arrays.stream(colNames).mapToInt(this::requireIndex).toArray());
    }

    public final void keepOnly(final int... colIndices) {
        Set<Integer> keep = new LinkedHashSet<>();
        Arrays.stream(colIndices).forEach(keep::add);
        List<Slot> kept = new ArrayList<>();
        for (int i = 0; i < m_slots.size(); i++) {
            if (keep.contains(i)) {
                kept.add(m_slots.get(i));
            }
        }
        m_slots.clear();
        m_slots.addAll(kept);
    }

    public final void keepOnly(final String... colNames) {
        keepOnly(Arrays.stream(colNames).mapToInt(this::requireIndex).toArray());
    }

    /** As KNIME: when moving right the column ends up just before the column previously at {@code to}. */
    public final void move(final int from, final int to) {
        if (from < to) {
            m_slots.add(to, m_slots.get(from));
            m_slots.remove(from);
        } else {
            m_slots.add(to, m_slots.remove(from));
        }
    }

    public final DataTableSpec createSpec() {
        return new DataTableSpec(m_original.getName(), m_slots.stream().map(Slot::spec).toArray(DataColumnSpec[]::new));
    }

    private int requireIndex(final String colName) {
        int i = indexOf(colName);
        if (i < 0) {
            throw new IllegalArgumentException("No such column: " + colName);
        }
        return i;
    }

    /**
     * Applies this arrangement row by row. Called reflectively by ExecutionContext (KNIME does this in
     * package-internal classes; the replica must not add public members).
     */
    @SuppressWarnings("unused")
    private List<DataRow> apply(final DataTable in, final long rowCount, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        Set<CellFactory> factories = new LinkedHashSet<>();
        m_slots.stream().filter(s -> s.factory() != null).forEach(s -> factories.add(s.factory()));
        List<DataRow> out = new ArrayList<>();
        long index = 0;
        for (DataRow row : in) {
            exec.checkCanceled();
            Map<CellFactory, DataCell[]> computed = new IdentityHashMap<>();
            for (CellFactory f : factories) {
                DataCell[] cells = f.getCells(row, index);
                if (cells == null || cells.length != f.getColumnSpecs().length) {
                    throw new IllegalStateException("Cell factory " + f.getClass().getName() + " returned "
                        + (cells == null ? "null" : cells.length + " cells") + " for row " + row.getKey());
                }
                computed.put(f, cells);
            }
            DataCell[] cells = new DataCell[m_slots.size()];
            for (int i = 0; i < cells.length; i++) {
                Slot s = m_slots.get(i);
                cells[i] = s.factory() == null ? row.getCell(s.index()) : computed.get(s.factory())[s.index()];
            }
            out.add(new DefaultRow(row.getKey(), cells));
            index++;
            for (CellFactory f : factories) {
                f.setProgress(index, rowCount, row.getKey(), exec);
            }
        }
        factories.stream().filter(AbstractCellFactory.class::isInstance)
            .forEach(f -> ((AbstractCellFactory)f).afterProcessing());
        return out;
    }
}
