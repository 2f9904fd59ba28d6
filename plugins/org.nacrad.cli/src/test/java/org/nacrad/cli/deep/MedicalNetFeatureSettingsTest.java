package org.nacrad.cli.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.knime.deep.MedicalNetFeatureNodeFactory;
import org.nacrad.replica.harness.NodeHarness;

/** MedicalNet Feature settings: every key survives a save/load round trip; invalid choices are refused. */
class MedicalNetFeatureSettingsTest {

    private static Map<String, Object> nonDefaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("image_column", "ce_t1_image");
        m.put("mask_column", "mri_peri_mask");
        m.put("prefix", "MRI_T1");
        m.put("region", "Peri");
        m.put("keep_input_columns", false);
        m.put("depth", "50");
        m.put("weights_source", "seeded-random");
        m.put("weights_file", "/data/resnet_50_23dataset.pth");
        m.put("weights_seed", 11);
        m.put("batch_size", 3);
        m.put("preprocess", false);
        m.put("margin_mm", 4.5);
        m.put("isotropic_spacing_mm", 1.25);
        m.put("normalisation", "medicalnet");
        m.put("resize", 48);
        m.put("mask_outside_roi", true);
        m.put("fill_seed", 9);
        return m;
    }

    @Test
    void everySettingRoundTrips() throws Exception {
        NodeHarness<?> h = NodeHarness.of(new MedicalNetFeatureNodeFactory());
        NodeSettings s = h.saveSettings();
        Map<String, Object> values = nonDefaults();
        assertEquals(values.size(), SettingsOverrides.visibleKeys(s).size(), "every key is covered: "
            + SettingsOverrides.visibleKeys(s));
        SettingsOverrides.applyAll(s, values);
        h.loadSettings(s);

        NodeHarness<?> fresh = NodeHarness.of(new MedicalNetFeatureNodeFactory());
        fresh.loadSettings(h.saveSettings());
        NodeSettings back = fresh.saveSettings();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            Object saved = v instanceof Boolean ? back.getBoolean(key) : v instanceof Integer ? back.getInt(key)
                : v instanceof Double ? back.getDouble(key) : back.getString(key);
            assertEquals(e.getValue(), saved, key);
        }
    }

    @Test
    void invalidChoicesAreRefusedWithTheAllowedValues() throws Exception {
        for (String[] bad : new String[][] {{"depth", "33", "10, 18, 34, 50"},
            {"weights_source", "pretrained", "checkpoint, seeded-random"},
            {"normalisation", "minmax", "zscore-roi, medicalnet, none"}, {"prefix", " ", "must not be empty"}}) {
            NodeHarness<?> h = NodeHarness.of(new MedicalNetFeatureNodeFactory());
            NodeSettings s = h.saveSettings();
            SettingsOverrides.apply(s, bad[0], bad[1]);
            InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> h.loadSettings(s));
            assertTrue(e.getMessage().contains(bad[2]), bad[0] + ": " + e.getMessage());
        }
    }
}
