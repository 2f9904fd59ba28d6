package org.nacrad.knime.learn.stats;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the Statistics node; keys are a persistent contract. */
final class StatisticsSettings extends SettingsGroup {

    static final String GROUPS = "groups";
    static final String PAIRED = "paired";

    /** {@code groups}: compare two groups per column; {@code paired}: paired t-test of two models' metrics. */
    final SettingsModelString mode = new SettingsModelString("mode", GROUPS);
    /** The two groups (e.g. outcome) or, in paired mode, the two models. */
    final SettingsModelString groupColumn = new SettingsModelString("group_column", "");
    /** Columns compared; empty = all columns except group and pair columns. */
    final SettingsModelString columns = new SettingsModelString("columns", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    /** Paired mode: the column matching rows of the two models (e.g. partition). */
    final SettingsModelString pairColumn = new SettingsModelString("pair_column", "partition");
    final SettingsModelDoubleBounded alpha = new SettingsModelDoubleBounded("normality_alpha", 0.05, 1e-6, 0.5);
    final SettingsModelBoolean welch = new SettingsModelBoolean("welch", false);

    @Override
    protected List<SettingsModel> models() {
        return List.of(mode, groupColumn, columns, excludeColumns, pairColumn, alpha, welch);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        String m = mode.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue();
        if (!m.equals(GROUPS) && !m.equals(PAIRED)) {
            throw new InvalidSettingsException("Mode: '" + m + "' is not one of groups, paired.");
        }
    }
}
