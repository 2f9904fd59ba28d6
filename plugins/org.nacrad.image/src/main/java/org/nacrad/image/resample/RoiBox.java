package org.nacrad.image.resample;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/** Bounding box of a label (lower x, y, z then size x, y, z, as SimpleITK's LabelShapeStatistics reports it). */
final class RoiBox {

    private RoiBox() {
    }

    static int[] of(Volume mask, int label, String context) {
        int[] s = mask.geometry().size();
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        double[] d = mask.data();
        int i = 0;
        for (int z = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++, i++) {
                    if (d[i] == label) {
                        lo[0] = Math.min(lo[0], x);
                        lo[1] = Math.min(lo[1], y);
                        lo[2] = Math.min(lo[2], z);
                        hi[0] = Math.max(hi[0], x);
                        hi[1] = Math.max(hi[1], y);
                        hi[2] = Math.max(hi[2], z);
                    }
                }
            }
        }
        if (hi[0] < 0) {
            throw new IllegalArgumentException(context + ": label " + label + " not present in the mask");
        }
        return new int[] {lo[0], lo[1], lo[2], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
    }

    /** PyRadiomics' _checkROI: the box corners, in image index space, within [-0.5, size-0.5] ± 1e-3. */
    static void requireInside(int[] box, Geometry mask, Geometry image, String context) {
        double[] lower = new double[3];
        double[] upper = new double[3];
        for (int i = 0; i < 3; i++) {
            lower[i] = box[i] - 0.5;
            upper[i] = box[i] + box[3 + i] - 0.5;
        }
        for (double[] corner : new double[][] {lower, upper}) {
            double[] p = Crop.continuousIndexToPhysical(mask, corner);
            double[] c = image.physicalToIndex(p[0], p[1], p[2]);
            for (int i = 0; i < 3; i++) {
                if (c[i] < -0.5 - 1e-3 || c[i] > image.size(i) - 0.5 + 1e-3) {
                    throw new IllegalArgumentException(context + ": the mask's ROI extends outside the image");
                }
            }
        }
    }
}
