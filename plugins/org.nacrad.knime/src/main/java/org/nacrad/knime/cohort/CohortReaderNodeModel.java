package org.nacrad.knime.cohort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.nacrad.cohort.CohortManifest;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.knime.util.Cells;
import org.nacrad.knime.util.WorkflowPaths;

/** Reads a cohort manifest CSV into a table with one row per patient (row key = patient id). */
final class CohortReaderNodeModel extends NodeModel {

    private final CohortReaderSettings settings = new CohortReaderSettings();

    CohortReaderNodeModel() {
        super(0, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {spec(read())};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
        throws CanceledExecutionException, InvalidSettingsException {
        CsvTable t = read();
        BufferedDataContainer out = exec.createDataContainer(spec(t));
        int id = t.columnIndex(settings.idColumn.getStringValue());
        for (int r = 0; r < t.rows().size(); r++) {
            exec.checkCanceled();
            List<Object> row = t.rows().get(r);
            DataCell[] cells = new DataCell[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Cells.cell(row.get(c), t.types().get(c));
            }
            out.addRowToTable(new DefaultRow(new RowKey(row.get(id).toString()), cells));
            exec.setProgress((r + 1) / (double) t.rows().size(), "Patient " + row.get(id));
        }
        out.close();
        return new BufferedDataTable[] {out.getTable()};
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

    private static DataTableSpec spec(CsvTable t) {
        var specs = new org.knime.core.data.DataColumnSpec[t.columns().size()];
        for (int c = 0; c < specs.length; c++) {
            specs[c] = new DataColumnSpecCreator(t.columns().get(c), Cells.type(t.types().get(c))).createSpec();
        }
        return new DataTableSpec(specs);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO s) {
        settings.save(s);
    }

    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validate(s);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.load(s);
    }

    @Override
    protected void reset() {
        // nothing cached between executions
    }

    @Override
    protected void loadInternals(File dir, ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected void saveInternals(File dir, ExecutionMonitor exec) {
        // no internals
    }
}
