package org.nacrad.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.nacrad.cli.TestRepo;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.exec.KnimeNodeRuntime;
import org.nacrad.replica.harness.NodeHarness;

/** The .knwf carries the keys KNIME needs to load a workflow, and node settings round-trip through the nodes. */
class KnwfWriterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    private static NodeSettingsRO entry(ZipFile zip, String name) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return NodeSettings.loadFromXML(in);
        }
    }

    @Test
    void workflowAndSettingsFilesCarryTheKeysKnimeReads() throws Exception {
        Path knwf = dir.resolve("smoke.knwf");
        Workflow wf = WorkflowCompiler.compile(
            WorkflowSource.load(TestRepo.root().resolve("workflows/src/smoke.yaml")), NodeCatalog.load());
        KnwfWriter.write(wf, TestRepo.BUNDLE, knwf);
        try (ZipFile zip = new ZipFile(knwf.toFile())) {
            NodeSettingsRO w = entry(zip, "smoke/workflow.knime");
            for (String key : List.of("created_by", "created_by_nightly", "version", "name", "state", "nodes",
                "connections", "workflow_variables")) {
                assertTrue(w.containsKey(key), "workflow.knime lacks " + key);
            }
            assertEquals("5.1.0", w.getString("version"));
            NodeSettingsRO node1 = w.getNodeSettings("nodes").getNodeSettings("node_1");
            assertEquals("NativeNode", node1.getString("node_type"));
            NodeSettingsRO c = w.getNodeSettings("connections").getNodeSettings("connection_0");
            assertEquals(1, c.getInt("sourcePort"), "data port 0 is KNIME port 1 (0 is the variable port)");
            NodeSettingsRO s = entry(zip, "smoke/" + node1.getString("node_settings_file"));
            for (String key : List.of("node_file", "flow_stack", "internal_node_subsettings", "model", "state",
                "factory", "node-name", "node-bundle-name", "node-bundle-symbolic-name", "node-bundle-vendor",
                "node-bundle-version", "hasContent", "isInactive", "ports", "filestores", "name")) {
                assertTrue(s.containsKey(key), "settings.xml lacks " + key);
            }
            assertEquals("cohort_manifest", s.getNodeSettings("variables").getNodeSettings("manifest")
                .getString("used_variable"));
        }
    }

    @Test
    void everyNodesDefaultSettingsRoundTripThroughTheNode() throws Exception {
        for (NodeCatalog.Entry e : NodeCatalog.load().entries()) {
            NodeHarness<?> first = NodeHarness.of(KnimeNodeRuntime.instantiate(e.factory()));
            NodeSettings saved = first.saveSettings();
            NodeHarness<?> second = NodeHarness.of(KnimeNodeRuntime.instantiate(e.factory()));
            second.loadSettings(saved);
            assertArrayEquals(xml(saved), xml(second.saveSettings()), e.name());
        }
    }

    private static byte[] xml(NodeSettings s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toByteArray();
    }

    @Test
    void everyShippedWorkflowSourceCompilesThroughTheNodes() throws Exception {
        try (var files = Files.list(TestRepo.root().resolve("workflows/src"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Workflow wf = WorkflowCompiler.compile(WorkflowSource.load(f), NodeCatalog.load());
                assertTrue(wf.nodes().size() >= 2, f.toString());
            }
        }
    }

    @Test
    void templatesExpandIntoNodesWithOffsetIdsAndFilledInTexts() throws Exception {
        Workflow wf = WorkflowCompiler.compile(
            WorkflowSource.load(TestRepo.root().resolve("workflows/src/nac-study.yaml")), NodeCatalog.load());
        Workflow.Node scorer = wf.node(217).orElseThrow();
        assertEquals("Scorer pcr Radiomics", scorer.name());
        assertEquals("pcr", scorer.model().getString("truth_column"));
        assertEquals("R50_MRI_T2", wf.node(134).orElseThrow().model().getString("prefix"));
        assertTrue(wf.connections().contains(new Workflow.Connection(90, 1, 301, 1)), "use inputs are wired");
        assertTrue(wf.connections().contains(new Workflow.Connection(303, 2, 304, 1)), "template wiring is offset");
    }

    @Test
    void writingTheSameWorkflowTwiceGivesIdenticalBytes() throws Exception {
        Workflow wf = WorkflowCompiler.compile(
            WorkflowSource.load(TestRepo.root().resolve("workflows/src/smoke.yaml")), NodeCatalog.load());
        KnwfWriter.write(wf, TestRepo.BUNDLE, dir.resolve("a.knwf"));
        KnwfWriter.write(wf, TestRepo.BUNDLE, dir.resolve("b.knwf"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.knwf")), Files.readAllBytes(dir.resolve("b.knwf")));
    }
}
