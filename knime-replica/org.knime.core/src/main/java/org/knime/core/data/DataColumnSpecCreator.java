/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.node.NodeLogger;

/** Builds {@link DataColumnSpec}s; names are trimmed and empty names replaced, as in KNIME. */
public final class DataColumnSpecCreator {

    /** KNIME numbers replacement names for empty column names globally. */
    private static final AtomicInteger EMPTY_COLUMNS = new AtomicInteger();

    private String m_name;

    private DataType m_type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
    }

    public void setName(final String name) {
        if (name == null) {
            throw new NullPointerException("Name of DataColumnSpec must not be null!");
        }
        String validName = name.trim();
        if (validName.isEmpty()) {
            validName = "<empty_" + EMPTY_COLUMNS.incrementAndGet() + ">";
            NodeLogger.getLogger(DataColumnSpecCreator.class)
                .warn("Column name \"" + name + "\" is invalid, replacing by \"" + validName + "\"");
        }
        m_name = validName;
    }

    public void setType(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type of DataColumnSpec must not be null!");
        }
        m_type = type;
    }

    public DataType getType() {
        return m_type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
