/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;

/**
 * An ordered tree of typed entries and sub-configs. Values keep the string form KNIME writes to XML, so a
 * load/save round trip reproduces the file. Arrays are sub-configs with an "array-size" entry, as in KNIME.
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    private static final String ARRAY_SIZE = "array-size";

    private final LinkedHashMap<String, AbstractConfigEntry> m_map = new LinkedHashMap<>();

    public ConfigBase(final String key) {
        super(ConfigEntries.config, key);
    }

    /** @return a new, empty config of the same kind, used for sub-configs */
    public abstract ConfigBase getInstance(String key);

    protected void put(final AbstractConfigEntry e) {
        m_map.put(e.getKey(), e);
        e.setParent(this);
    }

    protected AbstractConfigEntry get(final String key) {
        return m_map.get(key);
    }

    public AbstractConfigEntry getEntry(final String key) {
        return m_map.get(key);
    }

    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    public final AbstractConfigEntry removeConfig(final String key) {
        return m_map.remove(key);
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        ConfigBase sub = getInstance(key);
        put(sub);
        return sub;
    }

    protected final void addConfigBase(final ConfigBase config) {
        put(config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = m_map.get(key);
        if (!(e instanceof ConfigBase)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (ConfigBase)e;
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_map.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_map.containsKey(key);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    // ---- scalar values ----

    private void addValue(final ConfigEntries type, final String key, final String value) {
        put(new ValueEntry(type, key, value));
    }

    private String value(final String key, final ConfigEntries type, final String what)
        throws InvalidSettingsException {
        AbstractConfigEntry e = m_map.get(key);
        if (!(e instanceof ValueEntry) || e.getType() != type) {
            throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
        }
        return e.toStringValue();
    }

    private String nonNull(final String key, final ConfigEntries type, final String what)
        throws InvalidSettingsException {
        String v = value(key, type, what);
        if (v == null) {
            throw new InvalidSettingsException(what + " for key \"" + key + "\" is null.");
        }
        return v;
    }

    @Override
    public void addInt(final String key, final int value) {
        addValue(ConfigEntries.xint, key, Integer.toString(value));
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return Integer.parseInt(nonNull(key, ConfigEntries.xint, "Int"));
    }

    @Override
    public int getInt(final String key, final int def) {
        try {
            return getInt(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addLong(final String key, final long value) {
        addValue(ConfigEntries.xlong, key, Long.toString(value));
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return Long.parseLong(nonNull(key, ConfigEntries.xlong, "Long"));
    }

    @Override
    public long getLong(final String key, final long def) {
        try {
            return getLong(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addDouble(final String key, final double value) {
        addValue(ConfigEntries.xdouble, key, Double.toString(value));
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return Double.parseDouble(nonNull(key, ConfigEntries.xdouble, "Double"));
    }

    @Override
    public double getDouble(final String key, final double def) {
        try {
            return getDouble(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    /** KNIME writes floats widened to double (e.g. 0.1f as "0.10000000149011612"). */
    @Override
    public void addFloat(final String key, final float value) {
        addValue(ConfigEntries.xfloat, key, Double.toString(value));
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return Float.parseFloat(nonNull(key, ConfigEntries.xfloat, "Float"));
    }

    @Override
    public float getFloat(final String key, final float def) {
        try {
            return getFloat(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addChar(final String key, final char value) {
        addValue(ConfigEntries.xchar, key, Character.toString(value));
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        String v = nonNull(key, ConfigEntries.xchar, "Char");
        if (v.length() != 1) {
            throw new InvalidSettingsException("Char for key \"" + key + "\" is not a single character: " + v);
        }
        return v.charAt(0);
    }

    @Override
    public char getChar(final String key, final char def) {
        try {
            return getChar(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShort(final String key, final short value) {
        addValue(ConfigEntries.xshort, key, Short.toString(value));
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return Short.parseShort(nonNull(key, ConfigEntries.xshort, "Short"));
    }

    @Override
    public short getShort(final String key, final short def) {
        try {
            return getShort(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addByte(final String key, final byte value) {
        addValue(ConfigEntries.xbyte, key, Byte.toString(value));
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return Byte.parseByte(nonNull(key, ConfigEntries.xbyte, "Byte"));
    }

    @Override
    public byte getByte(final String key, final byte def) {
        try {
            return getByte(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        addValue(ConfigEntries.xboolean, key, Boolean.toString(value));
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return Boolean.parseBoolean(nonNull(key, ConfigEntries.xboolean, "Boolean"));
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        try {
            return getBoolean(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addString(final String key, final String value) {
        addValue(ConfigEntries.xstring, key, value);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return value(key, ConfigEntries.xstring, "String");
    }

    @Override
    public String getString(final String key, final String def) {
        try {
            return getString(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ---- arrays: a sub-config with "array-size" and entries "0".."n-1"; a null array is an empty sub-config ----

    @FunctionalInterface
    private interface ElementReader<A> {
        void read(ConfigBase c, String key, A array, int index) throws InvalidSettingsException;
    }

    @FunctionalInterface
    private interface ElementWriter {
        void write(ConfigBase c, String key, int index);
    }

    private <A> A readArray(final String key, final IntFunction<A> create, final ElementReader<A> reader)
        throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int size = c.getInt(ARRAY_SIZE, -1);
        if (size < 0) {
            return null;
        }
        A array = create.apply(size);
        for (int i = 0; i < size; i++) {
            reader.read(c, Integer.toString(i), array, i);
        }
        return array;
    }

    private void writeArray(final String key, final boolean isNull, final int length, final ElementWriter writer) {
        ConfigBase c = addConfigBase(key);
        if (!isNull) {
            c.addInt(ARRAY_SIZE, length);
            for (int i = 0; i < length; i++) {
                writer.write(c, Integer.toString(i), i);
            }
        }
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addInt(k, values[i]));
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        return readArray(key, int[]::new, (c, k, a, i) -> a[i] = c.getInt(k));
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addLong(k, values[i]));
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        return readArray(key, long[]::new, (c, k, a, i) -> a[i] = c.getLong(k));
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        writeArray(key, values == null, values == null ? 0 : values.length,
            (c, k, i) -> c.addDouble(k, values[i]));
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        return readArray(key, double[]::new, (c, k, a, i) -> a[i] = c.getDouble(k));
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addFloat(k, values[i]));
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        return readArray(key, float[]::new, (c, k, a, i) -> a[i] = c.getFloat(k));
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addChar(k, values[i]));
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        return readArray(key, char[]::new, (c, k, a, i) -> a[i] = c.getChar(k));
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addShort(k, values[i]));
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        return readArray(key, short[]::new, (c, k, a, i) -> a[i] = c.getShort(k));
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        writeArray(key, values == null, values == null ? 0 : values.length, (c, k, i) -> c.addByte(k, values[i]));
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        return readArray(key, byte[]::new, (c, k, a, i) -> a[i] = c.getByte(k));
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException | NumberFormatException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        writeArray(key, values == null, values == null ? 0 : values.length,
            (c, k, i) -> c.addBoolean(k, values[i]));
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        return readArray(key, boolean[]::new, (c, k, a, i) -> a[i] = c.getBoolean(k));
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        writeArray(key, values == null, values == null ? 0 : values.length,
            (c, k, i) -> c.addString(k, values[i]));
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        return readArray(key, String[]::new, (c, k, a, i) -> a[i] = c.getString(k));
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ---- copy, XML ----

    @Override
    public void copyTo(final ConfigBaseWO config) {
        if (!(config instanceof ConfigBase target)) {
            throw new UnsupportedOperationException("copyTo supports only ConfigBase targets in this replica");
        }
        for (AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase sub) {
                sub.copyTo(target.addConfigBase(sub.getKey()));
            } else {
                target.put(new ValueEntry(e.getType(), e.getKey(), e.toStringValue()));
            }
        }
    }

    /** Writes this tree in KNIME's XMLConfig format (UTF-8) and closes the stream, as KNIME does. */
    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        XmlConfigFormat.save(this, os);
    }

    /** Adds the entries of the XML document to this config and takes over the document's root key. */
    public void load(final InputStream is) throws IOException {
        XmlConfigFormat.load(this, is);
    }

    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream is) throws IOException {
        XmlConfigFormat.load(config, is);
        return config;
    }

    Map<String, AbstractConfigEntry> entries() {
        return m_map;
    }

    // ---- TreeNode ----

    @Override
    public final String toStringValue() {
        return null;
    }

    @Override
    public final boolean isLeaf() {
        return false;
    }

    @Override
    public int getChildCount() {
        return m_map.size();
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return new ArrayList<>(m_map.values()).get(childIndex);
    }

    @Override
    public int getIndex(final TreeNode node) {
        return new ArrayList<TreeNode>(m_map.values()).indexOf(node);
    }

    @Override
    public final Enumeration<TreeNode> children() {
        return Collections.enumeration(new ArrayList<TreeNode>(m_map.values()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        appendTo(b, 0);
        return b.toString();
    }

    private void appendTo(final StringBuilder b, final int depth) {
        b.append("  ".repeat(depth)).append(getKey()).append('\n');
        for (AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase sub) {
                sub.appendTo(b, depth + 1);
            } else {
                b.append("  ".repeat(depth + 1)).append(e.getKey()).append(" (").append(e.getType()).append(")->")
                    .append(e.toStringValue()).append('\n');
            }
        }
    }
}
