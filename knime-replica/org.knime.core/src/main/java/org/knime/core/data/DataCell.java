/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.io.Serializable;

/** Base class of all cells. Equality: missing cells are equal to each other; otherwise same class and content. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isMissing() {
        return false;
    }

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public abstract int hashCode();

    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell other)) {
            return false;
        }
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        return getClass().equals(other.getClass()) && equalsDataCell(other);
    }
}
