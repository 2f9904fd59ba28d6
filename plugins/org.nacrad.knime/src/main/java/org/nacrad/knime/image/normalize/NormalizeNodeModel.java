package org.nacrad.knime.image.normalize;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;
import org.nacrad.knime.util.ImageMaskTransformModel;

/** Z-score normalisation of each image over its mask or the whole image. */
final class NormalizeNodeModel extends ImageMaskTransformModel<NormalizeSettings> {

    NormalizeNodeModel() {
        super(new NormalizeSettings());
    }

    @Override
    protected List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException {
        Volume mask = mask(row, spec);
        return List.of(settings.normalization().apply(v, mask, "patient " + row.getKey().getString()));
    }
}
