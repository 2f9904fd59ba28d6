package org.nacrad.knime.image.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Image Reader; the keys are a persistent contract of saved workflows. */
final class ImageReaderSettings {

    /** Comma-separated path columns to read; empty = string columns ending in _image or _mask. */
    final SettingsModelString volumeColumns = new SettingsModelString("volume_columns", "");
    /** Mask/image pairs as {@code mask=image;…}; empty = X_mask pairs with X_image. */
    final SettingsModelString maskPairs = new SettingsModelString("mask_pairs", "");
    final SettingsModelBoolean failOnGridMismatch = new SettingsModelBoolean("fail_on_grid_mismatch", true);

    private List<SettingsModel> all() {
        return List.of(volumeColumns, maskPairs, failOnGridMismatch);
    }

    void save(NodeSettingsWO s) {
        all().forEach(m -> m.saveSettingsTo(s));
    }

    void validate(NodeSettingsRO s) throws InvalidSettingsException {
        for (SettingsModel m : all()) {
            m.validateSettings(s);
        }
        parsePairs(maskPairs.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue());
    }

    void load(NodeSettingsRO s) throws InvalidSettingsException {
        for (SettingsModel m : all()) {
            m.loadSettingsFrom(s);
        }
    }

    /** The volume columns to read, checked against the input spec. */
    List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        List<String> out = new ArrayList<>();
        String declared = volumeColumns.getStringValue().trim();
        if (declared.isEmpty()) {
            for (var c : spec) {
                String n = c.getName().toLowerCase(Locale.ROOT);
                if (c.getType().isCompatible(StringValue.class) && (n.endsWith("_image") || n.endsWith("_mask"))) {
                    out.add(c.getName());
                }
            }
            if (out.isEmpty()) {
                throw new InvalidSettingsException("No volume columns: the input has no string column ending in "
                    + "_image or _mask; name the path columns in the node settings.");
            }
            return out;
        }
        for (String c : declared.split(",")) {
            String name = c.trim();
            var col = spec.getColumnSpec(name);
            if (col == null) {
                throw new InvalidSettingsException("Volume column '" + name + "' is not in the input table.");
            }
            if (!col.getType().isCompatible(StringValue.class)) {
                throw new InvalidSettingsException("Volume column '" + name + "' must hold file paths (strings).");
            }
            out.add(name);
        }
        return out;
    }

    /** mask column → image column it must share a grid with. */
    Map<String, String> pairs(List<String> columns) throws InvalidSettingsException {
        Map<String, String> declared = parsePairs(maskPairs.getStringValue());
        if (!declared.isEmpty()) {
            for (var e : declared.entrySet()) {
                if (!columns.contains(e.getKey()) || !columns.contains(e.getValue())) {
                    throw new InvalidSettingsException("Mask pair " + e.getKey() + "=" + e.getValue()
                        + " names a column that is not read.");
                }
            }
            return declared;
        }
        Map<String, String> auto = new LinkedHashMap<>();
        for (String c : columns) {
            if (c.toLowerCase(Locale.ROOT).endsWith("_mask")) {
                String image = c.substring(0, c.length() - "_mask".length()) + "_image";
                if (columns.contains(image)) {
                    auto.put(c, image);
                }
            }
        }
        return auto;
    }

    static Map<String, String> parsePairs(String spec) throws InvalidSettingsException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new InvalidSettingsException("Mask pair '" + pair.trim() + "' must look like mask=image.");
            }
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }
}
