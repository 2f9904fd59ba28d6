package org.nacrad.knime.image.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.cohort.CohortManifest;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.image.synthetic.SyntheticCohort;
import org.nacrad.knime.cohort.ManifestTables;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.WorkflowPaths;

/** Generates the synthetic demo cohort and outputs its manifest as a table, as the Cohort Reader would. */
final class SyntheticCohortNodeModel extends NacradNodeModel<SyntheticCohortSettings> {

    SyntheticCohortNodeModel() {
        super(new SyntheticCohortSettings(), 0, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
        return new DataTableSpec[] {null}; // columns are known once the manifest exists
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        Path folder = settings.outputFolder.getStringValue().isBlank()
            ? exec.createFileStore("synthetic-cohort").getFile().toPath()
            : WorkflowPaths.resolve(settings.outputFolder.getStringValue(), "output folder");
        exec.setMessage("Generating " + settings.patients.getIntValue() + " patients into " + folder);
        try {
            SyntheticCohort.generate(folder, settings.patients.getIntValue(), settings.seed.getIntValue());
            var table = CohortManifest.read(folder.resolve("manifest.csv"), "patient_id", List.of(), Map.of());
            return new BufferedDataTable[] {ManifestTables.toTable(table, "patient_id", exec)};
        } catch (IOException | CsvFormatException | IllegalArgumentException e) {
            throw new InvalidSettingsException("Synthetic cohort: " + e.getMessage(), e);
        }
    }
}
