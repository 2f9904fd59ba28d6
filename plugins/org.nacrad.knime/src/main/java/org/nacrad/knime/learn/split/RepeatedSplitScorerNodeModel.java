package org.nacrad.knime.learn.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
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
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNodeTerminator;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.learn.table.TargetLabels;
import org.nacrad.knime.util.Cells;
import org.nacrad.learn.metrics.BinaryMetrics;
import org.nacrad.learn.metrics.ConfusionMatrix;
import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.learn.metrics.MetricsSummary;
import org.nacrad.learn.metrics.SelectionFrequency;

/**
 * Loop end of the repeated-split evaluation (like KNIME's X-Aggregator): scores each partition's held-out
 * predictions, collects them, and counts the features of the optional model per partition. After the last
 * partition it outputs per-partition metrics, their mean ± SD, all predictions and the selection frequency.
 */
final class RepeatedSplitScorerNodeModel extends LearnNodeModel<RepeatedSplitScorerSettings>
    implements LoopEndNode {

    private final List<BinaryMetrics> metrics = new ArrayList<>();
    private final List<Integer> testSizes = new ArrayList<>();
    private final List<DataRow> predictions = new ArrayList<>();
    private SelectionFrequency frequency = new SelectionFrequency();

    RepeatedSplitScorerNodeModel() {
        super(new RepeatedSplitScorerSettings(), new PortType[] {BufferedDataTable.TYPE,
            LearnModelPortObject.TYPE_OPTIONAL}, new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        checkColumns(in);
        return new PortObjectSpec[] {partitionSpec(), summarySpec(), predictionSpec(in), frequencySpec()};
    }

    private void checkColumns(DataTableSpec in) throws InvalidSettingsException {
        if (settings.truthColumn.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the truth (target) column.");
        }
        ColumnPatterns.requirePresent(List.of(settings.truthColumn.getStringValue(),
            settings.predictionColumn.getStringValue()), in, "Repeated Split Scorer");
        if (!settings.probabilityColumn.getStringValue().isBlank()) {
            ColumnPatterns.requireNumeric(List.of(settings.probabilityColumn.getStringValue()), in,
                "Probability column");
        }
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        checkColumns(table.getDataTableSpec());
        int partition;
        try {
            partition = peekFlowVariableInt("currentIteration");
        } catch (NoSuchElementException e) {
            throw new InvalidSettingsException("Repeated Split Scorer must close a loop (e.g. Repeated Stratified "
                + "Split): no 'currentIteration' flow variable.", e);
        }
        if (partition == 0) {
            clear();
        }
        score(table, partition);
        if (in[1] instanceof LearnModelPortObject model) {
            frequency.addPartition(model.getSpec().features());
        }
        if (!(getLoopStartNode() instanceof LoopStartNodeTerminator start)) {
            throw new InvalidSettingsException("Repeated Split Scorer is not connected to a matching loop start.");
        }
        if (!start.terminateLoop()) {
            continueLoop();
            return new PortObject[4];
        }
        exec.setMessage("summarising " + metrics.size() + " partitions");
        return new PortObject[] {partitionTable(exec), summaryTable(exec), predictionTable(table, exec),
            frequencyTable(exec)};
    }

    private void score(BufferedDataTable table, int partition) throws InvalidSettingsException {
        TargetLabels truth = TargetLabels.of(table, settings.truthColumn.getStringValue(),
            settings.positiveClass.getStringValue());
        List<String> predicted = FeatureTables.strings(table, settings.predictionColumn.getStringValue());
        int[] pred = new int[predicted.size()];
        List<String> missing = new ArrayList<>();
        int r = 0;
        for (DataRow row : table) {
            if (predicted.get(r) == null) {
                missing.add(row.getKey().getString());
            } else {
                pred[r] = predicted.get(r).equals(truth.positive()) ? 1 : 0;
            }
            predictions.add(withPartition(row, keptIndices(table.getDataTableSpec()), partition));
            r++;
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("Prediction column is missing in row(s) " + TargetLabels.shortList(
                missing) + ".");
        }
        double[] probability = null;
        if (!settings.probabilityColumn.getStringValue().isBlank()) {
            probability = FeatureTables.matrix(table, List.of(settings.probabilityColumn.getStringValue())).column(0);
        }
        try {
            metrics.add(BinaryMetrics.of(truth.labels().toArray(), pred, probability));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Partition " + partition + ": " + e.getMessage(), e);
        }
        testSizes.add(table.getRowCount());
    }

    /** The scored columns: truth, prediction and (if set) probability; partitions may differ in other columns. */
    private List<String> keptColumns() {
        List<String> out = new ArrayList<>(List.of(settings.truthColumn.getStringValue(),
            settings.predictionColumn.getStringValue()));
        if (!settings.probabilityColumn.getStringValue().isBlank()) {
            out.add(settings.probabilityColumn.getStringValue());
        }
        return out;
    }

    private int[] keptIndices(DataTableSpec spec) {
        return spec.columnsToIndices(keptColumns().toArray(String[]::new));
    }

    private static DataRow withPartition(DataRow row, int[] kept, int partition) {
        List<DataCell> cells = new ArrayList<>();
        for (int i : kept) {
            cells.add(row.getCell(i));
        }
        cells.add(new IntCell(partition));
        return new DefaultRow(new RowKey("p" + partition + ":" + row.getKey().getString()), cells);
    }

    private static DataTableSpec partitionSpec() {
        List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpecCreator("partition", IntCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("test_rows", IntCell.TYPE).createSpec());
        for (String m : BinaryMetrics.NAMES) {
            cols.add(new DataColumnSpecCreator(m, DoubleCell.TYPE).createSpec());
        }
        for (String c : new String[] {"tp", "fp", "tn", "fn"}) {
            cols.add(new DataColumnSpecCreator(c, IntCell.TYPE).createSpec());
        }
        return new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
    }

    private static DataTableSpec summarySpec() {
        return new DataTableSpec(new String[] {"metric", "mean", "sd", "partitions"},
            new DataType[] {StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
    }

    private DataTableSpec predictionSpec(DataTableSpec in) {
        DataTableSpec kept = FeatureTables.select(in, keptColumns());
        String name = DataTableSpec.getUniqueColumnName(kept, "partition");
        return new DataTableSpec(kept, new DataTableSpec(new DataColumnSpecCreator(name, IntCell.TYPE).createSpec()));
    }

    private static DataTableSpec frequencySpec() {
        return new DataTableSpec(new String[] {"feature", "count", "frequency"},
            new DataType[] {StringCell.TYPE, IntCell.TYPE, DoubleCell.TYPE});
    }

    private BufferedDataTable partitionTable(ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(partitionSpec());
        for (int p = 0; p < metrics.size(); p++) {
            List<DataCell> cells = new ArrayList<>(List.of(new IntCell(p), new IntCell(testSizes.get(p))));
            metrics.get(p).asMap().values().forEach(v -> cells.add(Cells.doubleCell(v)));
            ConfusionMatrix cm = metrics.get(p).confusion();
            for (int v : new int[] {cm.truePositives(), cm.falsePositives(), cm.trueNegatives(),
                cm.falseNegatives()}) {
                cells.add(new IntCell(v));
            }
            out.addRowToTable(new DefaultRow(new RowKey("partition " + p), cells));
        }
        out.close();
        return out.getTable();
    }

    private BufferedDataTable summaryTable(ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(summarySpec());
        for (Map.Entry<String, MeanSd> e : MetricsSummary.of(metrics).entrySet()) {
            out.addRowToTable(new DefaultRow(new RowKey(e.getKey()), new StringCell(e.getKey()),
                Cells.doubleCell(e.getValue().mean()), Cells.doubleCell(e.getValue().sd()),
                new IntCell(e.getValue().n())));
        }
        out.close();
        return out.getTable();
    }

    private BufferedDataTable predictionTable(BufferedDataTable last, ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(predictionSpec(last.getDataTableSpec()));
        predictions.forEach(out::addRowToTable);
        out.close();
        return out.getTable();
    }

    private BufferedDataTable frequencyTable(ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(frequencySpec());
        for (Map.Entry<String, Integer> e : frequency.ranked()) {
            out.addRowToTable(new DefaultRow(new RowKey(e.getKey()), new StringCell(e.getKey()),
                new IntCell(e.getValue()), new DoubleCell(frequency.frequency(e.getKey()))));
        }
        out.close();
        return out.getTable();
    }

    private void clear() {
        metrics.clear();
        testSizes.clear();
        predictions.clear();
        frequency = new SelectionFrequency();
    }

    @Override
    protected void reset() {
        clear();
    }
}
