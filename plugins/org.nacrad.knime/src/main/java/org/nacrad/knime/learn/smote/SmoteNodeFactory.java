package org.nacrad.knime.learn.smote;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** SMOTENC: oversamples the minority class (imbalanced-learn SMOTENC/SMOTE). */
public final class SmoteNodeFactory extends NacradNodeFactory<SmoteNodeModel> {

    @Override
    public SmoteNodeModel createNodeModel() {
        return new SmoteNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        SmoteSettings s = new SmoteSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.targetColumn, "Target column"));
        pane.addDialogComponent(new DialogComponentString(s.positiveClass, "Positive class (empty = larger value)"));
        pane.addDialogComponent(new DialogComponentString(s.featureColumns, "Numeric features (names, prefix*)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentString(s.categoricalColumns, "Categorical columns"));
        pane.addDialogComponent(new DialogComponentBoolean(s.categoricalByType, "Text columns are categorical"));
        pane.addDialogComponent(new DialogComponentNumber(s.kNeighbors, "k neighbours", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.samplingRatio, "Sampling ratio (0 = balance)", 0.1));
        pane.addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        return pane;
    }
}
