package org.nacrad.knime.learn.xgboost;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** XGBoost Learner: grid search with stratified k-fold CV, optional SMOTE-NC in the folds, best model refitted. */
public final class XGBoostLearnerNodeFactory extends NacradNodeFactory<XGBoostLearnerNodeModel> {

    @Override
    public XGBoostLearnerNodeModel createNodeModel() {
        return new XGBoostLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        XGBoostLearnerSettings s = new XGBoostLearnerSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.targetColumn, "Target column"));
        pane.addDialogComponent(new DialogComponentString(s.positiveClass, "Positive class (empty = larger value)"));
        pane.addDialogComponent(new DialogComponentString(s.featureColumns, "Features (empty = all numeric)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        s.params.addTo(pane);
        pane.addDialogComponent(new DialogComponentString(s.grid, "Grid (name=v1,v2;name=...)"));
        s.cv.addTo(pane);
        pane.createNewGroup("SMOTE-NC in training folds");
        pane.addDialogComponent(new DialogComponentBoolean(s.smote, "Oversample with SMOTE-NC"));
        pane.addDialogComponent(new DialogComponentNumber(s.smoteK, "k neighbours", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.smoteRatio, "Sampling ratio (0 = balance)", 0.1));
        pane.addDialogComponent(new DialogComponentString(s.smoteCategorical, "Categorical feature columns"));
        pane.addDialogComponent(new DialogComponentNumber(s.smoteSeed, "SMOTE seed", 1));
        pane.closeCurrentGroup();
        pane.addDialogComponent(new DialogComponentNumber(s.threads, "Threads (0 = all)", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Missing values", "error",
            "drop_rows"));
        return pane;
    }
}
