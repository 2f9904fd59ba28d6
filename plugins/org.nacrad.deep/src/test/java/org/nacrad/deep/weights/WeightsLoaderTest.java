package org.nacrad.deep.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.deep.GoldenFiles;
import org.nacrad.deep.medicalnet.Depth;

class WeightsLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void missingFileSaysWhatIsExpectedAndWhereToGetIt() {
        Path absent = tmp.resolve("resnet_34_23dataset.pth");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> WeightsLoader.fromFile(absent, Depth.RESNET34));
        assertTrue(e.getMessage().contains(absent.toString()) && e.getMessage().contains("resnet_34_23dataset.pth")
            && e.getMessage().contains("Tencent/MedicalNet"), e.getMessage());
    }

    @Test
    void checkpointOfNoBackboneIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> WeightsLoader.fromFile(GoldenFiles.golden("pth/tiny_zip.pth"), Depth.RESNET10));
        assertTrue(e.getMessage().startsWith("tiny_zip.pth does not hold MedicalNet ResNet10"), e.getMessage());
    }

    @Test
    void sha256MatchesHashlib() throws IOException {
        for (String line : Files.readAllLines(GoldenFiles.golden("pth/sha256.txt"))) {
            String[] f = line.split("  ");
            assertEquals(f[0], WeightsLoader.sha256(GoldenFiles.golden("pth/" + f[1])), f[1]);
        }
    }

    @Test
    void seededRandomIsReproducibleAndLabelled() {
        Weights a = WeightsLoader.seededRandom(Depth.RESNET10, 42);
        Weights b = WeightsLoader.seededRandom(Depth.RESNET10, 42);
        Weights c = WeightsLoader.seededRandom(Depth.RESNET10, 43);
        assertEquals("seeded random initialisation (not pretrained), seed 42", a.provenance());
        float[] w = a.stateDict().get("layer2.0.conv1.weight").toFloatArray();
        assertArrayEquals(w, b.stateDict().get("layer2.0.conv1.weight").toFloatArray());
        assertFalse(Arrays.equals(w, c.stateDict().get("layer2.0.conv1.weight").toFloatArray()));
        // Kaiming normal, fan-out: std = sqrt(2 / (128 · 27)) for layer2's 3×3×3 convs
        double var = Arrays.stream(toDouble(w)).map(x -> x * x).average().orElseThrow();
        assertEquals(2.0 / (128 * 27), var, 0.02 * 2.0 / (128 * 27));
        assertArrayEquals(new float[] {1, 1}, Arrays.copyOf(a.stateDict().get("bn1.running_var").toFloatArray(), 2));
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
