package org.nacrad.knime.radiomics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.knime.util.WorkflowPaths;
import org.nacrad.radiomics.FeatureClass;
import org.nacrad.radiomics.FeatureSelection;
import org.nacrad.radiomics.ParameterFile;
import org.nacrad.radiomics.RadiomicsSettings;

/** Settings of Radiomics Extract: columns and naming, and PyRadiomics' settings (or a parameter file). */
final class RadiomicsExtractSettings extends SettingsGroup {

    static final String ALL_CLASSES = "shape,firstorder,glcm,glrlm,glszm,gldm,ngtdm";

    final SettingsModelString imageColumn = new SettingsModelString("image_column", "");
    final SettingsModelString maskColumn = new SettingsModelString("mask_column", "");
    final SettingsModelString prefix = new SettingsModelString("prefix", "MRI_T2");
    final SettingsModelString region = new SettingsModelString("region", "Intra");
    final SettingsModelString featureClasses = new SettingsModelString("feature_classes", ALL_CLASSES);
    final SettingsModelDoubleBounded binWidth = new SettingsModelDoubleBounded("bin_width", 25, 1e-12, 1e12);
    /** Fixed bin number; 0 = bin width is used. */
    final SettingsModelIntegerBounded binCount = new SettingsModelIntegerBounded("bin_count", 0, 0, 100_000);
    final SettingsModelIntegerBounded label = new SettingsModelIntegerBounded("label", 1, 1, Integer.MAX_VALUE);
    final SettingsModelString mode = new SettingsModelString("mode", "pyradiomics");
    /** Further PyRadiomics settings as a YAML mapping, e.g. {@code {resegmentRange: [-3, 3], distances: [1, 2]}}. */
    final SettingsModelString extraSettings = new SettingsModelString("extra_settings", "");
    /** A PyRadiomics parameter file; when set it replaces all settings above except columns and naming. */
    final SettingsModelString parameterFile = new SettingsModelString("parameter_file", "");
    final SettingsModelBoolean keepInputColumns = new SettingsModelBoolean("keep_input_columns", true);

    @Override
    protected List<SettingsModel> models() {
        return List.of(imageColumn, maskColumn, prefix, region, featureClasses, binWidth, binCount, label, mode,
            extraSettings, parameterFile, keepInputColumns);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        RadiomicsExtractSettings candidate = new RadiomicsExtractSettings();
        candidate.load(s);
        if (candidate.parameterFile.getStringValue().isBlank()) {
            candidate.extraction();
        }
        if (candidate.prefix.getStringValue().isBlank() || candidate.region.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Column prefix and region name must not be empty.");
        }
    }

    /** The extraction settings and feature selection (from the parameter file if one is set). */
    ParameterFile extraction() throws InvalidSettingsException {
        try {
            if (!parameterFile.getStringValue().isBlank()) {
                return ParameterFile.read(WorkflowPaths.resolve(parameterFile.getStringValue(), "parameter file"));
            }
            RadiomicsSettings base = extraSettings.getStringValue().isBlank() ? RadiomicsSettings.defaults()
                : ParameterFile.parse("setting: " + extraSettings.getStringValue()).settings();
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("binWidth", binWidth.getDoubleValue());
            m.put("binCount", binCount.getIntValue() == 0 ? null : binCount.getIntValue());
            m.put("label", label.getIntValue());
            m.put("mode", mode.getStringValue());
            return new ParameterFile(base.with(m), selection());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingsException("Radiomics settings: " + e.getMessage(), e);
        }
    }

    private FeatureSelection selection() throws InvalidSettingsException {
        List<FeatureClass> classes = new ArrayList<>();
        for (String c : featureClasses.getStringValue().split(",")) {
            if (c.isBlank()) {
                continue;
            }
            try {
                classes.add(FeatureClass.of(c.trim().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Unknown feature class '" + c.trim() + "' (use " + ALL_CLASSES + ").");
            }
        }
        if (classes.isEmpty()) {
            throw new InvalidSettingsException("Select at least one feature class.");
        }
        return FeatureSelection.of(classes.toArray(FeatureClass[]::new));
    }

    /** {@code <prefix>_<region>_} */
    String columnPrefix() {
        return prefix.getStringValue().trim() + "_" + region.getStringValue().trim() + "_";
    }
}
