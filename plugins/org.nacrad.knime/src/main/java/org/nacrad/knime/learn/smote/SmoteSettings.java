package org.nacrad.knime.learn.smote;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.smote.SmoteNc;

/** Settings of SMOTENC (imbalanced-learn parameters); keys are a persistent contract. */
final class SmoteSettings extends SettingsGroup {

    final SettingsModelString targetColumn = new SettingsModelString("target_column", "");
    final SettingsModelString positiveClass = new SettingsModelString("positive_class", "");
    /** Numeric feature columns; empty = all numeric columns except target, categorical and excluded ones. */
    final SettingsModelString featureColumns = new SettingsModelString("feature_columns", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    /** Categorical columns by name (numeric codes or text). */
    final SettingsModelString categoricalColumns = new SettingsModelString("categorical_columns", "");
    /** Also treat every text column (except target and excluded) as categorical. */
    final SettingsModelBoolean categoricalByType = new SettingsModelBoolean("categorical_by_type", true);
    final SettingsModelIntegerBounded kNeighbors = new SettingsModelIntegerBounded("k_neighbors", 5, 1, 1000);
    /** Minority/majority ratio after resampling; 0 = balance the classes ('auto'). */
    final SettingsModelDoubleBounded samplingRatio = new SettingsModelDoubleBounded("sampling_ratio", 0, 0, 1);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 42);

    @Override
    protected List<SettingsModel> models() {
        return List.of(targetColumn, positiveClass, featureColumns, excludeColumns, categoricalColumns,
            categoricalByType, kNeighbors, samplingRatio, seed);
    }

    SmoteNc smote() {
        double r = samplingRatio.getDoubleValue();
        return new SmoteNc(kNeighbors.getIntValue(),
            r > 0 ? SmoteNc.SamplingStrategy.ratio(r) : SmoteNc.SamplingStrategy.AUTO);
    }
}
