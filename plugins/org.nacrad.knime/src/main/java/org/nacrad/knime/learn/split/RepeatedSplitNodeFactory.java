package org.nacrad.knime.learn.split;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Repeated Stratified Split: loop start producing stratified train/test partitions. */
public final class RepeatedSplitNodeFactory extends NacradNodeFactory<RepeatedSplitNodeModel> {

    @Override
    public RepeatedSplitNodeModel createNodeModel() {
        return new RepeatedSplitNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RepeatedSplitSettings s = new RepeatedSplitSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.targetColumn, "Target column"));
        pane.addDialogComponent(new DialogComponentNumber(s.splits, "Number of splits", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.testFraction, "Test fraction", 0.05));
        pane.addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        return pane;
    }
}
