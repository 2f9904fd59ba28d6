package org.nacrad.deep.preprocess;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Index-space crop that may reach past the image: image voxels outside repeat the nearest edge voxel (ITK's
 * zero-flux Neumann boundary), mask voxels outside are 0. The crop's origin is the physical point of its first voxel.
 */
final class PaddedCrop {

    private PaddedCrop() {
    }

    static Volume image(Volume v, int[] lower, int[] size) {
        return crop(v, lower, size, true);
    }

    static Volume mask(Volume v, int[] lower, int[] size) {
        return crop(v, lower, size, false);
    }

    private static Volume crop(Volume v, int[] lower, int[] size, boolean replicateEdge) {
        Geometry g = v.geometry();
        double[] src = v.data();
        double[] out = new double[size[0] * size[1] * size[2]];
        int i = 0;
        for (int z = lower[2]; z < lower[2] + size[2]; z++) {
            for (int y = lower[1]; y < lower[1] + size[1]; y++) {
                for (int x = lower[0]; x < lower[0] + size[0]; x++, i++) {
                    boolean inside = x >= 0 && y >= 0 && z >= 0 && x < g.size(0) && y < g.size(1) && z < g.size(2);
                    if (inside || replicateEdge) {
                        out[i] = src[g.index(clamp(x, g.size(0)), clamp(y, g.size(1)), clamp(z, g.size(2)))];
                    }
                }
            }
        }
        Geometry cropped = new Geometry(size, g.spacing(), g.indexToPhysical(lower[0], lower[1], lower[2]),
            g.direction());
        return new Volume(cropped, replicateEdge ? PixelType.FLOAT64 : v.pixelType(), out);
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }
}
