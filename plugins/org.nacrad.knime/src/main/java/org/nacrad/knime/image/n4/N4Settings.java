package org.nacrad.knime.image.n4;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.image.n4.N4Parameters;
import org.nacrad.knime.util.Doubles;
import org.nacrad.knime.util.ImageMaskSettings;

/** Settings of N4 Correct: SimpleITK's N4BiasFieldCorrectionImageFilter parameters with its defaults. */
final class N4Settings extends ImageMaskSettings {

    final SettingsModelIntegerBounded shrinkFactor = new SettingsModelIntegerBounded("shrink_factor", 1, 1, 16);
    final SettingsModelString iterations = new SettingsModelString("iterations", "50,50,50,50");
    final SettingsModelDoubleBounded convergence =
        new SettingsModelDoubleBounded("convergence_threshold", 0.001, 0, 1);
    final SettingsModelIntegerBounded splineOrder = new SettingsModelIntegerBounded("spline_order", 3, 1, 10);
    final SettingsModelString controlPoints = new SettingsModelString("control_points", "4,4,4");
    final SettingsModelIntegerBounded histogramBins = new SettingsModelIntegerBounded("histogram_bins", 200, 2, 10000);
    final SettingsModelDoubleBounded fwhm = new SettingsModelDoubleBounded("bias_field_fwhm", 0.15, 1e-6, 10);
    final SettingsModelDoubleBounded wienerNoise = new SettingsModelDoubleBounded("wiener_noise", 0.01, 0, 10);
    final SettingsModelBoolean outputBiasField = new SettingsModelBoolean("output_bias_field", false);

    @Override
    protected List<SettingsModel> models() {
        return List.of(imageColumns, maskColumn, shrinkFactor, iterations, convergence, splineOrder, controlPoints,
            histogramBins, fwhm, wienerNoise, outputBiasField);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        N4Settings candidate = new N4Settings();
        candidate.load(s);
        candidate.parameters(1);
    }

    /** The core parameters; validation errors of the core become settings errors. */
    N4Parameters parameters(int threads) throws InvalidSettingsException {
        try {
            return N4Parameters.builder().shrinkFactor(shrinkFactor.getIntValue())
                .maximumIterations(Doubles.parseInts(iterations.getStringValue(), 0, "Iterations per level"))
                .convergenceThreshold(convergence.getDoubleValue()).splineOrder(splineOrder.getIntValue())
                .numberOfControlPoints(Doubles.parseInts(controlPoints.getStringValue(), 0, "Control points"))
                .numberOfHistogramBins(histogramBins.getIntValue())
                .biasFieldFullWidthAtHalfMaximum(fwhm.getDoubleValue()).wienerFilterNoise(wienerNoise.getDoubleValue())
                .threads(threads).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("N4: " + e.getMessage(), e);
        }
    }
}
