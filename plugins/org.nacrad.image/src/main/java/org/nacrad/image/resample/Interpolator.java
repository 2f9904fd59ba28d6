package org.nacrad.image.resample;

/**
 * The interpolators of SimpleITK's ResampleImageFilter, expressed as separable one-dimensional kernels. For a
 * continuous index {@code c} along an axis of {@code n} voxels (already known to lie in ITK's buffer range
 * [-0.5, n-0.5)), {@link #taps} writes {@link #support()} voxel indices and weights. Nearest and linear act on the
 * voxel values, B-spline on the prefiltered coefficients (see {@link BSplineCoefficients}).
 */
public enum Interpolator {

    /**
     * ITK NearestNeighborInterpolateImageFunction: round half up, as ITK's Math::RoundHalfIntegerUp does it on x86-64
     * (round 2c + 0.5 to even, then halve), which differs from floor(c + 0.5) within an ulp of a tie.
     */
    NEAREST(1) {
        @Override
        void taps(double c, int n, int[] idx, double[] w, int off) {
            idx[off] = (int) Math.min((long) Math.rint(2 * c + 0.5) >> 1, n - 1);
            w[off] = 1;
        }
    },

    /**
     * ITK LinearInterpolateImageFunction: the base index (ITK's Math::Floor, rint(2c - 0.5) halved on x86-64) is
     * clamped to the first voxel and a neighbour beyond the last voxel is not used, so samples in the outer half voxel
     * take the edge value. The second weight is the distance d itself: ITK computes a + (b − a)·d axis by axis (x, then
     * y, then z), which {@link #lerp} repeats.
     */
    LINEAR(2) {
        @Override
        void taps(double c, int n, int[] idx, double[] w, int off) {
            int base = (int) Math.max((long) Math.rint(2 * c - 0.5) >> 1, 0);
            double d = c - base;
            idx[off] = base;
            idx[off + 1] = Math.min(base + 1, n - 1);
            if (d <= 0 || base + 1 > n - 1) {
                w[off] = 1;
                w[off + 1] = 0;
            } else {
                w[off] = 1 - d;
                w[off + 1] = d;
            }
        }
    },

    /**
     * ITK BSplineInterpolateImageFunction, order 3: four cubic B-spline weights starting at floor(c) - 1, with
     * indices outside the image reflected by ITK's mirror rule (period 2n-2, edge voxels not repeated). The first
     * index and the weights use ITK's expressions exactly (it floors the index rounded to single precision, so t may
     * be a hair below 0), so that the weights are bit for bit ITK's.
     */
    BSPLINE(4) {
        @Override
        void taps(double c, int n, int[] idx, double[] w, int off) {
            int first = (int) Math.floor((float) c) - 1;
            double t = c - (first + 1);
            double w3 = (1.0 / 6.0) * t * t * t;
            double w0 = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w3;
            double w2 = t + w0 - 2.0 * w3;
            double w1 = 1.0 - w0 - w2 - w3;
            w[off] = w0;
            w[off + 1] = w1;
            w[off + 2] = w2;
            w[off + 3] = w3;
            for (int k = 0; k < 4; k++) {
                idx[off + k] = mirror(first + k, n);
            }
        }
    };

    private final int support;

    Interpolator(int support) {
        this.support = support;
    }

    /** Number of voxels each output sample reads along one axis. */
    public int support() {
        return support;
    }

    abstract void taps(double c, int n, int[] idx, double[] w, int off);

    /** ITK's linear step between a and b at distance d (d = 0 when the axis is not interpolated: a alone). */
    static double lerp(double a, double b, double d) {
        return d == 0 ? a : a + (b - a) * d;
    }

    /** ITK's mirror boundary for B-spline evaluation: reflect about the first and last voxel centres. */
    static int mirror(int k, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * n - 2;
        int m = k < 0 ? -k % period : k % period;
        return m >= n ? period - m : m;
    }

    /** Parses "nearest", "linear", "bspline" (also SimpleITK's "sitkBSpline" etc.), case-insensitively. */
    public static Interpolator parse(String name) {
        String s = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("sitk")) {
            s = s.substring(4);
        }
        switch (s) {
            case "nearest", "nearestneighbor", "nn":
                return NEAREST;
            case "linear":
                return LINEAR;
            case "bspline", "bspline3", "cubic":
                return BSPLINE;
            default:
                throw new IllegalArgumentException("unknown interpolator '" + name + "' (use nearest, linear or bspline)");
        }
    }
}
