package org.nacrad.image.n4;

import java.util.Arrays;

/**
 * Settings of N4 bias-field correction with SimpleITK's names and defaults. The number of fitting levels is the
 * length of {@link #maximumIterations()}, as in SimpleITK. The shrink factor is applied to image and mask before
 * fitting (as SimpleITK users do with {@code sitk.Shrink}); the bias field is then reconstructed at full resolution.
 * Immutable; build with {@link #builder()} or start from {@link #defaults()}.
 */
public final class N4Parameters {

    private final int shrinkFactor;
    private final int[] maximumIterations;
    private final double convergenceThreshold;
    private final int splineOrder;
    private final int[] numberOfControlPoints;
    private final int numberOfHistogramBins;
    private final double biasFieldFullWidthAtHalfMaximum;
    private final double wienerFilterNoise;
    private final boolean useMaskLabel;
    private final double maskLabel;
    private final int threads;

    private N4Parameters(Builder b) {
        shrinkFactor = b.shrinkFactor;
        maximumIterations = b.maximumIterations.clone();
        convergenceThreshold = b.convergenceThreshold;
        splineOrder = b.splineOrder;
        numberOfControlPoints = b.numberOfControlPoints.clone();
        numberOfHistogramBins = b.numberOfHistogramBins;
        biasFieldFullWidthAtHalfMaximum = b.biasFieldFullWidthAtHalfMaximum;
        wienerFilterNoise = b.wienerFilterNoise;
        useMaskLabel = b.useMaskLabel;
        maskLabel = b.maskLabel;
        threads = b.threads;
        validate();
    }

    /** SimpleITK's defaults, no shrinking, all available processors. */
    public static N4Parameters defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.shrinkFactor = shrinkFactor;
        b.maximumIterations = maximumIterations.clone();
        b.convergenceThreshold = convergenceThreshold;
        b.splineOrder = splineOrder;
        b.numberOfControlPoints = numberOfControlPoints.clone();
        b.numberOfHistogramBins = numberOfHistogramBins;
        b.biasFieldFullWidthAtHalfMaximum = biasFieldFullWidthAtHalfMaximum;
        b.wienerFilterNoise = wienerFilterNoise;
        b.useMaskLabel = useMaskLabel;
        b.maskLabel = maskLabel;
        b.threads = threads;
        return b;
    }

    private void validate() {
        require(shrinkFactor >= 1, "shrink factor must be at least 1, got " + shrinkFactor);
        require(maximumIterations.length >= 1, "at least one fitting level (maximum iterations per level) is needed");
        for (int it : maximumIterations) {
            require(it >= 1, "maximum iterations per level must be at least 1, got " + Arrays.toString(maximumIterations));
        }
        require(convergenceThreshold >= 0 && Double.isFinite(convergenceThreshold),
            "convergence threshold must be finite and non-negative, got " + convergenceThreshold);
        require(splineOrder >= 1 && splineOrder <= 10, "spline order must be between 1 and 10, got " + splineOrder);
        require(numberOfControlPoints.length == 3, "number of control points needs 3 values (x, y, z)");
        for (int cp : numberOfControlPoints) {
            require(cp > splineOrder, "number of control points must exceed the spline order (" + splineOrder
                + ") in every axis, got " + Arrays.toString(numberOfControlPoints));
        }
        require(numberOfHistogramBins >= 2, "number of histogram bins must be at least 2, got " + numberOfHistogramBins);
        require(biasFieldFullWidthAtHalfMaximum > 0 && Double.isFinite(biasFieldFullWidthAtHalfMaximum),
            "bias field FWHM must be positive and finite, got " + biasFieldFullWidthAtHalfMaximum);
        require(wienerFilterNoise > 0 && Double.isFinite(wienerFilterNoise),
            "Wiener filter noise must be positive and finite, got " + wienerFilterNoise);
        require(Double.isFinite(maskLabel), "mask label must be finite, got " + maskLabel);
        require(threads >= 1, "thread count must be at least 1, got " + threads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("N4: " + message);
        }
    }

    public int shrinkFactor() {
        return shrinkFactor;
    }

    public int[] maximumIterations() {
        return maximumIterations.clone();
    }

    public int fittingLevels() {
        return maximumIterations.length;
    }

    public double convergenceThreshold() {
        return convergenceThreshold;
    }

    public int splineOrder() {
        return splineOrder;
    }

    public int[] numberOfControlPoints() {
        return numberOfControlPoints.clone();
    }

    public int numberOfHistogramBins() {
        return numberOfHistogramBins;
    }

    public double biasFieldFullWidthAtHalfMaximum() {
        return biasFieldFullWidthAtHalfMaximum;
    }

    public double wienerFilterNoise() {
        return wienerFilterNoise;
    }

    public boolean useMaskLabel() {
        return useMaskLabel;
    }

    public double maskLabel() {
        return maskLabel;
    }

    public int threads() {
        return threads;
    }

    @Override
    public String toString() {
        return "N4Parameters[shrink=" + shrinkFactor + ", iterations=" + Arrays.toString(maximumIterations)
            + ", convergence=" + convergenceThreshold + ", splineOrder=" + splineOrder + ", controlPoints="
            + Arrays.toString(numberOfControlPoints) + ", bins=" + numberOfHistogramBins + ", fwhm="
            + biasFieldFullWidthAtHalfMaximum + ", wienerNoise=" + wienerFilterNoise + ", useMaskLabel="
            + useMaskLabel + ", maskLabel=" + maskLabel + ", threads=" + threads + "]";
    }

    /** Mutable builder; {@link #build()} validates and throws {@link IllegalArgumentException} on bad values. */
    public static final class Builder {
        private int shrinkFactor = 1;
        private int[] maximumIterations = {50, 50, 50, 50};
        private double convergenceThreshold = 0.001;
        private int splineOrder = 3;
        private int[] numberOfControlPoints = {4, 4, 4};
        private int numberOfHistogramBins = 200;
        private double biasFieldFullWidthAtHalfMaximum = 0.15;
        private double wienerFilterNoise = 0.01;
        private boolean useMaskLabel = true;
        private double maskLabel = 1;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        public Builder shrinkFactor(int value) {
            shrinkFactor = value;
            return this;
        }

        /** Maximum iterations per fitting level; its length is the number of fitting levels. */
        public Builder maximumIterations(int... perLevel) {
            maximumIterations = perLevel.clone();
            return this;
        }

        public Builder convergenceThreshold(double value) {
            convergenceThreshold = value;
            return this;
        }

        public Builder splineOrder(int value) {
            splineOrder = value;
            return this;
        }

        /** Initial control-point mesh per axis (x, y, z); a single value applies to all three axes. */
        public Builder numberOfControlPoints(int... perAxis) {
            numberOfControlPoints = perAxis.length == 1 ? new int[] {perAxis[0], perAxis[0], perAxis[0]} : perAxis.clone();
            return this;
        }

        public Builder numberOfHistogramBins(int value) {
            numberOfHistogramBins = value;
            return this;
        }

        public Builder biasFieldFullWidthAtHalfMaximum(double value) {
            biasFieldFullWidthAtHalfMaximum = value;
            return this;
        }

        public Builder wienerFilterNoise(double value) {
            wienerFilterNoise = value;
            return this;
        }

        /** true: mask voxels equal to the label are used; false: every non-zero mask voxel is used. */
        public Builder useMaskLabel(boolean value) {
            useMaskLabel = value;
            return this;
        }

        public Builder maskLabel(double value) {
            maskLabel = value;
            return this;
        }

        /** Worker threads; results do not depend on it. */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public N4Parameters build() {
            return new N4Parameters(this);
        }
    }
}
