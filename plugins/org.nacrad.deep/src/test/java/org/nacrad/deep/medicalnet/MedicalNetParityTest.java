package org.nacrad.deep.medicalnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nacrad.deep.GoldenFiles;

/**
 * Features of each backbone with closed-form weights on the committed 64³ input equal torch's (MedicalNet's
 * architecture run in float64 by oracle/deep/medicalnet_oracle.py).
 */
class MedicalNetParityTest {

    static final int SIZE = 64;

    static float[] input() throws IOException {
        byte[] bytes = Files.readAllBytes(GoldenFiles.golden("medicalnet/input_64.bin"));
        float[] v = new float[SIZE * SIZE * SIZE];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    static double[] golden(Depth depth) throws IOException {
        return Files.readAllLines(GoldenFiles.golden("medicalnet/features_resnet" + depth.layers() + ".txt")).stream()
            .filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest
    @EnumSource(Depth.class)
    void featuresMatchTorch(Depth depth) throws IOException {
        double[] expected = golden(depth);
        float[] actual;
        try (MedicalNet net = MedicalNet.create(depth, ClosedFormWeights.stateDict(depth))) {
            actual = net.features(List.of(input()), new int[] {SIZE, SIZE, SIZE})[0];
        }
        assertEquals(depth.featureCount(), expected.length);
        assertEquals(expected.length, actual.length);
        // Relative error with a floor of 1e-3 of the vector's largest feature: a feature ReLU drove almost to zero is
        // a difference of large float32 sums, so it is compared absolutely at 1e-7 of the vector's scale.
        double floor = 1e-3 * Arrays.stream(expected).map(Math::abs).max().orElse(0);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), floor));
        }
        assertTrue(worst <= 1e-4, depth + ": worst relative error " + worst);
    }
}
