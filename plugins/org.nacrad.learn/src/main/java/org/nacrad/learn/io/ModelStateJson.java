package org.nacrad.learn.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nacrad.learn.ModelState;

/**
 * Model files: a {@link ModelState} as JSON, {@code {"type": ..., "version": n, "entries": {key: {"t": tag, "v":
 * value}}}} with tags string, double, boolean, doubles, ints, strings, matrix. Doubles are written in Java's
 * shortest round-trip form, so a saved model reloads bit for bit; NaN and infinities are written as the strings
 * "NaN", "Infinity", "-Infinity".
 */
public final class ModelStateJson {

    private ModelStateJson() {
    }

    public static String write(ModelState state) {
        StringBuilder sb = new StringBuilder();
        writeState(sb, state, "");
        return sb.append('\n').toString();
    }

    private static void writeState(StringBuilder sb, ModelState state, String indent) {
        sb.append("{\"type\": ").append(quote(state.type())).append(", \"version\": ").append(state.version())
                .append(", \"entries\": {");
        boolean first = true;
        for (Map.Entry<String, Object> e : state.entries().entrySet()) {
            sb.append(first ? "\n  " : ",\n  ").append(indent).append(quote(e.getKey())).append(": ");
            first = false;
            writeValue(sb, e.getValue(), indent);
        }
        sb.append('\n').append(indent).append("}}");
    }

    private static void writeValue(StringBuilder sb, Object v, String indent) {
        if (v instanceof ModelState nested) {
            sb.append("{\"t\": \"state\", \"v\": ");
            writeState(sb, nested, indent + "  ");
            sb.append('}');
        } else if (v instanceof String s) {
            sb.append("{\"t\": \"string\", \"v\": ").append(quote(s)).append('}');
        } else if (v instanceof Double d) {
            sb.append("{\"t\": \"double\", \"v\": ").append(number(d)).append('}');
        } else if (v instanceof Boolean b) {
            sb.append("{\"t\": \"boolean\", \"v\": ").append(b).append('}');
        } else if (v instanceof double[] a) {
            sb.append("{\"t\": \"doubles\", \"v\": ");
            doubles(sb, a);
            sb.append('}');
        } else if (v instanceof int[] a) {
            sb.append("{\"t\": \"ints\", \"v\": [");
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(a[i]);
            }
            sb.append("]}");
        } else if (v instanceof String[] a) {
            sb.append("{\"t\": \"strings\", \"v\": [");
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(quote(a[i]));
            }
            sb.append("]}");
        } else if (v instanceof double[][] m) {
            sb.append("{\"t\": \"matrix\", \"v\": [");
            for (int i = 0; i < m.length; i++) {
                sb.append(i == 0 ? "" : ", ");
                doubles(sb, m[i]);
            }
            sb.append("]}");
        } else {
            throw new IllegalArgumentException("cannot write model value of type " + v.getClass());
        }
    }

    private static void doubles(StringBuilder sb, double[] a) {
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(number(a[i]));
        }
        sb.append(']');
    }

    private static String number(double d) {
        return Double.isFinite(d) ? Double.toString(d) : quote(Double.toString(d));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Parses what {@link #write} produced; {@code source} names the file in error messages. */
    public static ModelState read(String json, String source) {
        return toState(new JsonParser(json, source).parseDocument(), source);
    }

    private static ModelState toState(Object root, String source) {
        Map<String, Object> obj = asObject(root, source, "document");
        String type = (String) obj.get("type");
        Object version = obj.get("version");
        if (type == null || !(version instanceof Double)) {
            throw new IllegalArgumentException(source + ": not a NACRad model file (no type/version)");
        }
        ModelState state = new ModelState(type, ((Double) version).intValue());
        for (Map.Entry<String, Object> e : asObject(obj.get("entries"), source, "entries").entrySet()) {
            Map<String, Object> tv = asObject(e.getValue(), source, e.getKey());
            String where = source + " '" + e.getKey() + "'";
            String tag = String.valueOf(tv.get("t"));
            state.put(e.getKey(), tag.equals("state") ? toState(tv.get("v"), where) : decode(tag, tv.get("v"), where));
        }
        return state;
    }

    private static Object decode(String tag, Object v, String where) {
        return switch (tag) {
            case "string" -> (String) v;
            case "double" -> toDouble(v, where);
            case "boolean" -> (Boolean) v;
            case "doubles" -> toDoubles(v, where);
            case "ints" -> asList(v, where).stream().mapToInt(o -> (int) toDouble(o, where)).toArray();
            case "strings" -> asList(v, where).stream().map(o -> (String) o).toArray(String[]::new);
            case "matrix" -> asList(v, where).stream().map(r -> toDoubles(r, where)).toArray(double[][]::new);
            default -> throw new IllegalArgumentException(where + ": unknown value tag '" + tag + "'");
        };
    }

    private static double toDouble(Object o, String where) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof String s) {
            return Double.parseDouble(s);
        }
        throw new IllegalArgumentException(where + ": expected a number, got " + o);
    }

    private static double[] toDoubles(Object v, String where) {
        return asList(v, where).stream().mapToDouble(o -> toDouble(o, where)).toArray();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o, String where) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException(where + ": expected an array");
        }
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object o, String source, String where) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(source + ": '" + where + "' is not a JSON object");
        }
        return (Map<String, Object>) o;
    }

    /** Minimal JSON parser: objects (ordered), arrays, strings, numbers (as Double), booleans, null. */
    private static final class JsonParser {
        private final String s;
        private final String source;
        private int i;

        JsonParser(String s, String source) {
            this.s = s;
            this.source = source;
        }

        Object parseDocument() {
            Object v = value();
            skip();
            if (i != s.length()) {
                throw error("trailing characters");
            }
            return v;
        }

        private Object value() {
            skip();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("bad value");
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skip();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                skip();
                String key = string();
                skip();
                expect(':');
                m.put(key, value());
                skip();
                if (peek() == ',') {
                    i++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            skip();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                skip();
                if (peek() == ',') {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            expect('"');
            return sb.toString();
        }

        private char peek() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(source + ": invalid model JSON at character " + i + ": " + what);
        }
    }
}
