package org.nacrad.radiomics.roi;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/**
 * An image cropped to a bounding box together with its boolean ROI mask. Arrays are laid out like PyRadiomics'
 * numpy arrays: axes in (z, y, x) order with x fastest, so {@code shape()[0]} is the number of slices and
 * {@code index = (z * ny + y) * nx + x}. Spacing is given in the same (z, y, x) order.
 */
public final class Roi {

    private final int[] shape;
    private final double[] spacing;
    private final double[] image;
    private final boolean[] mask;
    private final int voxelCount;

    public Roi(int[] shape, double[] spacing, double[] image, boolean[] mask) {
        if (shape.length != 3 || spacing.length != 3 || image.length != mask.length
            || image.length != shape[0] * shape[1] * shape[2]) {
            throw new IllegalArgumentException("inconsistent ROI arrays");
        }
        this.shape = shape.clone();
        this.spacing = spacing.clone();
        this.image = image;
        this.mask = mask;
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        this.voxelCount = n;
    }

    /**
     * Crops image and mask to the box grown by {@code pad} voxels on each side (clipped to the image), as
     * PyRadiomics' {@code cropToTumorMask}; the mask becomes {@code mask == label}.
     */
    public static Roi crop(Volume image, Volume mask, BoundingBox box, int label, int pad) {
        Geometry g = image.geometry();
        int x0 = Math.max(0, box.x() - pad), y0 = Math.max(0, box.y() - pad), z0 = Math.max(0, box.z() - pad);
        int x1 = Math.min(g.size(0), box.x() + box.sizeX() + pad);
        int y1 = Math.min(g.size(1), box.y() + box.sizeY() + pad);
        int z1 = Math.min(g.size(2), box.z() + box.sizeZ() + pad);
        int nx = x1 - x0, ny = y1 - y0, nz = z1 - z0;
        double[] img = new double[nx * ny * nz];
        boolean[] msk = new boolean[img.length];
        double[] src = image.data();
        double[] lab = mask.data();
        int i = 0;
        for (int z = z0; z < z1; z++) {
            for (int y = y0; y < y1; y++) {
                int base = g.index(0, y, z);
                for (int x = x0; x < x1; x++, i++) {
                    img[i] = src[base + x];
                    msk[i] = BoundingBox.isLabel(lab[base + x], label);
                }
            }
        }
        return new Roi(new int[] {nz, ny, nx}, new double[] {g.spacing(2), g.spacing(1), g.spacing(0)}, img, msk);
    }

    /** Array extent in (z, y, x) order. */
    public int[] shape() {
        return shape.clone();
    }

    /** Spacing in mm in (z, y, x) order. */
    public double[] spacing() {
        return spacing.clone();
    }

    /** Cropped intensities (not a copy). */
    public double[] image() {
        return image;
    }

    /** ROI membership per voxel (not a copy). */
    public boolean[] mask() {
        return mask;
    }

    public int voxelCount() {
        return voxelCount;
    }

    /** Intensities of the ROI voxels in array order. */
    public double[] roiValues() {
        double[] v = new double[voxelCount];
        int k = 0;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                v[k++] = image[i];
            }
        }
        return v;
    }

    /** Volume of one voxel in mm³. */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }
}
