package org.nacrad.knime.learn.scaler;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** Robust Scaler Learner: median/IQR scaling fitted on training rows (scikit-learn RobustScaler). */
public final class RobustScalerLearnerNodeFactory extends NacradNodeFactory<RobustScalerLearnerNodeModel> {

    @Override
    public RobustScalerLearnerNodeModel createNodeModel() {
        return new RobustScalerLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RobustScalerLearnerSettings s = new RobustScalerLearnerSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.columns, "Columns (names, prefix*; empty = all numeric)"));
        pane.addDialogComponent(new DialogComponentString(s.excludeColumns, "Excluded columns"));
        pane.addDialogComponent(new DialogComponentBoolean(s.withCentering, "Centre (subtract the median)"));
        pane.addDialogComponent(new DialogComponentBoolean(s.withScaling, "Scale (divide by the quantile range)"));
        pane.addDialogComponent(new DialogComponentNumber(s.quantileLow, "Lower quantile (%)", 5));
        pane.addDialogComponent(new DialogComponentNumber(s.quantileHigh, "Upper quantile (%)", 5));
        pane.addDialogComponent(new DialogComponentBoolean(s.unitVariance, "Unit variance"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Missing values", "error",
            "drop_rows"));
        return pane;
    }
}
