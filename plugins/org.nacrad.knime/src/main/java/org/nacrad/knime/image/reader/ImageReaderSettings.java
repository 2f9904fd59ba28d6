package org.nacrad.knime.image.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.knime.util.Volumes;

/** Settings of the Image Reader; the keys are a persistent contract of saved workflows. */
final class ImageReaderSettings extends SettingsGroup {

    /** Comma-separated path columns to read; empty = string columns ending in _image or _mask. */
    final SettingsModelString volumeColumns = new SettingsModelString("volume_columns", "");
    /** Mask/image pairs as {@code mask=image;…}; empty = X_mask pairs with X_image. */
    final SettingsModelString maskPairs = new SettingsModelString("mask_pairs", "");
    /** What to do with a mask off its image's grid: fail (default), flag (warn and mark), or resample it. */
    final SettingsModelString maskOffGrid = new SettingsModelString("mask_off_grid", FAIL);

    static final String FAIL = "fail";
    static final String FLAG = "flag";
    static final String RESAMPLE = "resample";

    @Override
    protected List<SettingsModel> models() {
        return List.of(volumeColumns, maskPairs, maskOffGrid);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        String policy = maskOffGrid.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue();
        if (!List.of(FAIL, FLAG, RESAMPLE).contains(policy)) {
            throw new InvalidSettingsException("Mask off grid must be fail, flag or resample, not '" + policy + "'.");
        }
        parsePairs(maskPairs.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue());
    }

    /** The volume columns to read, checked against the input spec. */
    List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        return Volumes.columns(volumeColumns.getStringValue(), spec, "volume", "_image", "_mask");
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
