package org.nacrad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.exec.KnimeNodeRuntime;
import org.nacrad.cli.exec.NodeRuntime;
import org.nacrad.cli.exec.WorkflowExecutor;
import org.nacrad.cli.table.TableCsv;
import org.nacrad.cli.workflow.KnwfArchive;
import org.nacrad.cli.workflow.KnwfReader;
import org.nacrad.cli.workflow.Workflow;
import org.nacrad.cli.workflow.WorkflowFormatException;
import org.nacrad.replica.harness.PortObjectFiles;
import org.nacrad.replica.harness.WorkflowContext;

/**
 * {@code nacrad run WORKFLOW.knwf [--out DIR] [--threads N] [--var name=value]…}: loads a KNIME workflow made of
 * NACRad nodes and executes it headlessly; the outputs of result nodes (terminal nodes and loop ends) are written
 * into DIR only once the whole workflow has succeeded, so a failed run never leaves half-written results.
 */
public final class RunCommand implements Main.Command {

    @Override
    public String summary() {
        return "run a KNIME workflow (.knwf or folder) headlessly: run WF [--out DIR] [--threads N] [--var k=v]";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help"), Set.of("out", "work", "threads", "var", "help"));
        if (args.has("help") || args.positional().size() != 1) {
            System.out.println("usage: nacrad run WORKFLOW.knwf|WORKFLOW_DIR [--out DIR] [--work DIR] [--threads N] "
                + "[--var name=value]...\n  --work: folder for volumes the nodes produce (default OUT/work)");
            return args.has("help") ? 0 : 2;
        }
        Threads.configure(args.intValue("threads", Runtime.getRuntime().availableProcessors()));
        Path wf = Path.of(args.positional().get(0)).toAbsolutePath();
        Path out = Path.of(args.get("out", "nacrad-out")).toAbsolutePath();
        Path work = Path.of(args.get("work", out.resolve("work").toString())).toAbsolutePath();
        Workflow workflow = load(wf);
        List<NodeRuntime.Variable> vars = variables(workflow, args.pairs("var"));
        boolean fresh = !Files.exists(work);
        WorkflowContext.setWorkDirectory(work);
        try {
            writeOutputs(workflow, execute(workflow, vars), out);
            provenance(wf, workflow, vars, out);
        } catch (Main.UsageException | IOException | RuntimeException e) {
            if (fresh) {
                deleteTree(work);
            }
            throw e;
        }
        System.err.println("done: outputs in " + out);
        return 0;
    }

