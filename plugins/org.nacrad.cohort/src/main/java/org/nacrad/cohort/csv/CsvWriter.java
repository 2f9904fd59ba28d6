package org.nacrad.cohort.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: fields quoted only when they contain a comma, quote or line break; null → empty. */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static void writeRecord(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(fields.get(i)));
        }
        out.write('\n');
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? formatDouble(d) : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Shortest representation that parses back to the same double (Java's algorithm), NaN/Inf spelled out. */
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Double.toString(d);
    }
}
