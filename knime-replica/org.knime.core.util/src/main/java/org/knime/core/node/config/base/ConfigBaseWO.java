/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.config.base;

/** Write access to a settings tree. */
public interface ConfigBaseWO {
    ConfigBase addConfigBase(String key);
    String getKey();
    public void addInt(String key, int value);
    public void addDouble(String key, double value);
    public void addFloat(String key, float value);
    public void addChar(String key, char value);
    public void addShort(String key, short value);
    public void addLong(String key, long value);
    public void addByte(String key, byte value);
    public void addString(String key, String value);
    public void addBoolean(String key, boolean value);
    public void addIntArray(String key, int... values);
    public void addDoubleArray(String key, double... values);
    public void addFloatArray(String key, float... values);
    public void addByteArray(String key, byte... values);
    public void addShortArray(String key, short... values);
    public void addLongArray(String key, long... values);
    public void addCharArray(String key, char... values);
    public void addBooleanArray(String key, boolean... values);
    public void addStringArray(String key, String... values);
}
