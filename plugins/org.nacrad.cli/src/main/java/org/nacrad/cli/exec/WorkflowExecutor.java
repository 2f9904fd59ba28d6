package org.nacrad.cli.exec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Executes a graph of nodes the way KNIME does for native nodes: in topological order (lowest id first among
 * ready nodes, so runs are reproducible), with flow variables flowing along connections, and loops re-running the
 * nodes between a loop start and its loop end until the end stops requesting iterations.
 */
public final class WorkflowExecutor {

    /** A connection between data ports (0-based data port numbers) or a flow-variable-only link (port -1). */
    public record Edge(int source, int sourcePort, int dest, int destPort) {
    }

    private final Map<Integer, NodeRuntime> nodes;
    private final Map<Integer, String> names;
    private final List<Edge> edges;
    private final List<NodeRuntime.Variable> workflowVariables;
    private final Consumer<String> log;
    private final Map<Integer, Object[]> outputs = new HashMap<>();
    private final Map<Integer, List<NodeRuntime.Variable>> stacks = new HashMap<>();
    private int executed;

    public WorkflowExecutor(Map<Integer, NodeRuntime> nodes, Map<Integer, String> names, List<Edge> edges,
        List<NodeRuntime.Variable> workflowVariables, Consumer<String> log) {
        this.nodes = new LinkedHashMap<>(nodes);
        this.names = names;
        this.edges = List.copyOf(edges);
        this.workflowVariables = List.copyOf(workflowVariables);
        this.log = log;
    }

    /** A node failure, naming the node. */
    public static final class NodeFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int nodeId;

        NodeFailure(int nodeId, String message, Throwable cause) {
            super(message, cause);
            this.nodeId = nodeId;
        }

        public int nodeId() {
            return nodeId;
        }
    }

    /** Runs every node; returns each node's outputs by id. */
    public Map<Integer, Object[]> run() throws NodeFailure {
        runSequence(topologicalOrder());
        return outputs;
    }

    List<Integer> topologicalOrder() throws NodeFailure {
        Map<Integer, Integer> indegree = new HashMap<>();
        nodes.keySet().forEach(id -> indegree.put(id, 0));
        for (Edge e : edges) {
            indegree.merge(e.dest(), 1, Integer::sum);
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.naturalOrder());
        indegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(id);
            for (Edge e : edges) {
                if (e.source() == id && indegree.merge(e.dest(), -1, Integer::sum) == 0) {
                    ready.add(e.dest());
                }
            }
        }
        if (order.size() != nodes.size()) {
            throw new NodeFailure(-1, "The workflow has a cycle; it cannot be executed.", null);
        }
        return order;
    }

    private void runSequence(List<Integer> seq) throws NodeFailure {
        Set<Integer> done = new HashSet<>();
        for (int id : seq) {
            if (done.contains(id)) {
                continue;
            }
            if (nodes.get(id).loopRole() == NodeRuntime.LoopRole.START) {
                List<Integer> scope = loopScope(id, seq);
                runLoop(scope);
                done.addAll(scope);
            } else {
                runNode(id);
                done.add(id);
            }
        }
    }

    /** The loop start, everything downstream of it up to and including its matching end, in order. */
    private List<Integer> loopScope(int start, List<Integer> seq) throws NodeFailure {
        Set<Integer> downstream = reachable(start, true);
        Integer end = null;
        int depth = 0;
        for (int id : seq) {
            if (id == start || !downstream.contains(id)) {
                continue;
            }
            NodeRuntime.LoopRole role = nodes.get(id).loopRole();
            if (role == NodeRuntime.LoopRole.START) {
                depth++;
            } else if (role == NodeRuntime.LoopRole.END) {
                if (depth == 0) {
                    end = id;
                    break;
                }
                depth--;
            }
        }
        if (end == null) {
            throw new NodeFailure(start, "Loop start " + label(start) + " has no matching loop end.", null);
        }
        Set<Integer> afterEnd = reachable(end, true);
        List<Integer> scope = new ArrayList<>();
        for (int id : seq) {
            if (id == start || id == end || (downstream.contains(id) && !afterEnd.contains(id))) {
                scope.add(id);
            }
        }
        return scope;
    }

    private Set<Integer> reachable(int from, boolean forward) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            int id = todo.remove(todo.size() - 1);
            for (Edge e : edges) {
                int next = forward ? (e.source() == id ? e.dest() : -1) : (e.dest() == id ? e.source() : -1);
                if (next >= 0 && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    private void runLoop(List<Integer> scope) throws NodeFailure {
        int start = scope.get(0);
        int end = scope.get(scope.size() - 1);
        nodes.get(end).linkLoopStart(nodes.get(start));
        List<Integer> body = scope.subList(1, scope.size());
        for (int iteration = 1;; iteration++) {
            log.accept("loop " + label(start) + ": iteration " + iteration);
            runNode(start);
            for (int id : body) {
                nodes.get(id).resetForIteration();
            }
            runSequence(body);
            if (!nodes.get(end).continueLoopRequested()) {
                return;
            }
        }
    }

    private void runNode(int id) throws NodeFailure {
        NodeRuntime node = nodes.get(id);
        Object[] inputs = new Object[node.dataInPorts()];
        List<NodeRuntime.Variable> visible = new ArrayList<>(workflowVariables);
        for (Edge e : edges) {
            if (e.dest() != id) {
                continue;
            }
            Object[] up = outputs.get(e.source());
            if (up == null) {
                throw new NodeFailure(id, label(id) + " is connected to " + label(e.source())
                    + ", which has not been executed.", null);
            }
            if (e.destPort() >= 0) {
                inputs[e.destPort()] = up[e.sourcePort()];
            }
            for (NodeRuntime.Variable v : stacks.getOrDefault(e.source(), List.of())) {
                if (!visible.contains(v)) {
                    visible.add(v);
                }
            }
        }
        for (int p = 0; p < inputs.length; p++) {
            if (inputs[p] == null && !node.optionalInPort(p)) {
                throw new NodeFailure(id, label(id) + ": input port " + p + " is not connected.", null);
            }
        }
        executed++;
        log.accept("[" + executed + "] " + label(id) + " ...");
        try {
            Object[] out = node.execute(inputs, visible, (f, m) -> log.accept("    " + label(id) + ": "
                + (Double.isNaN(f) ? "" : Math.round(f * 100) + "% ") + (m == null ? "" : m)));
            outputs.put(id, out);
        } catch (Exception ex) {
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            throw new NodeFailure(id, label(id) + " failed: " + msg, ex);
        }
        List<NodeRuntime.Variable> stack = new ArrayList<>(visible);
        stack.removeAll(workflowVariables);
        stack.addAll(node.pushed());
        stacks.put(id, stack);
        if (node.warning() != null) {
            log.accept("    warning from " + label(id) + ": " + node.warning());
        }
    }

    private String label(int id) {
        return "'" + names.getOrDefault(id, "node") + "' (#" + id + ")";
    }
}
