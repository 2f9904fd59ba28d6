/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.knime.core.node.config.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;

/** Expected XML follows the XMLConfig format as documented in shared/reference/knime-api-facts.md §5.2. */
class XmlConfigFormatTest {

    /** Minimal concrete config (NodeSettings lives in the other bundle). */
    private static final class Cfg extends ConfigBase {
        private static final long serialVersionUID = 1L;

        Cfg(final String key) {
            super(key);
        }

        @Override
        public ConfigBase getInstance(final String key) {
            return new Cfg(key);
        }
    }

    private static String xml(final ConfigBase c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Cfg parse(final String xml) throws IOException {
        Cfg c = new Cfg("ignored");
        c.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return c;
    }

    @Test
    void writesKnimeLayout() throws IOException {
        Cfg c = new Cfg("settings.xml");
        c.addString("node_file", "settings.xml");
        c.addString("customDescription", null);
        c.addConfigBase("flow_stack");
        c.addIntArray("bounds", 10, 20);
        String expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <config xmlns="http://www.knime.org/2008/09/XMLConfig" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd" \
            key="settings.xml">
                <entry key="node_file" type="xstring" value="settings.xml"/>
                <entry key="customDescription" type="xstring" isnull="true" value=""/>
                <config key="flow_stack"/>
                <config key="bounds">
                    <entry key="array-size" type="xint" value="2"/>
                    <entry key="0" type="xint" value="10"/>
                    <entry key="1" type="xint" value="20"/>
                </config>
            </config>
            """;
        assertEquals(expected, xml(c));
    }

    @Test
    void escapesAsKnime() throws IOException {
        Cfg c = new Cfg("r");
        c.addString("s", "a\r\nb%%c<&>\"");
        // CR LF -> %%00013%%00010 and the first '%' of "%%" -> %%00037 (facts §5.2), then XML escaping
        assertTrue(xml(c).contains("value=\"a%%00013%%00010b%%00037%c&lt;&amp;&gt;&quot;\""), xml(c));
    }

    @Test
    void roundTripsAllTypesSpecialCharactersAndNulls() throws IOException, InvalidSettingsException {
        Cfg c = new Cfg("root");
        c.addInt("i", -7);
        c.addLong("l", Long.MIN_VALUE);
        c.addDouble("d", 0.1);
        c.addDouble("nan", Double.NaN);
        c.addFloat("f", 0.1f);
        c.addBoolean("b", true);
        c.addChar("c", '\t');
        c.addShort("sh", (short)-3);
        c.addByte("by", (byte)127);
        c.addString("s", "tab\there \u00e9\u4e2d \ud83d\ude00 %% 100%");
        c.addString("null", null);
        c.addStringArray("sa", "x", null, "");
        c.addStringArray("nullArray", (String[])null);
        c.addDoubleArray("da", 1.5, -0.0);
        c.addConfigBase("sub").addConfigBase("deeper").addBoolean("flag", false);

        Cfg r = parse(xml(c));
        assertEquals("root", r.getKey());
        assertEquals(-7, r.getInt("i"));
        assertEquals(Long.MIN_VALUE, r.getLong("l"));
        assertEquals(0.1, r.getDouble("d"));
        assertTrue(Double.isNaN(r.getDouble("nan")));
        assertEquals(0.1f, r.getFloat("f"));
        assertTrue(r.getBoolean("b"));
        assertEquals('\t', r.getChar("c"));
        assertEquals((short)-3, r.getShort("sh"));
        assertEquals((byte)127, r.getByte("by"));
        assertEquals("tab\there \u00e9\u4e2d \ud83d\ude00 %% 100%", r.getString("s"));
        assertNull(r.getString("null"));
        assertTrue(r.containsKey("null"));
        assertArrayEquals(new String[]{"x", null, ""}, r.getStringArray("sa"));
        assertNull(r.getStringArray("nullArray"));
        assertArrayEquals(new double[]{1.5, -0.0}, r.getDoubleArray("da"));
        assertEquals(false, r.getConfigBase("sub").getConfigBase("deeper").getBoolean("flag"));
        assertEquals(xml(c), xml(r));
    }

    @Test
    void floatsAreWrittenWidenedToDouble() throws IOException {
        Cfg c = new Cfg("r");
        c.addFloat("f", 0.1f);
        // KNIME's ConfigFloatEntry writes Double.toString(float): 0.1f widened is 0.10000000149011612
        assertTrue(xml(c).contains("type=\"xfloat\" value=\"0.10000000149011612\""));
    }

    @Test
    void typedGettersRejectOtherTypesAndMissingKeys() {
        Cfg c = new Cfg("r");
        c.addString("s", "1");
        assertThrows(InvalidSettingsException.class, () -> c.getInt("s"));
        assertThrows(InvalidSettingsException.class, () -> c.getString("missing"));
        assertEquals(5, c.getInt("s", 5));
        assertEquals("d", c.getString("missing", "d"));
    }

    @Test
    void rejectsDoctypeAndExternalEntities() {
        String xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE config [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <config key="k"><entry key="a" type="xstring" value="&x;"/></config>
            """;
        IOException e = assertThrows(IOException.class, () -> parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void rejectsUnknownTagsAndTypes() {
        assertThrows(IOException.class, () -> parse("<config key=\"k\"><foo/></config>"));
        assertThrows(IOException.class,
            () -> parse("<config key=\"k\"><entry key=\"a\" type=\"xweird\" value=\"1\"/></config>"));
        assertThrows(IOException.class, () -> parse("not xml"));
    }
}
