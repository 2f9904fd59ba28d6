package org.nacrad.radiomics.texture;

import java.util.ArrayList;
import java.util.List;

/**
 * Neighbour offsets (z, y, x) as PyRadiomics generates them ({@code cmatrices.c build_angles}): every offset with
 * components in [-d, d] whose Chebyshev norm is one of the requested distances, excluding components whose magnitude
 * reaches the array extent along that axis, and (with force2D) any offset moving along the out-of-plane axis.
 * Enumeration runs from +d down to -d with z slowest; the one-directional set (GLCM, GLRLM) is the first half, i.e.
 * the offsets whose first non-zero component is positive.
 */
public final class Angles {

    private Angles() {
    }

    /**
     * @param shape array extent (z, y, x)
     * @param distances requested Chebyshev distances (≥ 1)
     * @param bidirectional both directions (GLSZM, GLDM, NGTDM) or one per opposite pair (GLCM, GLRLM)
     * @param force2Ddimension excluded axis, or -1
     */
    public static int[][] of(int[] shape, int[] distances, boolean bidirectional, int force2Ddimension) {
        int max = 0;
        for (int d : distances) {
            max = Math.max(max, d);
        }
        List<int[]> out = new ArrayList<>();
        for (int dz = max; dz >= -max; dz--) {
            for (int dy = max; dy >= -max; dy--) {
                for (int dx = max; dx >= -max; dx--) {
                    int[] a = {dz, dy, dx};
                    if (valid(a, shape, distances, force2Ddimension)) {
                        out.add(a);
                    }
                }
            }
        }
        if (!bidirectional) {
            out = out.subList(0, out.size() / 2);
        }
        return out.toArray(new int[0][]);
    }

    private static boolean valid(int[] a, int[] shape, int[] distances, int force2Ddimension) {
        int norm = 0;
        for (int d = 0; d < 3; d++) {
            if (d == force2Ddimension && a[d] != 0 || Math.abs(a[d]) >= shape[d]) {
                return false;
            }
            norm = Math.max(norm, Math.abs(a[d]));
        }
        if (norm == 0) {
            return false;
        }
        for (int dist : distances) {
            if (dist == norm) {
                return true;
            }
        }
        return false;
    }

    /** Linear offset of an angle in a C-ordered (z, y, x) array. */
    static int linear(int[] a, int[] shape) {
        return (a[0] * shape[1] + a[1]) * shape[2] + a[2];
    }
}
