/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.util.Objects;

/** Name and type of a column (domain and properties are not modelled by the replica). */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = Objects.requireNonNull(name, "Column name must not be null");
        m_type = Objects.requireNonNull(type, "Column type must not be null");
    }

    public String getName() {
        return m_name;
    }

    public DataType getType() {
        return m_type;
    }

    public boolean equalStructure(final DataColumnSpec cspec) {
        return m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnSpec other && equalStructure(other);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
