package org.nacrad.image.resample;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/** Index-space cropping (SimpleITK's CropImageFilter) and ITK's continuous-index → physical mapping. */
public final class Crop {

    private Crop() {
    }

    /** The sub-volume starting at voxel {@code lower} with {@code size} voxels; its origin moves to that voxel. */
    public static Volume of(Volume v, int[] lower, int[] size) {
        Geometry g = v.geometry();
        for (int i = 0; i < 3; i++) {
            if (lower[i] < 0 || size[i] < 1 || lower[i] + size[i] > g.size(i)) {
                throw new IllegalArgumentException("crop region outside the volume on axis " + i);
            }
        }
        double[] src = v.data();
        double[] out = new double[size[0] * size[1] * size[2]];
        int i = 0;
        for (int z = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                int from = g.index(lower[0], lower[1] + y, lower[2] + z);
                System.arraycopy(src, from, out, i, size[0]);
                i += size[0];
            }
        }
        double[] origin = continuousIndexToPhysical(g, new double[] {lower[0], lower[1], lower[2]});
        return new Volume(new Geometry(size, g.spacing(), origin, g.direction()), v.pixelType(), out);
    }

    /** origin + (D·diag(spacing))·index, in ITK's order of operations. */
    static double[] continuousIndexToPhysical(Geometry g, double[] index) {
        double[] m = IndexMapping.indexToPhysical(g);
        double[] o = g.origin();
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            p[r] = o[r] + (m[3 * r] * index[0] + m[3 * r + 1] * index[1] + m[3 * r + 2] * index[2]);
        }
        return p;
    }
}
