package org.nacrad.knime.image.n4;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.n4.N4Corrector;
import org.nacrad.image.n4.N4Result;
import org.nacrad.knime.util.Threads;
import org.nacrad.knime.util.ImageMaskTransformModel;

/** N4 bias-field correction of each image, optionally inside a mask; optionally also outputs the bias field. */
final class N4NodeModel extends ImageMaskTransformModel<N4Settings> {

    N4NodeModel() {
        super(new N4Settings());
    }

    @Override
    protected List<String> appendedColumns(String column) {
        return settings.outputBiasField.getBooleanValue() ? List.of(column + "_bias_field") : List.of();
    }

    @Override
    protected List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException {
        Volume mask = mask(row, spec);
        N4Result r = N4Corrector.correct(v, mask, settings.parameters(Threads.count()));
        Volume corrected = r.corrected().withData(r.corrected().data(), PixelType.FLOAT32);
        if (!settings.outputBiasField.getBooleanValue()) {
            return List.of(corrected);
        }
        double[] log = r.logBiasField().data();
        double[] field = new double[log.length];
        for (int i = 0; i < log.length; i++) {
            field[i] = Math.exp(log[i]);
        }
        return List.of(corrected, r.logBiasField().withData(field, PixelType.FLOAT32));
    }
}
