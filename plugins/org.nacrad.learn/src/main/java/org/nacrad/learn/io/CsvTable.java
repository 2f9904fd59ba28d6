package org.nacrad.learn.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A comma-separated table as text cells (RFC 4180 quoting); the first line is the header. */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(String source, List<String> header, List<List<String>> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses {@code text}; {@code source} names it in error messages. */
    public static CsvTable parse(String source, String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                lineHasContent = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                lineHasContent = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (lineHasContent || cell.length() > 0) {
                    cells.add(cell.toString());
                    lines.add(cells);
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                lineHasContent = false;
            } else {
                cell.append(ch);
                lineHasContent = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": unterminated quoted cell");
        }
        if (lineHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty file, expected a header line");
        }
        List<String> header = lines.get(0);
        for (int r = 1; r < lines.size(); r++) {
            if (lines.get(r).size() != header.size()) {
                throw new IllegalArgumentException(source + ": line " + (r + 1) + " has " + lines.get(r).size()
                        + " cells but the header has " + header.size());
            }
        }
        return new CsvTable(source, List.copyOf(header), List.copyOf(lines.subList(1, lines.size())));
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    public int columnIndex(String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException(source + ": no column '" + name + "' (columns: " + header + ")");
        }
        return c;
    }

    /** Text cells of one column. */
    public List<String> column(String name) {
        int c = columnIndex(name);
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(row.get(c));
        }
        return out;
    }

    /**
     * A numeric column; empty, "NA" and "NaN" cells become NaN, "inf"/"-inf" (Python's spelling) and Java's
     * "Infinity" are infinite; anything else non-numeric is an error naming file, line and column.
     */
    public double[] numericColumn(String name) {
        int c = columnIndex(name);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = parseNumber(rows.get(r).get(c), r, name);
        }
        return out;
    }

    double parseNumber(String text, int row, String column) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("NA") || t.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("+inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (t.equalsIgnoreCase("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": column '" + column + "' is not numeric: line " + (row + 2)
                    + " holds '" + text + "'");
        }
    }

    /** Writes a header and rows of already formatted cells, quoting where needed. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        writeLine(out, header);
        for (List<String> row : rows) {
            writeLine(out, row);
        }
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            out.write(i == 0 ? c : "," + c);
        }
        out.write('\n');
    }
}
