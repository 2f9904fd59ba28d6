package org.nacrad.knime.learn.split;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the Repeated Split Scorer loop end; keys are a persistent contract. */
final class RepeatedSplitScorerSettings extends SettingsGroup {

    final SettingsModelString truthColumn = new SettingsModelString("truth_column", "");
    final SettingsModelString predictionColumn = new SettingsModelString("prediction_column", "prediction");
    /** Probability of the positive class; empty = no AUC. */
    final SettingsModelString probabilityColumn = new SettingsModelString("probability_column", "probability");
    final SettingsModelString positiveClass = new SettingsModelString("positive_class", "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(truthColumn, predictionColumn, probabilityColumn, positiveClass);
    }
}
