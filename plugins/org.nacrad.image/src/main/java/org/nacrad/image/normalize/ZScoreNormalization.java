package org.nacrad.image.normalize;

import java.util.OptionalDouble;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * PyRadiomics' {@code imageoperations.normalizeImage} (v3.0.1): z = (x − μ)/σ with μ and σ over the whole image
 * (SimpleITK's Normalize: σ is the sample standard deviation, N − 1), then, if {@code removeOutliers} = n is set,
 * z clipped to [−n, n], then multiplied by {@code scale} (PyRadiomics' normalizeScale). The result is float64 on the
 * same grid, as SimpleITK returns it. With a mask, μ and σ are taken over the mask's non-zero voxels only and the
 * same transform is applied to every voxel (our extension; PyRadiomics always uses the whole image).
 *
 * @param scale normalizeScale (PyRadiomics' default 1)
 * @param removeOutliers clip bound in standard deviations, applied before scaling; empty = no clipping
 */
public record ZScoreNormalization(double scale, OptionalDouble removeOutliers) {

    public ZScoreNormalization {
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("normalizeScale must be a finite non-zero number, got " + scale);
        }
        if (removeOutliers.isPresent() && !(removeOutliers.getAsDouble() > 0)) {
            throw new IllegalArgumentException("removeOutliers must be positive, got " + removeOutliers.getAsDouble());
        }
    }

    /** PyRadiomics' defaults: scale 1, no outlier removal. */
    public static ZScoreNormalization defaults() {
        return new ZScoreNormalization(1, OptionalDouble.empty());
    }

    /**
     * @param mask voxels whose statistics define μ and σ (non-zero = inside), or null for the whole image
     * @param context patient/case named in errors
     */
    public Volume apply(Volume image, Volume mask, String context) {
        double[] x = image.data();
        boolean[] roi = mask == null ? null : roi(image.geometry(), mask, context);
        double sum = 0;
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(context + ": image has a non-finite voxel at index " + i);
            }
            if (roi == null || roi[i]) {
                sum += x[i];
                n++;
            }
        }
        String where = roi == null ? "the image" : "the mask";
        if (n < 2) {
            throw new IllegalArgumentException(context + ": " + where + " has " + n
                + " voxel(s); z-score normalisation needs at least 2");
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            if (roi == null || roi[i]) {
                double d = x[i] - mean;
                ss += d * d;
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 0)) {
            throw new IllegalArgumentException(context + ": intensities are constant over " + where
                + "; cannot normalise");
        }
        double bound = removeOutliers.orElse(Double.POSITIVE_INFINITY);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - mean) / sd;
            out[i] = Math.max(-bound, Math.min(bound, z)) * scale;
        }
        return new Volume(image.geometry(), PixelType.FLOAT64, out);
    }

    private static boolean[] roi(Geometry g, Volume mask, String context) {
        if (!g.sameGrid(mask.geometry(), Geometry.DEFAULT_TOLERANCE)) {
            throw new IllegalArgumentException(context + ": the mask is not on the image grid (image " + g + "; mask "
                + mask.geometry() + "); resample the mask onto the image first");
        }
        double[] m = mask.data();
        boolean[] roi = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            roi[i] = m[i] != 0;
        }
        return roi;
    }
}
