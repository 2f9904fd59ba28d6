package org.nacrad.cli.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;

/** {@code nacrad deep}: output rows, and bad input as a usage error (exit code 2) with a one-line reason. */
class DeepCommandTest {

    @TempDir
    Path dir;

    private Path image;
    private Path mask;
    private String reason = "";

    @BeforeEach
    void volumes() throws Exception {
        Path[] pair = TestVolumes.write(dir, "case", 6, 10);
        image = pair[0];
        mask = pair[1];
    }

    /** Like {@code Main.run}: 0 on success, 2 with a one-line reason for bad input. */
    private int run(String... args) throws Exception {
        try {
            return new DeepCommand().run(List.of(args));
        } catch (Main.UsageException e) {
            reason = e.getMessage();
            return 2;
        }
    }

    private String message() {
        assertFalse(reason.contains("\n"), "one line: " + reason);
        return reason;
    }

    @Test
    void writesProvenanceThenFeaturesNamedLikeTheNode() throws Exception {
        Path out = dir.resolve("out/features.csv");
        assertEquals(0, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "10",
            "--seeded-weights", "3", "--size", "16", "--prefix", "CT", "--region", "Peri", "--out", out.toString()),
            reason);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(1 + 1 + 512, lines.size());
        assertEquals("name,value", lines.get(0));
        assertEquals("CT_Peri_weights,\"seeded random initialisation (not pretrained), seed 3\"", lines.get(1));
        for (int i = 0; i < 512; i++) {
            String[] nv = lines.get(2 + i).split(",");
            assertEquals(String.format("CT_Peri_%04d", i), nv[0]);
            assertTrue(Float.parseFloat(nv[1]) >= 0, "a global average pool after ReLU is ≥ 0");
        }
    }

    @Test
    void missingWeightsFileSaysWhichCheckpointAndWhereItIsPublished() throws Exception {
        Path missing = dir.resolve("resnet_34_23dataset.pth");
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "34", "--weights",
            missing.toString(), "--out", dir.resolve("f.csv").toString()));
        String m = message();
        assertTrue(m.contains(missing.toString()), m);
        assertTrue(m.contains("resnet_34_23dataset.pth") && m.contains("ResNet34"), m);
        assertTrue(m.contains("Tencent/MedicalNet"), m);
    }

    @Test
    void unsupportedDepthIsRefused() throws Exception {
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "33",
            "--seeded-weights", "1", "--out", dir.resolve("f.csv").toString()));
        assertTrue(message().contains("10, 18, 34 or 50"), message());
    }

    @Test
    void otherBadInputIsAUsageError() throws Exception {
        Path out = dir.resolve("f.csv");
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--out", out.toString()));
        assertTrue(message().contains("--weights") && message().contains("--seeded-weights"), message());
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--weights", "w.pth",
            "--seeded-weights", "1", "--out", out.toString()));
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--seeded-weights", "1",
            "--preprocess", "some", "--out", out.toString()));
        assertTrue(message().contains("default or none"), message());
        Path notPth = dir.resolve("resnet_10.pth");
        Files.writeString(notPth, "not a checkpoint");
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "10", "--weights",
            notPth.toString(), "--out", out.toString()));
        assertTrue(message().contains("resnet_10.pth"), message());
        assertEquals(2, run("--image", dir.resolve("nope.nii.gz").toString(), "--mask", mask.toString(),
            "--seeded-weights", "1", "--out", out.toString()));
        assertTrue(message().startsWith("image file not found") && message().contains("nope.nii.gz"), message());
        assertFalse(Files.exists(out), "no output on bad input");
    }

    @Test
    void checkpointsThatAreNotMedicalNetWeightsAreRefused() throws Exception {
        Path golden = TestRepo.root().resolve("oracle/deep/golden/pth");
        Assumptions.assumeTrue(Files.isDirectory(golden), "torch-written fixtures not present: " + golden);
        Path out = dir.resolve("f.csv");
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "10", "--weights",
            golden.resolve("tiny_zip.pth").toString(), "--out", out.toString()));
        assertTrue(message().contains("tiny_zip.pth") && message().contains("ResNet10"), message());
        assertEquals(2, run("--image", image.toString(), "--mask", mask.toString(), "--depth", "10", "--weights",
            golden.resolve("malicious_legacy.pth").toString(), "--out", out.toString()));
        assertTrue(message().contains("malicious_legacy.pth"), message());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpExitsZero() throws Exception {
        assertEquals(0, run("--help"));
    }
}
