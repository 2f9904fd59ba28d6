package org.nacrad.knime.learn.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.knime.core.data.DataColumnSpec;
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
import org.nacrad.learn.stats.GroupComparison;
import org.nacrad.learn.stats.TTest;
import org.nacrad.learn.stats.TestResult;

/**
 * Two-group statistics per column: Shapiro–Wilk chooses t-test or Mann–Whitney U for numeric columns, Fisher /
 * Freeman–Halton exact tests for text columns; or, in paired mode, a paired two-tailed t-test of each metric
 * column between two models matched by a pair column (e.g. partition).
 */
final class StatisticsNodeModel extends LearnNodeModel<StatisticsSettings> {

    StatisticsNodeModel() {
        super(new StatisticsSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private boolean paired() {
        return settings.mode.getStringValue().equals(StatisticsSettings.PAIRED);
    }

    private List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        String group = settings.groupColumn.getStringValue();
        if (group.isBlank()) {
            throw new InvalidSettingsException("Choose the group column.");
        }
        ColumnPatterns.requirePresent(List.of(group), spec, "Group column");
        Set<String> excluded = new HashSet<>(ColumnPatterns.list(settings.excludeColumns.getStringValue()));
        excluded.add(group);
        if (paired()) {
            ColumnPatterns.requirePresent(List.of(settings.pairColumn.getStringValue()), spec, "Pair column");
            excluded.add(settings.pairColumn.getStringValue());
            return ColumnPatterns.numeric(settings.columns.getStringValue(), spec, excluded, "Metric columns");
        }
        List<String> listed = ColumnPatterns.list(settings.columns.getStringValue());
        if (!listed.isEmpty()) {
            ColumnPatterns.requirePresent(listed, spec, "Compared columns");
            return listed;
        }
        List<String> out = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (!excluded.contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    private static DataTableSpec outSpec() {
        return new DataTableSpec(new String[] {"column", "test", "statistic", "p_value", "n_group_0", "n_group_1"},
            new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE,
                IntCell.TYPE});
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        columns(inSpecs[0]);
        return new DataTableSpec[] {outSpec()};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<String> cols = columns(table.getDataTableSpec());
        List<String> groups = FeatureTables.strings(table, settings.groupColumn.getStringValue());
        List<String> levels = new ArrayList<>(new TreeSet<>(groups.stream().filter(g -> g != null).toList()));
        if (levels.size() != 2) {
            throw new InvalidSettingsException("Group column '" + settings.groupColumn.getStringValue()
                + "' must hold exactly two values, found " + levels + ".");
        }
        BufferedDataContainer out = exec.createDataContainer(outSpec());
        for (int c = 0; c < cols.size(); c++) {
            exec.checkCanceled();
            exec.setProgress((double) c / cols.size(), cols.get(c));
            Row r = paired() ? pairedTest(table, cols.get(c), groups, levels) : compare(table, cols.get(c), groups,
                levels);
            out.addRowToTable(new DefaultRow(new RowKey(cols.get(c)), new StringCell(cols.get(c)),
                new StringCell(r.result().test()), Cells.doubleCell(r.result().statistic()),
                Cells.doubleCell(r.result().pValue()), new IntCell(r.n0()), new IntCell(r.n1())));
        }
        out.close();
        setWarningMessage("Group 0 = '" + levels.get(0) + "', group 1 = '" + levels.get(1) + "'.");
        return new PortObject[] {out.getTable()};
    }

    private record Row(TestResult result, int n0, int n1) {
    }

    /** Missing values are left out of each column's test. */
    private Row compare(BufferedDataTable table, String column, List<String> groups, List<String> levels)
        throws InvalidSettingsException {
        GroupComparison gc = new GroupComparison(settings.alpha.getDoubleValue(), settings.welch.getBooleanValue());
        boolean numeric = ColumnPatterns.isNumeric(table.getDataTableSpec().getColumnSpec(column));
        List<String> text = FeatureTables.strings(table, column);
        double[] values = numeric ? FeatureTables.matrix(table, List.of(column)).column(0) : null;
        List<List<String>> t = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> v = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < groups.size(); i++) {
            int g = levels.indexOf(groups.get(i));
            if (g < 0 || text.get(i) == null) {
                continue;
            }
            t.get(g).add(text.get(i));
            if (numeric) {
                v.get(g).add(values[i]);
            }
        }
        if (t.get(0).isEmpty() || t.get(1).isEmpty()) {
            throw new InvalidSettingsException("Column '" + column + "' has no values in one of the groups.");
        }
        TestResult r = numeric ? gc.continuous(doubles(v.get(0)), doubles(v.get(1)))
            : gc.categorical(t.get(0), t.get(1));
        return new Row(r, t.get(0).size(), t.get(1).size());
    }

    private Row pairedTest(BufferedDataTable table, String column, List<String> groups, List<String> levels)
        throws InvalidSettingsException {
        List<String> pairs = FeatureTables.strings(table, settings.pairColumn.getStringValue());
        double[] values = FeatureTables.matrix(table, List.of(column)).column(0);
        List<Map<String, Double>> byPair = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int i = 0; i < groups.size(); i++) {
            int g = levels.indexOf(groups.get(i));
            if (g >= 0 && byPair.get(g).put(pairs.get(i), values[i]) != null) {
                throw new InvalidSettingsException("Paired test: '" + levels.get(g) + "' has pair '" + pairs.get(i)
                    + "' twice.");
            }
        }
        if (!byPair.get(0).keySet().equals(byPair.get(1).keySet())) {
            throw new InvalidSettingsException("Paired test: the two models cover different pairs: "
                + byPair.get(0).keySet() + " vs " + byPair.get(1).keySet() + ".");
        }
        double[] a = new double[byPair.get(0).size()];
        double[] b = new double[a.length];
        int i = 0;
        for (Map.Entry<String, Double> e : byPair.get(0).entrySet()) {
            a[i] = e.getValue();
            b[i++] = byPair.get(1).get(e.getKey());
        }
        return new Row(TTest.paired(a, b), a.length, b.length);
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
