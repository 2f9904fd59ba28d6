package org.nacrad.cli.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.exec.KnimeNodeRuntime;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.replica.harness.NodeHarness;

/**
 * Turns a {@link WorkflowSource} into a {@link Workflow}: each node's settings are its own defaults with the
 * source's overrides applied, validated and loaded by the node, then saved again by the node — so every shipped
 * workflow's settings load in KNIME exactly as the node wrote them.
 */
public final class WorkflowCompiler {

    private static final int NODE_WIDTH = 120;
    private static final int NODE_HEIGHT = 80;

    private WorkflowCompiler() {
    }

    public static Workflow compile(WorkflowSource src, NodeCatalog catalog) throws WorkflowFormatException {
        Set<String> variableNames = new HashSet<>();
        src.variables().forEach(v -> variableNames.add(v.name()));
        Map<Integer, NodeHarness<?>> harnesses = new HashMap<>();
        List<Workflow.Node> nodes = new ArrayList<>();
        for (WorkflowSource.SourceNode n : src.nodes()) {
            String where = src.name() + ": node #" + n.id();
            if (harnesses.containsKey(n.id())) {
                throw new WorkflowFormatException(where + " is defined twice");
            }
            try {
                NodeHarness<?> h = NodeHarness.of(KnimeNodeRuntime.instantiate(n.factory()));
                NodeSettings settings = h.saveSettings();
                SettingsOverrides.applyAll(settings, n.settings());
                for (var b : n.variableBindings().entrySet()) {
                    if (!variableNames.contains(b.getValue())) {
                        throw new WorkflowFormatException(where + ": setting '" + b.getKey()
                            + "' is bound to undefined workflow variable '" + b.getValue() + "'");
                    }
                    SettingsOverrides.apply(settings, b.getKey(), value(src, b.getValue()));
                }
                h.loadSettings(settings);
                harnesses.put(n.id(), h);
                String name = n.name() != null ? n.name()
                    : catalog.entries().stream().filter(e -> e.factory().equals(n.factory())).findFirst()
                        .map(NodeCatalog.Entry::name).orElse(n.factory());
                int[] at = n.position();
                nodes.add(new Workflow.Node(n.id(), n.factory(), name, h.saveSettings(), n.variableBindings(),
                    n.annotation(), new int[] {at[0], at[1], NODE_WIDTH, NODE_HEIGHT}));
            } catch (InvalidSettingsException e) {
                throw new WorkflowFormatException(where + ": " + e.getMessage(), e);
            }
        }
        for (Workflow.Connection c : src.connections()) {
            checkConnection(c, harnesses, src.name());
        }
        return new Workflow(src.name(), src.description(), src.variables(), nodes, src.connections(),
            src.annotations());
    }

    private static Object value(WorkflowSource src, String variable) {
        return src.variables().stream().filter(v -> v.name().equals(variable)).findFirst()
            .map(Workflow.Variable::value).orElseThrow();
    }

    private static void checkConnection(Workflow.Connection c, Map<Integer, NodeHarness<?>> nodes, String wf)
        throws WorkflowFormatException {
        NodeHarness<?> from = nodes.get(c.sourceId());
        NodeHarness<?> to = nodes.get(c.destId());
        if (from == null || to == null) {
            throw new WorkflowFormatException(wf + ": connection " + c + " names a node that does not exist");
        }
        int out = c.sourcePort() - 1;
        int in = c.destPort() - 1;
        if (out < 0 || out >= from.outPortCount() || in < 0 || in >= to.inPortCount()) {
            throw new WorkflowFormatException(wf + ": connection from #" + c.sourceId() + " port " + out + " to #"
                + c.destId() + " port " + in + " names a port the node does not have");
        }
        if (!to.inPortType(in).getPortObjectClass().isAssignableFrom(from.outPortType(out).getPortObjectClass())) {
            throw new WorkflowFormatException(wf + ": connection from #" + c.sourceId() + " port " + out + " to #"
                + c.destId() + " port " + in + " joins incompatible port types");
        }
    }
}
