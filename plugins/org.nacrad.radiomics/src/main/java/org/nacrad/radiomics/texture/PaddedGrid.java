package org.nacrad.radiomics.texture;

import java.util.List;

import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * The discretised ROI copied into an array with a margin of background voxels on every side, so that any offset up
 * to the margin from a ROI voxel stays inside the array: neighbour loops need no bounds checks, and "outside the
 * array" and "outside the ROI" become the same test. Offsets themselves are still chosen from the unpadded extent
 * ({@link Angles}), as PyRadiomics does.
 */
final class PaddedGrid {

    final int[] shape;
    final boolean[] mask;
    final int[] bins;
    /** Padded indices of the ROI voxels, in array order. */
    final int[] roi;

    /** The grid of {@code d} with this margin, built once per ROI and margin. */
    static PaddedGrid of(DiscretisedRoi d, int margin) {
        return d.derived(List.of(PaddedGrid.class, margin), () -> new PaddedGrid(d, margin));
    }

    private PaddedGrid(DiscretisedRoi d, int margin) {
        int[] s = d.roi().shape();
        shape = new int[] {s[0] + 2 * margin, s[1] + 2 * margin, s[2] + 2 * margin};
        mask = new boolean[shape[0] * shape[1] * shape[2]];
        bins = new int[mask.length];
        roi = new int[d.roi().voxelCount()];
        boolean[] m = d.roi().mask();
        int[] b = d.bins();
        int i = 0, k = 0;
        for (int z = 0; z < s[0]; z++) {
            for (int y = 0; y < s[1]; y++) {
                int base = ((z + margin) * shape[1] + y + margin) * shape[2] + margin;
                for (int x = 0; x < s[2]; x++, i++) {
                    if (m[i]) {
                        mask[base + x] = true;
                        bins[base + x] = b[i];
                        roi[k++] = base + x;
                    }
                }
            }
        }
    }

    /** Linear offsets of the angles in the padded array. */
    int[] offsets(int[][] angles) {
        int[] o = new int[angles.length];
        for (int a = 0; a < angles.length; a++) {
            o[a] = Angles.linear(angles[a], shape);
        }
        return o;
    }

    static int margin(int[] distances) {
        int m = 1;
        for (int d : distances) {
            m = Math.max(m, d);
        }
        return m;
    }
}
