package org.nacrad.deep.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nacrad.deep.GoldenFiles;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * The whole pipeline against oracle/deep/preprocess_oracle.py: numpy edge padding, SimpleITK linear/nearest
 * resampling onto the documented centred isotropic grid, z-score, torch trilinear resize (align_corners=False) and
 * nearest-exact mask resize. Oblique (rotated) direction, anisotropic spacing, a ROI cut by the image border.
 */
class PreprocessorOracleTest {

    private static final int[] SIZE = {30, 26, 14};
    private static final Geometry GRID = new Geometry(SIZE, new double[] {0.73, 0.86, 2.1}, new double[] {-12, 4.5, 30},
        new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1});

    private static Volume image() {
        double[] d = new double[(int) GRID.voxelCount()];
        for (int z = 0, i = 0; z < SIZE[2]; z++) {
            for (int y = 0; y < SIZE[1]; y++) {
                for (int x = 0; x < SIZE[0]; x++, i++) {
                    d[i] = 100 + 40 * Math.sin(0.3 * x + 0.2 * y) + 25 * Math.cos(0.5 * z) + 0.5 * x * y;
                }
            }
        }
        return new Volume(GRID, PixelType.FLOAT64, d);
    }

    private static Volume ellipsoid(int cx, int cy, int cz, double rx, double ry, double rz) {
        double[] d = new double[(int) GRID.voxelCount()];
        for (int z = 0, i = 0; z < SIZE[2]; z++) {
            for (int y = 0; y < SIZE[1]; y++) {
                for (int x = 0; x < SIZE[0]; x++, i++) {
                    double r = Math.pow((x - cx) / rx, 2) + Math.pow((y - cy) / ry, 2) + Math.pow((z - cz) / rz, 2);
                    d[i] = r <= 1 ? 1 : 0;
                }
            }
        }
        return new Volume(GRID, PixelType.UINT8, d);
    }

    @ParameterizedTest
    @CsvSource({"inside, 14, 0, 0, 16, 20, 24, false", "border, 2, 3, 1, 20, 16, 12, true"})
    void matchesSimpleItkAndTorch(String name, int cx, double margin, double iso, int ox, int oy, int oz,
        boolean maskOutside) throws IOException {
        PreprocessSettings s = new PreprocessSettings(true, margin, iso, Normalisation.ZSCORE_ROI,
            new int[] {ox, oy, oz}, maskOutside, 0);
        NetworkInput in = new Preprocessor(s).prepare(image(), ellipsoid(cx, 12, 6, 6, 5, 3), name);
        assertArrayEquals(new int[] {oz, oy, ox}, in.zyx());
        byte[] bytes = Files.readAllBytes(GoldenFiles.golden("preprocess/case_" + name + ".bin"));
        double[] expected = new double[bytes.length / 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(expected);
        assertEquals(expected.length, in.voxels().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], in.voxels()[i], 1e-5, name + " voxel " + i);
        }
    }
}
