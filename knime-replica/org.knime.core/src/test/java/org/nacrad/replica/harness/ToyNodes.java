/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.io.File;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNodeTerminator;

/** Minimal nodes written the way KNIME extensions write them, to exercise the harness. */
final class ToyNodes {

    private ToyNodes() {
    }

    /** Base with empty internals, as most nodes have. */
    abstract static class Simple extends NodeModel {
        Simple(final int in, final int out) {
            super(in, out);
        }

        Simple(final PortType[] in, final PortType[] out) {
            super(in, out);
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        }

        @Override
        protected void reset() {
        }
    }

    /** Loop start running {@code iterations} times; pushes currentIteration/maxIterations like KNIME's loops. */
    static final class CountingLoopStart extends Simple implements LoopStartNodeTerminator {
        final SettingsModelIntegerBounded m_iterations = new SettingsModelIntegerBounded("iterations", 3, 1, 100);

        private int m_iteration;

        CountingLoopStart() {
            super(1, 1);
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            pushFlowVariableInt("currentIteration", m_iteration);
            pushFlowVariableInt("maxIterations", m_iterations.getIntValue());
            return inSpecs;
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] in, final ExecutionContext exec) {
            pushFlowVariableInt("currentIteration", m_iteration);
            pushFlowVariableInt("maxIterations", m_iterations.getIntValue());
            m_iteration++;
            return in;
        }

        @Override
        public boolean terminateLoop() {
            return m_iteration >= m_iterations.getIntValue();
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
            m_iterations.saveSettingsTo(settings);
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
            m_iterations.validateSettings(settings);
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
            m_iterations.loadSettingsFrom(settings);
        }

        @Override
        protected void reset() {
            m_iteration = 0;
        }
    }

    static final class CountingLoopStartFactory extends NodeFactory<CountingLoopStart> {
        @Override
        public CountingLoopStart createNodeModel() {
            return new CountingLoopStart();
        }

        @Override
        protected int getNrNodeViews() {
            return 0;
        }

        @Override
        public NodeView<CountingLoopStart> createNodeView(final int viewIndex, final CountingLoopStart nodeModel) {
            return null;
        }

        @Override
        protected boolean hasDialog() {
            return false;
        }

        @Override
        protected NodeDialogPane createNodeDialogPane() {
            return null;
        }
    }

    /** Loop end collecting the rows of all iterations, keys suffixed with "#iteration". */
    static final class CollectingLoopEnd extends Simple implements LoopEndNode {
        private BufferedDataContainer m_rows;

        CollectingLoopEnd() {
            super(1, 1);
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            return inSpecs;
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] in, final ExecutionContext exec) {
            if (!(getLoopStartNode() instanceof LoopStartNodeTerminator start)) {
                throw new IllegalStateException("not connected to matching Loop Start");
            }
            int iteration = peekFlowVariableInt("currentIteration");
            if (m_rows == null) {
                m_rows = exec.createDataContainer(in[0].getSpec());
            }
            for (DataRow row : in[0]) {
                m_rows.addRowToTable(new DefaultRow(new RowKey(row.getKey() + "#" + iteration), row));
            }
            if (!start.terminateLoop()) {
                continueLoop();
                return new BufferedDataTable[1];
            }
            m_rows.close();
            BufferedDataTable result = m_rows.getTable();
            m_rows = null;
            return new BufferedDataTable[]{result};
        }
    }

    /** Warns on inputs without columns. */
    static final class WarnOnEmpty extends Simple {
        WarnOnEmpty() {
            super(1, 1);
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            if (inSpecs[0].getNumColumns() == 0) {
                setWarningMessage("Input has no columns");
            }
            return inSpecs;
        }
    }

    /** A plain node that wrongly asks for another loop iteration. */
    static final class NotALoopEnd extends Simple {
        NotALoopEnd() {
            super(0, 0);
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] in, final ExecutionContext exec) {
            continueLoop();
            return in;
        }
    }

    /** A model port object as custom KNIME port types are written. */
    public static final class ToyModel extends AbstractSimplePortObject {
        public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ToyModel.class);

        private ToySpec m_spec;

        private double[] m_weights;

        public ToyModel() {
        }

        ToyModel(final ToySpec spec, final double... weights) {
            m_spec = spec;
            m_weights = weights;
        }

        double[] weights() {
            return m_weights;
        }

        @Override
        public String getSummary() {
            return m_weights.length + " weights";
        }

        @Override
        public ToySpec getSpec() {
            return m_spec;
        }

        @Override
        protected void save(final ModelContentWO model, final ExecutionMonitor exec) {
            model.addDoubleArray("weights", m_weights);
        }

        @Override
        protected void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
            m_spec = (ToySpec)spec;
            m_weights = model.getDoubleArray("weights");
        }
    }

    public static final class ToySpec extends AbstractSimplePortObjectSpec {
        private String[] m_features;

        public ToySpec() {
        }

        ToySpec(final String... features) {
            m_features = features;
        }

        String[] features() {
            return m_features;
        }

        @Override
        protected void save(final ModelContentWO model) {
            model.addStringArray("features", m_features);
        }

        @Override
        protected void load(final ModelContentRO model) throws InvalidSettingsException {
            m_features = model.getStringArray("features");
        }
    }
}
