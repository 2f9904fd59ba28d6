package org.nacrad.knime.learn.stats;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** Statistics: two-group comparison per column, or paired t-test of model metrics. */
public final class StatisticsNodeFactory extends NacradNodeFactory<StatisticsNodeModel> {

    @Override
    public StatisticsNodeModel createNodeModel() {
        return new StatisticsNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        StatisticsSettings s = new StatisticsSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentStringSelection(s.mode, "Mode", StatisticsSettings.GROUPS,
            StatisticsSettings.PAIRED));
        pane.addDialogComponent(new DialogComponentString(s.groupColumn, "Group column (groups / models)"));
        pane.addDialogComponent(new DialogComponentString(s.columns, "Columns (empty = all others)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentString(s.pairColumn, "Pair column (paired mode)"));
        pane.addDialogComponent(new DialogComponentNumber(s.alpha, "Shapiro-Wilk alpha", 0.01));
        pane.addDialogComponent(new DialogComponentBoolean(s.welch, "Welch t-test (unequal variances)"));
        return pane;
    }
}
