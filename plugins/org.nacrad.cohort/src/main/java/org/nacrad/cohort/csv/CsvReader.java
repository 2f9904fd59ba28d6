package org.nacrad.cohort.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (comma separated, double-quote quoting, first line = header) into a typed table. Column types
 * are declared per column or inferred: the most specific of int, long, double, boolean (true/false), string that
 * every non-empty value parses as. Empty fields are missing values.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static CsvTable read(Path file, Map<String, ColumnType> declared) throws IOException, CsvFormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), declared);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException("CSV file not found: " + file);
        }
    }

    public static CsvTable read(Reader in, String source, Map<String, ColumnType> declared)
        throws IOException, CsvFormatException {
        List<List<String>> records = parseRecords(in.markSupported() ? in : new BufferedReader(in), source);
        if (records.isEmpty()) {
            throw new CsvFormatException(source + ": the file is empty (a header line is required)");
        }
        List<String> header = stripBom(records.get(0));
        checkHeader(header, source);
        for (String name : declared.keySet()) {
            if (!header.contains(name)) {
                throw new CsvFormatException(source + ": declared column '" + name + "' is not in the header");
            }
        }
        List<List<String>> body = records.subList(1, records.size());
        for (int r = 0; r < body.size(); r++) {
            if (body.get(r).size() != header.size()) {
                throw new CsvFormatException(source + ": line " + (r + 2) + " has " + body.get(r).size()
                    + " fields but the header has " + header.size());
            }
        }
        List<ColumnType> types = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            ColumnType declaredType = declared.get(header.get(c));
            types.add(declaredType != null ? declaredType : infer(body, c));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < body.size(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                row.add(convert(body.get(r).get(c), types.get(c), source, r + 2, header.get(c)));
            }
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new CsvTable(header, types, rows);
    }

    private static List<String> stripBom(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(header);
            copy.set(0, copy.get(0).substring(1));
            return copy;
        }
        return header;
    }

    private static void checkHeader(List<String> header, String source) throws CsvFormatException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            if (name.isEmpty()) {
                throw new CsvFormatException(source + ": header column " + (c + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new CsvFormatException(source + ": header names column '" + name + "' twice");
            }
            header.set(c, name);
        }
    }

    static ColumnType infer(List<List<String>> body, int column) {
        ColumnType best = ColumnType.INTEGER;
        for (List<String> record : body) {
            String v = record.get(column).trim();
            if (!v.isEmpty()) {
                while (best != ColumnType.STRING && !parses(v, best)) {
                    best = ColumnType.values()[best.ordinal() + 1];
                }
            }
        }
        return best;
    }

    private static boolean parses(String v, ColumnType type) {
        try {
            switch (type) {
                case INTEGER -> Integer.parseInt(v);
                case LONG -> Long.parseLong(v);
                case DOUBLE -> parseDouble(v);
                case BOOLEAN -> {
                    return parseBoolean(v) != null;
                }
                case STRING -> {
                    return true;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parseDouble(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "nan" -> Double.NaN;
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (lower.endsWith("d") || lower.endsWith("f")) {
                    throw new NumberFormatException(v); // Java suffixes are not CSV numbers
                }
                yield Double.parseDouble(v);
            }
        };
    }

    private static Boolean parseBoolean(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : null;
    }

    private static Object convert(String raw, ColumnType type, String source, int line, String column)
        throws CsvFormatException {
        String v = type == ColumnType.STRING ? raw : raw.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case INTEGER -> Integer.parseInt(v);
                case LONG -> Long.parseLong(v);
                case DOUBLE -> parseDouble(v);
                case BOOLEAN -> {
                    Boolean b = parseBoolean(v);
                    if (b == null) {
                        throw new NumberFormatException(v);
                    }
                    yield b;
                }
                case STRING -> v;
            };
        } catch (NumberFormatException e) {
            throw new CsvFormatException(source + ": line " + line + ", column '" + column + "': '" + raw
                + "' is not a valid " + type.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Splits the input into records of fields, honouring quotes (which may span lines) and CRLF. */
    static List<List<String>> parseRecords(Reader in, String source) throws IOException, CsvFormatException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                endRecord(records, fields, field, fieldStarted);
                fields = new ArrayList<>();
                fieldStarted = false;
                line++;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvFormatException(source + ": unterminated quoted field near line " + line);
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field,
        boolean fieldStarted) {
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        field.setLength(0);
    }

    public static CsvTable read(String text, String source, Map<String, ColumnType> declared)
        throws CsvFormatException {
        try {
            return read(new BufferedReader(new java.io.StringReader(text)), source, declared);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
