package org.nacrad.image.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nacrad.image.PixelType;

/** The fields of a NRRD header (teem's format, versions 1–5) and its {@code key:=value} pairs. */
final class NrrdHeader {

    private static final int MAX_HEADER_BYTES = 1 << 20;

    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, String> keyValues = new LinkedHashMap<>();
    private final Path file;

    private NrrdHeader(Path file) {
        this.file = file;
    }

    /** Reads the header up to its blank line (or the end of a detached header); {@code in} is left at the data. */
    static NrrdHeader read(InputStream in, Path file) throws IOException {
        NrrdHeader h = new NrrdHeader(file);
        String magic = line(in, file);
        if (magic == null || !magic.startsWith("NRRD000")) {
            throw new VolumeFormatException(file, "not a NRRD file (no NRRD000x magic line)");
        }
        for (String line = line(in, file); line != null && !line.isEmpty(); line = line(in, file)) {
            if (line.startsWith("#")) {
                continue;
            }
            int kv = line.indexOf(":=");
            int colon = line.indexOf(": ");
            if (kv > 0 && (colon < 0 || kv < colon)) {
                h.keyValues.put(unescape(line.substring(0, kv)), unescape(line.substring(kv + 2)));
            } else if (colon > 0) {
                String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                h.fields.put(field, line.substring(colon + 2).trim());
            } else {
                throw new VolumeFormatException(file, "malformed NRRD header line: '" + line + "'");
            }
        }
        return h;
    }

    /** One header line without its terminator; null at the end of the stream. */
    private static String line(InputStream in, Path file) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(80);
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (buf.size() > MAX_HEADER_BYTES) {
                throw new VolumeFormatException(file, "NRRD header line too long");
            }
            buf.write(c);
            c = in.read();
        }
        String s = buf.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\\", "\\");
    }

    String get(String field) {
        String v = fields.get(field);
        if (v == null) {
            v = fields.get(field.replace(" ", ""));
        }
        return v;
    }

    String require(String field) throws VolumeFormatException {
        String v = get(field);
        if (v == null) {
            throw new VolumeFormatException(file, "NRRD header lacks the '" + field + "' field");
        }
        return v;
    }

    int dimension() throws VolumeFormatException {
        return parseInt(require("dimension"), "dimension");
    }

    int[] sizes() throws VolumeFormatException {
        String[] parts = require("sizes").split("\\s+");
        int dim = dimension();
        if (parts.length != dim) {
            throw new VolumeFormatException(file, "NRRD 'sizes' has " + parts.length + " entries for dimension " + dim);
        }
        int[] sizes = new int[dim];
        for (int i = 0; i < dim; i++) {
            sizes[i] = parseInt(parts[i], "sizes");
            if (sizes[i] < 1) {
                throw new VolumeFormatException(file, "NRRD 'sizes' must be positive: " + require("sizes"));
            }
        }
        return sizes;
    }

    /** Per-axis kind, lower case; "domain" for all axes when the field is absent. */
    String[] kinds() throws VolumeFormatException {
        int dim = dimension();
        String[] kinds = new String[dim];
        String v = get("kinds");
        String[] parts = v == null ? new String[0] : v.trim().split("\\s+");
        for (int i = 0; i < dim; i++) {
            kinds[i] = i < parts.length ? parts[i].toLowerCase(Locale.ROOT) : "domain";
        }
        return kinds;
    }

    PixelType pixelType() throws VolumeFormatException {
        String t = require("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return switch (t) {
            case "signed char", "int8", "int8_t" -> PixelType.INT8;
            case "uchar", "unsigned char", "uint8", "uint8_t" -> PixelType.UINT8;
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> PixelType.INT16;
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> PixelType.UINT16;
            case "int", "signed int", "int32", "int32_t" -> PixelType.INT32;
            case "uint", "unsigned int", "uint32", "uint32_t" -> PixelType.UINT32;
            case "longlong", "long long", "long long int", "signed long long", "signed long long int", "int64",
                "int64_t" -> PixelType.INT64;
            case "ulonglong", "unsigned long long", "unsigned long long int", "uint64", "uint64_t" -> PixelType.UINT64;
            case "float" -> PixelType.FLOAT32;
            case "double" -> PixelType.FLOAT64;
            default -> throw new VolumeFormatException(file, "unsupported NRRD type '" + t + "'");
        };
    }

    ByteOrder byteOrder(PixelType type, String encoding) throws VolumeFormatException {
        String e = get("endian");
        if (e == null) {
            if (type.bytes() > 1 && !encoding.equals("ascii")) {
                throw new VolumeFormatException(file, "NRRD header lacks 'endian' for a multi-byte type");
            }
            return ByteOrder.LITTLE_ENDIAN;
        }
        return switch (e.toLowerCase(Locale.ROOT)) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw new VolumeFormatException(file, "unknown NRRD endian '" + e + "'");
        };
    }

    /** "raw", "gzip" or "ascii"; other encodings are reported as unsupported. */
    String encoding() throws VolumeFormatException {
        String e = require("encoding").toLowerCase(Locale.ROOT);
        return switch (e) {
            case "raw" -> "raw";
            case "gzip", "gz" -> "gzip";
            case "ascii", "text", "txt" -> "ascii";
            default -> throw new VolumeFormatException(file, "unsupported NRRD encoding '" + e + "'");
        };
    }

    /** A "(x,y,z)" vector; null for "none". */
    double[] vector(String text) throws VolumeFormatException {
        String t = text.trim();
        if (t.equals("none")) {
            return null;
        }
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new VolumeFormatException(file, "malformed NRRD vector '" + text + "'");
        }
        String[] parts = t.substring(1, t.length() - 1).split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parseDouble(parts[i].trim(), "vector");
        }
        return v;
    }

    /** The space directions per axis (null entries for "none"), or null when the field is absent. */
    double[][] spaceDirections() throws VolumeFormatException {
        String v = get("space directions");
        if (v == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\([^)]*\\)|none").matcher(v);
        while (m.find()) {
            tokens.add(m.group());
        }
        int dim = dimension();
        if (tokens.size() != dim) {
            throw new VolumeFormatException(file, "NRRD 'space directions' has " + tokens.size()
                + " entries for dimension " + dim);
        }
        double[][] dirs = new double[dim][];
        for (int i = 0; i < dim; i++) {
            dirs[i] = vector(tokens.get(i));
        }
        return dirs;
    }

    int intField(String field, int fallback) throws VolumeFormatException {
        String v = get(field);
        return v == null ? fallback : parseInt(v, field);
    }

    int parseInt(String s, String what) throws VolumeFormatException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new VolumeFormatException(file, "NRRD '" + what + "' is not an integer: '" + s + "'");
        }
    }

    double parseDouble(String s, String what) throws VolumeFormatException {
        try {
            return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new VolumeFormatException(file, "NRRD '" + what + "' value is not a number: '" + s + "'");
        }
    }

    Path file() {
        return file;
    }
}
