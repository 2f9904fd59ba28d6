package org.nacrad.deep.preprocess;

import java.util.Arrays;
import java.util.Random;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Interpolator;
import org.nacrad.image.resample.Resampler;

/**
 * Turns an image and its ROI mask into a network input, in this order:
 * <ol>
 * <li>crop to the bounding box of the mask's non-zero voxels, widened by the margin (⌈margin / spacing⌉ voxels per
 * axis). A box reaching past the image border is padded, not clipped: padded voxels repeat the nearest image voxel
 * (ITK's zero-flux Neumann boundary) and lie outside the ROI;</li>
 * <li>resample to isotropic spacing (linear for the image, nearest neighbour for the mask) on a grid centred on the
 * box, ⌊n·spacing / target⌉ voxels per axis;</li>
 * <li>normalise intensities ({@link Normalisation});</li>
 * <li>resize to the output size (linear, voxel centres aligned like torch's
 * {@code interpolate(mode='trilinear', align_corners=False)}: output voxel j samples input index
 * (j + ½)·n/m − ½; nearest neighbour for the mask);</li>
 * <li>optionally set voxels outside the resized ROI to 0.</li>
 * </ol>
 * The result is float32 in (z, y, x) order. Every step is deterministic; the only random step (MedicalNet's
 * background fill) uses the settings' seed.
 */
public final class Preprocessor {

    private final PreprocessSettings settings;

    public Preprocessor(PreprocessSettings settings) {
        this.settings = settings;
    }

    public PreprocessSettings settings() {
        return settings;
    }

    /** @param caseName patient/image name used in error messages */
    public NetworkInput prepare(Volume image, Volume mask, String caseName) {
        requireFinite(image, caseName);
        if (!settings.enabled()) {
            return toInput(image);
        }
        if (mask == null || !image.geometry().sameGrid(mask.geometry(), Geometry.DEFAULT_TOLERANCE)) {
            throw new IllegalArgumentException(caseName + ": the mask is missing or not on the image's grid (image "
                + image.geometry() + (mask == null ? "" : ", mask " + mask.geometry()) + ")");
        }
        int[][] box = boundingBox(mask, caseName);
        Volume crop = PaddedCrop.image(image, box[0], box[1]);
        Volume cropMask = PaddedCrop.mask(mask, box[0], box[1]);

        double iso = settings.isotropicSpacingMm() > 0 ? settings.isotropicSpacingMm() : finest(image.geometry());
        Geometry isoGrid = isotropicGrid(crop.geometry(), iso);
        Volume img = Resampler.resample(crop, isoGrid, Interpolator.LINEAR, PixelType.FLOAT64, 0);
        Volume roi = Resampler.maskOntoGrid(cropMask, isoGrid);
        if (countRoi(roi) == 0) {
            throw new IllegalArgumentException(caseName + ": the ROI is smaller than one voxel after resampling to "
                + iso + " mm (mask has " + countRoi(mask) + " voxel(s) at spacing "
                + Arrays.toString(image.geometry().spacing()) + " mm)");
        }
        normalise(img.data(), roi.data(), caseName);

        Geometry outGrid = resizedGrid(isoGrid, settings.outputSize());
        Volume out = Resampler.resample(img, outGrid, Interpolator.LINEAR, PixelType.FLOAT64, 0);
        if (settings.maskOutsideRoi()) {
            double[] m = Resampler.maskOntoGrid(roi, outGrid).data();
            double[] v = out.data();
            for (int i = 0; i < v.length; i++) {
                if (m[i] == 0) {
                    v[i] = 0;
                }
            }
        }
        return toInput(out);
    }

    private static NetworkInput toInput(Volume v) {
        double[] d = v.data();
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        int[] s = v.geometry().size();
        return new NetworkInput(f, new int[] {s[2], s[1], s[0]});
    }

