package org.nacrad.deep.preprocess;

/**
 * One network input volume: float32 voxels in (z, y, x) C order (x fastest), the order of SimpleITK's
 * GetArrayFromImage, with its size as {z, y, x}.
 */
public record NetworkInput(float[] voxels, int[] zyx) {

    public NetworkInput {
        if (zyx.length != 3 || (long) zyx[0] * zyx[1] * zyx[2] != voxels.length) {
            throw new IllegalArgumentException("network input size does not match its voxel count");
        }
    }
}
