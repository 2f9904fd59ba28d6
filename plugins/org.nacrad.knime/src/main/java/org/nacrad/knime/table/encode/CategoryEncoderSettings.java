package org.nacrad.knime.table.encode;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of Category Encoder. */
final class CategoryEncoderSettings extends SettingsGroup {

    /** Comma-separated string columns to encode; empty = every string column except those excluded. */
    final SettingsModelString columns = new SettingsModelString("columns", "");
    /** Comma-separated columns never encoded when choosing automatically (ids, scanners, paths are typical). */
    final SettingsModelString exclude = new SettingsModelString("exclude", "patient_id");

    @Override
    protected List<SettingsModel> models() {
        return List.of(columns, exclude);
    }

    List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        List<String> out = new ArrayList<>();
        if (!columns.getStringValue().isBlank()) {
            for (String c : columns.getStringValue().split(",")) {
                String name = c.trim();
                var col = spec.getColumnSpec(name);
                if (col == null || !col.getType().isCompatible(StringValue.class)) {
                    throw new InvalidSettingsException("Column '" + name + "' is not a string column of the input.");
                }
                out.add(name);
            }
            return out;
        }
        List<String> excluded = List.of(exclude.getStringValue().split("\\s*,\\s*"));
        for (var col : spec) {
            String n = col.getName();
            boolean path = n.endsWith("_image") || n.endsWith("_mask") || n.endsWith("_path");
            if (col.getType().isCompatible(StringValue.class) && !path && !excluded.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
