package org.nacrad.knime.learn.mrmr;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** mRMR Learner: minimum-redundancy maximum-relevance selection (mrmr-selection's mrmr_classif). */
public final class MrmrLearnerNodeFactory extends NacradNodeFactory<MrmrLearnerNodeModel> {

    @Override
    public MrmrLearnerNodeModel createNodeModel() {
        return new MrmrLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        MrmrLearnerSettings s = new MrmrLearnerSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.targetColumn, "Target column"));
        pane.addDialogComponent(new DialogComponentString(s.positiveClass, "Positive class (empty = larger value)"));
        pane.addDialogComponent(new DialogComponentString(s.candidateColumns, "Candidate columns (names, prefix*)"));
        pane.addDialogComponent(new DialogComponentString(s.columnGroups, "Column groups (e.g. mri_*;ct_*)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentString(s.alwaysKeep, "Always-keep columns"));
        pane.addDialogComponent(new DialogComponentNumber(s.k, "K (0 = fraction of rows)", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.kFraction, "K as fraction of rows", 0.05));
        pane.addDialogComponent(new DialogComponentStringSelection(s.relevance, "Relevance", "f_statistic",
            "mutual_information"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.redundancy, "Redundancy", "pearson",
            "mutual_information"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.scheme, "Scheme", "quotient", "difference"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.denominator, "Redundancy aggregate", "mean",
            "max"));
        pane.addDialogComponent(new DialogComponentNumber(s.bins, "Bins (mutual information)", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Missing values", "error",
            "drop_rows"));
        return pane;
    }
}
