/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * One node instance driven as KNIME's workflow manager would: settings are saved, validated and loaded through
 * the NodeModel itself; configure and execute start from the incoming flow variables; a loop end's
 * {@code continueLoop()} request is reported so a runner can re-execute the loop body.
 *
 * @param <M> the node model type
 */
public final class NodeHarness<M extends NodeModel> {

    private final M m_model;

    private List<FlowVariable> m_incoming = List.of();

    private int m_loopIteration;

    private NodeHarness(final M model) {
        m_model = Objects.requireNonNull(model, "model");
    }

    /** Creates the model with {@link NodeFactory#createNodeModel()}, as KNIME does. */
    public static <M extends NodeModel> NodeHarness<M> of(final NodeFactory<M> factory) {
        M model = factory.createNodeModel();
        if (model == null) {
            throw new IllegalStateException(factory.getClass().getName() + ".createNodeModel() returned null");
        }
        return new NodeHarness<>(model);
    }

    /** Drives an existing model instance. */
    public static <M extends NodeModel> NodeHarness<M> wrap(final M model) {
        return new NodeHarness<>(model);
    }

    public M model() {
        return m_model;
    }

    public int inPortCount() {
        return (Integer)Reflect.call(NodeModel.class, m_model, "getNrInPorts", new Class<?>[0]);
    }

    public int outPortCount() {
        return (Integer)Reflect.call(NodeModel.class, m_model, "getNrOutPorts", new Class<?>[0]);
    }

    public PortType inPortType(final int index) {
        return (PortType)Reflect.call(NodeModel.class, m_model, "getInPortType", new Class<?>[]{int.class}, index);
    }

    public PortType outPortType(final int index) {
        return (PortType)Reflect.call(NodeModel.class, m_model, "getOutPortType", new Class<?>[]{int.class}, index);
    }

    // ---- settings ----

    /** @return the model's current settings in a config named "model", as settings.xml holds them */
    public NodeSettings saveSettings() {
        NodeSettings settings = new NodeSettings("model");
        saveSettingsTo(settings);
        return settings;
    }

