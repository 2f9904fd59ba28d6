/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The type of a column: the cell class and the value interfaces it implements. */
public final class DataType {

    /** Display names KNIME derives from the preferred value's utility factory. */
    private static final Map<String, String> NAMES = Map.of(
        "org.knime.core.data.def.DoubleCell", "Number (double)",
        "org.knime.core.data.def.IntCell", "Number (integer)",
        "org.knime.core.data.def.LongCell", "Number (long)",
        "org.knime.core.data.def.StringCell", "String",
        "org.knime.core.data.def.BooleanCell", "Boolean value");

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> m_cellClass;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        Objects.requireNonNull(cell, "Cell class must not be null");
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    public boolean isMissingValueType() {
        return m_cellClass == MissingCell.class;
    }

    public String getName() {
        return NAMES.getOrDefault(m_cellClass.getName(), m_cellClass.getSimpleName());
    }

    @Override
    public String toString() {
        return getName();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType t && t.m_cellClass.equals(m_cellClass);
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }
}
