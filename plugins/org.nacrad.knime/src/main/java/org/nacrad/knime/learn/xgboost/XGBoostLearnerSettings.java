package org.nacrad.knime.learn.xgboost;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.xgboost.selection.Oversampling;
import org.nacrad.learn.xgboost.selection.ParameterGrid;

/** Settings of the XGBoost Learner; keys are a persistent contract. */
final class XGBoostLearnerSettings extends SettingsGroup {

    final SettingsModelString targetColumn = new SettingsModelString("target_column", "");
    final SettingsModelString positiveClass = new SettingsModelString("positive_class", "");
    final SettingsModelString featureColumns = new SettingsModelString("feature_columns", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    final XGBoostParamSettings params = new XGBoostParamSettings();
    /** Grid as {@code name=v1,v2;name=v1,...}; empty = only the parameters above (still cross-validated). */
    final SettingsModelString grid = new SettingsModelString("grid", "");
    final CvSettings cv = new CvSettings();
    final SettingsModelBoolean smote = new SettingsModelBoolean("smote", false);
    final SettingsModelIntegerBounded smoteK = new SettingsModelIntegerBounded("smote_k_neighbors", 5, 1, 1000);
    final SettingsModelDoubleBounded smoteRatio = new SettingsModelDoubleBounded("smote_sampling_ratio", 0, 0, 1);
    final SettingsModelString smoteCategorical = new SettingsModelString("smote_categorical_columns", "");
    final SettingsModelInteger smoteSeed = new SettingsModelInteger("smote_seed", 42);
    final SettingsModelIntegerBounded threads = new SettingsModelIntegerBounded("threads", 0, 0, 1024);
    final SettingsModelString missingValues = MissingValueOption.model();

    @Override
    protected List<SettingsModel> models() {
        List<SettingsModel> m = new ArrayList<>(List.of(targetColumn, positiveClass, featureColumns,
            excludeColumns));
        m.addAll(params.models());
        m.add(grid);
        m.addAll(cv.models());
        m.addAll(List.of(smote, smoteK, smoteRatio, smoteCategorical, smoteSeed, threads, missingValues));
        return m;
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        XGBoostLearnerSettings c = new XGBoostLearnerSettings();
        c.load(s);
        c.params.params();
        c.cv.scoring();
        c.parameterGrid();
        MissingValueOption.parse(c.missingValues.getStringValue());
    }

    ParameterGrid parameterGrid() throws InvalidSettingsException {
        Map<String, List<Double>> g = new LinkedHashMap<>();
        for (String part : grid.getStringValue().split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidSettingsException("Grid: '" + part.trim() + "' must look like name=v1,v2.");
            }
            List<Double> values = new ArrayList<>();
            for (String v : ColumnPatterns.list(part.substring(eq + 1))) {
                try {
                    values.add(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new InvalidSettingsException("Grid: '" + v + "' is not a number.", e);
                }
            }
            g.put(part.substring(0, eq).trim(), values);
        }
        try {
            return new ParameterGrid(g);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Grid: " + e.getMessage(), e);
        }
    }

    /** SMOTE-NC inside each training fold and before the final fit, or null. */
    Oversampling oversampling() {
        if (!smote.getBooleanValue()) {
            return null;
        }
        double r = smoteRatio.getDoubleValue();
        SmoteNc s = new SmoteNc(smoteK.getIntValue(),
            r > 0 ? SmoteNc.SamplingStrategy.ratio(r) : SmoteNc.SamplingStrategy.AUTO);
        return new Oversampling(s, new HashSet<>(ColumnPatterns.list(smoteCategorical.getStringValue())),
            smoteSeed.getIntValue());
    }
}
