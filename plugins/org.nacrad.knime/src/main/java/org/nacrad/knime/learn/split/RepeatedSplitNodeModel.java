package org.nacrad.knime.learn.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.LoopStartNodeTerminator;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.TargetLabels;
import org.nacrad.learn.split.Partition;
import org.nacrad.learn.split.RepeatedStratifiedSplit;

/**
 * Loop start of the repeated-split evaluation: iteration i outputs the training and test rows of stratified
 * partition i (like KNIME's X-Partitioner), pushing {@code currentIteration} and {@code maxIterations}. The
 * partitions are drawn once, on the first iteration, from the target labels and the seed.
 */
final class RepeatedSplitNodeModel extends LearnNodeModel<RepeatedSplitSettings>
    implements LoopStartNodeTerminator {

    private List<Partition> partitions;
    private int iteration;

    RepeatedSplitNodeModel() {
        super(new RepeatedSplitSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        String target = settings.targetColumn.getStringValue();
        if (target.isBlank()) {
            throw new InvalidSettingsException("Choose the target column to stratify by.");
        }
        ColumnPatterns.requirePresent(List.of(target), inSpecs[0], "Target column");
        pushIteration();
        return new DataTableSpec[] {inSpecs[0], inSpecs[0]};
    }

    private void pushIteration() {
        pushFlowVariableInt("currentIteration", iteration);
        pushFlowVariableInt("maxIterations", settings.splits.getIntValue());
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        if (partitions == null || iteration == 0) {
            TargetLabels y = TargetLabels.of(table, settings.targetColumn.getStringValue(), "");
            y.labels().requireBothClasses("Repeated Stratified Split target '"
                + settings.targetColumn.getStringValue() + "'");
            partitions = RepeatedStratifiedSplit.partitions(y.labels(), settings.splits.getIntValue(),
                settings.testFraction.getDoubleValue(), settings.seed.getIntValue());
        }
        if (iteration >= partitions.size()) {
            throw new InvalidSettingsException("All " + partitions.size() + " partitions were already produced; "
                + "reset the loop.");
        }
        List<DataRow> rows = new ArrayList<>(table.getRowCount());
        table.forEach(rows::add);
        Partition p = partitions.get(iteration);
        pushIteration();
        exec.setMessage("partition " + (iteration + 1) + " of " + partitions.size());
        BufferedDataTable train = pick(rows, p.train(), table.getDataTableSpec(), exec);
        BufferedDataTable test = pick(rows, p.test(), table.getDataTableSpec(), exec);
        iteration++;
        return new PortObject[] {train, test};
    }

    /** The rows at {@code idx}, in table order. */
    private static BufferedDataTable pick(List<DataRow> rows, int[] idx, DataTableSpec spec, ExecutionContext exec)
        throws CanceledExecutionException {
        int[] sorted = idx.clone();
        Arrays.sort(sorted);
        BufferedDataContainer out = exec.createDataContainer(spec);
        for (int i : sorted) {
            exec.checkCanceled();
            out.addRowToTable(rows.get(i));
        }
        out.close();
        return out.getTable();
    }

    @Override
    public boolean terminateLoop() {
        return partitions != null && iteration >= partitions.size();
    }

    @Override
    protected void reset() {
        partitions = null;
        iteration = 0;
    }
}
