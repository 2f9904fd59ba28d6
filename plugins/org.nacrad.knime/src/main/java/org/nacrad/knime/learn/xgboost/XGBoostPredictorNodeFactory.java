package org.nacrad.knime.learn.xgboost;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** XGBoost Predictor: class and probability from a fitted XGBoost model. */
public final class XGBoostPredictorNodeFactory extends NacradNodeFactory<XGBoostPredictorNodeModel> {

    @Override
    public XGBoostPredictorNodeModel createNodeModel() {
        return new XGBoostPredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        XGBoostPredictorSettings s = new XGBoostPredictorSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.predictionColumn, "Predicted class column"));
        pane.addDialogComponent(new DialogComponentString(s.probabilityColumn, "Probability column"));
        return pane;
    }
}
