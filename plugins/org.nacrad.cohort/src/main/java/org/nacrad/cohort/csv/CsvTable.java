package org.nacrad.cohort.csv;

import java.util.List;

/**
 * A parsed CSV table: column names, one type per column and typed values (Integer, Long, Double, Boolean,
 * String, or null for an empty field). Rows are immutable lists.
 */
public record CsvTable(List<String> columns, List<ColumnType> types, List<List<Object>> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = List.copyOf(rows);
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }
}
