package org.nacrad.deep.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** Each expected value below follows from the documented steps by an analytic formula, not from our own output. */
class PreprocessorTest {

    private static Volume volume(int[] size, double[] spacing, double[] origin, Filler f) {
        Geometry g = Geometry.of(size, spacing, origin);
        double[] d = new double[(int) g.voxelCount()];
        for (int z = 0, i = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++, i++) {
                    d[i] = f.value(x, y, z);
                }
            }
        }
        return new Volume(g, PixelType.FLOAT64, d);
    }

    interface Filler {
        double value(int x, int y, int z);
    }

    private static Volume box(Volume like, int[] lo, int[] hi) {
        Geometry g = like.geometry();
        return volume(g.size(), g.spacing(), g.origin(), (x, y, z) -> x >= lo[0] && x <= hi[0] && y >= lo[1]
            && y <= hi[1] && z >= lo[2] && z <= hi[2] ? 1 : 0);
    }

    private static PreprocessSettings settings(double margin, double iso, Normalisation n, int[] size, boolean mask,
        long seed) {
        return new PreprocessSettings(true, margin, iso, n, size, mask, seed);
    }

    @Test
    void linearIntensitiesSurviveCropResampleAndResizeExactly() {
        double[] spacing = {0.8, 0.8, 2.0};
        double[] origin = {-10, 5, 30};
        // f is linear in physical mm, so linear interpolation reproduces it wherever a sample has both neighbours
        Volume image = volume(new int[] {20, 18, 12}, spacing, origin,
            (x, y, z) -> 2 * (origin[0] + x * spacing[0]) - (origin[1] + y * spacing[1]) + 0.5 * (origin[2] + z * spacing[2]) + 3);
        int[] lo = {5, 4, 3};
        int[] hi = {12, 10, 7};
        int[] out = {16, 12, 10};
        NetworkInput in = new Preprocessor(settings(0, 0, Normalisation.NONE, out, false, 0))
            .prepare(image, box(image, lo, hi), "linear");
        assertArrayEquals(new int[] {10, 12, 16}, in.zyx());
        int checked = 0;
        for (int z = 0, i = 0; z < out[2]; z++) {
            for (int y = 0; y < out[1]; y++) {
                for (int x = 0; x < out[0]; x++, i++) {
                    int[] j = {x, y, z};
                    double[] p = new double[3];
                    boolean interior = true;
                    for (int a = 0; a < 3; a++) {
                        int n = hi[a] - lo[a] + 1;
                        long m = Math.round(n * spacing[a] / 0.8); // isotropic voxels (finest spacing 0.8 mm)
                        double centreIdx = (lo[a] + hi[a]) / 2.0;
                        double offsetMm = (j[a] - (out[a] - 1) / 2.0) * (m * 0.8 / out[a]);
                        double idx = centreIdx + offsetMm / spacing[a];
                        interior &= idx >= lo[a] && idx <= hi[a] && Math.abs(offsetMm) <= (m - 1) / 2.0 * 0.8;
                        p[a] = origin[a] + idx * spacing[a];
                    }
                    if (interior) {
                        assertEquals(2 * p[0] - p[1] + 0.5 * p[2] + 3, in.voxels()[i], 2e-4, "voxel " + Arrays.toString(j));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > out[0] * out[1] * out[2] / 3, "interior voxels checked: " + checked);
    }

    /** 1 mm spacing and an output size equal to the box: resampling and resize are the identity. */
    private static final int[] IDENTITY_OUT = {8, 9, 10};

    private static Volume identityImage() {
        return volume(new int[] {20, 20, 20}, new double[] {1, 1, 1}, new double[] {0, 0, 0},
            (x, y, z) -> Math.floorMod(x * 7 + y * 13 + z * 5, 11) * (x % 4 == 0 ? 0 : 1.5));
    }

    @Test
    void zScoreOverRoiUsesRoiMeanAndPopulationStd() {
        Volume image = identityImage();
        int[] lo = {4, 5, 6};
        int[] hi = {11, 13, 15};
        Volume mask = box(image, lo, hi);
        NetworkInput in = new Preprocessor(settings(0, 0, Normalisation.ZSCORE_ROI, IDENTITY_OUT, false, 0))
            .prepare(image, mask, "zscore");
        double[] roi = roiValues(image, lo, hi);
        double mean = Arrays.stream(roi).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(roi).map(v -> (v - mean) * (v - mean)).sum() / roi.length);
        for (int i = 0; i < roi.length; i++) {
            assertEquals((roi[i] - mean) / std, in.voxels()[i], 1e-5);
        }
    }

    @Test
    void medicalNetSchemeIsSeededAndUsesPositiveVoxels() {
        Volume image = identityImage();
        int[] lo = {4, 5, 6};
        int[] hi = {11, 13, 15};
        Volume mask = box(image, lo, hi);
        float[] a = new Preprocessor(settings(0, 0, Normalisation.MEDICALNET, IDENTITY_OUT, false, 7))
            .prepare(image, mask, "mn").voxels();
        float[] b = new Preprocessor(settings(0, 0, Normalisation.MEDICALNET, IDENTITY_OUT, false, 7))
            .prepare(image, mask, "mn").voxels();
        float[] c = new Preprocessor(settings(0, 0, Normalisation.MEDICALNET, IDENTITY_OUT, false, 8))
            .prepare(image, mask, "mn").voxels();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        double[] v = roiValues(image, lo, hi);
        double[] pos = Arrays.stream(v).filter(x -> x > 0).toArray();
        double mean = Arrays.stream(pos).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(pos).map(x -> (x - mean) * (x - mean)).sum() / pos.length);
        Random noise = new Random(7);
        for (int i = 0; i < v.length; i++) {
            double expected = v[i] == 0 ? noise.nextGaussian() : (v[i] - mean) / std;
            assertEquals(expected, a[i], 1e-5);
        }
    }

    @Test
    void roiAtTheBorderIsPaddedWithEdgeValuesAndOutsideRoiMaskingZeroes() {
        Volume image = identityImage();
        int[] lo = {0, 5, 6};
        int[] hi = {5, 12, 15};
        Volume mask = box(image, lo, hi);
        // margin 2 mm at 1 mm: box x from -2 to 7 (10 voxels), y 3..14 (12), z 4..17 (14)
        int[] out = {10, 12, 14};
        NetworkInput in = new Preprocessor(settings(2, 0, Normalisation.NONE, out, false, 0)).prepare(image, mask, "edge");
        NetworkInput masked = new Preprocessor(settings(2, 0, Normalisation.NONE, out, true, 0))
            .prepare(image, mask, "edge");
        for (int z = 0, i = 0; z < out[2]; z++) {
            for (int y = 0; y < out[1]; y++) {
                for (int x = 0; x < out[0]; x++, i++) {
                    int ix = x - 2;
                    int iy = y + 3;
                    int iz = z + 4;
                    assertEquals(image.get(Math.max(ix, 0), iy, iz), in.voxels()[i], 1e-6);
                    boolean inRoi = ix >= lo[0] && ix <= hi[0] && iy >= lo[1] && iy <= hi[1] && iz >= lo[2] && iz <= hi[2];
                    assertEquals(inRoi ? image.get(ix, iy, iz) : 0, masked.voxels()[i], 1e-6);
                }
            }
        }
    }

    @Test
    void noneFeedsVoxelsUnchangedInZyxOrder() {
        Volume image = volume(new int[] {5, 6, 7}, new double[] {0.7, 0.9, 3}, new double[] {1, 2, 3},
            (x, y, z) -> x + 10 * y + 100 * z - 0.25);
        NetworkInput in = new Preprocessor(PreprocessSettings.none()).prepare(image, null, "raw");
        assertArrayEquals(new int[] {7, 6, 5}, in.zyx());
        // (z, y, x) C order: element [z][y][x] at (z*6 + y)*5 + x
        assertEquals(4 + 10 * 3 + 100 * 6 - 0.25, in.voxels()[(6 * 6 + 3) * 5 + 4], 0);
    }

    @Test
    void roiLostByResamplingIsAnErrorNamingTheCase() {
        Volume image = identityImage();
        Volume mask = box(image, new int[] {9, 9, 9}, new int[] {9, 9, 9});
        // 3 mm margin → 7-voxel box; 2 mm spacing → 4 samples at box indices 0, 2, 4, 6: the ROI voxel (3) is missed
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new Preprocessor(settings(3, 2, Normalisation.ZSCORE_ROI, new int[] {8, 8, 8}, false, 0))
                .prepare(image, mask, "patient-017 T2"));
        assertTrue(e.getMessage().startsWith("patient-017 T2: the ROI is smaller than one voxel"), e.getMessage());
    }

    @Test
    void badInputsAreNamed() {
        Volume image = identityImage();
        image.set(3, 4, 5, Double.NaN);
        Volume mask = box(image, new int[] {2, 2, 2}, new int[] {12, 12, 12});
        Preprocessor p = new Preprocessor(PreprocessSettings.defaults());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> p.prepare(image, mask, "P1"));
        assertTrue(nan.getMessage().contains("P1") && nan.getMessage().contains("(3, 4, 5)"), nan.getMessage());
        Volume clean = identityImage();
        Volume empty = box(clean, new int[] {1, 1, 1}, new int[] {0, 0, 0});
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> p.prepare(clean, empty, "P2"));
        assertTrue(none.getMessage().startsWith("P2: the mask is empty"), none.getMessage());
        Volume shifted = volume(new int[] {20, 20, 20}, new double[] {1, 1, 1}, new double[] {5, 0, 0}, (x, y, z) -> 1);
        IllegalArgumentException grid = assertThrows(IllegalArgumentException.class, () -> p.prepare(clean, shifted, "P3"));
        assertTrue(grid.getMessage().startsWith("P3: the mask is missing or not on the image's grid"), grid.getMessage());
    }

    private static double[] roiValues(Volume image, int[] lo, int[] hi) {
        double[] v = new double[(hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1)];
        int i = 0;
        for (int z = lo[2]; z <= hi[2]; z++) {
            for (int y = lo[1]; y <= hi[1]; y++) {
                for (int x = lo[0]; x <= hi[0]; x++) {
                    v[i++] = image.get(x, y, z);
                }
            }
        }
        return v;
    }
}
