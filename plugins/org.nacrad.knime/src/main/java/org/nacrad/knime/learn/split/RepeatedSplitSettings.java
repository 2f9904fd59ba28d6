package org.nacrad.knime.learn.split;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the Repeated Stratified Split loop start; keys are a persistent contract. */
final class RepeatedSplitSettings extends SettingsGroup {

    final SettingsModelString targetColumn = new SettingsModelString("target_column", "");
    final SettingsModelIntegerBounded splits = new SettingsModelIntegerBounded("splits", 10, 1, 10000);
    final SettingsModelDoubleBounded testFraction = new SettingsModelDoubleBounded("test_fraction", 0.2, 1e-6,
        1 - 1e-6);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 42);

    @Override
    protected List<SettingsModel> models() {
        return List.of(targetColumn, splits, testFraction, seed);
    }
}
