package org.nacrad.knime.image.normalize;

import java.util.List;
import java.util.OptionalDouble;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.image.normalize.ZScoreNormalization;
import org.nacrad.knime.util.ImageMaskSettings;

/** Settings of Normalize: PyRadiomics' normalize / normalizeScale / removeOutliers. */
final class NormalizeSettings extends ImageMaskSettings {

    final SettingsModelDoubleBounded scale = new SettingsModelDoubleBounded("normalize_scale", 1, 1e-12, 1e12);
    /** Clip at this many standard deviations; 0 = no clipping (PyRadiomics' removeOutliers = None). */
    final SettingsModelDoubleBounded removeOutliers = new SettingsModelDoubleBounded("remove_outliers", 0, 0, 1e6);

    @Override
    protected List<SettingsModel> models() {
        return List.of(imageColumns, maskColumn, scale, removeOutliers);
    }

    ZScoreNormalization normalization() {
        double r = removeOutliers.getDoubleValue();
        return new ZScoreNormalization(scale.getDoubleValue(), r > 0 ? OptionalDouble.of(r) : OptionalDouble.empty());
    }
}
