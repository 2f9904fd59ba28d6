package org.nacrad.image.resample;

/**
 * One output voxel at a time, exactly as ITK evaluates it at a continuous index: the interpolator's taps along each
 * axis, then ITK's order (nested linear steps x, y, z; or the B-spline sum Σ ((wx·wy)·wz)·c with x fastest). Holds
 * its own tap buffers: one instance per thread.
 */
final class PointSampler {

    private final double[] src;
    private final int[] in;
    private final Interpolator ip;
    private final int[] ix;
    private final int[] iy;
    private final int[] iz;
    private final double[] wx;
    private final double[] wy;
    private final double[] wz;

    /** @param src voxel values, or B-spline coefficients for {@link Interpolator#BSPLINE} */
    PointSampler(double[] src, int[] in, Interpolator ip) {
        this.src = src;
        this.in = in;
        this.ip = ip;
        int s = ip.support();
        ix = new int[s];
        iy = new int[s];
        iz = new int[s];
        wx = new double[s];
        wy = new double[s];
        wz = new double[s];
    }

    /** Whether ITK's IsInsideBuffer accepts the continuous index c. */
    boolean inside(double[] c) {
        return Resampler.inBuffer(c[0], in[0]) && Resampler.inBuffer(c[1], in[1]) && Resampler.inBuffer(c[2], in[2]);
    }

    /** The interpolated value at c, or NaN outside the buffer. */
    double at(double[] c) {
        if (!inside(c)) {
            return Double.NaN;
        }
        ip.taps(c[0], in[0], ix, wx, 0);
        ip.taps(c[1], in[1], iy, wy, 0);
        ip.taps(c[2], in[2], iz, wz, 0);
        int nxy = in[0] * in[1];
        if (ip == Interpolator.LINEAR) {
            return Interpolator.lerp(alongXy(iz[0] * nxy), alongXy(iz[1] * nxy), wz[1]);
        }
        int s = ip.support();
        double sum = 0;
        for (int k = 0; k < s; k++) {
            for (int j = 0; j < s; j++) {
                int base = iz[k] * nxy + iy[j] * in[0];
                for (int i = 0; i < s; i++) {
                    sum += wx[i] * wy[j] * wz[k] * src[base + ix[i]];
                }
            }
        }
        return sum;
    }

    private double alongXy(int plane) {
        int r0 = plane + iy[0] * in[0];
        int r1 = plane + iy[1] * in[0];
        return Interpolator.lerp(Interpolator.lerp(src[r0 + ix[0]], src[r0 + ix[1]], wx[1]),
            Interpolator.lerp(src[r1 + ix[0]], src[r1 + ix[1]], wx[1]), wy[1]);
    }
}
