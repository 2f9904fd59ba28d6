/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** An immutable row backed by a cell array. */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        m_key = Objects.requireNonNull(rowKey, "Row key must not be null");
        m_cells = row.clone();
        for (int i = 0; i < m_cells.length; i++) {
            if (m_cells[i] == null) {
                throw new NullPointerException("Cell at index " + i + " is null in row " + rowKey);
            }
        }
    }

    public DefaultRow(final String rowKey, final DataCell... row) {
        this(new RowKey(rowKey), row);
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    public DefaultRow(final String rowKey, final List<DataCell> row) {
        this(new RowKey(rowKey), row);
    }

    public DefaultRow(final RowKey rowKey, final double... row) {
        this(rowKey, Arrays.stream(row).mapToObj(DoubleCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowKey, final double... row) {
        this(new RowKey(rowKey), row);
    }

    public DefaultRow(final RowKey rowKey, final int... row) {
        this(rowKey, Arrays.stream(row).mapToObj(IntCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowKey, final int... row) {
        this(new RowKey(rowKey), row);
    }

    public DefaultRow(final RowKey rowKey, final String... row) {
        this(rowKey, Arrays.stream(row).map(StringCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowKey, final String... row) {
        this(new RowKey(rowKey), row);
    }

    public DefaultRow(final RowKey rowKey, final DataRow row) {
        this(rowKey, row.stream().toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowKey, final DataRow row) {
        this(new RowKey(rowKey), row);
    }

    @Override
    public final int getNumCells() {
        return m_cells.length;
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(m_cells).iterator();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(m_key.toString()).append(": (");
        for (int i = 0; i < m_cells.length; i++) {
            b.append(i > 0 ? ", " : "").append(m_cells[i]);
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataRow other) || other.getNumCells() != getNumCells()
            || !other.getKey().equals(m_key)) {
            return false;
        }
        for (int i = 0; i < m_cells.length; i++) {
            if (!other.getCell(i).equals(m_cells[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return m_key.hashCode();
    }
}
