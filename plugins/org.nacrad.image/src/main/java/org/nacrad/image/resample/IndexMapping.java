package org.nacrad.image.resample;

import org.nacrad.image.Geometry;

/**
 * The continuous input index of each output voxel, computed with the floating-point operations of ITK 5.4's
 * ResampleImageFilter under a linear (identity) transform, so that samples exactly halfway between two input voxels
 * or exactly on the buffer edge fall on the same side as in SimpleITK. ITK maps an output index to a physical point
 * (origin + (D·diag(spacing))·index, accumulated term by term), subtracts the input origin and multiplies by the
 * inverse of the input's D·diag(spacing). It does this only for index 0 and index {@code width} of each scanline (x
 * row) and takes the voxels in between as start + (x / width)·(end − start). Composing the two affine maps into one,
 * as a textbook would, moves ties such as 9.5 versus 9.49999999999998 and so changes nearest-neighbour results.
 * ITK inverts the input matrix by SVD, reproduced in {@link SvdInverse}, so oblique grids agree to the last bit too.
 */
final class IndexMapping {

    private final double[] outOrigin;
    private final double[] inOrigin;
    private final double[] toPhysical;
    private final double[] toIndex;
    private final int width;

    IndexMapping(Geometry input, Geometry output) {
        outOrigin = output.origin();
        inOrigin = input.origin();
        toPhysical = indexToPhysical(output);
        toIndex = invert(indexToPhysical(input));
        width = output.size(0);
    }

    /** ITK's TransformIndexToPhysicalPoint (output grid) then TransformPhysicalPointToContinuousIndex (input grid). */
    void continuousIndex(long i, long j, long k, double[] out) {
        double[] v = new double[3];
        for (int r = 0; r < 3; r++) {
            double p = outOrigin[r];
            p += toPhysical[3 * r] * i;
            p += toPhysical[3 * r + 1] * j;
            p += toPhysical[3 * r + 2] * k;
            v[r] = p - inOrigin[r];
        }
        for (int r = 0; r < 3; r++) {
            double s = 0;
            s += toIndex[3 * r] * v[0];
            s += toIndex[3 * r + 1] * v[1];
            s += toIndex[3 * r + 2] * v[2];
            out[r] = s;
        }
    }

    /** Start (index of x = 0) and span (index at x = width minus start) of the scanline (·, j, k). */
    void scanline(int j, int k, double[] start, double[] span) {
        continuousIndex(0, j, k, start);
        continuousIndex(width, j, k, span);
        for (int r = 0; r < 3; r++) {
            span[r] -= start[r];
        }
    }

    /** Continuous index of voxel x on a scanline given its start and span. */
    void along(double[] start, double[] span, int x, double[] out) {
        double alpha = x / (double) width;
        for (int r = 0; r < 3; r++) {
            out[r] = start[r] + alpha * span[r];
        }
    }

    /**
     * Whether both grids have diagonal direction matrices (off-diagonal entries exactly zero). Then each axis of the
     * continuous index depends on the same output axis alone, bit for bit as ITK computes it.
     */
    boolean exactlySeparable() {
        return diagonal(toPhysical) && diagonal(toIndex);
    }

    /**
     * Whether each output axis maps onto the same input axis alone up to rounding (the composed matrix is diagonal
     * to 1e-12), as when two oblique grids share one direction.
     */
    boolean axisAligned() {
        double[] a = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    a[3 * r + c] += toIndex[3 * r + k] * toPhysical[3 * k + c];
                }
            }
        }
        double scale = Math.max(Math.abs(a[0]), Math.max(Math.abs(a[4]), Math.abs(a[8])));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (r != c && Math.abs(a[3 * r + c]) > 1e-12 * scale) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Input continuous index along {@code axis} of output index {@code k} on that axis, taken on the scanline through
     * the output origin: what ITK computes on every scanline when {@link #exactlySeparable()}, else within rounding of
     * it.
     */
    double along(int axis, int k) {
        double[] start = new double[3];
        double[] span = new double[3];
        double[] c = new double[3];
        if (axis == 0) {
            scanline(0, 0, start, span);
            along(start, span, k, c);
        } else {
            continuousIndex(0, axis == 1 ? k : 0, axis == 2 ? k : 0, c);
        }
        return c[axis];
    }

    /** D·diag(spacing), row-major. */
    static double[] indexToPhysical(Geometry g) {
        double[] d = g.direction();
        double[] s = g.spacing();
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = d[3 * r + c] * s[c];
            }
        }
        return m;
    }

    /**
     * The inverse of D·diag(spacing) as ITK computes it (see {@link SvdInverse}); the cofactor inverse only if the SVD
     * fails, which for a non-singular matrix it does not.
     */
    static double[] invert(double[] m) {
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("singular image direction/spacing matrix");
        }
        double[] svd = SvdInverse.invert(m);
        if (svd != null) {
            return svd;
        }
        return new double[] {
            c00 / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            c01 / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            c02 / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    private static boolean diagonal(double[] m) {
        return m[1] == 0 && m[2] == 0 && m[3] == 0 && m[5] == 0 && m[6] == 0 && m[7] == 0;
    }
}
