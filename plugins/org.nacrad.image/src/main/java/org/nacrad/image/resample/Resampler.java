package org.nacrad.image.resample;

import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Resampling onto any target grid with the semantics of SimpleITK's ResampleImageFilter under the identity
 * transform: each output voxel centre is mapped to a continuous input index; points outside ITK's buffer range
 * [-0.5, n-0.5) on any axis get the default value; others are interpolated and stored as the output pixel type (by
 * default the input's, as SimpleITK does; see {@link OutputCast}). Work is split over output slices; every voxel is
 * computed by the same arithmetic whatever the thread count, so results are deterministic. Continuous indices,
 * interpolation formulas and summation order are ITK's (see {@link IndexMapping}, {@link PointSampler}), so
 * nearest-neighbour ties, samples exactly on the buffer edge and truncation to integer types fall as in SimpleITK.
 * When each output axis maps onto one input axis (both directions diagonal, or sharing one oblique direction for
 * linear and B-spline) the three axes are processed one after another (separable); the final pass then re-evaluates
 * at ITK's exact index the voxels where that shortcut could differ (edge decisions on oblique grids, values within
 * rounding of an integer for integer types). Otherwise each voxel is evaluated directly at its own index.
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
        int[] in = input.geometry().size();
        double[] out = new double[(int) target.voxelCount()];
        boolean exact = mapping.exactlySeparable();
        boolean separable = exact || interpolator != Interpolator.NEAREST && mapping.axisAligned();
        if (separable) {
            new SeparableSampler(source, in, target.size(), mapping, interpolator).run(out);
        } else {
            gather(mapping, target.size(), () -> new PointSampler(source, in, interpolator), out);
        }
        boolean resum = separable && outputType.isInteger() && interpolator != Interpolator.NEAREST;
        store(out, target.size(), outputType, OutputCast.apply(defaultValue, outputType), mapping,
            separable && !exact, resum, () -> new PointSampler(source, in, interpolator));
        return new Volume(target, outputType, out);
    }

    /**
     * Casts every value to the output type; NaN (outside the input: finite input never interpolates to NaN) becomes
     * {@code fill}. Separable results are corrected where they could differ from ITK's: when {@code approximate} (axes
     * parallel only up to rounding) every voxel's index is recomputed as ITK does, deciding inside or outside, and
     * voxels the separable pass left out are evaluated; when {@code resum} (an integer type truncates), values within
     * rounding of a non-zero integer are evaluated again in ITK's order so they fall on ITK's side.
     */
    private static void store(double[] out, int[] size, PixelType type, double fill, IndexMapping m,
        boolean approximate, boolean resum, Supplier<PointSampler> points) {
        IntStream.range(0, size[2]).parallel().forEach(z -> {
            PointSampler exact = approximate || resum ? points.get() : null;
            double[] start = new double[3];
            double[] span = new double[3];
            double[] c = new double[3];
            int i = z * size[0] * size[1];
            for (int y = 0; y < size[1]; y++) {
                if (exact != null) {
                    m.scanline(y, z, start, span);
                }
                for (int x = 0; x < size[0]; x++, i++) {
                    double v = out[i];
                    boolean nearInteger = resum && nearInteger(v);
                    if (approximate || nearInteger) {
                        m.along(start, span, x, c);
                        if (!exact.inside(c)) {
                            v = Double.NaN;
                        } else if (Double.isNaN(v) || nearInteger) {
                            v = exact.at(c);
                        }
                    }
                    out[i] = Double.isNaN(v) ? fill : OutputCast.apply(v, type);
                }
            }
        });
    }

    private static boolean nearInteger(double v) {
        double r = Math.rint(v);
        return r != 0 && Math.abs(v - r) <= 1e-9 * Math.abs(r);
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

    /** Oblique case: each output voxel is evaluated at its own ITK index (see {@link PointSampler}). */
    private static void gather(IndexMapping m, int[] out, Supplier<PointSampler> points, double[] dst) {
        IntStream.range(0, out[2]).parallel().forEach(z -> {
            PointSampler sampler = points.get();
            double[] c = new double[3];
            double[] start = new double[3];
            double[] span = new double[3];
            for (int y = 0; y < out[1]; y++) {
                int row = out[0] * (y + out[1] * z);
                m.scanline(y, z, start, span);
                for (int x = 0; x < out[0]; x++) {
                    m.along(start, span, x, c);
                    dst[row + x] = sampler.at(c);
                }
            }
        });
    }
}
