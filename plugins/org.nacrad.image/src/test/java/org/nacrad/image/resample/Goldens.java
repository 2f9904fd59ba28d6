package org.nacrad.image.resample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Reads the SimpleITK/PyRadiomics goldens of {@code oracle/imaging-ops/golden}: {@code <name>.bin.gz} (float64 LE,
 * x fastest) + {@code <name>.json} (geometry, pixel type), and {@code cases.json}.
 */
public final class Goldens {

    private Goldens() {
    }

    public static Path dir() {
        return root().resolve("oracle/imaging-ops/golden");
    }

    /** The team's shared data folder, {@code <root>/../shared} (may be absent). */
    public static Path sharedDir() {
        return root().getParent().resolve("shared");
    }

    private static Path root() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root (a folder with plugins/) not found above user.dir");
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> cases() throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(dir().resolve("cases.json")));
    }

    @SuppressWarnings("unchecked")
    public static Volume volume(String name) throws IOException {
        Map<String, Object> meta = (Map<String, Object>) Json.parse(Files.readString(dir().resolve(name + ".json")));
        Geometry g = new Geometry(ints(meta.get("size")), doubles(meta.get("spacing")), doubles(meta.get("origin")),
            doubles(meta.get("direction")));
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir().resolve(name + ".bin.gz")))) {
            raw = in.readAllBytes();
        }
        double[] data = new double[raw.length / 8];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(data);
        return new Volume(g, PixelType.valueOf((String) meta.get("pixelType")), data);
    }

    public static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).doubleValue();
        }
        return d;
    }

    public static int[] ints(Object list) {
        List<?> l = (List<?>) list;
        int[] d = new int[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).intValue();
        }
        return d;
    }

    /** Just enough JSON for the oracle's files: objects, arrays, strings without escapes, numbers, literals. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    ws();
                    String k = (String) value();
                    ws();
                    i++; // ':'
                    m.put(k, value());
                    ws();
                } while (s.charAt(i++) == ',');
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    ws();
                } while (s.charAt(i++) == ',');
                return l;
            }
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                String v = s.substring(i + 1, end);
                i = end + 1;
                return v;
            }
            for (String lit : new String[] {"true", "false", "null"}) {
                if (s.startsWith(lit, i)) {
                    i += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.valueOf(s.substring(start, i));
        }
    }
}