    /** Lower corner and size (may extend past the image) of the mask's non-zero voxels plus the margin. */
    private int[][] boundingBox(Volume mask, String caseName) {
        Geometry g = mask.geometry();
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        double[] m = mask.data();
        for (int z = 0, i = 0; z < g.size(2); z++) {
            for (int y = 0; y < g.size(1); y++) {
                for (int x = 0; x < g.size(0); x++, i++) {
                    if (m[i] != 0) {
                        int[] p = {x, y, z};
                        for (int a = 0; a < 3; a++) {
                            lo[a] = Math.min(lo[a], p[a]);
                            hi[a] = Math.max(hi[a], p[a]);
                        }
                    }
                }
            }
        }
        if (hi[0] < 0) {
            throw new IllegalArgumentException(caseName + ": the mask is empty (no voxel ≠ 0)");
        }
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            int margin = (int) Math.ceil(settings.marginMm() / g.spacing(a) - 1e-9);
            lo[a] -= margin;
            size[a] = hi[a] + margin - lo[a] + 1;
        }
        return new int[][] {lo, size};
    }

    private static double finest(Geometry g) {
        return Math.min(g.spacing(0), Math.min(g.spacing(1), g.spacing(2)));
    }

    /** Isotropic grid centred on the box: round(n·spacing/iso) voxels per axis (at least 1). */
    static Geometry isotropicGrid(Geometry g, double iso) {
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            size[a] = (int) Math.max(1, Math.round(g.size(a) * g.spacing(a) / iso));
        }
        return centredGrid(g, size, new double[] {iso, iso, iso});
    }

    /** Grid of {@code size} voxels spanning exactly the extent of {@code g} (torch's align_corners=False). */
    static Geometry resizedGrid(Geometry g, int[] size) {
        double[] spacing = new double[3];
        for (int a = 0; a < 3; a++) {
            spacing[a] = g.size(a) * g.spacing(a) / size[a];
        }
        return centredGrid(g, size, spacing);
    }

    /** Same direction and centre as {@code g}; the first voxel centre sits at continuous index (n−1)/2 − (m−1)/2·s'/s. */
    private static Geometry centredGrid(Geometry g, int[] size, double[] spacing) {
        double[] c = new double[3];
        for (int a = 0; a < 3; a++) {
            c[a] = (g.size(a) - 1) / 2.0 - (size[a] - 1) / 2.0 * spacing[a] / g.spacing(a);
        }
        return new Geometry(size, spacing, g.indexToPhysical(c[0], c[1], c[2]), g.direction());
    }

    private void normalise(double[] v, double[] roi, String caseName) {
        switch (settings.normalisation()) {
            case ZSCORE_ROI -> {
                double[] ms = meanStd(v, roi, false);
                double scale = ms[1] > 0 ? 1 / ms[1] : 1;
                for (int i = 0; i < v.length; i++) {
                    v[i] = (v[i] - ms[0]) * scale;
                }
            }
            case MEDICALNET -> {
                double[] ms = meanStd(v, null, true);
                if (Double.isNaN(ms[0])) {
                    throw new IllegalArgumentException(caseName + ": MedicalNet normalisation needs voxels > 0 in the crop");
                }
                double scale = ms[1] > 0 ? 1 / ms[1] : 1;
                Random noise = new Random(settings.seed());
                for (int i = 0; i < v.length; i++) {
                    v[i] = v[i] == 0 ? noise.nextGaussian() : (v[i] - ms[0]) * scale;
                }
            }
            case NONE -> {
            }
        }
    }

    /** Mean and population std over ROI voxels (roi ≠ null) or over voxels &gt; 0 (positiveOnly). */
    private static double[] meanStd(double[] v, double[] roi, boolean positiveOnly) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < v.length; i++) {
            if (roi != null ? roi[i] != 0 : !positiveOnly || v[i] > 0) {
                sum += v[i];
                n++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < v.length; i++) {
            if (roi != null ? roi[i] != 0 : !positiveOnly || v[i] > 0) {
                ss += (v[i] - mean) * (v[i] - mean);
            }
        }
        return new double[] {mean, Math.sqrt(ss / n)};
    }

    private static int countRoi(Volume mask) {
        int n = 0;
        for (double v : mask.data()) {
            if (v != 0) {
                n++;
            }
        }
        return n;
    }

    private static void requireFinite(Volume image, String caseName) {
        double[] d = image.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                int[] s = image.geometry().size();
                throw new IllegalArgumentException(caseName + ": the image has a non-finite voxel (" + d[i]
                    + ") at index (" + i % s[0] + ", " + (i / s[0]) % s[1] + ", " + i / (s[0] * s[1]) + ")");
            }
        }
    }
}
