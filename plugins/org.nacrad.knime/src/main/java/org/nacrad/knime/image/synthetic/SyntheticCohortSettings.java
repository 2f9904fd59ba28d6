package org.nacrad.knime.image.synthetic;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.image.synthetic.SyntheticCohort;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of Synthetic Cohort. */
final class SyntheticCohortSettings extends SettingsGroup {

    final SettingsModelIntegerBounded patients =
        new SettingsModelIntegerBounded("patients", SyntheticCohort.DEFAULT_PATIENTS, 1, 100_000);
    final SettingsModelInteger seed = new SettingsModelInteger("seed", 42);
    /** Empty: inside the workflow's own storage (file store). */
    final SettingsModelString outputFolder = new SettingsModelString("output_folder", "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(patients, seed, outputFolder);
    }
}
