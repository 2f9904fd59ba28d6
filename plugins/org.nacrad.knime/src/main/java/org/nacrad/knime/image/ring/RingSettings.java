package org.nacrad.knime.image.ring;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.knime.util.Volumes;

/** Settings of Peritumoral Ring. */
final class RingSettings extends SettingsGroup {

    final SettingsModelString tumourColumn = new SettingsModelString("tumour_mask_column", "");
    final SettingsModelDoubleBounded marginMm = new SettingsModelDoubleBounded("margin_mm", 5, 1e-6, 1000);
    final SettingsModelString tissueColumn = new SettingsModelString("tissue_mask_column", "");
    final SettingsModelString exclusionColumns = new SettingsModelString("exclusion_mask_columns", "");
    final SettingsModelString outputColumn = new SettingsModelString("output_column", "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(tumourColumn, marginMm, tissueColumn, exclusionColumns, outputColumn);
    }

    /** The tumour mask column: as set, or the only column ending in _tumour_mask (else _mask). */
    String tumour(DataTableSpec spec) throws InvalidSettingsException {
        String set = tumourColumn.getStringValue().trim();
        if (!set.isEmpty()) {
            return Volumes.column(spec, set, "tumour mask");
        }
        for (String suffix : List.of("_tumour_mask", "_mask")) {
            List<String> found = new ArrayList<>();
            spec.forEach(c -> {
                if (c.getName().endsWith(suffix)) {
                    found.add(c.getName());
                }
            });
            if (found.size() == 1) {
                return found.get(0);
            }
        }
        throw new InvalidSettingsException("Choose the tumour mask column (no single column ends in _tumour_mask).");
    }

    String tissue(DataTableSpec spec) throws InvalidSettingsException {
        String set = tissueColumn.getStringValue().trim();
        return set.isEmpty() ? null : Volumes.column(spec, set, "tissue mask");
    }

    List<String> exclusions(DataTableSpec spec) throws InvalidSettingsException {
        String set = exclusionColumns.getStringValue().trim();
        return set.isEmpty() ? List.of() : Volumes.columns(set, spec, "exclusion mask");
    }

    /** Output column: as set, or the tumour column with _tumour_mask/_mask replaced by _peri_mask. */
    String output(DataTableSpec spec) throws InvalidSettingsException {
        String set = outputColumn.getStringValue().trim();
        String name = set;
        if (name.isEmpty()) {
            String t = tumour(spec);
            String stem = t.endsWith("_tumour_mask") ? t.substring(0, t.length() - 12)
                : t.endsWith("_mask") ? t.substring(0, t.length() - 5) : t;
            name = stem + "_peri_mask";
        }
        if (spec.containsName(name)) {
            throw new InvalidSettingsException("The output column '" + name + "' already exists; choose another name.");
        }
        return name;
    }
}
