/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.knime.core.node.defaultnodesettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

class SettingsModelTest {

    private static NodeSettingsRO viaXml(final NodeSettings s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void booleanModelWritesValueAndInternalsAsKnime() throws Exception {
        NodeSettings s = new NodeSettings("model");
        new SettingsModelBoolean("recursive", true).saveSettingsTo(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        // shape of a SettingsModelBoolean in a real KNIME settings.xml (facts doc §2.5); KNIME 5.3's
        // SettingsModel.saveSettingsTo writes the internals before the value
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("""
                <config key="recursive_Internals">
                    <entry key="SettingsModelID" type="xstring" value="SMID_boolean"/>
                    <entry key="EnabledStatus" type="xboolean" value="true"/>
                </config>
                <entry key="recursive" type="xboolean" value="true"/>
            """));
    }

    @Test
    void modelsRoundTripThroughXml() throws Exception {
        SettingsModelString str = new SettingsModelString("s", "a<b>\n");
        SettingsModelIntegerBounded i = new SettingsModelIntegerBounded("i", 3, 1, 10);
        SettingsModelDoubleBounded d = new SettingsModelDoubleBounded("d", 0.25, 0, 1);
        SettingsModelStringArray arr = new SettingsModelStringArray("arr", new String[]{"x", "y"});
        SettingsModelColumnName col = new SettingsModelColumnName("col", "name");
        NodeSettings s = new NodeSettings("model");
        for (SettingsModel m : new SettingsModel[]{str, i, d, arr, col}) {
            m.saveSettingsTo(s);
        }
        NodeSettingsRO r = viaXml(s);
        SettingsModelString str2 = new SettingsModelString("s", null);
        SettingsModelIntegerBounded i2 = new SettingsModelIntegerBounded("i", 1, 1, 10);
        SettingsModelDoubleBounded d2 = new SettingsModelDoubleBounded("d", 1, 0, 1);
        SettingsModelStringArray arr2 = new SettingsModelStringArray("arr", null);
        SettingsModelColumnName col2 = new SettingsModelColumnName("col", null);
        for (SettingsModel m : new SettingsModel[]{str2, i2, d2, arr2, col2}) {
            m.validateSettings(r);
            m.loadSettingsFrom(r);
        }
        assertEquals("a<b>\n", str2.getStringValue());
        assertEquals(3, i2.getIntValue());
        assertEquals(0.25, d2.getDoubleValue());
        assertArrayEquals(new String[]{"x", "y"}, arr2.getStringArrayValue());
        assertEquals("name", col2.getColumnName());
        assertFalse(col2.useRowID());
        assertTrue(r.getNodeSettings("col").containsKey("useRowID"));
    }

    @Test
    void validationRejectsOutOfBoundsAndMissingValues() {
        NodeSettings s = new NodeSettings("model");
        s.addInt("i", 42);
        SettingsModelIntegerBounded i = new SettingsModelIntegerBounded("i", 1, 1, 10);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> i.validateSettings(s));
        assertEquals("Value (=42.0) must be within the range [1...10].", e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> new SettingsModelString("absent", "").validateSettings(s));
        assertThrows(IllegalArgumentException.class, () -> i.setIntValue(0));
    }

    @Test
    void disabledModelIgnoresInvalidValueOnLoad() throws Exception {
        SettingsModelInteger m = new SettingsModelInteger("n", 5);
        m.setEnabled(false);
        NodeSettings s = new NodeSettings("model");
        m.saveSettingsTo(s);
        s.addString("n", "not an int");
        SettingsModelInteger other = new SettingsModelInteger("n", 7);
        other.loadSettingsFrom(s);
        assertFalse(other.isEnabled());
        assertEquals(7, other.getIntValue());
    }

    @Test
    void columnFilterPersistsKnimeKeysAndFiltersByTypeAndName() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[]{"a", "b", "c"},
            new DataType[]{DoubleCell.TYPE, StringCell.TYPE, IntCell.TYPE});
        SettingsModelColumnFilter2 f = new SettingsModelColumnFilter2("cols", DoubleValue.class);
        f.loadDefaults(spec);
        NodeSettings s = new NodeSettings("model");
        f.saveSettingsTo(s);
        NodeSettingsRO sub = s.getNodeSettings("cols");
        for (String key : new String[]{"filter-type", "included_names", "excluded_names", "enforce_option",
            "name_pattern", "datatype"}) {
            assertTrue(sub.containsKey(key), key);
        }
        assertArrayEquals(new String[]{"a", "c"}, f.applyTo(spec).getIncludes());

        NodeSettings edited = new NodeSettings("model");
        f.saveSettingsTo(edited);
        edited.getNodeSettings("cols").addStringArray("excluded_names", "c", "gone");
        edited.getNodeSettings("cols").addStringArray("included_names", "a");
        SettingsModelColumnFilter2 g = new SettingsModelColumnFilter2("cols", DoubleValue.class);
        g.loadSettingsFrom(viaXml(edited));
        FilterResult res = g.applyTo(spec);
        assertArrayEquals(new String[]{"a"}, res.getIncludes());
        assertArrayEquals(new String[]{"c"}, res.getExcludes());
        assertArrayEquals(new String[]{"gone"}, res.getRemovedFromExcludes());
    }

    @Test
    void defaultPaneLoadsAndSavesThroughItsComponents() throws Exception {
        SettingsModelString model = new SettingsModelString("mode", "fast");
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.createNewGroup("g");
        pane.addDialogComponent(new DialogComponentStringSelection(model, "Mode", "fast", "exact"));
        pane.addDialogComponent(new DialogComponentString(new SettingsModelString("name", ""), "Name", true, 10));
        NodeSettings in = new NodeSettings("model");
        in.addString("mode", "exact");
        in.addString("name", "x");
        pane.loadSettingsFrom(in, new PortObjectSpec[0]);
        assertEquals("exact", model.getStringValue());
        NodeSettings out = new NodeSettings("model");
        pane.saveSettingsTo(out);
        assertEquals("exact", out.getString("mode"));
        in.addString("name", " ");
        pane.loadSettingsFrom(in, new PortObjectSpec[0]);
        assertThrows(InvalidSettingsException.class, () -> pane.saveSettingsTo(new NodeSettings("model")));
    }
}
