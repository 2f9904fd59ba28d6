package org.nacrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/** Single nodes from the command line: CSV in, CSV out, chained through files. */
class NodeCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void cohortReaderThenImageReaderThroughCsvFiles() throws Exception {
        Path manifest = TestRepo.root().resolve("workflows/data/smoke/manifest.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(err, "node", "cohort-reader", "--set", "manifest=" + manifest, "--out",
            dir.resolve("a").toString()), err.toString());
        Path cohort = dir.resolve("a/cohort-reader-out0.csv");
        assertEquals(0, run(err, "node", "Image Reader", "--in", cohort.toString(), "--out",
            dir.resolve("b").toString()), err.toString());
        CsvTable t = CsvReader.read(dir.resolve("b/image-reader-out0.csv"), Map.of());
        assertEquals(3, t.rows().size());
        assertEquals("S003", t.rows().get(2).get(0), "row keys survive the CSV round trip");
    }

    @Test
    void categoryEncoderCodesLevelsInNaturalOrder() throws Exception {
        Path in = dir.resolve("clinical.csv");
        java.nio.file.Files.writeString(in, "patient_id,er,nodal_status,age\nP1,positive,N10,50\nP2,negative,N2,61\n"
            + "P3,,N0,45\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(err, "node", "category-encoder", "--in", in.toString(), "--out", dir.resolve("e").toString()),
            err.toString());
        CsvTable t = CsvReader.read(dir.resolve("e/category-encoder-out0.csv"), Map.of());
        assertEquals(java.util.Arrays.asList("P1", 1, 2, 50), t.rows().get(0).subList(1, 5));
        assertEquals(java.util.Arrays.asList("P3", null, 0, 45), t.rows().get(2).subList(1, 5));
    }

    @Test
    void aMaskOffItsImageGridFailsOrIsResampledOntoIt() throws Exception {
        Path smoke = TestRepo.root().resolve("workflows/data/smoke");
        Path coarse = dir.resolve("coarse_mask.nii.gz");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(err, "resample", "--image", smoke.resolve("S001_t2_mask.nii.gz").toString(), "--spacing",
            "1.6,1.6,2.5", "--interpolator", "nearest", "--out", coarse.toString()), err.toString());
        Path table = dir.resolve("cohort.csv");
        java.nio.file.Files.writeString(table, "RowID,t2_image,t2_mask\nS001," + smoke.resolve("S001_t2.nii.gz") + ","
            + coarse + "\n");
        assertEquals(2, run(err, "node", "image-reader", "--in", table.toString(), "--out", dir.resolve("f").toString()));
        assertTrue(err.toString().contains("S001") && err.toString().contains("not on the grid"), err.toString());
        err.reset();
        assertEquals(0, run(err, "node", "image-reader", "--in", table.toString(), "--set", "mask_off_grid=resample",
            "--out", dir.resolve("r").toString()), err.toString());
        CsvTable t = CsvReader.read(dir.resolve("r/image-reader-out0.csv"), Map.of());
        assertEquals(Boolean.TRUE, t.rows().get(0).get(t.columnIndex("t2_mask_on_image_grid")));
        assertEquals(12, t.rows().get(0).get(t.columnIndex("t2_mask_size_x")), "the mask now has the image's grid");
    }

    @Test
    void badSettingsAndUnknownNodesAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "node", "cohort-reader", "--set", "no_such_key=1", "--out", dir.toString()));
        assertTrue(err.toString().contains("no_such_key"), err.toString());
        assertEquals(2, run(err, "node", "no-such-node", "--out", dir.toString()));
        assertEquals(2, run(err, "node", "image-reader", "--out", dir.toString()), "missing --in");
    }
}
