package org.nacrad.cli.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.replica.harness.Executions;
import org.nacrad.replica.harness.NodeHarness;

/**
 * A KNIME node driven through the replica's harness exactly as KNIME drives it: created by its factory, settings
 * validated and loaded through the node itself (with flow-variable-controlled keys filled from the variables
 * visible at execution time), configured, then executed with an execution context reporting progress.
 */
public final class KnimeNodeRuntime implements NodeRuntime {

    private final NodeHarness<?> harness;
    private final NodeSettings settings;
    private final Map<String, String> bindings;
    private List<Variable> pushed = List.of();

    private KnimeNodeRuntime(NodeHarness<?> harness, NodeSettings settings, Map<String, String> bindings) {
        this.harness = harness;
        this.settings = settings;
        this.bindings = Map.copyOf(bindings);
    }

    /** Instantiates the factory class and loads the node's settings (validated by the node). */
    public static KnimeNodeRuntime create(String factoryClass, NodeSettings settings, Map<String, String> bindings)
        throws InvalidSettingsException {
        NodeHarness<?> h = NodeHarness.of(instantiate(factoryClass));
        if (bindings.isEmpty()) {
            h.loadSettings(settings);
        } else {
            h.validateSettings(settings);
        }
        return new KnimeNodeRuntime(h, settings, bindings);
    }

    @SuppressWarnings("unchecked")
    public static NodeFactory<? extends NodeModel> instantiate(String factoryClass) throws InvalidSettingsException {
        try {
            Class<?> c = Class.forName(factoryClass, true, KnimeNodeRuntime.class.getClassLoader());
            if (!NodeFactory.class.isAssignableFrom(c)) {
                throw new InvalidSettingsException(factoryClass + " is not a KNIME node factory.");
            }
            NodeFactory<? extends NodeModel> f =
                (NodeFactory<? extends NodeModel>) c.getDeclaredConstructor().newInstance();
            f.init();
            return f;
        } catch (ClassNotFoundException e) {
            throw new InvalidSettingsException("Unknown node factory " + factoryClass
                + " (the headless runner executes NACRad nodes only).", e);
        } catch (ReflectiveOperationException e) {
            throw new InvalidSettingsException("Cannot create node " + factoryClass + ": " + e, e);
        }
    }

    public NodeHarness<?> harness() {
        return harness;
    }

    @Override
    public int dataInPorts() {
        return harness.inPortCount();
    }

    @Override
    public boolean optionalInPort(int port) {
        return harness.inPortType(port).isOptional();
    }

    @Override
    public LoopRole loopRole() {
        NodeModel m = harness.model();
        return m instanceof LoopStartNode ? LoopRole.START : m instanceof LoopEndNode ? LoopRole.END : LoopRole.NONE;
    }

    @Override
    public Object[] execute(Object[] inputs, List<Variable> visible, Progress progress) throws Exception {
        if (!bindings.isEmpty()) {
            harness.loadSettings(bound(visible));
        }
        List<FlowVariable> incoming = new ArrayList<>();
        visible.forEach(v -> incoming.add(toFlowVariable(v)));
        harness.setIncomingVariables(incoming);
        PortObject[] in = new PortObject[inputs.length];
        var specs = new org.knime.core.node.port.PortObjectSpec[inputs.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = (PortObject) inputs[i];
            specs[i] = in[i] == null ? null : in[i].getSpec();
        }
        harness.configure(specs);
        ExecutionContext exec = Executions.context(progress::report, () -> false);
        PortObject[] out = harness.execute(exec, in);
        List<Variable> after = new ArrayList<>();
        List<FlowVariable> stack = harness.flowVariables();
        for (FlowVariable v : stack.subList(Math.min(incoming.size(), stack.size()), stack.size())) {
            after.add(fromFlowVariable(v));
        }
        pushed = after;
        return out;
    }

    /** The stored settings with each variable-controlled key set from the nearest variable of that name. */
    private NodeSettings bound(List<Variable> visible) throws InvalidSettingsException {
        NodeSettings copy = new NodeSettings("model");
        settings.copyTo(copy);
        for (var b : bindings.entrySet()) {
            Variable v = null;
            for (Variable candidate : visible) {
                if (candidate.name().equals(b.getValue())) {
                    v = candidate;
                }
            }
            if (v == null) {
                throw new InvalidSettingsException("Setting '" + b.getKey() + "' is controlled by flow variable '"
                    + b.getValue() + "', which is not available.");
            }
            SettingsOverrides.apply(copy, b.getKey(), v.value());
        }
        return copy;
    }

    static FlowVariable toFlowVariable(Variable v) {
        return switch (v.type()) {
            case "INTEGER" -> new FlowVariable(v.name(), ((Number) v.value()).intValue());
            case "DOUBLE" -> new FlowVariable(v.name(), ((Number) v.value()).doubleValue());
            default -> new FlowVariable(v.name(), String.valueOf(v.value()));
        };
    }

    @SuppressWarnings("deprecation")
    static Variable fromFlowVariable(FlowVariable v) {
        return switch (v.getType()) {
            case INTEGER -> new Variable(v.getName(), "INTEGER", v.getIntValue());
            case DOUBLE -> new Variable(v.getName(), "DOUBLE", v.getDoubleValue());
            default -> new Variable(v.getName(), "STRING", v.getValueAsString());
        };
    }

    @Override
    public List<Variable> pushed() {
        return pushed;
    }

    @Override
    public boolean continueLoopRequested() {
        return harness.continueLoopRequested();
    }

    @Override
    public void linkLoopStart(NodeRuntime start) {
        NodeHarness.connectLoop(((KnimeNodeRuntime) start).harness, harness);
    }

    @Override
    public void resetForIteration() {
        if (loopRole() == LoopRole.NONE) {
            harness.reset();
        }
    }

    @Override
    public String warning() {
        return harness.warningMessage();
    }
}
