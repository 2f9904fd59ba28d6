package org.nacrad.cli.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;
import org.nacrad.cli.workflow.WorkflowCompiler;
import org.nacrad.cli.workflow.WorkflowSource;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/** MedicalNet Feature inside a workflow run by the headless runner: naming, provenance, determinism. */
class MedicalNetWorkflowTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    private List<String> run(Path knwf, String name) throws Exception {
        Path out = dir.resolve(name);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", knwf.toString(), "--out", out.toString(), "--threads", "2"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return Files.readAllLines(out.resolve("medicalnet-feature-2-0.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void seededResNet10FeaturesAreNamedRecordedAndRepeatable() throws Exception {
        Path src = Path.of(MedicalNetWorkflowTest.class.getResource("/workflows/deep-medicalnet.yaml").toURI());
        Path knwf = dir.resolve("deep.knwf");
        KnwfWriter.write(WorkflowCompiler.compile(WorkflowSource.load(src), NodeCatalog.load()), TestRepo.BUNDLE, knwf);

        List<String> first = run(knwf, "a");
        CsvTable t = CsvReader.read(dir.resolve("a/medicalnet-feature-2-0.csv"), Map.of());
        assertEquals(2, t.rows().size(), "one row per patient");
        List<String> features = t.columns().stream().filter(c -> c.matches("MRI_T2_Intra_\\d{4}")).toList();
        assertEquals(512, features.size(), "ResNet10: 512 features; columns " + t.columns());
        for (int i = 0; i < 512; i++) {
            assertEquals(String.format("MRI_T2_Intra_%04d", i), features.get(i));
        }
        int weights = t.columnIndex("MRI_T2_Intra_weights");
        List<double[]> vectors = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            assertEquals("seeded random initialisation (not pretrained), seed 5", row.get(weights));
            double[] v = new double[512];
            for (int i = 0; i < 512; i++) {
                v[i] = ((Number) row.get(t.columnIndex(features.get(i)))).doubleValue();
                assertTrue(Double.isFinite(v[i]) && v[i] >= 0, "a global average pool after ReLU is finite, ≥ 0");
            }
            assertTrue(Arrays.stream(v).filter(x -> x > 0).count() > 50, "the network sees the crop");
            vectors.add(v);
        }
        assertFalse(Arrays.equals(vectors.get(0), vectors.get(1)), "two patients, two feature vectors");

        assertEquals(first, run(knwf, "b"), "same workflow, same seed: the same table");
    }

    @Test
    void missingCheckpointStopsTheNodeNamingTheExpectedFile() throws Exception {
        Path src = Path.of(MedicalNetWorkflowTest.class.getResource("/workflows/deep-medicalnet.yaml").toURI());
        Path missing = dir.resolve("resnet_10_23dataset.pth");
        Path yaml = dir.resolve("deep-checkpoint.yaml");
        Files.writeString(yaml, Files.readString(src).replace("weights_source: seeded-random",
            "weights_source: checkpoint, weights_file: '" + missing + "'"));
        Path knwf = dir.resolve("deep-checkpoint.knwf");
        KnwfWriter.write(WorkflowCompiler.compile(WorkflowSource.load(yaml), NodeCatalog.load()), TestRepo.BUNDLE,
            knwf);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", knwf.toString(), "--out", dir.resolve("c").toString()},
            new PrintStream(err, true, StandardCharsets.UTF_8));
        String m = err.toString(StandardCharsets.UTF_8);
        assertTrue(code != 0, m);
        assertTrue(m.contains(missing.toString()) && m.contains("ResNet10") && m.contains("Tencent/MedicalNet"), m);
    }
}
