package org.nacrad.image;

import java.util.Arrays;

/**
 * The physical grid of a 3D volume as ITK/SimpleITK define it: voxel counts along x, y, z (x fastest), spacing in
 * mm, origin in LPS, and a 3×3 direction matrix stored row-major whose <em>columns</em> are the physical directions
 * of the index axes. physical = origin + D · diag(spacing) · index.
 */
public final class Geometry {

    private final int[] size;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;

    public Geometry(int[] size, double[] spacing, double[] origin, double[] direction) {
        if (size.length != 3 || spacing.length != 3 || origin.length != 3 || direction.length != 9) {
            throw new IllegalArgumentException("3D geometry needs 3 sizes, spacings, origin values and 9 direction values");
        }
        for (int i = 0; i < 3; i++) {
            if (size[i] < 1) {
                throw new IllegalArgumentException("size must be positive in every axis: " + Arrays.toString(size));
            }
            if (!(spacing[i] > 0) || !Double.isFinite(spacing[i])) {
                throw new IllegalArgumentException("spacing must be positive and finite: " + Arrays.toString(spacing));
            }
        }
        this.size = size.clone();
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
    }

    /** Axis-aligned geometry with identity direction. */
    public static Geometry of(int[] size, double[] spacing, double[] origin) {
        return new Geometry(size, spacing, origin, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    public int[] size() {
        return size.clone();
    }

    public int size(int axis) {
        return size[axis];
    }

    public double[] spacing() {
        return spacing.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    public double[] origin() {
        return origin.clone();
    }

    /** Row-major 3×3; element (r, c) is {@code direction()[3 * r + c]}. */
    public double[] direction() {
        return direction.clone();
    }

    public long voxelCount() {
        return (long) size[0] * size[1] * size[2];
    }

    /** Linear index with x fastest, as ITK stores voxels. */
    public int index(int x, int y, int z) {
        return x + size[0] * (y + size[1] * z);
    }

    /** Physical LPS point of a (possibly fractional) continuous index. */
    public double[] indexToPhysical(double ix, double iy, double iz) {
        double[] p = new double[3];
        double sx = ix * spacing[0];
        double sy = iy * spacing[1];
        double sz = iz * spacing[2];
        for (int r = 0; r < 3; r++) {
            p[r] = origin[r] + direction[3 * r] * sx + direction[3 * r + 1] * sy + direction[3 * r + 2] * sz;
        }
        return p;
    }

    /** Continuous index of a physical LPS point (inverse of {@link #indexToPhysical}; D is orthonormal). */
    public double[] physicalToIndex(double px, double py, double pz) {
        double dx = px - origin[0];
        double dy = py - origin[1];
        double dz = pz - origin[2];
        double[] idx = new double[3];
        for (int c = 0; c < 3; c++) {
            idx[c] = (direction[c] * dx + direction[3 + c] * dy + direction[6 + c] * dz) / spacing[c];
        }
        return idx;
    }

    /** Voxel volume in mm³. */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /**
     * Whether two grids coincide within a tolerance, with ITK's default rule: sizes equal, origin and spacing
     * within {@code tolerance × spacing[0]}, direction within {@code tolerance}.
     */
    public boolean sameGrid(Geometry other, double tolerance) {
        if (!Arrays.equals(size, other.size)) {
            return false;
        }
        double coordTol = tolerance * spacing[0];
        for (int i = 0; i < 3; i++) {
            if (Math.abs(spacing[i] - other.spacing[i]) > coordTol || Math.abs(origin[i] - other.origin[i]) > coordTol) {
                return false;
            }
        }
        for (int i = 0; i < 9; i++) {
            if (Math.abs(direction[i] - other.direction[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** ITK's default coordinate tolerance for grid comparison. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public Geometry withSize(int[] newSize) {
        return new Geometry(newSize, spacing, origin, direction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && Arrays.equals(size, g.size) && Arrays.equals(spacing, g.spacing)
            && Arrays.equals(origin, g.origin) && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(size) * 31 + Arrays.hashCode(spacing);
    }

    @Override
    public String toString() {
        return "size=" + Arrays.toString(size) + " spacing=" + Arrays.toString(spacing) + " origin="
            + Arrays.toString(origin) + " direction=" + Arrays.toString(direction);
    }
}
