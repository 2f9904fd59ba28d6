package org.nacrad.knime.cohort;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Cohort Reader: manifest CSV → one row per patient. */
public final class CohortReaderNodeFactory extends NacradNodeFactory<CohortReaderNodeModel> {

    @Override
    public CohortReaderNodeModel createNodeModel() {
        return new CohortReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        CohortReaderSettings s = new CohortReaderSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentFileChooser(s.manifest, "nacrad.manifest", ".csv"));
        pane.addDialogComponent(new DialogComponentString(s.idColumn, "Patient id column"));
        pane.addDialogComponent(new DialogComponentString(s.pathColumns, "Path columns (comma-separated; empty = auto)"));
        pane.addDialogComponent(new DialogComponentString(s.columnTypes, "Column types (column=type;...)"));
        pane.createNewGroup("Without a manifest: synthetic demo cohort");
        pane.addDialogComponent(new DialogComponentNumber(s.syntheticPatients, "Patients", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.syntheticSeed, "Seed", 1));
        return pane;
    }
}
