package org.nacrad.knime.util;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;

/**
 * Base for nodes that replace volumes column by column (Resample, N4 Correct, Normalize): for each patient and
 * chosen column, read the volume, transform it, store the result in a file store and put its path in place of the
 * input path. Column names stay, so downstream nodes keep their settings.
 */
public abstract class VolumeTransformModel<S extends SettingsGroup> extends NacradNodeModel<S> {

    protected VolumeTransformModel(S settings) {
        super(settings, 1, 1);
    }

    /** The path columns to transform. */
    protected abstract List<String> columns(DataTableSpec spec) throws InvalidSettingsException;

    /** Checks settings against the input before any data is read (default: the columns resolve). */
    protected void checkInput(DataTableSpec spec) throws InvalidSettingsException {
        columns(spec);
    }

    /**
     * Transforms one volume; {@code row} gives access to other columns (e.g. a mask). The first volume returned
     * replaces the input; any further ones fill the {@link #appendedColumns appended columns} of this column.
     */
    protected abstract List<Volume> transform(Volume v, String column, DataRow row, DataTableSpec spec)
        throws InvalidSettingsException;

    /** Names of extra path columns a transformed column adds (default none), e.g. a bias field. */
    protected List<String> appendedColumns(String column) {
        return List.of();
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        checkInput(inSpecs[0]);
        return new DataTableSpec[] {outSpec(inSpecs[0])};
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        List<DataColumnSpec> added = new ArrayList<>();
        for (String c : columns(in)) {
            for (String a : appendedColumns(c)) {
                added.add(new DataColumnSpecCreator(a, StringCell.TYPE).createSpec());
            }
        }
        return added.isEmpty() ? in : new DataTableSpec(in, new DataTableSpec(added.toArray(DataColumnSpec[]::new)));
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        List<String> columns = columns(spec);
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec));
        long n = inData[0].size();
        long done = 0;
        for (DataRow row : inData[0]) {
            exec.checkCanceled();
            String patient = row.getKey().getString();
            exec.setProgress(done++ / (double) n, "Patient " + patient);
            Map<Integer, DataCell> replaced = new HashMap<>();
            List<DataCell> appended = new ArrayList<>();
            for (String c : columns) {
                exec.checkCanceled();
                List<Volume> result = transformNamed(Volumes.read(row, spec, c), c, row, spec, patient);
                replaced.put(spec.findColumnIndex(c), new StringCell(store(exec, result.get(0), c, patient)));
                List<String> extra = appendedColumns(c);
                for (int i = 0; i < extra.size(); i++) {
                    appended.add(new StringCell(store(exec, result.get(i + 1), extra.get(i), patient)));
                }
            }
            out.addRowToTable(Rows.with(row, replaced, appended));
        }
        out.close();
        return new BufferedDataTable[] {out.getTable()};
    }

    private List<Volume> transformNamed(Volume v, String column, DataRow row, DataTableSpec spec, String patient)
        throws InvalidSettingsException {
        try {
            return transform(v, column, row, spec);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidSettingsException("Patient " + patient + ", column " + column + ": " + e.getMessage(),
                e);
        }
    }

    private static String store(ExecutionContext exec, Volume v, String column, String patient)
        throws InvalidSettingsException {
        try {
            return Volumes.store(exec, v, column, patient).toString();
        } catch (IOException e) {
            throw new InvalidSettingsException("Patient " + patient + ", column " + column
                + ": cannot write the result: " + e.getMessage(), e);
        }
    }
}
