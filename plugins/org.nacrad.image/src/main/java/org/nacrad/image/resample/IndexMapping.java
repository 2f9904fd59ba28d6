package org.nacrad.image.resample;

import org.nacrad.image.Geometry;

/**
 * The affine map from an output voxel index to the continuous index of the same physical point in the input grid,
 * c = b + A·k, composed as ITK composes index→physical (origin + D·diag(spacing)·k) and physical→index (the inverse
 * of D·diag(spacing), computed exactly rather than assuming D orthonormal).
 */
final class IndexMapping {

    private final double[] a = new double[9];
    private final double[] b = new double[3];

    IndexMapping(Geometry input, Geometry output) {
        double[] toPhysOut = indexToPhysical(output);
        double[] toIndexIn = invert(indexToPhysical(input));
        double[] oOut = output.origin();
        double[] oIn = input.origin();
        double[] shift = {oOut[0] - oIn[0], oOut[1] - oIn[1], oOut[2] - oIn[2]};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += toIndexIn[3 * r + k] * toPhysOut[3 * k + c];
                }
                a[3 * r + c] = s;
            }
            b[r] = toIndexIn[3 * r] * shift[0] + toIndexIn[3 * r + 1] * shift[1] + toIndexIn[3 * r + 2] * shift[2];
        }
    }

    /** Continuous input index (written to {@code out}) of output voxel (i, j, k). */
    void map(int i, int j, int k, double[] out) {
        for (int r = 0; r < 3; r++) {
            out[r] = b[r] + a[3 * r] * i + a[3 * r + 1] * j + a[3 * r + 2] * k;
        }
    }

    /** Whether each output axis maps onto the same input axis alone (A diagonal), so the work separates by axis. */
    boolean axisAligned() {
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

    /** Input continuous index along {@code axis} of output index {@code k} on that axis (valid when axis-aligned). */
    double along(int axis, int k) {
        return b[axis] + a[4 * axis] * k;
    }

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

    static double[] invert(double[] m) {
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("singular image direction/spacing matrix");
        }
        return new double[] {
            c00 / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            c01 / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            c02 / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }
}
