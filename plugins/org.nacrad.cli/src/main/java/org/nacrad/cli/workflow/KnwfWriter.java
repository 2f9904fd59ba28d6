package org.nacrad.cli.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * Writes a {@link Workflow} as a {@code .knwf} archive with every key KNIME 5.3 writes for a not-yet-executed
 * workflow (workflow.knime, one settings.xml per node, workflow-metadata.xml). Entries carry a fixed timestamp so
 * the same workflow always gives the same bytes.
 */
public final class KnwfWriter {

    /** The KNIME version we claim; older than any supported runtime so KNIME never treats the file as "future". */
    public static final String CREATED_BY = "5.3.0";
    /** LoadVersion.V5100, the newest workflow format version. */
    public static final String FORMAT_VERSION = "5.1.0";

    private static final long FIXED_TIME = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    /** Bundle identification written into each node's settings.xml. */
    public record BundleInfo(String name, String symbolicName, String vendor, String version) {
    }

    private KnwfWriter() {
    }

    public static void write(Workflow wf, BundleInfo bundle, Path knwf) throws IOException {
        Path tmp = Files.createTempFile(knwf.toAbsolutePath().getParent(), ".knwf-", ".tmp");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                String root = wf.name() + "/";
                put(zip, root + "workflow.knime", xml(workflowFile(wf)));
                put(zip, root + "workflow-metadata.xml", metadata(wf.description()).getBytes(StandardCharsets.UTF_8));
                for (Workflow.Node n : wf.nodes()) {
                    put(zip, root + folderName(n) + "/settings.xml", xml(nodeFile(n, bundle)));
                }
            }
            Files.move(tmp, knwf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** KNIME's node folder name: display name with characters illegal in file names replaced, then " (#id)". */
    public static String folderName(Workflow.Node n) {
        return n.name().replaceAll("[\\\\/:*?\"<>|]", "_") + " (#" + n.id() + ")";
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] xml(NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toByteArray();
    }

    static NodeSettings workflowFile(Workflow wf) {
        NodeSettings s = new NodeSettings("workflow.knime");
        s.addString("created_by", CREATED_BY);
        s.addBoolean("created_by_nightly", false);
        s.addString("version", FORMAT_VERSION);
        s.addString("name", null);
        s.addString("customDescription", null);
        s.addString("state", "IDLE");
        s.addNodeSettings("workflow_credentials");
        NodeSettingsWO vars = s.addNodeSettings("workflow_variables");
        for (int i = 0; i < wf.variables().size(); i++) {
            writeVariable(vars.addNodeSettings("Var_" + i), wf.variables().get(i));
        }
        writeAnnotations(s.addNodeSettings("annotations"), wf);
        NodeSettingsWO nodes = s.addNodeSettings("nodes");
        for (Workflow.Node n : wf.nodes()) {
            NodeSettingsWO c = nodes.addNodeSettings("node_" + n.id());
            c.addInt("id", n.id());
            c.addString("node_settings_file", folderName(n) + "/settings.xml");
            c.addBoolean("node_is_meta", false);
            c.addString("node_type", "NativeNode");
            c.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            c.addNodeSettings("ui_settings").addIntArray("extrainfo.node.bounds", n.bounds());
        }
        NodeSettingsWO conns = s.addNodeSettings("connections");
        for (int i = 0; i < wf.connections().size(); i++) {
            Workflow.Connection c = wf.connections().get(i);
            NodeSettingsWO cs = conns.addNodeSettings("connection_" + i);
            cs.addInt("sourceID", c.sourceId());
            cs.addInt("destID", c.destId());
            cs.addInt("sourcePort", c.sourcePort());
            cs.addInt("destPort", c.destPort());
            cs.addString("ui_classname", "org.knime.core.node.workflow.ConnectionUIInformation");
            cs.addNodeSettings("ui_settings").addInt("extrainfo.conn.bendpoints_size", 0);
        }
        writeEditorSettings(s.addNodeSettings("workflow_editor_settings"));
        return s;
    }

    private static void writeVariable(NodeSettingsWO v, Workflow.Variable var) {
        v.addString("name", var.name());
        v.addString("class", var.type());
        switch (var.type()) {
            case "INTEGER" -> v.addInt("value", Integer.parseInt(var.value()));
            case "DOUBLE" -> v.addDouble("value", Double.parseDouble(var.value()));
            default -> v.addString("value", var.value());
        }
    }

    private static void writeAnnotations(NodeSettingsWO s, Workflow wf) {
        for (int i = 0; i < wf.annotations().size(); i++) {
            Workflow.Annotation a = wf.annotations().get(i);
            writeAnnotation(s.addNodeSettings("annotation_" + i), a.text(), a.bounds(), 0xFFFFD2);
        }
    }

    /** The keys of KNIME's AnnotationData.save, for plain-text annotations without style ranges. */
    private static void writeAnnotation(NodeSettingsWO a, String text, int[] bounds, int bgColor) {
        a.addString("text", text);
        a.addString("contentType", "text/plain");
        a.addInt("bgcolor", bgColor);
        a.addInt("x-coordinate", bounds[0]);
        a.addInt("y-coordinate", bounds[1]);
        a.addInt("width", bounds[2]);
        a.addInt("height", bounds[3]);
        a.addString("alignment", "CENTER");
        a.addInt("borderSize", 0);
        a.addInt("borderColor", 0);
        a.addInt("defFontSize", 9);
        a.addInt("annotation-version", 20151123);
        a.addNodeSettings("styles");
    }

    private static void writeEditorSettings(NodeSettingsWO e) {
        e.addBoolean("workflow.editor.snapToGrid", true);
        e.addBoolean("workflow.editor.ShowGrid", false);
        e.addInt("workflow.editor.gridX", 20);
        e.addInt("workflow.editor.gridY", 20);
        e.addDouble("workflow.editor.zoomLevel", 1.0);
        e.addBoolean("workflow.editor.curvedConnections", true);
        e.addInt("workflow.editor.connectionWidth", 2);
    }

    static NodeSettings nodeFile(Workflow.Node n, BundleInfo bundle) {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addNodeSettings("flow_stack");
        s.addNodeSettings("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        NodeSettings model = new NodeSettings("model");
        n.model().copyTo(model);
        s.addNodeSettings(model);
        if (!n.variableBindings().isEmpty()) {
            writeBindings(s.addNodeSettings("variables"), n.variableBindings());
        }
        s.addString("customDescription", null);
        s.addString("state", "IDLE");
        s.addString("factory", n.factory());
        s.addString("node-name", n.name());
        s.addString("node-bundle-name", bundle.name());
        s.addString("node-bundle-symbolic-name", bundle.symbolicName());
        s.addString("node-bundle-vendor", bundle.vendor());
        s.addString("node-bundle-version", bundle.version());
        s.addString("node-feature-name", null);
        s.addString("node-feature-symbolic-name", null);
        s.addString("node-feature-vendor", null);
        s.addString("node-feature-version", "0.0.0");
        s.addNodeSettings("factory_settings");
        s.addString("name", n.name());
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        s.addNodeSettings("ports");
        NodeSettingsWO fs = s.addNodeSettings("filestores");
        fs.addString("file_store_location", null);
        fs.addString("file_store_id", null);
        if (!n.annotation().isEmpty()) {
            writeAnnotation(s.addNodeSettings("nodeAnnotation"), n.annotation(),
                new int[] {n.bounds()[0], n.bounds()[1] + n.bounds()[3], n.bounds()[2], 40}, 0xFFFFFF);
        }
        return s;
    }

    /** The {@code variables} tree mirrors the model tree; each controlled leaf names its flow variable. */
    private static void writeBindings(NodeSettingsWO vars, Map<String, String> bindings) {
        java.util.Map<String, NodeSettingsWO> configs = new java.util.HashMap<>();
        bindings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(b -> {
            String[] path = b.getKey().split("/");
            NodeSettingsWO parent = vars;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < path.length - 1; i++) {
                prefix.append(path[i]).append('/');
                final NodeSettingsWO p = parent;
                final String key = path[i];
                parent = configs.computeIfAbsent(prefix.toString(), k -> p.addNodeSettings(key));
            }
            NodeSettingsWO leaf = parent.addNodeSettings(path[path.length - 1]);
            leaf.addString("used_variable", b.getValue());
            leaf.addString("exposed_variable", null);
        });
    }

    private static String metadata(String description) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<workflow-metadata content-type=\"text/plain\" "
            + "xmlns=\"http://www.knime.org/core/node/workflow/metadata/v1.0\">\n"
            + "    <last-modified>2024-01-01T00:00:00.000+00:00</last-modified>\n"
            + "    <description>" + escape(description) + "</description>\n"
            + "</workflow-metadata>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
