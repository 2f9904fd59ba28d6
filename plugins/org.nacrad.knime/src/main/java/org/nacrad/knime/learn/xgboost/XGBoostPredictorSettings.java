package org.nacrad.knime.learn.xgboost;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the XGBoost Predictor; keys are a persistent contract. */
final class XGBoostPredictorSettings extends SettingsGroup {

    final SettingsModelString predictionColumn = new SettingsModelString("prediction_column", "prediction");
    final SettingsModelString probabilityColumn = new SettingsModelString("probability_column", "probability");

    @Override
    protected List<SettingsModel> models() {
        return List.of(predictionColumn, probabilityColumn);
    }
}
