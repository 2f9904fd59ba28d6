package org.nacrad.knime.learn.scaler;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.scaling.RobustScaler;

/** Settings of the Robust Scaler Learner (scikit-learn RobustScaler parameters); keys are a persistent contract. */
final class RobustScalerLearnerSettings extends SettingsGroup {

    final SettingsModelString columns = new SettingsModelString("columns", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    final SettingsModelBoolean withCentering = new SettingsModelBoolean("with_centering", true);
    final SettingsModelBoolean withScaling = new SettingsModelBoolean("with_scaling", true);
    final SettingsModelDoubleBounded quantileLow = new SettingsModelDoubleBounded("quantile_low", 25, 0, 100);
    final SettingsModelDoubleBounded quantileHigh = new SettingsModelDoubleBounded("quantile_high", 75, 0, 100);
    /** scikit-learn's unit_variance: rescale so a normal feature ends with variance 1. */
    final SettingsModelBoolean unitVariance = new SettingsModelBoolean("unit_variance", false);
    final SettingsModelString missingValues = MissingValueOption.model();

    @Override
    protected List<SettingsModel> models() {
        return List.of(columns, excludeColumns, withCentering, withScaling, quantileLow, quantileHigh,
            unitVariance, missingValues);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        double lo = quantileLow.<SettingsModelDoubleBounded> createCloneWithValidatedValue(s).getDoubleValue();
        double hi = quantileHigh.<SettingsModelDoubleBounded> createCloneWithValidatedValue(s).getDoubleValue();
        if (!(lo < hi)) {
            throw new InvalidSettingsException("Quantile range: the lower quantile (" + lo
                + ") must be below the upper one (" + hi + ").");
        }
        MissingValueOption.parse(missingValues.<SettingsModelString> createCloneWithValidatedValue(s)
            .getStringValue());
    }

    RobustScaler scaler() {
        return new RobustScaler(withCentering.getBooleanValue(), withScaling.getBooleanValue(),
            quantileLow.getDoubleValue(), quantileHigh.getDoubleValue(), unitVariance.getBooleanValue());
    }
}
