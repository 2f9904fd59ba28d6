package org.nacrad.knime.image.normalize;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;
import org.nacrad.knime.util.VolumeTransformModel;
import org.nacrad.knime.util.Volumes;

/** Z-score normalisation of each image over its mask or the whole image. */
final class NormalizeNodeModel extends VolumeTransformModel<NormalizeSettings> {

    NormalizeNodeModel() {
        super(new NormalizeSettings());
    }

    @Override
    protected List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        return Volumes.columns(settings.imageColumns.getStringValue(), spec, "image", "_image");
    }

    @Override
    protected void checkInput(DataTableSpec spec) throws InvalidSettingsException {
        columns(spec);
        if (!settings.maskColumn.getStringValue().isBlank()) {
            Volumes.column(spec, settings.maskColumn.getStringValue(), "mask");
        }
    }

    @Override
    protected List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException {
        String maskColumn = settings.maskColumn.getStringValue();
        Volume mask = maskColumn.isBlank() ? null : Volumes.read(row, spec, maskColumn);
        return List.of(settings.normalization().apply(v, mask, "patient " + row.getKey().getString()));
    }
}
