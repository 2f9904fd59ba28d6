package org.nacrad.image.n4;

/**
 * The grid N4 works on when a shrink factor is set: the input subsampled as ITK's ShrinkImageFilter
 * ({@code sitk.Shrink}) does it — ⌊N/f⌋ voxels per axis, voxel j taken from input index j·f + o, where o is the
 * offset centring the shrunk grid on the input grid, (N − 1 − (⌊N/f⌋ − 1)·f) / 2 rounded half up.
 */
record ShrinkGrid(int[] size, int[] offset, int factor, int[] fullSize) {

    static ShrinkGrid of(int[] fullSize, int factor) {
        int[] size = new int[3];
        int[] offset = new int[3];
        for (int d = 0; d < 3; d++) {
            size[d] = shrunkSize(fullSize[d], factor);
            if (size[d] < 2) {
                throw new IllegalArgumentException("N4: axis " + "xyz".charAt(d) + " has " + fullSize[d]
                    + " voxels, leaving " + size[d] + " after shrinking by " + factor + "; at least 2 are needed");
            }
            offset[d] = firstIndex(fullSize[d], factor);
        }
        return new ShrinkGrid(size, offset, factor, fullSize.clone());
    }

    static int shrunkSize(int n, int factor) {
        return n / factor;
    }

    /** Input index of shrunk voxel 0 along an axis of n voxels. */
    static int firstIndex(int n, int factor) {
        return ((n - 1) - (shrunkSize(n, factor) - 1) * factor + 1) / 2;
    }

    double[] sample(double[] in) {
        if (factor == 1) {
            return in.clone();
        }
        double[] out = new double[size[0] * size[1] * size[2]];
        int i = 0;
        for (int z = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    out[i++] = in[source(x, y, z)];
                }
            }
        }
        return out;
    }

    boolean[] sample(boolean[] in) {
        if (factor == 1) {
            return in;
        }
        boolean[] out = new boolean[size[0] * size[1] * size[2]];
        int i = 0;
        for (int z = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    out[i++] = in[source(x, y, z)];
                }
            }
        }
        return out;
    }

    private int source(int x, int y, int z) {
        return (offset[0] + x * factor)
            + fullSize[0] * ((offset[1] + y * factor) + fullSize[1] * (offset[2] + z * factor));
    }
}
