/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.util.Objects;

/** The unique identifier of a row. */
public final class RowKey implements RowKeyValue {

    private final String m_key;

    public RowKey(final String key) {
        m_key = Objects.requireNonNull(key, "Row key must not be null");
    }

    @Override
    public String getString() {
        return m_key;
    }

    /** @return the key KNIME generates for the row at this index: "Row" + index */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    @Override
    public String toString() {
        return m_key;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey other && m_key.equals(other.m_key);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode();
    }
}
