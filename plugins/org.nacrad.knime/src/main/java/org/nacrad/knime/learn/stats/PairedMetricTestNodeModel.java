package org.nacrad.knime.learn.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.util.Cells;
import org.nacrad.learn.stats.TTest;
import org.nacrad.learn.stats.TestResult;

/**
 * Paired two-tailed t-test of two models' per-partition metrics (two Repeated Split Scorer outputs), rows matched
 * by the pair column; one result row per metric column.
 */
final class PairedMetricTestNodeModel extends LearnNodeModel<PairedMetricTestSettings> {

    PairedMetricTestNodeModel() {
        super(new PairedMetricTestSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private List<String> columns(DataTableSpec a, DataTableSpec b) throws InvalidSettingsException {
        List<String> cols = ColumnPatterns.list(settings.columns.getStringValue());
        if (cols.isEmpty()) {
            throw new InvalidSettingsException("Name the metric columns to compare.");
        }
        String pair = settings.pairColumn.getStringValue();
        ColumnPatterns.requireNumeric(cols, a, "Model A metrics");
        ColumnPatterns.requireNumeric(cols, b, "Model B metrics");
        ColumnPatterns.requirePresent(List.of(pair), a, "Model A pair column");
        ColumnPatterns.requirePresent(List.of(pair), b, "Model B pair column");
        return cols;
    }

    private static DataTableSpec outSpec() {
        return new DataTableSpec(new String[] {"column", "test", "statistic", "p_value", "mean_a", "mean_b", "pairs"},
            new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                DoubleCell.TYPE, IntCell.TYPE});
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        columns(inSpecs[0], inSpecs[1]);
        return new DataTableSpec[] {outSpec()};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable a = (BufferedDataTable) in[0];
        BufferedDataTable b = (BufferedDataTable) in[1];
        List<String> cols = columns(a.getDataTableSpec(), b.getDataTableSpec());
        BufferedDataContainer out = exec.createDataContainer(outSpec());
        for (String c : cols) {
            exec.checkCanceled();
            Map<String, Double> va = byPair(a, c, "model A");
            Map<String, Double> vb = byPair(b, c, "model B");
            if (!va.keySet().equals(vb.keySet())) {
                throw new InvalidSettingsException("The two models cover different pairs: " + va.keySet() + " vs "
                    + vb.keySet() + ".");
            }
            double[] x = va.values().stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = va.keySet().stream().mapToDouble(vb::get).toArray();
            TestResult r = TTest.paired(x, y);
            out.addRowToTable(new DefaultRow(new RowKey(c), new StringCell(c), new StringCell(r.test()),
                Cells.doubleCell(r.statistic()), Cells.doubleCell(r.pValue()), Cells.doubleCell(mean(x)),
                Cells.doubleCell(mean(y)), new IntCell(x.length)));
        }
        out.close();
        return new PortObject[] {out.getTable()};
    }

    /** Metric value per pair value; a repeated pair value is an error. */
    private Map<String, Double> byPair(BufferedDataTable t, String column, String which)
        throws InvalidSettingsException {
        List<String> pairs = FeatureTables.strings(t, settings.pairColumn.getStringValue());
        double[] v = FeatureTables.matrix(t, List.of(column)).column(0);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            if (out.put(pairs.get(i), v[i]) != null) {
                throw new InvalidSettingsException(which + " has pair '" + pairs.get(i) + "' twice.");
            }
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
