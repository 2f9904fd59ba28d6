package org.nacrad.knime.learn.combat;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.combat.ComBat;

/** Settings of the ComBat Learner; keys are a persistent contract. */
final class ComBatLearnerSettings extends SettingsGroup {

    /** Column groups harmonised separately, e.g. {@code "mri_*;ct_*"}; empty = all numeric columns. */
    final SettingsModelString columnGroups = new SettingsModelString("column_groups", "");
    final SettingsModelString batchColumn = new SettingsModelString("batch_column", "");
    final SettingsModelString categoricalCovariates = new SettingsModelString("categorical_covariates", "");
    final SettingsModelString continuousCovariates = new SettingsModelString("continuous_covariates", "");
    final SettingsModelString excludeColumns = new SettingsModelString("exclude_columns", "");
    final SettingsModelBoolean empiricalBayes = new SettingsModelBoolean("empirical_bayes", true);
    final SettingsModelBoolean parametric = new SettingsModelBoolean("parametric", true);
    final SettingsModelBoolean meanOnly = new SettingsModelBoolean("mean_only", false);
    final SettingsModelString missingValues = MissingValueOption.model();

    @Override
    protected List<SettingsModel> models() {
        return List.of(columnGroups, batchColumn, categoricalCovariates, continuousCovariates, excludeColumns,
            empiricalBayes, parametric, meanOnly, missingValues);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        MissingValueOption.parse(missingValues.<SettingsModelString> createCloneWithValidatedValue(s).getStringValue());
    }

    ComBat comBat() {
        return new ComBat(empiricalBayes.getBooleanValue(), parametric.getBooleanValue(), meanOnly.getBooleanValue());
    }
}
