package org.nacrad.knime.learn.stats;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Paired Metric Test: paired t-test of two models' per-partition metrics. */
public final class PairedMetricTestNodeFactory extends NacradNodeFactory<PairedMetricTestNodeModel> {

    @Override
    public PairedMetricTestNodeModel createNodeModel() {
        return new PairedMetricTestNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        PairedMetricTestSettings s = new PairedMetricTestSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.columns, "Metric columns"));
        pane.addDialogComponent(new DialogComponentString(s.pairColumn, "Pair column"));
        return pane;
    }
}
