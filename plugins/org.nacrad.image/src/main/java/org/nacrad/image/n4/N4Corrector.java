package org.nacrad.image.n4;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * N4 bias-field correction (Tustison et al., IEEE TMI 2010) as ITK's N4BiasFieldCorrectionImageFilter computes it,
 * driven the way SimpleITK users drive it: optionally shrink image and mask, run N4 on the shrunk grid, reconstruct
 * the fitted B-spline log bias field on the full-resolution grid and divide the input by its exponential.
 *
 * <p>Per fitting level, until the maximum iterations or convergence: the log image minus the current log bias is
 * sharpened ({@link HistogramSharpener}), the residual is approximated by a single-level B-spline lattice that is
 * added to the running lattice, and the new field is compared with the old one by the coefficient of variation of
 * exp(old − new) inside the mask. Between levels the lattice is refined to twice the spans.
 */
public final class N4Corrector {

    private N4Corrector() {
    }

    /**
     * @param image  the image to correct; every voxel must be finite
     * @param mask   voxels used to estimate the field (label or non-zero, see {@link N4Parameters}), on the image
     *               grid; {@code null} uses every voxel
     * @param params settings
     * @throws IllegalArgumentException for non-finite voxels, a mask on another grid, an empty mask, an axis too
     *                                  short after shrinking, or constant intensities inside the mask
     */
    public static N4Result correct(Volume image, Volume mask, N4Parameters params) {
        return correct(image, mask, params, N4Monitor.NONE);
    }

    /** As {@link #correct(Volume, Volume, N4Parameters)}, telling {@code monitor} after every iteration. */
    public static N4Result correct(Volume image, Volume mask, N4Parameters params, N4Monitor monitor) {
        Geometry full = image.geometry();
        requireFinite(image);
        boolean[] include = mask == null ? null : selection(mask, full, params);
        ShrinkGrid work = ShrinkGrid.of(full.size(), params.shrinkFactor());
        double[] values = work.sample(image.data());
        boolean[] workInclude = include == null ? null : work.sample(include);
        if (workInclude != null && count(workInclude) == 0) {
            throw new IllegalArgumentException("N4: the mask selects no voxel after shrinking by "
                + params.shrinkFactor() + "; use a smaller shrink factor");
        }
        try (Workers workers = new Workers(params.threads())) {
            Fit fit = new Fit(values, workInclude, work.size(), params, workers).run(monitor);
            double[] logBias = params.shrinkFactor() == 1 ? fit.logBias
                : fit.lattice.evaluate(full.size(), workers, new double[image.data().length]);
            double[] corrected = new double[logBias.length];
            double[] in = image.data();
            workers.forEach(full.size(2), z -> {
                int slab = full.size(0) * full.size(1);
                for (int i = z * slab; i < (z + 1) * slab; i++) {
                    corrected[i] = in[i] / Math.exp(logBias[i]);
                }
            });
            PixelType type = image.pixelType() == PixelType.FLOAT32 ? PixelType.FLOAT32 : PixelType.FLOAT64;
            return new N4Result(new Volume(full, type, corrected), new Volume(full, type, logBias), fit.iterations,
                fit.convergence);
        }
    }

