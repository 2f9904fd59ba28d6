/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/** The structure of a table: a name and an ordered list of uniquely named columns. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DEFAULT_NAME = "default";

    private final String m_name;

    private final List<DataColumnSpec> m_columns;

    private final Map<String, Integer> m_index = new HashMap<>();

    public DataTableSpec() {
        this(DEFAULT_NAME, new DataColumnSpec[0]);
    }

    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DEFAULT_NAME, colSpecs);
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name == null ? DEFAULT_NAME : name;
        m_columns = List.of(colSpecs);
        for (int i = 0; i < colSpecs.length; i++) {
            Integer previous = m_index.putIfAbsent(colSpecs[i].getName(), i);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + colSpecs[i].getName()
                    + "\" at positions " + previous + " and " + i + ".");
            }
        }
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        this(DEFAULT_NAME, names, types);
    }

    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, createColumnSpecs(names, types));
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.getName(), Stream.concat(spec1.stream(), spec2.stream()).toArray(DataColumnSpec[]::new));
    }

    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Column names and types must have the same length");
        }
        DataColumnSpec[] specs = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            specs[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return specs;
    }

    public static DataTableSpec mergeDataTableSpecs(final DataTableSpec... specs) {
        return new DataTableSpec(Arrays.stream(specs).flatMap(DataTableSpec::stream).toArray(DataColumnSpec[]::new));
    }

    /** @return name, or name + " (#i)" with the smallest i making it unique in spec */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (spec == null) {
            return columnName;
        }
        String name = columnName;
        for (int i = 1; spec.containsName(name); i++) {
            name = columnName + " (#" + i + ")";
        }
        return name;
    }

    public String getName() {
        return m_name;
    }

    public int getNumColumns() {
        return m_columns.size();
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns.get(index);
    }

    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : m_columns.get(i);
    }

    public int findColumnIndex(final String columnName) {
        return m_index.getOrDefault(columnName, -1);
    }

    public boolean containsName(final String columnName) {
        return m_index.containsKey(columnName);
    }

    public final String[] getColumnNames() {
        return m_columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    public int[] columnsToIndices(final String... columns) {
        int[] indices = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            indices[i] = findColumnIndex(columns[i]);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("Column \"" + columns[i] + "\" not found.");
            }
        }
        return indices;
    }

    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return m_columns.stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    public boolean equalStructure(final DataTableSpec spec) {
        return spec != null && m_columns.equals(spec.m_columns);
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return m_columns.iterator();
    }

    public Stream<DataColumnSpec> stream() {
        return m_columns.stream();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec other && m_name.equals(other.m_name) && m_columns.equals(other.m_columns);
    }

    @Override
    public int hashCode() {
        return m_columns.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("name=" + m_name + ",columns=[");
        for (int i = 0; i < m_columns.size(); i++) {
            b.append(i > 0 ? "; " : "").append(m_columns.get(i).getName());
        }
        return b.append(']').toString();
    }
}
