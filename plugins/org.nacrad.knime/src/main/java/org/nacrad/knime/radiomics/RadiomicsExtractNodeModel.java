package org.nacrad.knime.radiomics;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.util.Cells;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.Threads;
import org.nacrad.knime.util.Volumes;
import org.nacrad.radiomics.ParameterFile;
import org.nacrad.radiomics.RadiomicsBatch;
import org.nacrad.radiomics.RadiomicsResult;

/**
 * PyRadiomics-conformant features of one image column within one mask column, per patient, as columns
 * {@code <prefix>_<region>_original_<class>_<Feature>}. Patients are processed in small parallel batches.
 */
final class RadiomicsExtractNodeModel extends NacradNodeModel<RadiomicsExtractSettings> {

    RadiomicsExtractNodeModel() {
        super(new RadiomicsExtractSettings(), 1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {outSpec(inSpecs[0], settings.extraction())};
    }

    private DataTableSpec outSpec(DataTableSpec in, ParameterFile p) throws InvalidSettingsException {
        Volumes.column(in, settings.imageColumn.getStringValue(), "image");
        Volumes.column(in, settings.maskColumn.getStringValue(), "mask");
        List<DataColumnSpec> cols = new ArrayList<>();
        for (String name : p.features().outputNames()) {
            String column = settings.columnPrefix() + name;
            if (in.containsName(column) && settings.keepInputColumns.getBooleanValue()) {
                throw new InvalidSettingsException("Column '" + column + "' exists already; use another prefix or "
                    + "region.");
            }
            cols.add(new DataColumnSpecCreator(column, DoubleCell.TYPE).createSpec());
        }
        DataTableSpec features = new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
        return settings.keepInputColumns.getBooleanValue() ? new DataTableSpec(in, features) : features;
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        ParameterFile p = settings.extraction();
        List<String> names = p.features().outputNames();
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec, p));
        int threads = Threads.count();
        List<DataRow> batch = new ArrayList<>();
        long n = inData[0].size();
        long done = 0;
        for (DataRow row : inData[0]) {
            batch.add(row);
            if (batch.size() == 2 * threads) {
                done += flush(batch, spec, p, names, threads, out, exec);
                exec.setProgress(done / (double) n, "Extracted " + done + " of " + n + " patients");
            }
        }
        flush(batch, spec, p, names, threads, out, exec);
        out.close();
        return new BufferedDataTable[] {out.getTable()};
    }

    private int flush(List<DataRow> batch, DataTableSpec spec, ParameterFile p, List<String> names, int threads,
        BufferedDataContainer out, ExecutionContext exec) throws Exception {
        exec.checkCanceled();
        String image = settings.imageColumn.getStringValue();
        String mask = settings.maskColumn.getStringValue();
        List<RadiomicsBatch.Input> inputs = new ArrayList<>();
        for (DataRow row : batch) {
            inputs.add(new RadiomicsBatch.Input(row.getKey().getString(), Volumes.read(row, spec, image),
                Volumes.read(row, spec, mask)));
        }
        List<RadiomicsBatch.Outcome> outcomes = RadiomicsBatch.extractAll(inputs, p.settings(), p.features(), threads);
        for (int i = 0; i < batch.size(); i++) {
            RadiomicsBatch.Outcome o = outcomes.get(i);
            if (o.error() != null) {
                throw new InvalidSettingsException("Patient " + o.id() + " (image " + image + ", mask " + mask
                    + "): " + o.error().getMessage(), o.error());
            }
            out.addRowToTable(row(batch.get(i), o.result(), names));
        }
        int size = batch.size();
        batch.clear();
        return size;
    }

    private DataRow row(DataRow in, RadiomicsResult r, List<String> names) {
        List<DataCell> cells = new ArrayList<>();
        if (settings.keepInputColumns.getBooleanValue()) {
            in.forEach(cells::add);
        }
        for (String name : names) {
            Double v = r.features().get(name);
            cells.add(v == null ? org.knime.core.data.DataType.getMissingCell() : Cells.doubleCell(v));
        }
        return new DefaultRow(in.getKey(), cells);
    }
}
