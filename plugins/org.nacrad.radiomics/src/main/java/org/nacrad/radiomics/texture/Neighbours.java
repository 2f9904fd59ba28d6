package org.nacrad.radiomics.texture;

/**
 * Visits, for every ROI voxel, its neighbours along a set of offsets that stay inside the array and inside the ROI
 * (PyRadiomics counts a neighbour only if both hold).
 */
final class Neighbours {

    /** Receives (voxel index, angle index, neighbour index). */
    interface Visitor {
        void visit(int voxel, int angle, int neighbour);
    }

    /** Receives each ROI voxel after all its neighbours were visited. */
    interface VoxelDone {
        void done(int voxel);
    }

    private Neighbours() {
    }

    static void forEach(int[] shape, boolean[] mask, int[][] angles, Visitor visitor, VoxelDone done) {
        int nz = shape[0], ny = shape[1], nx = shape[2];
        int na = angles.length;
        int[] lin = new int[na];
        for (int a = 0; a < na; a++) {
            lin[a] = Angles.linear(angles[a], shape);
        }
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (!mask[i]) {
                        continue;
                    }
                    for (int a = 0; a < na; a++) {
                        int[] o = angles[a];
                        int zz = z + o[0], yy = y + o[1], xx = x + o[2];
                        if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                            continue;
                        }
                        int j = i + lin[a];
                        if (mask[j]) {
                            visitor.visit(i, a, j);
                        }
                    }
                    if (done != null) {
                        done.done(i);
                    }
                }
            }
        }
    }
}
