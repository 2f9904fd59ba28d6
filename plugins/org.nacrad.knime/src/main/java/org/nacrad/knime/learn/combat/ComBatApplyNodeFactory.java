package org.nacrad.knime.learn.combat;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** ComBat Apply: harmonises a table with a fitted ComBat model. */
public final class ComBatApplyNodeFactory extends NacradNodeFactory<ComBatApplyNodeModel> {

    @Override
    public ComBatApplyNodeModel createNodeModel() {
        return new ComBatApplyNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        ComBatApplySettings s = new ComBatApplySettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentStringSelection(s.unseenBatch, "Unseen batch", "error",
            "pass_through"));
        return pane;
    }
}
