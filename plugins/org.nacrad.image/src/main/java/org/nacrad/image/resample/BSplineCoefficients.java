package org.nacrad.image.resample;

import java.math.BigDecimal;
import java.util.stream.IntStream;

/**
 * Cubic B-spline prefilter as ITK's BSplineDecompositionImageFilter computes it (Unser's recursive filter, one pole
 * z = √3 − 2, gain 6, mirror boundaries, causal initialisation truncated at ITK's tolerance 1e-10), applied along x,
 * then y, then z. Axes with a single voxel are left unfiltered, as ITK does.
 */
final class BSplineCoefficients {

    private static final double POLE = Math.sqrt(3.0) - 2.0;
    private static final double GAIN = (1.0 - POLE) * (1.0 - 1.0 / POLE);
    private static final int HORIZON = (int) Math.ceil(Math.log(1e-10) / Math.log(Math.abs(POLE)));
    /** z^k correctly rounded, as glibc's pow (nearly always) gives it where Math.pow may differ in the last bit. */
    private static final double[] POLE_POWERS = new double[HORIZON];

    static {
        for (int k = 0; k < HORIZON; k++) {
            POLE_POWERS[k] = new BigDecimal(POLE).pow(k).doubleValue();
        }
    }

    private BSplineCoefficients() {
    }

    /** Coefficients of the interpolating cubic spline through {@code data} (a new array; the input is untouched). */
    static double[] of(double[] data, int[] size) {
        double[] c = data.clone();
        int nx = size[0];
        int ny = size[1];
        int nz = size[2];
        if (nx > 1) {
            IntStream.range(0, nz).parallel().forEach(z -> {
                for (int y = 0; y < ny; y++) {
                    filter(c, nx * (y + ny * z), 1, nx, 1);
                }
            });
        }
        if (ny > 1) {
            IntStream.range(0, nz).parallel().forEach(z -> filter(c, nx * ny * z, nx, ny, nx));
        }
        if (nz > 1) {
            IntStream.range(0, ny).parallel().forEach(y -> filter(c, nx * y, nx * ny, nz, nx));
        }
        return c;
    }

    /**
     * Filters in place {@code width} parallel lines of {@code n} samples: sample i of line j is at
     * {@code base + i * stride + j}. Sweeping whole rows keeps memory access contiguous for the y and z axes.
     */
    private static void filter(double[] c, int base, int stride, int n, int width) {
        for (int i = 0; i < n; i++) {
            int row = base + i * stride;
            for (int j = 0; j < width; j++) {
                c[row + j] *= GAIN;
            }
        }
        double poleToLast = HORIZON < n ? 0 : POLE_POWERS[n - 1];
        for (int j = 0; j < width; j++) {
            c[base + j] = initialCausal(c, base + j, stride, n, poleToLast);
        }
        for (int i = 1; i < n; i++) {
            int row = base + i * stride;
            for (int j = 0; j < width; j++) {
                c[row + j] += POLE * c[row - stride + j];
            }
        }
        int last = base + (n - 1) * stride;
        for (int j = 0; j < width; j++) {
            c[last + j] = (POLE / (POLE * POLE - 1.0)) * (POLE * c[last - stride + j] + c[last + j]);
        }
        for (int i = n - 2; i >= 0; i--) {
            int row = base + i * stride;
            for (int j = 0; j < width; j++) {
                c[row + j] = POLE * (c[row + stride + j] - c[row + j]);
            }
        }
    }

    /**
     * First causal coefficient: truncated sum for long lines, exact mirror-symmetric sum for short ones, in ITK's
     * order of operations; {@code poleToLast} is z^(n-1) for the short-line case.
     */
    private static double initialCausal(double[] c, int first, int stride, int n, double poleToLast) {
        double zn = POLE;
        if (HORIZON < n) {
            double sum = c[first];
            for (int i = 1; i < HORIZON; i++) {
                sum += zn * c[first + i * stride];
                zn *= POLE;
            }
            return sum;
        }
        double iz = 1.0 / POLE;
        double z2n = poleToLast;
        double sum = c[first] + z2n * c[first + (n - 1) * stride];
        z2n *= z2n * iz;
        for (int i = 1; i <= n - 2; i++) {
            sum += (zn + z2n) * c[first + i * stride];
            zn *= POLE;
            z2n *= iz;
        }
        return sum / (1.0 - zn * zn);
    }
}
