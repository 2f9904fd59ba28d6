package org.nacrad.knime.learn.xgboost;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.xgboost.selection.Folds;

/** Cross-validation settings shared by the XGBoost Learner and RFE: folds, shuffling, scoring. */
public final class CvSettings {

    final SettingsModelIntegerBounded folds = new SettingsModelIntegerBounded("cv_folds", 5, 2, 100);
    /** Off: scikit-learn's unshuffled StratifiedKFold (its default cv); on: shuffled with the seed. */
    final SettingsModelBoolean shuffle = new SettingsModelBoolean("cv_shuffle", false);
    final SettingsModelInteger seed = new SettingsModelInteger("cv_seed", 0);
    final SettingsModelString scoring = new SettingsModelString("scoring", "balanced_accuracy");

    public List<SettingsModel> models() {
        return List.of(folds, shuffle, seed, scoring);
    }

    public Folds folds() {
        return shuffle.getBooleanValue() ? Folds.stratified(folds.getIntValue(), seed.getIntValue())
            : Folds.sklearn(folds.getIntValue());
    }

    public Scoring scoring() throws InvalidSettingsException {
        try {
            return Scoring.fromName(scoring.getStringValue().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Scoring: " + e.getMessage(), e);
        }
    }

    public void addTo(DefaultNodeSettingsPane pane) {
        pane.createNewGroup("Cross-validation");
        pane.addDialogComponent(new DialogComponentNumber(folds, "Folds", 1));
        pane.addDialogComponent(new DialogComponentBoolean(shuffle, "Shuffle folds"));
        pane.addDialogComponent(new DialogComponentNumber(seed, "Fold seed", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(scoring, "Scoring", Arrays.stream(Scoring.values())
            .map(Scoring::sklearnName).toList()));
        pane.closeCurrentGroup();
    }
}
