package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** Bad input, mask semantics and thread-count independence. */
class N4CorrectorTest {

    private static final N4Parameters QUICK = N4Parameters.builder().maximumIterations(10, 10).build();

    @Test
    void resultDoesNotDependOnThreadCount() throws IOException {
        Volume image = N4Golden.image();
        Volume mask = N4Golden.mask();
        N4Result one = N4Corrector.correct(image, mask, QUICK.toBuilder().threads(1).build());
        N4Result three = N4Corrector.correct(image, mask, QUICK.toBuilder().threads(3).build());
        assertArrayEquals(one.logBiasField().data(), three.logBiasField().data());
        assertArrayEquals(one.corrected().data(), three.corrected().data());
        assertArrayEquals(one.iterationsPerLevel(), three.iterationsPerLevel());
    }

    @Test
    void outputsLieOnTheInputGridAndCorrectedIsInputOverExpBias() throws IOException {
        Volume image = N4Golden.image();
        N4Result r = N4Corrector.correct(image, N4Golden.mask(), QUICK.toBuilder().shrinkFactor(3).build());
        assertEquals(image.geometry(), r.corrected().geometry());
        assertEquals(image.geometry(), r.logBiasField().geometry());
        assertEquals(PixelType.FLOAT32, r.corrected().pixelType());
        for (int i = 0; i < image.data().length; i += 997) {
            assertEquals(image.data()[i] / Math.exp(r.logBiasField().data()[i]), r.corrected().data()[i], 1e-9);
        }
        assertEquals(2, r.iterationsPerLevel().length);
        assertEquals(2, r.convergencePerLevel().length);
    }

    @Test
    void nonZeroMaskVoxelsCountWhenTheLabelIsNotUsed() throws IOException {
        Volume mask = N4Golden.mask();
        double[] relabelled = mask.data().clone();
        for (int i = 0; i < relabelled.length; i++) {
            relabelled[i] *= 7;
        }
        Volume seven = mask.withData(relabelled);
        N4Result byNonZero = N4Corrector.correct(N4Golden.image(), seven, QUICK.toBuilder().useMaskLabel(false).build());
        N4Result byLabel = N4Corrector.correct(N4Golden.image(), seven, QUICK.toBuilder().maskLabel(7).build());
        N4Result original = N4Corrector.correct(N4Golden.image(), mask, QUICK);
        assertArrayEquals(original.logBiasField().data(), byNonZero.logBiasField().data());
        assertArrayEquals(original.logBiasField().data(), byLabel.logBiasField().data());
    }

    @Test
    void monitorHearsEveryIterationAndCanCancel() throws IOException {
        java.util.List<String> calls = new java.util.ArrayList<>();
        N4Result r = N4Corrector.correct(N4Golden.image(), N4Golden.mask(), QUICK,
            (level, iteration, convergence) -> calls.add(level + ":" + iteration));
        assertEquals(r.iterationsPerLevel()[0] + r.iterationsPerLevel()[1], calls.size());
        assertEquals("0:1", calls.get(0));
        assertEquals("1:" + r.iterationsPerLevel()[1], calls.get(calls.size() - 1));

        IllegalStateException cancelled = assertThrows(IllegalStateException.class,
            () -> N4Corrector.correct(N4Golden.image(), N4Golden.mask(), QUICK, (level, iteration, convergence) -> {
                throw new IllegalStateException("cancelled");
            }));
        assertEquals("cancelled", cancelled.getMessage());
    }

    @Test
    void maskOnAnotherGridIsRejected() throws IOException {
        Volume mask = N4Golden.mask();
        Geometry shifted = Geometry.of(mask.geometry().size(), mask.geometry().spacing(), new double[] {0, 0, 0});
        assertError("another grid", () -> N4Corrector.correct(N4Golden.image(), new Volume(shifted, PixelType.UINT8,
            mask.data()), QUICK));
    }

    @Test
    void maskWithoutTheLabelIsRejected() throws IOException {
        assertError("no voxel with label 2", () -> N4Corrector.correct(N4Golden.image(), N4Golden.mask(),
            QUICK.toBuilder().maskLabel(2).build()));
        Volume empty = Volume.zeros(N4Golden.GRID, PixelType.UINT8);
        assertError("mask is empty", () -> N4Corrector.correct(N4Golden.image(), empty,
            QUICK.toBuilder().useMaskLabel(false).build()));
    }

    @Test
    void nonFiniteVoxelsAreRejected() throws IOException {
        Volume image = N4Golden.image();
        double[] data = image.data().clone();
        data[1234] = Double.NaN;
        assertError("non-finite voxel (NaN) at index (x=18, y=19, z=0)",
            () -> N4Corrector.correct(image.withData(data), null, QUICK));
    }

    @Test
    void shrinkingBelowTwoVoxelsIsRejected() throws IOException {
        assertError("axis z has 32 voxels", () -> N4Corrector.correct(N4Golden.image(), null,
            QUICK.toBuilder().shrinkFactor(17).build()));
    }

    @Test
    void constantImageIsRejected() {
        Volume flat = new Volume(N4Golden.GRID, PixelType.FLOAT32, new double[(int) N4Golden.GRID.voxelCount()]);
        java.util.Arrays.fill(flat.data(), 100);
        assertError("constant", () -> N4Corrector.correct(flat, null, QUICK));
    }

    private static void assertError(String fragment, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' should contain " + fragment);
    }
}
