package org.nacrad.cli.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigEntries;

/**
 * Applies user-given values (from a workflow source, {@code --set key=value} or a workflow variable) onto a node's
 * default settings. The type of each value is taken from the node's own default entry, so a value is written
 * exactly as the node's SettingsModel expects it; unknown keys and unparsable values are errors naming the key.
 */
public final class SettingsOverrides {

    private SettingsOverrides() {
    }

    /** Sets {@code path} ("key" or "config/key") to {@code value} (a String, Number, Boolean or List). */
    public static void apply(NodeSettings settings, String path, Object value) throws InvalidSettingsException {
        String[] parts = path.split("/");
        NodeSettings target = settings;
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.getNodeSettings(parts[i]);
        }
        set(target, parts[parts.length - 1], value, path);
    }

    public static void applyAll(NodeSettings settings, Map<String, Object> values) throws InvalidSettingsException {
        for (var e : values.entrySet()) {
            apply(settings, e.getKey(), e.getValue());
        }
    }

    private static void set(NodeSettings s, String key, Object value, String path) throws InvalidSettingsException {
        AbstractConfigEntry entry = s.containsKey(key) ? s.getEntry(key) : null;
        if (entry == null) {
            throw new InvalidSettingsException("Unknown setting '" + path + "'; known settings: "
                + String.join(", ", visibleKeys(s)));
        }
        try {
            if (entry.getType() == ConfigEntries.config) {
                setArray(s.getNodeSettings(key), s, key, value, path);
            } else {
                setScalar(s, key, entry.getType(), value, path);
            }
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Setting '" + path + "': '" + value + "' is not a valid "
                + entry.getType().name().substring(1) + " value.", e);
        }
    }

    private static void setScalar(NodeSettings s, String key, ConfigEntries type, Object value, String path)
        throws InvalidSettingsException {
        String text = value == null ? null : value.toString();
        switch (type) {
            case xstring -> s.addString(key, text);
            case xint -> s.addInt(key, value instanceof Number n ? exactInt(n, path) : Integer.parseInt(text.trim()));
            case xlong -> s.addLong(key, value instanceof Number n ? n.longValue() : Long.parseLong(text.trim()));
            case xdouble -> s.addDouble(key, value instanceof Number n ? n.doubleValue() : Double.parseDouble(text));
            case xfloat -> s.addFloat(key, value instanceof Number n ? n.floatValue() : Float.parseFloat(text));
            case xboolean -> s.addBoolean(key, parseBoolean(value, path));
            default -> throw new InvalidSettingsException("Setting '" + path + "' of type " + type
                + " cannot be set from outside the node.");
        }
    }

    private static int exactInt(Number n, String path) throws InvalidSettingsException {
        if (n.doubleValue() != n.intValue()) {
            throw new InvalidSettingsException("Setting '" + path + "' must be an integer, not " + n + ".");
        }
        return n.intValue();
    }

    private static boolean parseBoolean(Object value, String path) throws InvalidSettingsException {
        if (value instanceof Boolean b) {
            return b;
        }
        String t = String.valueOf(value).trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw new InvalidSettingsException("Setting '" + path + "' must be true or false, not '" + value + "'.");
    }

    /** Arrays are configs with an array-size entry; other configs are nested settings given as a map. */
    private static void setArray(NodeSettings array, NodeSettings parent, String key, Object value, String path)
        throws InvalidSettingsException {
        if (!array.containsKey("array-size")) {
            if (!(value instanceof Map<?, ?> m)) {
                throw new InvalidSettingsException("Setting '" + path + "' is a group; give it as a mapping.");
            }
            for (var e : m.entrySet()) {
                set(array, e.getKey().toString(), e.getValue(), path + "/" + e.getKey());
            }
            return;
        }
        List<String> items = items(value);
        ConfigEntries element = array.containsKey("0") ? array.getEntry("0").getType() : ConfigEntries.xstring;
        switch (element) {
            case xint -> parent.addIntArray(key, items.stream().mapToInt(i -> Integer.parseInt(i.trim())).toArray());
            case xlong -> parent.addLongArray(key, items.stream().mapToLong(i -> Long.parseLong(i.trim())).toArray());
            case xdouble -> parent.addDoubleArray(key, items.stream().mapToDouble(Double::parseDouble).toArray());
            case xstring -> parent.addStringArray(key, items.toArray(String[]::new));
            default -> throw new InvalidSettingsException("Setting '" + path + "': arrays of " + element
                + " cannot be set from outside the node.");
        }
    }

    private static List<String> items(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        } else if (value != null && !value.toString().isBlank()) {
            for (String s : value.toString().split(",")) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** Keys a user may set: everything but the SettingsModels' bookkeeping sub-configs. */
    public static List<String> visibleKeys(NodeSettings s) {
        return s.keySet().stream().filter(k -> !k.endsWith("_Internals")).sorted().toList();
    }
}
