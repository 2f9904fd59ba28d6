package org.nacrad.knime.image.synthetic;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Synthetic Cohort: the embedded demo data. */
public final class SyntheticCohortNodeFactory extends NacradNodeFactory<SyntheticCohortNodeModel> {

    @Override
    public SyntheticCohortNodeModel createNodeModel() {
        return new SyntheticCohortNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        SyntheticCohortSettings s = new SyntheticCohortSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentNumber(s.patients, "Patients", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        pane.addDialogComponent(new DialogComponentString(s.outputFolder, "Output folder (empty = workflow storage)"));
        return pane;
    }
}
