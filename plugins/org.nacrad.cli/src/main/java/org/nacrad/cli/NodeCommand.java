package org.nacrad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.exec.KnimeNodeRuntime;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.cli.table.TableCsv;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.replica.harness.Executions;
import org.nacrad.replica.harness.NodeHarness;
import org.nacrad.replica.harness.PortObjectFiles;

/**
 * {@code nacrad node NAME --in A.csv … [--in-model FILE …] --set key=value … --out DIR}: runs one node on CSV
 * tables (types inferred) and model files, writing its output tables as CSV and model ports as files that a later
 * {@code --in-model} accepts.
 */
final class NodeCommand implements Main.Command {

    @Override
    public String summary() {
        return "run one node: node NAME --in A.csv [--in-model F] [--set key=value]... --out DIR";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help"), Set.of("in", "in-model", "set", "out", "threads", "help"));
        if (args.has("help") || args.positional().size() != 1) {
            System.out.println("usage: nacrad node NAME --in A.csv [--in B.csv ...] [--in-model FILE ...] "
                + "[--set key=value ...] --out DIR   (nacrad nodes lists names and settings)");
            return args.has("help") ? 0 : 2;
        }
        Threads.configure(args.intValue("threads", Runtime.getRuntime().availableProcessors()));
        NodeCatalog.Entry entry = NodeCatalog.load().find(args.positional().get(0)).orElseThrow(
            () -> new Main.UsageException("unknown node '" + args.positional().get(0) + "'; see: nacrad nodes"));
        Path out = Path.of(args.require("out")).toAbsolutePath();
        try {
            NodeHarness<?> h = NodeHarness.of(KnimeNodeRuntime.instantiate(entry.factory()));
            NodeSettings settings = h.saveSettings();
            for (var kv : args.pairs("set").entrySet()) {
                SettingsOverrides.apply(settings, kv.getKey(), kv.getValue());
            }
            h.loadSettings(settings);
            PortObject[] inputs = inputs(h, args.all("in"), args.all("in-model"));
            PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
            }
            h.configure(specs);
            PortObject[] results = h.execute(Executions.context((f, m) -> System.err.println(
                (Double.isNaN(f) ? "" : Math.round(f * 100) + "% ") + (m == null ? "" : m)), () -> false), inputs);
            if (h.warningMessage() != null) {
                System.err.println("warning: " + h.warningMessage());
            }
            write(results, NodeCatalog.slug(entry.name()), out);
            return 0;
        } catch (InvalidSettingsException | CsvFormatException e) {
            throw new Main.UsageException(entry.name() + ": " + e.getMessage(), e);
        }
    }

    private static PortObject[] inputs(NodeHarness<?> h, List<String> tables, List<String> models) throws Exception {
        List<String> t = new ArrayList<>(tables);
        List<String> m = new ArrayList<>(models);
        PortObject[] in = new PortObject[h.inPortCount()];
        for (int i = 0; i < in.length; i++) {
            PortType type = h.inPortType(i);
            if (type.getPortObjectClass() == BufferedDataTable.class) {
                if (t.isEmpty()) {
                    throw new Main.UsageException("input port " + i + " needs a table: add --in FILE.csv");
                }
                in[i] = TableCsv.read(existing(t.remove(0)), Executions.context());
            } else if (m.isEmpty() && type.isOptional()) {
                in[i] = null;
            } else {
                if (m.isEmpty()) {
                    throw new Main.UsageException("input port " + i + " needs a " + type.getName()
                        + ": add --in-model FILE");
                }
                in[i] = PortObjectFiles.load(existing(m.remove(0)), type);
            }
        }
        if (!t.isEmpty() || !m.isEmpty()) {
            throw new Main.UsageException("more inputs given than the node has ports (" + in.length + ")");
        }
        return in;
    }

    private static Path existing(String file) throws Main.UsageException {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new Main.UsageException("input file not found: " + p.toAbsolutePath());
        }
        return p;
    }

    private static void write(PortObject[] results, String slug, Path out) throws java.io.IOException {
        Files.createDirectories(out);
        for (int p = 0; p < results.length; p++) {
            Path f;
            if (results[p] instanceof BufferedDataTable t) {
                f = out.resolve(slug + "-out" + p + ".csv");
                TableCsv.write(t, f);
            } else if (results[p] instanceof AbstractSimplePortObject m) {
                f = out.resolve(slug + "-out" + p + ".model");
                PortObjectFiles.save(m, f);
            } else {
                continue;
            }
            System.err.println("wrote " + f);
        }
    }
}
