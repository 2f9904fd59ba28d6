package org.nacrad.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain, serialisable fitted state of a model: an ordered map from keys to values of a few simple types
 * ({@code String}, {@code Double}, {@code Boolean}, {@code double[]}, {@code double[][]}, {@code int[]},
 * {@code String[]}, and nested {@code ModelState} for composite models), tagged with the model type and a format
 * version. Port objects and model files store exactly
 * this map; each model class rebuilds itself from it with a static {@code fromState}. Arrays are copied in and out.
 */
public final class ModelState {

    private final String type;
    private final int version;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    public ModelState(String type, int version) {
        this.type = type;
        this.version = version;
    }

    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    /** Fails unless this state was written by a model of {@code expectedType} with a version it can read. */
    public ModelState require(String expectedType, int maxVersion) {
        if (!type.equals(expectedType)) {
            throw new IllegalArgumentException("expected a '" + expectedType + "' model but got '" + type + "'");
        }
        if (version > maxVersion) {
            throw new IllegalArgumentException("'" + type + "' model version " + version
                    + " is newer than this software reads (" + maxVersion + ")");
        }
        return this;
    }

    public ModelState put(String key, Object value) {
        entries.put(key, copyValue(key, value));
        return this;
    }

    public ModelState put(String key, List<String> value) {
        return put(key, (Object) value.toArray(new String[0]));
    }

    /** Keys and values in insertion order (values are the stored objects; arrays are not copied). */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public String getString(String key) {
        return get(key, String.class);
    }

    public double getDouble(String key) {
        return get(key, Double.class);
    }

    public boolean getBoolean(String key) {
        return get(key, Boolean.class);
    }

    public double[] getDoubles(String key) {
        return get(key, double[].class).clone();
    }

    public int[] getInts(String key) {
        return get(key, int[].class).clone();
    }

    public List<String> getStrings(String key) {
        return List.of(get(key, String[].class));
    }

    /** A nested model's state (composite models such as per-group ComBat). */
    public ModelState getState(String key) {
        return get(key, ModelState.class);
    }

    public double[][] getMatrix(String key) {
        double[][] m = get(key, double[][].class);
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    private <T> T get(String key, Class<T> cls) {
        Object v = entries.get(key);
        if (v == null) {
            throw new IllegalArgumentException("'" + type + "' model state lacks '" + key + "'");
        }
        if (!cls.isInstance(v)) {
            throw new IllegalArgumentException("'" + type + "' model state: '" + key + "' is a "
                    + v.getClass().getSimpleName() + ", expected " + cls.getSimpleName());
        }
        return cls.cast(v);
    }

    private static Object copyValue(String key, Object v) {
        if (v instanceof Integer i) {
            return i.doubleValue();
        }
        if (v instanceof String || v instanceof Double || v instanceof Boolean || v instanceof ModelState) {
            return v;
        }
        if (v instanceof double[] d) {
            return d.clone();
        }
        if (v instanceof int[] d) {
            return d.clone();
        }
        if (v instanceof String[] d) {
            return d.clone();
        }
        if (v instanceof double[][] d) {
            double[][] out = new double[d.length][];
            for (int i = 0; i < d.length; i++) {
                out[i] = d[i].clone();
            }
            return out;
        }
        throw new IllegalArgumentException("model state value '" + key + "' has unsupported type "
                + (v == null ? "null" : v.getClass().getName()));
    }
}
