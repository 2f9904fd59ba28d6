package org.nacrad.knime.util;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;

/** A {@link VolumeTransformModel} over image columns with an optional mask column (N4 Correct, Normalize). */
public abstract class ImageMaskTransformModel<S extends ImageMaskSettings> extends VolumeTransformModel<S> {

    protected ImageMaskTransformModel(S settings) {
        super(settings);
    }

    @Override
    protected final List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        return Volumes.columns(settings.imageColumns.getStringValue(), spec, "image", "_image");
    }

    @Override
    protected final void checkInput(DataTableSpec spec) throws InvalidSettingsException {
        columns(spec);
        String mask = settings.maskColumn.getStringValue();
        if (!mask.isBlank()) {
            Volumes.column(spec, mask, "mask");
        }
    }

    /** The row's mask volume, or null when no mask column is set. */
    protected final Volume mask(DataRow row, DataTableSpec spec) throws InvalidSettingsException {
        String mask = settings.maskColumn.getStringValue();
        return mask.isBlank() ? null : Volumes.read(row, spec, mask);
    }
}