    /** Loads a .knwf (unpacked safely) or a workflow folder, and sets the workflow location for knime:// URLs. */
    public static Workflow load(Path wf) throws IOException, Main.UsageException {
        try {
            WorkflowLocation.set(wf);
            if (Files.isDirectory(wf)) {
                return KnwfReader.read(wf);
            }
            if (!Files.isRegularFile(wf)) {
                throw new Main.UsageException("workflow not found: " + wf);
            }
            Path unpacked = Files.createTempDirectory("nacrad-wf-");
            try {
                return KnwfReader.read(KnwfArchive.extract(wf, unpacked));
            } finally {
                deleteTree(unpacked);
            }
        } catch (WorkflowFormatException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    /** Workflow variables with command-line overrides (name must exist; the value is parsed by its type). */
    static List<NodeRuntime.Variable> variables(Workflow wf, Map<String, String> overrides)
        throws Main.UsageException {
        Map<String, String> left = new LinkedHashMap<>(overrides);
        List<NodeRuntime.Variable> out = new ArrayList<>();
        for (Workflow.Variable v : wf.variables()) {
            String value = left.containsKey(v.name()) ? left.remove(v.name()) : v.value();
            try {
                out.add(new NodeRuntime.Variable(v.name(), v.type(), switch (v.type()) {
                    case "INTEGER" -> Integer.parseInt(value.trim());
                    case "DOUBLE" -> Double.parseDouble(value.trim());
                    default -> value;
                }));
            } catch (NumberFormatException e) {
                throw new Main.UsageException("--var " + v.name() + ": '" + value + "' is not a valid "
                    + v.type().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!left.isEmpty()) {
            throw new Main.UsageException("unknown workflow variable(s) " + left.keySet() + "; the workflow defines "
                + wf.variables().stream().map(Workflow.Variable::name).toList());
        }
        return out;
    }

    /** Runs the workflow and returns the outputs of its result nodes, in workflow order. */
    static Map<Integer, Object[]> execute(Workflow wf, List<NodeRuntime.Variable> vars) throws Main.UsageException {
        checkRunnable(wf);
        Map<Integer, NodeRuntime> nodes = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Workflow.Node n : wf.nodes()) {
            names.put(n.id(), n.name());
            try {
                nodes.put(n.id(), KnimeNodeRuntime.create(n.factory(), n.model(), n.variableBindings()));
            } catch (InvalidSettingsException e) {
                throw new Main.UsageException("node '" + n.name() + "' (#" + n.id() + "): " + e.getMessage(), e);
            }
        }
        List<WorkflowExecutor.Edge> edges = new ArrayList<>();
        for (Workflow.Connection c : wf.connections()) {
            edges.add(new WorkflowExecutor.Edge(c.sourceId(), c.sourcePort() - 1, c.destId(), c.destPort() - 1));
        }
        long t0 = System.nanoTime();
        try {
            Map<Integer, Object[]> results = new WorkflowExecutor(nodes, names, edges, vars, System.err::println).run();
            System.err.printf("executed %d nodes in %.1f s%n", nodes.size(), (System.nanoTime() - t0) / 1e9);
            Map<Integer, Object[]> out = new LinkedHashMap<>();
            for (int id : resultNodes(wf, nodes)) {
                out.put(id, results.get(id));
            }
            return out;
        } catch (WorkflowExecutor.NodeFailure e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    /** Every node must be one of ours, so a workflow with, say, a KNIME Row Filter fails up front with a list. */
    private static void checkRunnable(Workflow wf) throws Main.UsageException {
        Set<String> known = new HashSet<>();
        try {
            NodeCatalog.load().entries().forEach(e -> known.add(e.factory()));
        } catch (IOException e) {
            throw new Main.UsageException("cannot read the node catalogue: " + e.getMessage(), e);
        }
        List<String> unknown = wf.nodes().stream().filter(n -> !known.contains(n.factory()))
            .map(n -> "'" + n.name() + "' (#" + n.id() + ", " + n.factory() + ")").toList();
        if (!unknown.isEmpty()) {
            throw new Main.UsageException("the headless runner cannot run these nodes: " + String.join("; ", unknown));
        }
    }

    /**
     * Nodes whose outputs are the run's results: those without outgoing connections, and loop ends, whose outputs
     * collect a loop's iterations even when a downstream node (e.g. a model comparison) also reads them.
     */
    private static List<Integer> resultNodes(Workflow wf, Map<Integer, NodeRuntime> nodes) {
        Set<Integer> hasSuccessor = new HashSet<>();
        wf.connections().forEach(c -> hasSuccessor.add(c.sourceId()));
        return wf.nodes().stream().map(Workflow.Node::id).filter(id -> !hasSuccessor.contains(id)
            || nodes.get(id).loopRole() == NodeRuntime.LoopRole.END).toList();
    }

    /** Writes every output of the given nodes, via a temporary folder moved into place. */
    static void writeOutputs(Workflow wf, Map<Integer, Object[]> results, Path out) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".staging-");
        try {
            List<Path> written = new ArrayList<>();
            for (Workflow.Node n : wf.nodes()) {
                Object[] ports = results.get(n.id());
                if (ports == null) {
                    continue;
                }
                for (int p = 0; p < ports.length; p++) {
                    String base = NodeCatalog.slug(n.name()) + "-" + n.id() + "-" + p;
                    if (ports[p] instanceof BufferedDataTable t) {
                        TableCsv.write(t, staging.resolve(base + ".csv"));
                        written.add(staging.resolve(base + ".csv"));
                    } else if (ports[p] instanceof AbstractSimplePortObject m) {
                        PortObjectFiles.save(m, staging.resolve(base + ".model"));
                        written.add(staging.resolve(base + ".model"));
                    }
                }
            }
            for (Path f : written) {
                Files.move(f, out.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.err.println("wrote " + out.resolve(f.getFileName()));
            }
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Records NACRad and library versions, every node's settings, the workflow variables (seeds among them) and the
     * SHA-256 of the workflow and of every variable naming an existing file (e.g. the cohort manifest).
     */
    private static void provenance(Path wfFile, Workflow wf, List<NodeRuntime.Variable> vars, Path out)
        throws IOException {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (Workflow.Node n : wf.nodes()) {
            nodes.put(n.name() + " (#" + n.id() + ")", org.nacrad.cli.mainjob.SettingsJson.of(n.model()));
        }
        Map<String, Long> seeds = new LinkedHashMap<>();
        List<Path> inputs = new ArrayList<>(List.of(wfFile));
        for (NodeRuntime.Variable v : vars) {
            if (v.value() instanceof Number num) {
                seeds.put(v.name(), num.longValue());
            } else if (!String.valueOf(v.value()).isBlank() && Files.isRegularFile(Path.of(String.valueOf(v.value())))) {
                inputs.add(Path.of(String.valueOf(v.value())));
            }
        }
        new org.nacrad.report.provenance.Provenance("nacrad run", BuildInfo.version(), BuildInfo.libraries(),
            Map.of(wf.name(), nodes), seeds, inputs).write(out.resolve("provenance.json"));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
