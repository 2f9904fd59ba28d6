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
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.WorkflowPaths;

/** Reads a cohort manifest CSV into a table with one row per patient (row key = patient id). */
final class CohortReaderNodeModel extends NacradNodeModel<CohortReaderSettings> {

    CohortReaderNodeModel() {
        super(new CohortReaderSettings(), 0, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {ManifestTables.spec(read())};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
        throws CanceledExecutionException, InvalidSettingsException {
        return new BufferedDataTable[] {ManifestTables.toTable(read(), settings.idColumn.getStringValue(), exec)};
    }

    private CsvTable read() throws InvalidSettingsException {
        Path file = WorkflowPaths.resolve(settings.manifest.getStringValue(), "cohort manifest");
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
