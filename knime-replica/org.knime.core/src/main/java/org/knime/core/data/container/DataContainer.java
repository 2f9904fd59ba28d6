/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.util.DuplicateKeyException;

/**
 * Collects rows in memory. Like KNIME it rejects rows whose cell count or cell types do not fit the spec and
 * duplicate row keys, so node bugs surface in tests as they would in KNIME.
 */
public class DataContainer implements RowAppender, RowFlushable {

    public static final int NOT_IN_WORKFLOW_BUFFER = -1;

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private DataTable m_table;

    public DataContainer(final DataTableSpec spec) {
        m_spec = Objects.requireNonNull(spec, "Spec must not be null!");
    }

    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        this(spec);
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (isClosed()) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length "
                + "of column names array: " + row.getNumCells() + " vs. " + m_spec.getNumColumns());
        }
        for (int i = 0; i < row.getNumCells(); i++) {
            DataCell cell = row.getCell(i);
            if (!cell.isMissing() && !m_spec.getColumnSpec(i).getType().getCellClass().isInstance(cell)) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + i
                    + ") in row \"" + row.getKey() + "\" is " + cell.getType() + " and does not comply with its "
                    + "supposed superclass " + m_spec.getColumnSpec(i).getType());
            }
        }
        if (!m_keys.add(row.getKey())) {
            throw new DuplicateKeyException("Encountered duplicate row ID \"" + row.getKey() + "\"",
                row.getKey().getString());
        }
        m_rows.add(row);
    }

    @Override
    public void flushRows() {
        // rows are kept in memory
    }

    public void close() {
        if (!isClosed()) {
            m_table = new InMemoryTable(m_spec, m_rows);
        }
    }

    public boolean isClosed() {
        return m_table != null;
    }

    public boolean isOpen() {
        return !isClosed();
    }

    public long size() {
        return m_rows.size();
    }

    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    public DataTable getTable() {
        if (!isClosed()) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_table;
    }
}
