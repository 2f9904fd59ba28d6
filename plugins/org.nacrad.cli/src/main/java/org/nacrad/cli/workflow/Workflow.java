package org.nacrad.cli.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knime.core.node.NodeSettings;

/**
 * An in-memory KNIME workflow of native nodes: what {@code workflow.knime} plus the nodes' {@code settings.xml}
 * files describe, and all the headless runner and the workflow writer need.
 *
 * @param name workflow (folder) name
 * @param description workflow description (written to workflow-metadata.xml)
 * @param variables workflow variables, KNIME's mechanism for workflow parameters
 * @param nodes nodes in file order
 * @param connections data and model connections (KNIME port numbering: 0 is the flow-variable port)
 * @param annotations free workflow annotations (text boxes)
 */
public record Workflow(String name, String description, List<Variable> variables, List<Node> nodes,
    List<Connection> connections, List<Annotation> annotations) {

    public Workflow {
        variables = List.copyOf(variables);
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
        annotations = List.copyOf(annotations);
    }

    public Optional<Node> node(int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst();
    }

    /** A workflow variable; {@code type} is KNIME's class name: STRING, INTEGER or DOUBLE. */
    public record Variable(String name, String type, String value) {
    }

    /**
     * A native node.
     *
     * @param id node id (#id)
     * @param factory fully qualified NodeFactory class name
     * @param name node display name
     * @param model the NodeModel's settings (the {@code model} config of settings.xml)
     * @param variableBindings settings key path ("a/b" for nested configs) → name of the flow variable controlling it
     * @param annotation node annotation text shown below the node, or empty
     * @param bounds x, y, width, height in the editor
     */
    public record Node(int id, String factory, String name, NodeSettings model, Map<String, String> variableBindings,
        String annotation, int[] bounds) {

        public Node {
            variableBindings = Map.copyOf(variableBindings);
        }
    }

    /** A connection in KNIME's numbering: data port k of a NodeModel is port k + 1. */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /** A workflow annotation (text box). */
    public record Annotation(String text, int[] bounds) {
    }
}
