package org.nacrad.radiomics.roi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.nacrad.radiomics.ComplianceMode;

/**
 * A ROI whose intensities were discretised to gray levels 1, 2, ... (PyRadiomics {@code binImage}). Only ROI voxels
 * define and receive bins; voxels outside the ROI hold 0.
 *
 * <ul>
 * <li>Fixed bin width W, PyRadiomics: edges {@code lo, lo+W, ...} up to max + 2W with {@code lo = min - (min mod W)}
 * (floor modulo, so bins are aligned to 0), a value goes to the bin whose half-open interval [e<sub>k</sub>,
 * e<sub>k+1</sub>) holds it (numpy {@code digitize}); in closed form {@code floor(x/W) - floor(min/W) + 1}.</li>
 * <li>Fixed bin width, IBSI: {@code floor((x - min)/W) + 1} (aligned to the ROI minimum).</li>
 * <li>Fixed bin count N (both modes): N equal bins from min to max, the maximum in bin N:
 * {@code floor(N (x - min)/(max - min)) + 1}; a flat ROI lands in bin N/2 + 1 in PyRadiomics (numpy widens the range to
 * min ± 0.5) and in bin 1 in IBSI mode.</li>
 * </ul>
 * {@link #levels()} lists the bins present; {@link #ng()} is the highest bin (PyRadiomics' {@code Ng}, not the
 * number of distinct levels).
 */
public final class DiscretisedRoi {

    /** Matrices are indexed by present level; more distinct levels than this is a settings error, not a feature. */
    public static final int MAX_LEVELS = 20_000;

    private final Roi roi;
    private final int[] bins;
    private final int[] levels;
    private final Map<Object, Object> derived = new HashMap<>();

    private DiscretisedRoi(Roi roi, int[] bins) {
        this.roi = roi;
        this.bins = bins;
        boolean[] mask = roi.mask();
        int max = 0;
        for (int i = 0; i < bins.length; i++) {
            if (mask[i]) {
                max = Math.max(max, bins[i]);
            }
        }
        boolean[] present = new boolean[max + 1];
        int distinct = 0;
        for (int i = 0; i < bins.length; i++) {
            if (mask[i] && !present[bins[i]]) {
                present[bins[i]] = true;
                distinct++;
            }
        }
        if (distinct > MAX_LEVELS) {
            throw new RoiException("Discretisation gives " + distinct + " gray levels (more than " + MAX_LEVELS
                + "); use a larger binWidth or a binCount");
        }
        levels = new int[distinct];
        int k = 0;
        for (int g = 1; g <= max; g++) {
            if (present[g]) {
                levels[k++] = g;
            }
        }
    }

    /** Discretises the ROI with either {@code binCount} (if non-null) or {@code binWidth}. */
    public static DiscretisedRoi of(Roi roi, double binWidth, Integer binCount, ComplianceMode mode) {
        double[] img = roi.image();
        boolean[] mask = roi.mask();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < img.length; i++) {
            if (mask[i]) {
                if (Double.isNaN(img[i])) {
                    throw new RoiException("The image has NaN voxels inside the ROI; cannot discretise");
                }
                min = Math.min(min, img[i]);
                max = Math.max(max, img[i]);
            }
        }
        if (roi.voxelCount() == 0) {
            throw new RoiException("The ROI is empty");
        }
        double[] edges;
        double binNumber = binCount != null ? binCount : (max - min) / binWidth;
        if (binNumber > 100L * MAX_LEVELS) {
            throw new RoiException("Discretisation would need " + (long) binNumber + " bins over the ROI range " + min
                + " .. " + max + "; use a larger binWidth or a smaller binCount");
        }
        if (binCount != null) {
            edges = histogramEdges(min, max, binCount);
        } else if (mode == ComplianceMode.IBSI) {
            edges = null;
        } else {
            edges = fixedWidthEdges(min, max, binWidth);
        }
        boolean ibsiFlat = mode == ComplianceMode.IBSI && min == max;
        int[] bins = new int[img.length];
        for (int i = 0; i < img.length; i++) {
            if (mask[i]) {
                bins[i] = ibsiFlat ? 1 : edges == null ? (int) Math.floor((img[i] - min) / binWidth) + 1
                    : digitize(img[i], edges);
            }
        }
        return new DiscretisedRoi(roi, bins);
    }

    /**
     * numpy {@code arange(lo, max + 2W, W)} with {@code lo = min - (min mod W)} (Python floor modulo); a single edge
     * becomes {@code [e - 0.5, e + 0.5]}.
     */
    static double[] fixedWidthEdges(double min, double max, double w) {
        double low = min - pyMod(min, w);
        double high = max + 2 * w;
        long n = (long) Math.ceil((high - low) / w);
        if (n > 100L * MAX_LEVELS) {
            throw new RoiException("binWidth " + w + " gives " + n + " bins over the ROI range " + min + " .. " + max
                + "; use a larger binWidth");
        }
        if (n <= 1) {
            return new double[] {low - 0.5, low + 0.5};
        }
        double delta = (low + w) - low;
        double[] e = new double[(int) n];
        for (int k = 0; k < e.length; k++) {
            e[k] = low + k * delta;
        }
        return e;
    }

    /** numpy {@code histogram(values, n)} edges (linspace from min to max, flat → min ± 0.5) with the top edge + 1. */
    static double[] histogramEdges(double min, double max, int n) {
        double first = min, last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double step = (last - first) / n;
        double[] e = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            e[k] = k * step + first;
        }
        e[n] = last + 1;
        return e;
    }

    /** numpy {@code digitize} (right=False): the number of edges ≤ x. */
    static int digitize(double x, double[] edges) {
        int lo = 0, hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Python's float modulo: the result takes the sign of the divisor. */
    static double pyMod(double a, double b) {
        double m = a % b;
        if (m != 0 && (b < 0) != (m < 0)) {
            m += b;
        }
        return m;
    }

    public Roi roi() {
        return roi;
    }

    /** Gray level per array voxel, 0 outside the ROI (not a copy). */
    public int[] bins() {
        return bins;
    }

    /** Present gray levels, ascending. */
    public int[] levels() {
        return levels.clone();
    }

    public int levelCount() {
        return levels.length;
    }

    /** Highest gray level present (PyRadiomics {@code Ng}). */
    public int ng() {
        return levels[levels.length - 1];
    }

    /**
     * Index of each gray level 1..ng into {@link #levels()}, -1 for absent ones; matrices are built over present
     * levels only, which is what PyRadiomics keeps after deleting empty rows and columns.
     */
    public int[] levelIndex() {
        int[] idx = new int[ng() + 1];
        Arrays.fill(idx, -1);
        for (int k = 0; k < levels.length; k++) {
            idx[levels[k]] = k;
        }
        return idx;
    }

    /**
     * A structure derived from this ROI and shared by several families (e.g. the padded neighbour grid), built once
     * per key. Thread-safe; the supplier must be deterministic.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, Supplier<T> build) {
        return (T) derived.computeIfAbsent(key, k -> build.get());
    }
}
