package org.nacrad.knime.table.filter;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.util.NacradNodeModel;

/** Keeps the columns matching name or prefix patterns (KNIME's Column Filter, runnable headless). */
final class ColumnFilterNodeModel extends NacradNodeModel<ColumnFilterSettings> {

    ColumnFilterNodeModel() {
        super(new ColumnFilterSettings(), 1, 1);
    }

    private ColumnRearranger rearranger(DataTableSpec spec) throws InvalidSettingsException {
        List<String> kept = settings.kept(spec);
        if (kept.isEmpty()) {
            throw new InvalidSettingsException("No column matches '" + settings.include.getStringValue() + "'.");
        }
        ColumnRearranger r = new ColumnRearranger(spec);
        r.keepOnly(kept.toArray(String[]::new));
        return r;
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {rearranger(inSpecs[0]).createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        return new BufferedDataTable[] {
            exec.createColumnRearrangeTable(inData[0], rearranger(inData[0].getDataTableSpec()), exec)};
    }
}
