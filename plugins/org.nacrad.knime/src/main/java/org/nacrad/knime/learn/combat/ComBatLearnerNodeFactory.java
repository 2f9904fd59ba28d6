package org.nacrad.knime.learn.combat;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** ComBat Learner: fits batch harmonisation (neuroCombat semantics) per column group. */
public final class ComBatLearnerNodeFactory extends NacradNodeFactory<ComBatLearnerNodeModel> {

    @Override
    public ComBatLearnerNodeModel createNodeModel() {
        return new ComBatLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        ComBatLearnerSettings s = new ComBatLearnerSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.columnGroups, "Column groups (e.g. mri_*;ct_*)"));
        pane.addDialogComponent(new DialogComponentString(s.batchColumn, "Batch column"));
        pane.addDialogComponent(new DialogComponentString(s.categoricalCovariates, "Categorical covariates"));
        pane.addDialogComponent(new DialogComponentString(s.continuousCovariates, "Continuous covariates"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentBoolean(s.empiricalBayes, "Empirical Bayes"));
        pane.addDialogComponent(new DialogComponentBoolean(s.parametric, "Parametric priors"));
        pane.addDialogComponent(new DialogComponentBoolean(s.meanOnly, "Mean only (no scale adjustment)"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Missing values", "error",
            "drop_rows"));
        return pane;
    }
}
