package org.nacrad.knime.learn.split;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Repeated Split Scorer: loop end collecting held-out metrics over the partitions. */
public final class RepeatedSplitScorerNodeFactory extends NacradNodeFactory<RepeatedSplitScorerNodeModel> {

    @Override
    public RepeatedSplitScorerNodeModel createNodeModel() {
        return new RepeatedSplitScorerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RepeatedSplitScorerSettings s = new RepeatedSplitScorerSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.truthColumn, "Truth column"));
        pane.addDialogComponent(new DialogComponentString(s.predictionColumn, "Predicted class column"));
        pane.addDialogComponent(new DialogComponentString(s.probabilityColumn, "Probability column (empty = no AUC)"));
        pane.addDialogComponent(new DialogComponentString(s.positiveClass, "Positive class (empty = larger value)"));
        return pane;
    }
}
