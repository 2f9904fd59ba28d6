package org.nacrad.cli.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * Reads an unpacked workflow folder (workflow.knime + node folders) into a {@link Workflow}. Only native nodes are
 * supported; metanodes and components are reported as unsupported with their ids.
 */
public final class KnwfReader {

    private KnwfReader() {
    }

    public static Workflow read(Path folder) throws IOException, WorkflowFormatException {
        Path wfFile = folder.resolve("workflow.knime");
        NodeSettingsRO wf = load(wfFile);
        try {
            List<Workflow.Variable> vars = readVariables(wf);
            List<Workflow.Node> nodes = new ArrayList<>();
            NodeSettingsRO nodesCfg = wf.getNodeSettings("nodes");
            List<String> unsupported = new ArrayList<>();
            for (String key : nodesCfg.keySet()) {
                NodeSettingsRO n = nodesCfg.getNodeSettings(key);
                String type = n.getString("node_type", "NativeNode");
                int id = n.getInt("id");
                if (!"NativeNode".equals(type)) {
                    unsupported.add("#" + id + " (" + type + ")");
                    continue;
                }
                nodes.add(readNode(folder, id, n));
            }
            if (!unsupported.isEmpty()) {
                throw new WorkflowFormatException(wfFile + ": metanodes and components are not supported by the "
                    + "headless runner: " + String.join(", ", unsupported));
            }
            return new Workflow(folder.getFileName().toString(), "", vars, nodes, readConnections(wf), List.of());
        } catch (InvalidSettingsException e) {
            throw new WorkflowFormatException(wfFile + ": " + e.getMessage(), e);
        }
    }

    private static NodeSettingsRO load(Path file) throws IOException, WorkflowFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        } catch (NoSuchFileException e) {
            throw new WorkflowFormatException("missing workflow file: " + file);
        } catch (IOException e) {
            throw new WorkflowFormatException(file + ": not a valid KNIME settings file (" + e.getMessage() + ")", e);
        }
    }

    private static List<Workflow.Variable> readVariables(NodeSettingsRO wf) throws InvalidSettingsException {
        List<Workflow.Variable> vars = new ArrayList<>();
        if (!wf.containsKey("workflow_variables")) {
            return vars;
        }
        NodeSettingsRO cfg = wf.getNodeSettings("workflow_variables");
        for (String key : cfg.keySet()) {
            NodeSettingsRO v = cfg.getNodeSettings(key);
            String type = v.getString("class");
            String value = switch (type) {
                case "INTEGER" -> Integer.toString(v.getInt("value"));
                case "DOUBLE" -> Double.toString(v.getDouble("value"));
                default -> v.getString("value");
            };
            vars.add(new Workflow.Variable(v.getString("name"), type, value));
        }
        return vars;
    }

    private static Workflow.Node readNode(Path folder, int id, NodeSettingsRO entry)
        throws InvalidSettingsException, IOException, WorkflowFormatException {
        String rel = entry.getString("node_settings_file");
        Path settingsFile = folder.resolve(rel).normalize();
        if (!settingsFile.startsWith(folder)) {
            throw new WorkflowFormatException("node #" + id + ": settings file '" + rel + "' is outside the workflow");
        }
        NodeSettingsRO s = load(settingsFile);
        try {
            NodeSettings model = new NodeSettings("model");
            if (s.containsKey("model")) {
                s.getNodeSettings("model").copyTo(model);
            }
            Map<String, String> bindings = new LinkedHashMap<>();
            if (s.containsKey("variables")) {
                collectBindings(s.getNodeSettings("variables"), "", bindings);
            }
            int[] bounds = entry.containsKey("ui_settings")
                ? entry.getNodeSettings("ui_settings").getIntArray("extrainfo.node.bounds", 0, 0, 0, 0)
                : new int[4];
            String annotation = s.containsKey("nodeAnnotation")
                ? s.getNodeSettings("nodeAnnotation").getString("text", "") : "";
            return new Workflow.Node(id, s.getString("factory"), s.getString("node-name"), model, bindings,
                annotation, bounds.length == 4 ? bounds : new int[4]);
        } catch (InvalidSettingsException e) {
            throw new WorkflowFormatException(settingsFile + ": " + e.getMessage(), e);
        }
    }

    private static void collectBindings(NodeSettingsRO cfg, String prefix, Map<String, String> out)
        throws InvalidSettingsException {
        for (String key : cfg.keySet()) {
            NodeSettingsRO child = cfg.getNodeSettings(key);
            if (child.containsKey("used_variable")) {
                String used = child.getString("used_variable");
                if (used != null) {
                    out.put(prefix + key, used);
                }
            } else {
                collectBindings(child, prefix + key + "/", out);
            }
        }
    }

    private static List<Workflow.Connection> readConnections(NodeSettingsRO wf) throws InvalidSettingsException {
        List<Workflow.Connection> out = new ArrayList<>();
        if (!wf.containsKey("connections")) {
            return out;
        }
        NodeSettingsRO cfg = wf.getNodeSettings("connections");
        for (String key : cfg.keySet()) {
            NodeSettingsRO c = cfg.getNodeSettings(key);
            out.add(new Workflow.Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                c.getInt("destPort")));
        }
        return out;
    }
}
