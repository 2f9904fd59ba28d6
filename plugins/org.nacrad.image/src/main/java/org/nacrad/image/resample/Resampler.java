package org.nacrad.image.resample;

import java.util.stream.IntStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Resampling onto any target grid with the semantics of SimpleITK's ResampleImageFilter under the identity
 * transform: each output voxel centre is mapped to a continuous input index; points outside ITK's buffer range
 * [-0.5, n-0.5) on any axis get the default value; others are interpolated and stored as the output pixel type (by
 * default the input's, as SimpleITK does; see {@link OutputCast}). Work is split over output slices; every voxel is
 * computed by the same arithmetic whatever the thread count, so results are deterministic. The continuous indices are
 * those ITK computes, bit for bit for grids with diagonal directions (see {@link IndexMapping}), so nearest-neighbour
 * ties and samples exactly on the buffer edge fall as in SimpleITK. When both directions are diagonal the three axes
 * are processed one after another (separable), and B-spline values that an integer output type would truncate within
 * rounding of an integer are summed again in ITK's order; otherwise each voxel gathers its 1/8/64 neighbours directly,
 * with its own ITK index (oblique grids, even two sharing one direction, map their axes into each other at the last
 * bit, which decides ties) and summed in ITK's order.
 */
public final class Resampler {

    private Resampler() {
    }

    /** Resample keeping the input pixel type, default value 0 (SimpleITK's defaults). */
    public static Volume resample(Volume input, Geometry target, Interpolator interpolator) {
        return resample(input, target, interpolator, input.pixelType(), 0.0);
    }

    /**
     * @param outputType stored type of the result (SimpleITK's outputPixelType)
     * @param defaultValue value of output voxels whose centre falls outside the input (cast to the output type)
     */
    public static Volume resample(Volume input, Geometry target, Interpolator interpolator, PixelType outputType,
        double defaultValue) {
        requireFinite(input);
        if (target.voxelCount() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("target grid too large: " + target);
        }
        double[] source = interpolator == Interpolator.BSPLINE
            ? BSplineCoefficients.of(input.data(), input.geometry().size()) : input.data();
        IndexMapping mapping = new IndexMapping(input.geometry(), target);
        double[] out = new double[(int) target.voxelCount()];
        SeparableSampler sampler = null;
        if (mapping.exactlySeparable()) {
            sampler = new SeparableSampler(source, input.geometry().size(), target.size(), mapping, interpolator);
            sampler.run(out);
        } else {
            gather(source, input.geometry().size(), target.size(), mapping, interpolator, out);
        }
        store(out, target.size(), outputType, OutputCast.apply(defaultValue, outputType),
            interpolator == Interpolator.BSPLINE && outputType.isInteger() ? sampler : null);
        return new Volume(target, outputType, out);
    }

    /**
     * Casts every value to the output type; the samplers leave NaN outside the input (finite input never interpolates
     * to NaN), which becomes {@code fill}. An integer type truncates, so where a separable B-spline sum lies within
     * rounding of a non-zero integer the side it falls on must be ITK's: such voxels are summed again in ITK's order
     * by {@code resum} (null when not needed).
     */
    private static void store(double[] out, int[] size, PixelType type, double fill, SeparableSampler resum) {
        IntStream.range(0, size[2]).parallel().forEach(z -> {
            int i = z * size[0] * size[1];
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++, i++) {
                    double v = out[i];
                    if (Double.isNaN(v)) {
                        out[i] = fill;
                        continue;
                    }
                    if (resum != null) {
                        double r = Math.rint(v);
                        if (r != 0 && Math.abs(v - r) <= 1e-9 * Math.abs(r)) {
                            v = resum.inItkOrder(x, y, z);
                        }
                    }
                    out[i] = OutputCast.apply(v, type);
                }
            }
        });
    }

    /** A mask (or any label image) onto another grid: always nearest neighbour, label type kept. */
    public static Volume maskOntoGrid(Volume mask, Geometry grid) {
        return resample(mask, grid, Interpolator.NEAREST);
    }

    /**
     * The grid SimpleITK users build to change spacing while keeping the physical extent: same origin and direction,
     * size_i = round(size_i · spacing_i / newSpacing_i), at least 1.
     */
    public static Geometry gridWithSpacing(Geometry g, double[] newSpacing) {
        if (newSpacing.length != 3) {
            throw new IllegalArgumentException("target spacing needs 3 values");
        }
        int[] size = new int[3];
        for (int i = 0; i < 3; i++) {
            if (!(newSpacing[i] > 0) || !Double.isFinite(newSpacing[i])) {
                throw new IllegalArgumentException("target spacing must be positive: " + newSpacing[i]);
            }
            size[i] = (int) Math.max(1, Math.round(g.size(i) * g.spacing(i) / newSpacing[i]));
        }
        return new Geometry(size, newSpacing, g.origin(), g.direction());
    }

    /** Resample to a spacing keeping origin, direction and physical extent (see {@link #gridWithSpacing}). */
    public static Volume toSpacing(Volume input, double[] spacing, Interpolator interpolator) {
        return resample(input, gridWithSpacing(input.geometry(), spacing), interpolator);
    }

    /** 1 × 1 × 1 mm, the default target. */
    public static Volume toIsotropic1mm(Volume input, Interpolator interpolator) {
        return toSpacing(input, new double[] {1, 1, 1}, interpolator);
    }

    private static void requireFinite(Volume v) {
        double[] d = v.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                int[] s = v.geometry().size();
                throw new IllegalArgumentException("image has a non-finite voxel (" + d[i] + ") at index ("
                    + i % s[0] + ", " + (i / s[0]) % s[1] + ", " + i / (s[0] * s[1]) + ")");
            }
        }
    }

    static boolean inBuffer(double c, int n) {
        return c >= -0.5 && c < n - 0.5;
    }

    /** Σ ((wx·wy)·wz)·src over the support³ taps, x fastest: ITK's BSplineInterpolateImageFunction order. */
    static double sumInItkOrder(double[] src, int[] in, int s, int[] ix, double[] wx, int ox, int[] iy, double[] wy,
        int oy, int[] iz, double[] wz, int oz) {
        int nxy = in[0] * in[1];
        double sum = 0;
        for (int k = 0; k < s; k++) {
            for (int j = 0; j < s; j++) {
                int base = iz[oz + k] * nxy + iy[oy + j] * in[0];
                for (int i = 0; i < s; i++) {
                    sum += wx[ox + i] * wy[oy + j] * wz[oz + k] * src[base + ix[ox + i]];
                }
            }
        }
        return sum;
    }

    /** ITK's trilinear evaluation: steps along x for the four (y, z) corners, then along y, then along z. */
    static double lerpInItkOrder(double[] src, int[] in, int[] ix, double[] wx, int[] iy, double[] wy, int[] iz,
        double[] wz) {
        int nxy = in[0] * in[1];
        return Interpolator.lerp(alongXy(src, in, ix, wx, iy, wy, iz[0] * nxy),
            alongXy(src, in, ix, wx, iy, wy, iz[1] * nxy), wz[1]);
    }

    private static double alongXy(double[] src, int[] in, int[] ix, double[] wx, int[] iy, double[] wy, int plane) {
        int r0 = plane + iy[0] * in[0];
        int r1 = plane + iy[1] * in[0];
        return Interpolator.lerp(Interpolator.lerp(src[r0 + ix[0]], src[r0 + ix[1]], wx[1]),
            Interpolator.lerp(src[r1 + ix[0]], src[r1 + ix[1]], wx[1]), wy[1]);
    }

    /**
     * Oblique case: each output voxel combines its 1/8/64 neighbours directly, in ITK's order (nested linear steps,
     * or the B-spline sum).
     */
    private static void gather(double[] src, int[] in, int[] out, IndexMapping m, Interpolator ip, double[] dst) {
        int s = ip.support();
        IntStream.range(0, out[2]).parallel().forEach(z -> {
            double[] c = new double[3];
            double[] start = new double[3];
            double[] span = new double[3];
            int[] ix = new int[s];
            int[] iy = new int[s];
            int[] iz = new int[s];
            double[] wx = new double[s];
            double[] wy = new double[s];
            double[] wz = new double[s];
            for (int y = 0; y < out[1]; y++) {
                int row = out[0] * (y + out[1] * z);
                m.scanline(y, z, start, span);
                for (int x = 0; x < out[0]; x++) {
                    m.along(start, span, x, c);
                    if (!(inBuffer(c[0], in[0]) && inBuffer(c[1], in[1]) && inBuffer(c[2], in[2]))) {
                        dst[row + x] = Double.NaN;
                        continue;
                    }
                    ip.taps(c[0], in[0], ix, wx, 0);
                    ip.taps(c[1], in[1], iy, wy, 0);
                    ip.taps(c[2], in[2], iz, wz, 0);
                    dst[row + x] = ip == Interpolator.LINEAR ? lerpInItkOrder(src, in, ix, wx, iy, wy, iz, wz)
                        : sumInItkOrder(src, in, s, ix, wx, 0, iy, wy, 0, iz, wz, 0);
                }
            }
        });
    }
}
