package org.nacrad.knime.image.resample;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Interpolator;
import org.nacrad.image.resample.Resampler;
import org.nacrad.knime.util.VolumeTransformModel;
import org.nacrad.knime.util.Volumes;

/** Resamples images (chosen interpolator) and masks (always nearest) to a target spacing, keeping the extent. */
final class ResampleNodeModel extends VolumeTransformModel<ResampleSettings> {

    ResampleNodeModel() {
        super(new ResampleSettings());
    }

    @Override
    protected List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        List<String> all = new ArrayList<>(images(spec));
        for (String m : masks(spec)) {
            if (all.contains(m)) {
                throw new InvalidSettingsException("Column '" + m + "' is listed both as image and as mask.");
            }
            all.add(m);
        }
        return all;
    }

    private List<String> images(DataTableSpec spec) throws InvalidSettingsException {
        return Volumes.columns(settings.imageColumns.getStringValue(), spec, "image", "_image");
    }

    private List<String> masks(DataTableSpec spec) throws InvalidSettingsException {
        String declared = settings.maskColumns.getStringValue();
        boolean anyMask = spec.stream().anyMatch(c -> c.getName().endsWith("_mask"));
        return declared.isBlank() && !anyMask ? List.of() : Volumes.columns(declared, spec, "mask", "_mask");
    }

    @Override
    protected List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException {
        double[] spacing = ResampleSettings.spacing(settings.spacing.getStringValue());
        if (masks(spec).contains(column)) {
            return List.of(Resampler.toSpacing(v, spacing, Interpolator.NEAREST));
        }
        Interpolator interpolator = ResampleSettings.interpolator(settings.interpolator.getStringValue());
        PixelType type = settings.floatOutput.getBooleanValue() ? PixelType.FLOAT32 : v.pixelType();
        return List.of(Resampler.resample(v, Resampler.gridWithSpacing(v.geometry(), spacing), interpolator, type, 0));
    }
}
