package org.nacrad.knime.learn.rfe;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.learn.xgboost.CvSettings;
import org.nacrad.knime.learn.xgboost.XGBoostParamSettings;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.xgboost.ImportanceType;
import org.nacrad.learn.xgboost.selection.Step;

/** Settings of the RFE node (scikit-learn RFECV parameters with an XGBoost estimator); a persistent contract. */
final class RfeSettings extends SettingsGroup {

    final SettingsModelString targetColumn = new SettingsModelString("target_column", "");
    final SettingsModelString positiveClass = new SettingsModelString("positive_class", "");
    final SettingsModelString featureColumns = new SettingsModelString("feature_columns", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    /** Features removed per iteration: a count (≥ 1) or a fraction (below 1) of the initial features. */
    final SettingsModelDoubleBounded step = new SettingsModelDoubleBounded("step", 1, 1e-9, 1e6);
    final SettingsModelIntegerBounded minFeatures = new SettingsModelIntegerBounded("min_features", 1, 1, 1000000);
    final SettingsModelString importance = new SettingsModelString("importance_type", "gain");
    final XGBoostParamSettings params = new XGBoostParamSettings();
    final CvSettings cv = new CvSettings();
    final SettingsModelIntegerBounded threads = new SettingsModelIntegerBounded("threads", 0, 0, 1024);
    final SettingsModelString missingValues = MissingValueOption.model();

    @Override
    protected List<SettingsModel> models() {
        List<SettingsModel> m = new ArrayList<>(List.of(targetColumn, positiveClass, featureColumns, excludeColumns,
            step, minFeatures, importance));
        m.addAll(params.models());
        m.addAll(cv.models());
        m.addAll(List.of(threads, missingValues));
        return m;
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        RfeSettings c = new RfeSettings();
        c.load(s);
        c.step();
        c.importanceType();
        c.params.params();
        c.cv.scoring();
        MissingValueOption.parse(c.missingValues.getStringValue());
    }

    Step step() throws InvalidSettingsException {
        double v = step.getDoubleValue();
        if (v >= 1 && v != Math.rint(v)) {
            throw new InvalidSettingsException("Step: " + v + " must be a whole count (≥ 1) or a fraction below 1.");
        }
        return v >= 1 ? Step.of((int) v) : Step.fraction(v);
    }

    ImportanceType importanceType() throws InvalidSettingsException {
        try {
            return ImportanceType.fromName(importance.getStringValue().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Importance type: " + e.getMessage(), e);
        }
    }
}
