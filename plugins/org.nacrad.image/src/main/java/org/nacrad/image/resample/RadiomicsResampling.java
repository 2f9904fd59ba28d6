package org.nacrad.image.resample;

import java.util.Arrays;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/**
 * PyRadiomics' {@code imageoperations.resampleImage} (v3.0.1): the output grid is derived from the mask alone. A
 * target spacing of 0 keeps the mask spacing, as does any axis along which the ROI spans one voxel. The new grid is
 * aligned to the corner of the mask's first voxel (origin index offset ½·(new − old)/old), covers the ROI bounding box
 * widened by {@code padDistance} new voxels (floor/ceil, clipped to the mask extent) and takes the mask's direction.
 * The image is interpolated onto it keeping its pixel type (so a B-spline on int16 is clamped and truncated, see
 * {@link OutputCast}); the mask always uses nearest neighbour. When the requested spacing already equals the image
 * spacing (numpy.allclose), only the mask is resampled onto the image grid and both are cropped to the ROI box ±
 * padDistance.
 *
 * @param spacing target spacing per axis (mm; 0 = keep)
 * @param interpolator image interpolator (PyRadiomics' default is B-spline)
 * @param padDistance padding around the ROI in voxels of the new grid (PyRadiomics' default 5)
 * @param label ROI label in the mask (default 1)
 */
public record RadiomicsResampling(double[] spacing, Interpolator interpolator, int padDistance, int label) {

    public RadiomicsResampling {
        if (spacing.length != 3) {
            throw new IllegalArgumentException("resampledPixelSpacing needs 3 values, got " + spacing.length);
        }
        for (double s : spacing) {
            if (!(s >= 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("resampledPixelSpacing must be ≥ 0: " + Arrays.toString(spacing));
            }
        }
        if (padDistance < 0) {
            throw new IllegalArgumentException("padDistance must be ≥ 0: " + padDistance);
        }
        spacing = spacing.clone();
    }

    /** PyRadiomics' defaults: B-spline, padDistance 5, label 1. */
    public static RadiomicsResampling of(double... spacing) {
        return new RadiomicsResampling(spacing, Interpolator.BSPLINE, 5, 1);
    }

    /** Resampled (and cropped) image and mask, on one grid. */
    public record Result(Volume image, Volume mask) {
    }

    /** @param context names the patient/case in error messages */
    public Result apply(Volume image, Volume mask, String context) {
        Geometry mg = mask.geometry();
        int[] box = RoiBox.of(mask, label, context);
        RoiBox.requireInside(box, mg, image.geometry(), context);
        double[] target = new double[3];
        for (int i = 0; i < 3; i++) {
            target[i] = spacing[i] == 0 || box[3 + i] == 1 ? mg.spacing(i) : spacing[i];
        }
        if (allClose(image.geometry().spacing(), target)) {
            Volume onImage = Resampler.maskOntoGrid(mask, image.geometry());
            int[] b = RoiBox.of(onImage, label, context + " (mask on image grid)");
            int[] lower = new int[3];
            int[] size = new int[3];
            for (int i = 0; i < 3; i++) {
                lower[i] = Math.max(b[i] - padDistance, 0);
                int upper = Math.min(b[i] + b[3 + i] - 1 + padDistance, image.geometry().size(i) - 1);
                size[i] = upper - lower[i] + 1;
            }
            return new Result(Crop.of(image, lower, size), Crop.of(onImage, lower, size));
        }
        Geometry grid = grid(mg, box, target);
        return new Result(Resampler.resample(image, grid, interpolator),
            Resampler.resample(mask, grid, Interpolator.NEAREST));
    }

    private Geometry grid(Geometry mg, int[] box, double[] target) {
        int[] size = new int[3];
        double[] originIndex = new double[3];
        for (int i = 0; i < 3; i++) {
            double ratio = mg.spacing(i) / target[i];
            double lo = Math.floor((box[i] - 0.5) * ratio - padDistance);
            double hi = Math.ceil((box[i] + box[3 + i] - 0.5) * ratio + padDistance);
            double maxHi = Math.ceil(mg.size(i) * ratio) - 1;
            lo = Math.max(lo, 0);
            hi = Math.min(hi, maxHi);
            size[i] = (int) (hi - lo + 1);
            originIndex[i] = 0.5 * (target[i] - mg.spacing(i)) / mg.spacing(i) + lo / ratio;
        }
        return new Geometry(size, target, Crop.continuousIndexToPhysical(mg, originIndex), mg.direction());
    }

    /** numpy.allclose with its defaults: |a − b| ≤ 1e-8 + 1e-5·|b| for every element. */
    private static boolean allClose(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= 1e-8 + 1e-5 * Math.abs(b[i]))) {
                return false;
            }
        }
        return true;
    }
}
