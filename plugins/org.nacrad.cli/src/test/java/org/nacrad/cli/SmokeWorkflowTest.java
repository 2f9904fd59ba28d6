package org.nacrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;
import org.nacrad.cli.workflow.WorkflowCompiler;
import org.nacrad.cli.workflow.WorkflowSource;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/** The smoke workflow end to end: source → .knwf → headless run, and a bad manifest → exit code 2. */
class SmokeWorkflowTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    /** Builds dir/wf/smoke.knwf with the smoke data in dir/wf/data, where its knime:// URL points. */
    private Path buildSmoke() throws Exception {
        Path repo = TestRepo.root();
        Path data = Files.createDirectories(dir.resolve("wf/data/smoke"));
        try (var files = Files.list(repo.resolve("workflows/data/smoke"))) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path knwf = Files.createDirectories(dir.resolve("wf")).resolve("smoke.knwf");
        KnwfWriter.write(WorkflowCompiler.compile(WorkflowSource.load(repo.resolve("workflows/src/smoke.yaml")),
            NodeCatalog.load()), TestRepo.BUNDLE, knwf);
        return knwf;
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void smokeWorkflowReadsEveryPatientAndChecksTheMasks() throws Exception {
        Path knwf = buildSmoke();
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(err, "run", knwf.toString(), "--out", out.toString()), err.toString());
        CsvTable t = CsvReader.read(out.resolve("image-reader-2-0.csv"), Map.of());
        assertEquals(List.of("S001", "S002", "S003"), t.rows().stream().map(r -> r.get(0)).toList());
        String provenance = Files.readString(out.resolve("provenance.json"));
        assertTrue(provenance.contains("\"sha256\"") && provenance.contains("Cohort Reader (#1)"), provenance);
        int spacingZ = t.columnIndex("t2_image_spacing_z");
        int onGrid = t.columnIndex("t2_mask_on_image_grid");
        int voxels = t.columnIndex("t2_mask_voxels");
        for (List<Object> row : t.rows()) {
            assertEquals(2.5, (Double) row.get(spacingZ), 1e-6, "spacing written by make_smoke_cohort.py");
            assertEquals(Boolean.TRUE, row.get(onGrid));
            assertTrue((Integer) row.get(voxels) > 0);
        }
    }

    @Test
    void aMissingImageFailsWithExitCode2NamingPatientColumnAndPathAndWritesNothing() throws Exception {
        Path knwf = buildSmoke();
        Path manifest = dir.resolve("wf/data/smoke/manifest.csv");
        String text = Files.readString(manifest).replace("S002_t2.nii.gz", "S002_gone.nii.gz");
        Files.writeString(manifest, text);
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "run", knwf.toString(), "--out", out.toString(), "--var",
            "cohort_manifest=" + manifest));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("S002") && msg.contains("t2_image") && msg.contains("S002_gone.nii.gz"), msg);
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing may be written on failure");
    }

    @Test
    void unknownVariablesAndMissingWorkflowsAreUsageErrors() throws Exception {
        Path knwf = buildSmoke();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "run", knwf.toString(), "--var", "nope=1", "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("nope"), err.toString());
        assertEquals(2, run(new ByteArrayOutputStream(), "run", dir.resolve("absent.knwf").toString()));
    }
}
