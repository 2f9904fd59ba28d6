package org.nacrad.radiomics.roi;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Resampler;

/**
 * PyRadiomics' {@code checkMask}: image and mask must share a grid (or, with correctMask, the mask is resampled onto
 * the image grid by nearest neighbour after checking that the ROI lies inside the image), the label must be present,
 * and the ROI must span at least {@code minimumROIDimensions} axes and more than {@code minimumROISize} voxels.
 */
public final class MaskCheck {

    /** The mask to use from here on (corrected or the input) and the ROI's bounding box. */
    public record Result(Volume mask, BoundingBox box, boolean corrected) {
    }

    private MaskCheck() {
    }

    public static Result check(Volume image, Volume mask, int label, int minimumDimensions, Integer minimumSize,
        boolean correctMask, Double geometryTolerance) {
        double tol = geometryTolerance == null ? Geometry.DEFAULT_TOLERANCE : geometryTolerance;
        Volume used = mask;
        boolean corrected = false;
        if (!image.geometry().sameGrid(mask.geometry(), tol)) {
            if (!correctMask) {
                throw new RoiException("Image/Mask geometry mismatch (image " + image.geometry() + ", mask "
                    + mask.geometry() + "). Potential fix: enable correctMask or increase geometryTolerance");
            }
            used = resampleOntoImage(image.geometry(), mask, label);
            corrected = true;
        }
        return new Result(used, requireValid(BoundingBox.of(used, label), label, minimumDimensions, minimumSize),
            corrected);
    }

    /** The checks for a mask already on the image grid whose box of the label is known (null = label absent). */
    public static Result check(BoundingBox box, Volume mask, int label, int minimumDimensions, Integer minimumSize) {
        return new Result(mask, requireValid(box, label, minimumDimensions, minimumSize), false);
    }

    private static BoundingBox requireValid(BoundingBox box, int label, int minimumDimensions, Integer minimumSize) {
        if (box == null) {
            throw new RoiException("Label (" + label + ") not present in mask");
        }
        int dims = box.dimensions();
        if (dims == 0) {
            throw new RoiException("mask only contains 1 segmented voxel! Cannot extract features for a single voxel.");
        }
        if (dims < minimumDimensions) {
            throw new RoiException("mask has too few dimensions (number of dimensions " + dims
                + ", minimum required " + minimumDimensions + ")");
        }
        if (minimumSize != null && box.voxelCount() <= minimumSize) {
            throw new RoiException("Size of the ROI is too small (minimum size: " + minimumSize + ", ROI size: "
                + box.voxelCount() + ")");
        }
        return box;
    }

    /**
     * Nearest-neighbour resampling of the mask onto the image grid (PyRadiomics' {@code _correctMask}), refused when
     * the ROI's bounding box reaches outside the image's physical extent by more than 1e-3 voxel.
     */
    static Volume resampleOntoImage(Geometry target, Volume mask, int label) {
        BoundingBox box = BoundingBox.of(mask, label);
        if (box == null) {
            throw new RoiException("Label (" + label + ") not present in mask");
        }
        Geometry mg = mask.geometry();
        double[] lo = mg.indexToPhysical(box.x() - 0.5, box.y() - 0.5, box.z() - 0.5);
        double[] hi = mg.indexToPhysical(box.x() + box.sizeX() - 0.5, box.y() + box.sizeY() - 0.5,
            box.z() + box.sizeZ() - 0.5);
        double[] a = target.physicalToIndex(lo[0], lo[1], lo[2]);
        double[] b = target.physicalToIndex(hi[0], hi[1], hi[2]);
        for (int d = 0; d < 3; d++) {
            double min = Math.min(a[d], b[d]);
            double max = Math.max(a[d], b[d]);
            if (min < -0.5 - 1e-3 || max > target.size(d) - 0.5 + 1e-3) {
                throw new RoiException("Bounding box of ROI is larger than image space (axis " + d + ": " + min
                    + " .. " + max + ", image size " + target.size(d) + ")");
            }
        }
        return Resampler.maskOntoGrid(mask, target);
    }
}
