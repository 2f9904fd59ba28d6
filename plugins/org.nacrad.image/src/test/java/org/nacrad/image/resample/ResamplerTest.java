package org.nacrad.image.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

class ResamplerTest {

    private static Volume ramp(int nx, int ny, int nz) {
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.7, 0.8, 2.1}, new double[] {1, 2, 3});
        double[] d = new double[nx * ny * nz];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.sin(i * 0.37) * 100;
        }
        return new Volume(g, PixelType.FLOAT64, d);
    }

    @Test
    void sameResultWhateverTheThreadCount() throws Exception {
        Volume v = ramp(31, 27, 13);
        Geometry oblique = new Geometry(new int[] {20, 20, 20}, new double[] {1, 1, 1}, new double[] {2, 3, 4},
            new double[] {0.8, -0.6, 0, 0.6, 0.8, 0, 0, 0, 1});
        for (Geometry target : new Geometry[] {Resampler.gridWithSpacing(v.geometry(), new double[] {1, 1, 1}),
            oblique}) {
            double[] multi = Resampler.resample(v, target, Interpolator.BSPLINE).data();
            ForkJoinPool single = new ForkJoinPool(1);
            double[] one = single.submit(() -> Resampler.resample(v, target, Interpolator.BSPLINE).data()).get();
            single.shutdown();
            assertArrayEquals(multi, one, 0.0);
        }
    }

    @Test
    void identityGridReproducesTheInput() {
        Volume v = ramp(9, 8, 7);
        for (Interpolator ip : Interpolator.values()) {
            double[] out = Resampler.resample(v, v.geometry(), ip).data();
            assertArrayEquals(v.data(), out, 1e-9, ip.name());
        }
    }

    @Test
    void keepsPhysicalExtentWhenChangingSpacing() {
        Geometry g = Resampler.gridWithSpacing(ramp(100, 50, 10).geometry(), new double[] {1, 1, 1});
        assertArrayEquals(new int[] {70, 40, 21}, g.size());
        assertArrayEquals(new double[] {1, 2, 3}, g.origin());
    }

    @Test
    void rejectsNonFiniteVoxels() {
        Volume v = ramp(4, 4, 4);
        v.data()[5] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Resampler.resample(v, v.geometry(), Interpolator.LINEAR));
        assertTrue(e.getMessage().contains("(1, 1, 0)"), e.getMessage());
    }

    @Test
    void integerOutputIsClampedAndTruncated() {
        assertEquals(2.0, OutputCast.apply(2.9, PixelType.INT16));
        assertEquals(-2.0, OutputCast.apply(-2.9, PixelType.INT16));
        assertEquals(255.0, OutputCast.apply(300.2, PixelType.UINT8));
        assertEquals(0.0, OutputCast.apply(-0.5, PixelType.UINT8));
    }

    @Test
    void radiomicsResamplingNamesTheCaseWhenTheLabelIsAbsent() {
        Volume v = ramp(6, 6, 6);
        Volume mask = Volume.zeros(v.geometry(), PixelType.UINT8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RadiomicsResampling.of(1, 1, 1).apply(v, mask, "patient P007"));
        assertTrue(e.getMessage().contains("patient P007") && e.getMessage().contains("label 1"), e.getMessage());
    }

    @Test
    void radiomicsResamplingRejectsAnRoiOutsideTheImage() {
        Volume v = ramp(6, 6, 6);
        Geometry shifted = Geometry.of(v.geometry().size(), v.geometry().spacing(), new double[] {50, 2, 3});
        Volume mask = Volume.zeros(shifted, PixelType.UINT8);
        mask.set(3, 3, 3, 1);
        mask.set(4, 3, 3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RadiomicsResampling.of(1, 1, 1).apply(v, mask, "patient P008"));
        assertTrue(e.getMessage().contains("outside the image"), e.getMessage());
    }

    @Test
    void mirrorBoundaryFollowsItk() {
        assertEquals(1, Interpolator.mirror(-1, 5));
        assertEquals(3, Interpolator.mirror(5, 5));
        assertEquals(0, Interpolator.mirror(8, 5));
        assertEquals(0, Interpolator.mirror(-3, 1));
    }
}
