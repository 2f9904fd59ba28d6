package org.nacrad.image.morphology;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact squared Euclidean distance transform on an anisotropic grid (Felzenszwalb &amp; Huttenlocher 2012, "Distance
 * transforms of sampled functions"): three separable passes, each the lower envelope of parabolas
 * {@code (s·(q − p))² + f(p)} with s the axis spacing. Because direction matrices are orthonormal, spacing-weighted
 * index distances are physical distances between voxel centres. Lines are independent, so the parallel passes give
 * the same result for any thread count.
 */
public final class EuclideanDistance {

    private EuclideanDistance() {
    }

    /**
     * Squared distance in mm² from every voxel centre to the nearest foreground voxel centre (0 on the foreground,
     * +∞ everywhere if there is no foreground).
     */
    public static double[] squaredToForeground(boolean[] foreground, int[] size, double[] spacing) {
        int nx = size[0];
        int ny = size[1];
        int nz = size[2];
        double[] f = new double[foreground.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = foreground[i] ? 0 : Double.POSITIVE_INFINITY;
        }
        IntStream.range(0, nz).parallel().forEach(z -> {
            Line line = new Line(nx);
            for (int y = 0; y < ny; y++) {
                line.transform(f, nx * (y + ny * z), 1, nx, spacing[0]);
            }
        });
        IntStream.range(0, nz).parallel().forEach(z -> {
            Line line = new Line(ny);
            for (int x = 0; x < nx; x++) {
                line.transform(f, x + nx * ny * z, nx, ny, spacing[1]);
            }
        });
        IntStream.range(0, ny).parallel().forEach(y -> {
            Line line = new Line(nz);
            for (int x = 0; x < nx; x++) {
                line.transform(f, x + nx * y, nx * ny, nz, spacing[2]);
            }
        });
        return f;
    }

    /** Scratch for one 1D transform: sampled function, envelope vertices and boundaries. */
    private static final class Line {
        private final double[] values;
        private final int[] vertex;
        private final double[] bound;

        Line(int n) {
            values = new double[n];
            vertex = new int[n];
            bound = new double[n + 1];
        }

        void transform(double[] data, int start, int stride, int n, double spacing) {
            for (int i = 0; i < n; i++) {
                values[i] = data[start + i * stride];
            }
            double s2 = spacing * spacing;
            int k = -1;
            for (int q = 0; q < n; q++) {
                if (values[q] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double cross = Double.NEGATIVE_INFINITY;
                while (k >= 0) {
                    cross = intersection(vertex[k], q, s2);
                    if (cross > bound[k]) {
                        break;
                    }
                    k--;
                }
                k++;
                vertex[k] = q;
                bound[k] = k == 0 ? Double.NEGATIVE_INFINITY : cross;
                bound[k + 1] = Double.POSITIVE_INFINITY;
            }
            if (k < 0) {
                return; // no finite sample: the whole line stays at +∞
            }
            int j = 0;
            for (int q = 0; q < n; q++) {
                while (bound[j + 1] < q) {
                    j++;
                }
                double d = (q - vertex[j]) * spacing;
                data[start + q * stride] = d * d + values[vertex[j]];
            }
        }

        /** Index position where the parabolas rooted at p and q (p &lt; q) are equal. */
        private double intersection(int p, int q, double s2) {
            return ((values[q] + s2 * q * q) - (values[p] + s2 * p * p)) / (2 * s2 * (q - p));
        }
    }

    /** Distances (mm), the square root of {@link #squaredToForeground}. */
    public static double[] toForeground(boolean[] foreground, int[] size, double[] spacing) {
        double[] d = squaredToForeground(foreground, size, spacing);
        Arrays.setAll(d, i -> Math.sqrt(d[i]));
        return d;
    }
}
