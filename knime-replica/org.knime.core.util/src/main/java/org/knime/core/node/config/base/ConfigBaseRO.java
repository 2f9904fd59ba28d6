/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/** Read access to a settings tree. */
public interface ConfigBaseRO extends Iterable<String> {
    public ConfigBase getConfigBase(String key) throws InvalidSettingsException;
    public void saveToXML(OutputStream os) throws IOException;
    public void copyTo(ConfigBaseWO config);
    public String getKey();
    public int getInt(String key) throws InvalidSettingsException;
    public double getDouble(String key) throws InvalidSettingsException;
    public char getChar(String key) throws InvalidSettingsException;
    public short getShort(String key) throws InvalidSettingsException;
    public long getLong(String key) throws InvalidSettingsException;
    public byte getByte(String key) throws InvalidSettingsException;
    public String getString(String key) throws InvalidSettingsException;
    public Set<String> keySet();
    public boolean containsKey(String key);
    public boolean getBoolean(String key) throws InvalidSettingsException;
    public int getInt(String key, int def);
    public int[] getIntArray(String key) throws InvalidSettingsException;
    public int[] getIntArray(String key, int... def);
    public double getDouble(String key, double def);
    public double[] getDoubleArray(String key) throws InvalidSettingsException;
    public double[] getDoubleArray(String key, double... def);
    public float getFloat(String key) throws InvalidSettingsException;
    public float getFloat(String key, float def);
    public float[] getFloatArray(String key) throws InvalidSettingsException;
    public float[] getFloatArray(String key, float... def);
    public char getChar(String key, char def);
    public char[] getCharArray(String key) throws InvalidSettingsException;
    public byte[] getByteArray(String key, byte... def);
    public byte[] getByteArray(String key) throws InvalidSettingsException;
    public byte getByte(String key, byte def);
    public short[] getShortArray(String key) throws InvalidSettingsException;
    public short[] getShortArray(String key, short... def);
    public long[] getLongArray(String key) throws InvalidSettingsException;
    public long[] getLongArray(String key, long... def);
    public short getShort(String key, short def);
    public long getLong(String key, long def);
    public char[] getCharArray(String key, char... def);
    public boolean getBoolean(String key, boolean def);
    public boolean[] getBooleanArray(String key) throws InvalidSettingsException;
    public boolean[] getBooleanArray(String key, boolean... def);
    public String getString(String key, String def);
    public String[] getStringArray(String key) throws InvalidSettingsException;
    public String[] getStringArray(String key, String... def);
    @Override
    public Iterator<String> iterator();
}
