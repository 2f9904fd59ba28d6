package org.nacrad.knime.learn.rfe;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** RFE: recursive feature elimination with XGBoost, feature count chosen by cross-validation. */
public final class RfeNodeFactory extends NacradNodeFactory<RfeNodeModel> {

    @Override
    public RfeNodeModel createNodeModel() {
        return new RfeNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RfeSettings s = new RfeSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.targetColumn, "Target column"));
        pane.addDialogComponent(new DialogComponentString(s.positiveClass, "Positive class (empty = larger value)"));
        pane.addDialogComponent(new DialogComponentString(s.featureColumns, "Features (empty = all numeric)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentNumber(s.step, "Step (count, or fraction below 1)", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.minFeatures, "Minimum features", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.importance, "Importance", "gain", "weight",
            "cover", "total_gain", "total_cover"));
        s.params.addTo(pane);
        s.cv.addTo(pane);
        pane.addDialogComponent(new DialogComponentNumber(s.threads, "Threads (0 = all)", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Missing values", "error",
            "drop_rows"));
        return pane;
    }
}
