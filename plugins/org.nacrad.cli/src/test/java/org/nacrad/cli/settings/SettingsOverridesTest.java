package org.nacrad.cli.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;

class SettingsOverridesTest {

    private static NodeSettings defaults() {
        NodeSettings s = new NodeSettings("model");
        s.addString("name", "a");
        s.addInt("k", 3);
        s.addDouble("fraction", 0.1);
        s.addBoolean("flag", false);
        s.addStringArray("columns", "x");
        s.addNodeSettings("group").addInt("depth", 34);
        return s;
    }

    @Test
    void valuesTakeTheTypeOfTheNodesDefault() throws Exception {
        NodeSettings s = defaults();
        SettingsOverrides.apply(s, "k", "12");
        SettingsOverrides.apply(s, "fraction", 1);
        SettingsOverrides.apply(s, "flag", "true");
        SettingsOverrides.apply(s, "columns", "a, b");
        SettingsOverrides.apply(s, "group/depth", 50);
        SettingsOverrides.apply(s, "name", List.of(1).get(0));
        assertEquals(12, s.getInt("k"));
        assertEquals(1.0, s.getDouble("fraction"));
        assertTrue(s.getBoolean("flag"));
        assertArrayEquals(new String[] {"a", "b"}, s.getStringArray("columns"));
        assertEquals(50, s.getNodeSettings("group").getInt("depth"));
        assertEquals("1", s.getString("name"));
    }

    @Test
    void unknownKeysAndBadValuesNameTheKey() {
        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> SettingsOverrides.apply(defaults(), "kk", "1"));
        assertTrue(e.getMessage().contains("kk") && e.getMessage().contains("fraction"), e.getMessage());
        e = assertThrows(InvalidSettingsException.class, () -> SettingsOverrides.apply(defaults(), "k", "ten"));
        assertTrue(e.getMessage().contains("'k'"), e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> SettingsOverrides.apply(defaults(), "k", 2.5));
        assertThrows(InvalidSettingsException.class, () -> SettingsOverrides.apply(defaults(), "flag", "yes"));
    }
}
