package org.nacrad.lib.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv3d;

/** The PyTorch engine must start from the embedded natives and run a 3-D convolution inside Equinox. */
class PyTorchInOsgiTest {

    @Test
    void djlComesFromThisBundle() {
        Bundle bundle = FrameworkUtil.getBundle(Engine.class);
        assertEquals("org.nacrad.lib.djl", bundle == null ? null : bundle.getSymbolicName());
    }

    @Test
    void conv3dOfRampWithOnesKernelSumsEachWindow() {
        Engine engine = DjlEngines.pytorch();
        assertEquals(DjlEngines.PYTORCH, engine.getEngineName());
        try (NDManager manager = engine.newBaseManager()) {
            // Input voxel (z, y, x) of a 4x4x4 volume holds 16z + 4y + x; a 3x3x3 kernel of ones sums a window,
            // so output (z, y, x) = 27 * (16z + 4y + x) + 27 * (16 + 4 + 1) = 27 * (16z + 4y + x) + 567.
            NDArray input = manager.arange(64f).reshape(new Shape(1, 1, 4, 4, 4));
            NDArray weight = manager.ones(new Shape(2, 1, 3, 3, 3));
            NDArray out = Conv3d.conv3d(input, weight).singletonOrThrow();
            assertEquals(new Shape(1, 2, 2, 2, 2), out.getShape());
            float[] expected = new float[16];
            for (int c = 0; c < 2; c++) {
                for (int z = 0; z < 2; z++) {
                    for (int y = 0; y < 2; y++) {
                        for (int x = 0; x < 2; x++) {
                            expected[c * 8 + z * 4 + y * 2 + x] = 27 * (16 * z + 4 * y + x) + 567;
                        }
                    }
                }
            }
            assertArrayEquals(expected, out.toFloatArray(), 1e-3f);
        }
    }
}
