package org.nacrad.knime.image.normalize;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;
import org.nacrad.knime.util.VolumeTransformModel;

/** Z-score normalisation of each image over its mask or the whole image. */
final class NormalizeNodeModel extends VolumeTransformModel<NormalizeSettings> {

    NormalizeNodeModel() {
        super(new NormalizeSettings());
    }

    @Override
    protected List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        return imageColumns(settings.imageColumns.getStringValue(), spec);
    }

    @Override
    protected void checkInput(DataTableSpec spec) throws InvalidSettingsException {
        columns(spec);
        checkOptionalMask(settings.maskColumn.getStringValue(), spec);
    }

    @Override
    protected List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException {
        Volume mask = optionalMask(settings.maskColumn.getStringValue(), row, spec);
        return List.of(settings.normalization().apply(v, mask, "patient " + row.getKey().getString()));
    }
}
