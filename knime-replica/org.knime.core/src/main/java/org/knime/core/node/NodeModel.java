/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;
import org.knime.core.node.workflow.VariableType;

/**
 * Base class of node implementations. The workflow-side state (flow variables, loop partners, the continue-loop
 * request) lives in private fields that the replica's harness (org.nacrad.replica.harness) reads and sets
 * reflectively, so no member beyond KNIME's API is public.
 */
public abstract class NodeModel implements ViewableModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private String m_warningMessage;

    /** Incoming flow variables followed by the ones this node pushed; later entries shadow earlier ones. */
    private List<FlowVariable> m_flowVariables = new ArrayList<>();

    private boolean m_continueLoop;

    private LoopStartNode m_loopStartNode;

    private LoopEndNode m_loopEndNode;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(dataPorts(nrInDataPorts), dataPorts(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = Objects.requireNonNull(inPortTypes, "inPortTypes").clone();
        m_outPortTypes = Objects.requireNonNull(outPortTypes, "outPortTypes").clone();
        for (PortType t : m_inPortTypes) {
            Objects.requireNonNull(t, "in port type");
        }
        for (PortType t : m_outPortTypes) {
            Objects.requireNonNull(t, "out port type");
        }
    }

    private static PortType[] dataPorts(final int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of ports must be >= 0: " + n);
        }
        PortType[] types = new PortType[n];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    /** Default: requires table specs on all ports and delegates to {@link #configure(DataTableSpec[])}. */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
                throw new InvalidSettingsException("Input port " + i + " is not a data table port; override "
                    + "configure(PortObjectSpec[])");
            }
            specs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(specs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** Default: requires tables on all ports and delegates to {@link #execute(BufferedDataTable[], ExecutionContext)}. */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " is not a data table port; override "
                    + "execute(PortObject[], ExecutionContext)");
            }
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    protected void onDispose() {
    }

    protected final NodeLogger getLogger() {
        return m_logger;
    }

    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }

    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    protected final void stateChanged() {
        // no views to notify
    }

    protected final void notifyViews(final Object arg) {
        // no views to notify
    }

    // ---- flow variables ----

    protected final void pushFlowVariableInt(final String name, final int value) {
        pushFlowVariable(name, VariableType.IntType.INSTANCE, value);
    }

    protected final void pushFlowVariableDouble(final String name, final double value) {
        pushFlowVariable(name, VariableType.DoubleType.INSTANCE, value);
    }

    protected final void pushFlowVariableString(final String name, final String value) {
        pushFlowVariable(name, VariableType.StringType.INSTANCE, value);
    }

    protected final <T> void pushFlowVariable(final String name, final VariableType<T> type, final T value) {
        m_flowVariables.add(new FlowVariable(name, type, value));
    }

    public final int peekFlowVariableInt(final String name) {
        return peekFlowVariable(name, VariableType.IntType.INSTANCE);
    }

    public final double peekFlowVariableDouble(final String name) {
        return peekFlowVariable(name, VariableType.DoubleType.INSTANCE);
    }

    public final String peekFlowVariableString(final String name) {
        return peekFlowVariable(name, VariableType.StringType.INSTANCE);
    }

    /** As KNIME: the topmost variable with this name and exactly this type (others of that name are skipped). */
    public final <T> T peekFlowVariable(final String name, final VariableType<T> type) {
        for (int i = m_flowVariables.size() - 1; i >= 0; i--) {
            FlowVariable v = m_flowVariables.get(i);
            if (v.getName().equals(name) && v.getVariableType().equals(type)) {
                return v.getValue(type);
            }
        }
        throw new NoSuchElementException("No flow variable \"" + name + "\" of type " + type + " available");
    }

    @Deprecated
    public final Map<String, FlowVariable> getAvailableFlowVariables() {
        return getAvailableFlowVariables(new VariableType<?>[]{VariableType.DoubleType.INSTANCE,
            VariableType.IntType.INSTANCE, VariableType.StringType.INSTANCE});
    }

    public final Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?>[] types) {
        List<VariableType<?>> wanted = Arrays.asList(types);
        Map<String, FlowVariable> visible = new LinkedHashMap<>();
        for (int i = m_flowVariables.size() - 1; i >= 0; i--) {
            FlowVariable v = m_flowVariables.get(i);
            visible.putIfAbsent(v.getName(), v);
        }
        visible.values().removeIf(v -> !wanted.contains(v.getVariableType()));
        return visible;
    }

    public Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?> type,
        final VariableType<?>... otherTypes) {
        VariableType<?>[] all = new VariableType<?>[otherTypes.length + 1];
        all[0] = type;
        System.arraycopy(otherTypes, 0, all, 1, otherTypes.length);
        return getAvailableFlowVariables(all);
    }

    // ---- loops ----

    /** Called by a loop end's execute to request another iteration of the loop body. */
    protected final void continueLoop() {
        if (!(this instanceof LoopEndNode)) {
            throw new IllegalStateException("continueLoop called from non-end node (Coding Error)");
        }
        m_continueLoop = true;
    }

    protected final LoopEndNode getLoopEndNode() {
        return m_loopEndNode;
    }

    protected final LoopStartNode getLoopStartNode() {
        return m_loopStartNode;
    }
}
