package org.nacrad.radiomics.roi;

import org.nacrad.image.Volume;

/**
 * Axis-aligned box of the voxels carrying a label, in index space x, y, z (lower corner and size), as SimpleITK's
 * LabelStatisticsImageFilter reports it and PyRadiomics prints it in {@code diagnostics_Mask-*_BoundingBox}.
 */
public record BoundingBox(int x, int y, int z, int sizeX, int sizeY, int sizeZ, int voxelCount) {

    /** The box of {@code label} in {@code mask} (values compared after a cast to an unsigned integer), or null. */
    public static BoundingBox of(Volume mask, int label) {
        int[] size = mask.geometry().size();
        double[] data = mask.data();
        int lx = Integer.MAX_VALUE, ly = Integer.MAX_VALUE, lz = Integer.MAX_VALUE;
        int ux = -1, uy = -1, uz = -1;
        int n = 0;
        int i = 0;
        double lo = label, hi = label + 1.0;
        for (int z = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++, i++) {
                    double v = data[i];
                    if (v >= lo && v < hi) {
                        n++;
                        lx = Math.min(lx, x);
                        ux = Math.max(ux, x);
                        ly = Math.min(ly, y);
                        uy = Math.max(uy, y);
                        lz = Math.min(lz, z);
                        uz = Math.max(uz, z);
                    }
                }
            }
        }
        return n == 0 ? null : new BoundingBox(lx, ly, lz, ux - lx + 1, uy - ly + 1, uz - lz + 1, n);
    }

    /**
     * PyRadiomics reads masks as UInt32: a voxel belongs to the label if its truncated value equals it (labels are
     * ≥ 1, and NaN truncates to 0).
     */
    public static boolean isLabel(double value, int label) {
        return value >= label && value < label + 1;
    }

    /** Number of axes along which the ROI spans more than one voxel (0 = a single voxel). */
    public int dimensions() {
        return (sizeX > 1 ? 1 : 0) + (sizeY > 1 ? 1 : 0) + (sizeZ > 1 ? 1 : 0);
    }

    /** {@code (x, y, z, sizeX, sizeY, sizeZ)} like PyRadiomics' diagnostics. */
    @Override
    public String toString() {
        return "(" + x + ", " + y + ", " + z + ", " + sizeX + ", " + sizeY + ", " + sizeZ + ")";
    }
}
