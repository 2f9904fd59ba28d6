package org.nacrad.radiomics.roi;

import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.radiomics.ResegmentMode;

/**
 * PyRadiomics' {@code resegmentMask}: keep ROI voxels whose intensity is ≥ the lower threshold (and ≤ the upper one
 * if two are given, both inclusive). Thresholds are absolute, relative to the ROI maximum, or mean + k·SD of the ROI
 * (population SD).
 */
public final class Resegmentation {

    /** The new mask (label where kept, 0 elsewhere) and the thresholds actually applied. */
    public record Result(Volume mask, double[] thresholds, int voxelCount) {
    }

    private Resegmentation() {
    }

    public static Result apply(Volume image, Volume mask, int label, double[] range, ResegmentMode mode) {
        double[] img = image.data();
        double[] lab = mask.data();
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < lab.length; i++) {
            if (BoundingBox.isLabel(lab[i], label)) {
                max = Math.max(max, img[i]);
                sum += img[i];
                n++;
            }
        }
        if (n == 0) {
            throw new RoiException("Label (" + label + ") not present in mask");
        }
        double mean = sum / n;
        double ss = 0;
        if (mode == ResegmentMode.SIGMA) {
            for (int i = 0; i < lab.length; i++) {
                if (BoundingBox.isLabel(lab[i], label)) {
                    ss += (img[i] - mean) * (img[i] - mean);
                }
            }
        }
        double sd = Math.sqrt(ss / n);
        double[] t = range.clone();
        java.util.Arrays.sort(t);
        for (int k = 0; k < t.length; k++) {
            t[k] = switch (mode) {
                case ABSOLUTE -> t[k];
                case RELATIVE -> max * t[k];
                case SIGMA -> mean + sd * t[k];
            };
        }
        double[] out = new double[lab.length];
        int kept = 0;
        for (int i = 0; i < lab.length; i++) {
            if (BoundingBox.isLabel(lab[i], label) && img[i] >= t[0] && (t.length == 1 || img[i] <= t[1])) {
                out[i] = label;
                kept++;
            }
        }
        if (kept <= 1) {
            throw new RoiException("Resegmentation excluded too many voxels with label " + label + " (retained "
                + kept + " voxel(s))! Cannot extract features");
        }
        return new Result(new Volume(mask.geometry(), PixelType.UINT32, out), t, kept);
    }
}
