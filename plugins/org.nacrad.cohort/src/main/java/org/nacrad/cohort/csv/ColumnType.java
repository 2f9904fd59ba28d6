package org.nacrad.cohort.csv;

/** Value types a CSV column can hold, ordered from the most to the least specific. */
public enum ColumnType {
    INTEGER, LONG, DOUBLE, BOOLEAN, STRING;

    /** Parses a declared type name such as {@code int}, {@code double} or {@code string}. */
    public static ColumnType parse(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "int", "integer" -> INTEGER;
            case "long" -> LONG;
            case "double", "float", "number", "real" -> DOUBLE;
            case "bool", "boolean" -> BOOLEAN;
            case "string", "str", "text", "path" -> STRING;
            default -> throw new IllegalArgumentException(
                "unknown column type '" + name + "' (use int, long, double, boolean or string)");
        };
    }
}