    public void saveSettingsTo(final NodeSettingsWO settings) {
        Reflect.call(NodeModel.class, m_model, "saveSettingsTo", new Class<?>[]{NodeSettingsWO.class}, settings);
    }

    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        invokeSettings("validateSettings", settings);
    }

    /** Validates, then loads, as KNIME does when a workflow or dialog applies settings. */
    public void loadSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettings(settings);
        invokeSettings("loadValidatedSettingsFrom", settings);
    }

    private void invokeSettings(final String method, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        try {
            Reflect.invoke(NodeModel.class, m_model, method, new Class<?>[]{NodeSettingsRO.class}, settings);
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- flow variables ----

    /** Sets the variables arriving at this node (bottom to top); configure and execute start from them. */
    public void setIncomingVariables(final List<FlowVariable> variables) {
        m_incoming = List.copyOf(variables);
    }

    /** @return the node's outgoing stack: incoming variables followed by those it pushed (bottom to top) */
    @SuppressWarnings("unchecked")
    public List<FlowVariable> flowVariables() {
        return List.copyOf((List<FlowVariable>)Reflect.get(NodeModel.class, m_model, "m_flowVariables"));
    }

    private void startFromIncoming() {
        Reflect.set(NodeModel.class, m_model, "m_flowVariables", new ArrayList<>(m_incoming));
    }

    // ---- configure / execute ----

    /** Configures with the given input specs (null entries allowed, as in KNIME) and checks the result shape. */
    public PortObjectSpec[] configure(final PortObjectSpec... inSpecs) throws InvalidSettingsException {
        checkInputCount(inSpecs.length);
        clearWarning();
        startFromIncoming();
        PortObjectSpec[] out;
        try {
            out = (PortObjectSpec[])Reflect.invoke(NodeModel.class, m_model, "configure",
                new Class<?>[]{PortObjectSpec[].class}, (Object)inSpecs.clone());
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (out == null || out.length != outPortCount()) {
            throw new IllegalStateException(m_model.getClass().getName() + ".configure returned "
                + (out == null ? "null" : out.length + " specs") + " for " + outPortCount() + " output ports");
        }
        return out;
    }

    /**
     * Executes with the given inputs. A loop start counts its executions since the last reset; a loop end that
     * requested another iteration may return null outputs (see {@link #takeContinueLoopRequest()}).
     */
    public PortObject[] execute(final ExecutionContext exec, final PortObject... inObjects) throws Exception {
        checkInputCount(inObjects.length);
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !inPortType(i).acceptsPortObject(inObjects[i])) {
                throw new IllegalArgumentException("Input " + i + " of " + m_model.getClass().getSimpleName()
                    + " expects " + inPortType(i) + ", got " + inObjects[i].getClass().getName());
            }
        }
        clearWarning();
        startFromIncoming();
        Reflect.set(NodeModel.class, m_model, "m_continueLoop", false);
        PortObject[] out = (PortObject[])Reflect.invoke(NodeModel.class, m_model, "execute",
            new Class<?>[]{PortObject[].class, ExecutionContext.class}, inObjects.clone(), exec);
        if (m_model instanceof LoopStartNode) {
            m_loopIteration++;
        }
        checkOutputs(out);
        return out;
    }

    private void checkOutputs(final PortObject[] out) {
        if (out == null || out.length != outPortCount()) {
            throw new IllegalStateException(m_model.getClass().getName() + ".execute returned "
                + (out == null ? "null" : out.length + " objects") + " for " + outPortCount() + " output ports");
        }
        if (continueLoopRequested()) {
            return; // KNIME allows null outputs while the loop continues
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null && !outPortType(i).isOptional()) {
                throw new IllegalStateException(m_model.getClass().getName() + ".execute returned null for port " + i);
            }
            if (out[i] != null && !outPortType(i).acceptsPortObject(out[i])) {
                throw new IllegalStateException(m_model.getClass().getName() + ".execute returned "
                    + out[i].getClass().getName() + " for port " + i + " of type " + outPortType(i));
            }
        }
    }

    private void checkInputCount(final int n) {
        if (n != inPortCount()) {
            throw new IllegalArgumentException(m_model.getClass().getSimpleName() + " has " + inPortCount()
                + " input ports, got " + n + " inputs");
        }
    }

    /** Resets the node (KNIME resets before re-execution, but not between loop iterations). */
    public void reset() {
        Reflect.call(NodeModel.class, m_model, "reset", new Class<?>[0]);
        m_loopIteration = 0;
        clearWarning();
    }

    /** @return the warning set during the last configure or execute, or null */
    public String warningMessage() {
        return (String)Reflect.call(NodeModel.class, m_model, "getWarningMessage", new Class<?>[0]);
    }

    private void clearWarning() {
        Reflect.call(NodeModel.class, m_model, "setWarningMessage", new Class<?>[]{String.class}, (Object)null);
    }

    // ---- loops ----

    /** Connects a loop start and its loop end so that getLoopStartNode()/getLoopEndNode() return the partner. */
    public static void connectLoop(final NodeHarness<?> start, final NodeHarness<?> end) {
        if (!(start.m_model instanceof LoopStartNode s)) {
            throw new IllegalArgumentException(start.m_model.getClass().getName() + " is not a LoopStartNode");
        }
        if (!(end.m_model instanceof LoopEndNode e)) {
            throw new IllegalArgumentException(end.m_model.getClass().getName() + " is not a LoopEndNode");
        }
        Reflect.set(NodeModel.class, end.m_model, "m_loopStartNode", s);
        Reflect.set(NodeModel.class, start.m_model, "m_loopEndNode", e);
    }

    /** @return whether the last execute of this (loop end) node called continueLoop() */
    public boolean continueLoopRequested() {
        return (Boolean)Reflect.get(NodeModel.class, m_model, "m_continueLoop");
    }

    /** Returns and clears the continue-loop request of the last execute. */
    public boolean takeContinueLoopRequest() {
        boolean requested = continueLoopRequested();
        Reflect.set(NodeModel.class, m_model, "m_continueLoop", false);
        return requested;
    }

    /** @return for a loop start: how often it was executed since the last reset (1 in the first iteration) */
    public int loopIteration() {
        return m_loopIteration;
    }
}
