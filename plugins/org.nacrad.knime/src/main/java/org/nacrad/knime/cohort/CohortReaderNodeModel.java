package org.nacrad.knime.cohort;

import java.io.IOException;
import java.nio.file.Path;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.cohort.CohortManifest;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.image.synthetic.SyntheticCohort;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.WorkflowPaths;

/** Reads a cohort manifest CSV into a table with one row per patient (row key = patient id). */
final class CohortReaderNodeModel extends NacradNodeModel<CohortReaderSettings> {

    CohortReaderNodeModel() {
        super(new CohortReaderSettings(), 0, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        if (synthetic()) {
            setWarningMessage("No manifest set: the synthetic demo cohort will be generated.");
            return new DataTableSpec[] {null};
        }
        return new DataTableSpec[] {ManifestTables.spec(read(manifestPath()))};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
        throws CanceledExecutionException, InvalidSettingsException, IOException {
        Path file = synthetic() ? generate(exec) : manifestPath();
        return new BufferedDataTable[] {ManifestTables.toTable(read(file), settings.idColumn.getStringValue(), exec)};
    }

    private boolean synthetic() {
        return settings.manifest.getStringValue().isBlank();
    }

    private Path manifestPath() throws InvalidSettingsException {
        return WorkflowPaths.resolve(settings.manifest.getStringValue(), "cohort manifest");
    }

    /** The demo cohort in workflow-owned storage; its manifest follows the documented format. */
    private Path generate(ExecutionContext exec) throws IOException {
        Path folder = exec.createFileStore("synthetic-cohort").getFile().toPath();
        exec.setMessage("No manifest set: generating the synthetic demo cohort ("
            + settings.syntheticPatients.getIntValue() + " patients, seed " + settings.syntheticSeed.getIntValue()
            + ")");
        SyntheticCohort.generate(folder, settings.syntheticPatients.getIntValue(), settings.syntheticSeed.getIntValue());
        setWarningMessage("No manifest set: used the synthetic demo cohort.");
        return folder.resolve("manifest.csv");
    }

    private CsvTable read(Path file) throws InvalidSettingsException {
        try {
            return CohortManifest.read(file, settings.idColumn.getStringValue(), settings.pathColumnList(),
                CohortReaderSettings.parseTypes(settings.columnTypes.getStringValue()));
        } catch (CsvFormatException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot read the cohort manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
