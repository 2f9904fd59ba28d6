package org.nacrad.image.resample;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Resampling when each output axis maps onto one input axis: interpolate along x for every input row, then along y,
 * then along z. Each pass applies the same one-dimensional taps the direct 3D sum would use, so the result equals it up
 * to floating-point summation order, at a fraction of the cost (4+4+4 instead of 64 taps per voxel for B-splines).
 * Output voxels outside the input buffer on any axis are left NaN for the caller to fill.
 */
final class SeparableSampler {

    private final double[] src;
    private final int[] in;
    private final int[] out;
    private final int support;
    private final boolean linear;
    private final int[][] idx = new int[3][];
    private final double[][] w = new double[3][];
    private final boolean[][] inside = new boolean[3][];

    SeparableSampler(double[] src, int[] in, int[] out, IndexMapping mapping, Interpolator ip) {
        this.src = src;
        this.in = in;
        this.out = out;
        this.support = ip.support();
        this.linear = ip == Interpolator.LINEAR;
        for (int a = 0; a < 3; a++) {
            idx[a] = new int[out[a] * support];
            w[a] = new double[out[a] * support];
            inside[a] = new boolean[out[a]];
            for (int k = 0; k < out[a]; k++) {
                double c = mapping.along(a, k);
                inside[a][k] = Resampler.inBuffer(c, in[a]);
                if (inside[a][k]) {
                    ip.taps(c, in[a], idx[a], w[a], k * support);
                }
            }
        }
    }

    void run(double[] dst) {
        int ox = out[0];
        int oy = out[1];
        double[] alongX = new double[ox * in[1] * in[2]];
        IntStream.range(0, in[2]).parallel().forEach(z -> {
            for (int y = 0; y < in[1]; y++) {
                int srcRow = in[0] * (y + in[1] * z);
                int dstRow = ox * (y + in[1] * z);
                for (int x = 0; x < ox; x++) {
                    if (inside[0][x]) {
                        alongX[dstRow + x] = dot(0, x, src, srcRow, 1);
                    }
                }
            }
        });
        double[] alongY = new double[ox * oy * in[2]];
        IntStream.range(0, in[2]).parallel().forEach(z -> {
            for (int y = 0; y < oy; y++) {
                if (!inside[1][y]) {
                    continue;
                }
                int dstRow = ox * (y + oy * z);
                for (int x = 0; x < ox; x++) {
                    alongY[dstRow + x] = dot(1, y, alongX, x + ox * in[1] * z, ox);
                }
            }
        });
        IntStream.range(0, out[2]).parallel().forEach(z -> {
            int plane = ox * oy;
            if (!inside[2][z]) {
                Arrays.fill(dst, z * plane, (z + 1) * plane, Double.NaN);
                return;
            }
            for (int y = 0; y < oy; y++) {
                int row = ox * (y + oy * z);
                for (int x = 0; x < ox; x++) {
                    dst[row + x] = inside[0][x] && inside[1][y] ? dot(2, z, alongY, x + ox * y, plane) : Double.NaN;
                }
            }
        });
    }

    /**
     * Value at output index k on axis a from {@code data[base + tapIndex * stride]}: ITK's linear step, or the
     * weighted sum of the taps.
     */
    private double dot(int a, int k, double[] data, int base, int stride) {
        int o = k * support;
        if (linear) {
            return Interpolator.lerp(data[base + idx[a][o] * stride], data[base + idx[a][o + 1] * stride], w[a][o + 1]);
        }
        double sum = 0;
        for (int t = 0; t < support; t++) {
            sum += w[a][o + t] * data[base + idx[a][o + t] * stride];
        }
        return sum;
    }
}
