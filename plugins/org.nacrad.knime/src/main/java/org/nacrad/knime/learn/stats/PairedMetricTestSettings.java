package org.nacrad.knime.learn.stats;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of Paired Metric Test; keys are a persistent contract. */
final class PairedMetricTestSettings extends SettingsGroup {

    /** The Repeated Split Scorer's metric columns. */
    static final String SCORER_METRICS = "balanced_accuracy,sensitivity,specificity,precision,f1,auc";

    final SettingsModelString columns = new SettingsModelString("columns", SCORER_METRICS);
    final SettingsModelString pairColumn = new SettingsModelString("pair_column", "partition");

    @Override
    protected List<SettingsModel> models() {
        return List.of(columns, pairColumn);
    }
}
