package org.nacrad.knime.image.resample;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.image.resample.Interpolator;
import org.nacrad.knime.util.Doubles;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the Resample node. */
final class ResampleSettings extends SettingsGroup {

    static final String[] INTERPOLATORS = {"bspline", "linear", "nearest"};

    final SettingsModelString imageColumns = new SettingsModelString("image_columns", "");
    final SettingsModelString maskColumns = new SettingsModelString("mask_columns", "");
    final SettingsModelString spacing = new SettingsModelString("spacing", "1,1,1");
    final SettingsModelString interpolator = new SettingsModelString("interpolator", "bspline");
    final SettingsModelBoolean floatOutput = new SettingsModelBoolean("float_output", false);

    @Override
    protected List<SettingsModel> models() {
        return List.of(imageColumns, maskColumns, spacing, interpolator, floatOutput);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        SettingsModelString sp = spacing.createCloneWithValidatedValue(s);
        spacing(sp.getStringValue());
        SettingsModelString in = interpolator.createCloneWithValidatedValue(s);
        interpolator(in.getStringValue());
    }

    static double[] spacing(String text) throws InvalidSettingsException {
        double[] d = Doubles.parse(text, 3, "Spacing");
        for (double v : d) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new InvalidSettingsException("Spacing must be positive in every axis, got '" + text + "'.");
            }
        }
        return d;
    }

    static Interpolator interpolator(String name) throws InvalidSettingsException {
        try {
            return Interpolator.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Unknown interpolator '" + name + "' (use bspline, linear or nearest).");
        }
    }
}