    private static void requireFinite(Volume image) {
        double[] data = image.data();
        int nx = image.geometry().size(0);
        int ny = image.geometry().size(1);
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("N4: the image has a non-finite voxel (" + data[i] + ") at index (x="
                    + i % nx + ", y=" + (i / nx) % ny + ", z=" + i / (nx * ny) + ")");
            }
        }
    }

    private static boolean[] selection(Volume mask, Geometry grid, N4Parameters params) {
        if (!mask.geometry().sameGrid(grid, Geometry.DEFAULT_TOLERANCE)) {
            throw new IllegalArgumentException("N4: the mask is on another grid than the image (mask "
                + mask.geometry() + ", image " + grid + ")");
        }
        double[] m = mask.data();
        boolean[] include = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            include[i] = params.useMaskLabel() ? m[i] == params.maskLabel() : m[i] != 0;
        }
        if (count(include) == 0) {
            throw new IllegalArgumentException(params.useMaskLabel()
                ? "N4: the mask has no voxel with label " + params.maskLabel() : "N4: the mask is empty");
        }
        return include;
    }

    private static int count(boolean[] include) {
        int n = 0;
        for (boolean b : include) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** The iterative estimation on the working grid. */
    private static final class Fit {
        private final double[] logInput;
        private final boolean[] include;
        private final int[] size;
        private final N4Parameters params;
        private final Workers workers;
        private final HistogramSharpener sharpener;
        private final int slab;
        private final int slices;
        private final float[] ratioBuffer;

        double[] logBias;
        BSplineLattice lattice;
        final int[] iterations;
        final double[] convergence;

        Fit(double[] values, boolean[] include, int[] size, N4Parameters params, Workers workers) {
            this.include = include;
            this.size = size;
            this.params = params;
            this.workers = workers;
            this.sharpener = new HistogramSharpener(params.numberOfHistogramBins(),
                params.biasFieldFullWidthAtHalfMaximum(), params.wienerFilterNoise());
            this.slab = size[0] * size[1];
            this.slices = size[2];
            this.iterations = new int[params.fittingLevels()];
            this.convergence = new double[params.fittingLevels()];
            // As ITK: only included positive voxels are log-transformed; the rest keep their value (and are unused).
            for (int i = 0; i < values.length; i++) {
                if ((include == null || include[i]) && values[i] > 0) {
                    values[i] = Math.log(values[i]);
                }
            }
            this.logInput = values;
            this.logBias = new double[values.length];
            this.ratioBuffer = new float[values.length];
        }

        Fit run(N4Monitor monitor) {
            double[] work = new double[logInput.length];
            double[] spare = new double[logInput.length];
            float threshold = (float) params.convergenceThreshold();
            int levels = params.fittingLevels();
            for (int level = 0; level < levels; level++) {
                double measure = Double.MAX_VALUE;
                int done = 0;
                while (done < params.maximumIterations()[level] && (float) measure > threshold) {
                    subtract(logInput, logBias, work);
                    sharpener.residualInPlace(work, include, slices, workers);
                    int[] controlPoints = lattice == null ? params.numberOfControlPoints() : lattice.n;
                    BSplineLattice update = BSplineLattice.fit(work, include, size, controlPoints,
                        params.splineOrder(), workers);
                    lattice = lattice == null ? update : lattice.plus(update);
                    double[] newBias = lattice.evaluate(size, workers, spare);
                    measure = coefficientOfVariation(logBias, newBias);
                    spare = logBias;
                    logBias = newBias;
                    done++;
                    monitor.iterationDone(level, done, measure);
                }
                iterations[level] = done;
                convergence[level] = measure;
                if (level < levels - 1) {
                    lattice = lattice.refine();
                }
            }
            return this;
        }

        private void subtract(double[] a, double[] b, double[] out) {
            workers.forEach(slices, z -> {
                for (int i = z * slab; i < (z + 1) * slab; i++) {
                    out[i] = a[i] - b[i];
                }
            });
        }

        /**
         * Coefficient of variation of exp(old − new) over the included voxels, in ITK's single precision: the
         * fields as float, then a running (Welford) mean and variance in voxel order with C++'s float/double
         * promotions. Reproducing the rounding matters: it decides on which iteration a level stops, and every
         * extra iteration shifts N4's free additive constant of the log field. StrictMath keeps it identical on
         * every platform.
         */
        private double coefficientOfVariation(double[] oldField, double[] newField) {
            float[] ratio = ratioBuffer;
            workers.forEach(slices, z -> {
                for (int i = z * slab; i < (z + 1) * slab; i++) {
                    if (include == null || include[i]) {
                        ratio[i] = (float) StrictMath.exp((float) oldField[i] - (float) newField[i]);
                    }
                }
            });
            float n = 0;
            float mu = 0;
            float sigma = 0;
            for (int i = 0; i < ratio.length; i++) {
                if (include == null || include[i]) {
                    float pixel = ratio[i];
                    n += 1;
                    if (n > 1) {
                        float deviation = pixel - mu;
                        sigma = (float) (sigma + (double) (deviation * deviation) * (n - 1.0) / n);
                    }
                    mu = (float) (mu * (1.0 - 1.0 / n) + pixel / n);
                }
            }
            sigma = (float) Math.sqrt(sigma / (n - 1.0));
            return sigma / mu;
        }
    }
}
