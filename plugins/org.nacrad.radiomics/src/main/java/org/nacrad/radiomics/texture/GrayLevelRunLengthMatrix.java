package org.nacrad.radiomics.texture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.WeightingNorm;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * Gray Level Run Length Matrix features (PyRadiomics {@code glrlm}).
 *
 * <p>Matrix: for each one-directional offset θ at distance 1 ({@link Angles}; {@code distances} is ignored, as in
 * PyRadiomics) P(i, j|θ) counts runs — maximal sequences of consecutive ROI voxels along θ with gray level i — of
 * length j. An angle along which no line holds two ROI voxels is emptied; empty angles are dropped. Absent gray
 * levels and run lengths never observed are removed. N<sub>r</sub>(θ) = number of runs. Without
 * {@code weightingNorm} features are computed per angle and averaged (ignoring NaN); with one, the matrices are summed
 * weighted by the offset's physical length under the norm (1 for {@code no_weighting}).
 *
 * <p>Features (see {@link LevelSizeMatrix} for the formulas with N = N<sub>r</sub>): ShortRunEmphasis,
 * LongRunEmphasis, GrayLevelNonUniformity(Normalized), RunLengthNonUniformity(Normalized), RunPercentage =
 * N<sub>r</sub>/N<sub>p</sub>, GrayLevelVariance, RunVariance, RunEntropy, Low/HighGrayLevelRunEmphasis,
 * ShortRunLow/HighGrayLevelEmphasis, LongRunLow/HighGrayLevelEmphasis.
 */
public final class GrayLevelRunLengthMatrix {

    public static final FeatureTable<LevelSizeMatrix> FEATURES = new FeatureTable<LevelSizeMatrix>("glrlm",
        Feature.of("ShortRunEmphasis", LevelSizeMatrix::smallEmphasis),
        Feature.of("LongRunEmphasis", LevelSizeMatrix::largeEmphasis),
        Feature.of("GrayLevelNonUniformity", LevelSizeMatrix::grayNonUniformity),
        Feature.of("GrayLevelNonUniformityNormalized", LevelSizeMatrix::grayNonUniformityNormalized),
        Feature.of("RunLengthNonUniformity", LevelSizeMatrix::sizeNonUniformity),
        Feature.of("RunLengthNonUniformityNormalized", LevelSizeMatrix::sizeNonUniformityNormalized),
        Feature.of("RunPercentage", LevelSizeMatrix::percentage),
        Feature.of("GrayLevelVariance", LevelSizeMatrix::grayVariance),
        Feature.of("RunVariance", LevelSizeMatrix::sizeVariance),
        Feature.of("RunEntropy", LevelSizeMatrix::entropy),
        Feature.of("LowGrayLevelRunEmphasis", LevelSizeMatrix::lowGrayEmphasis),
        Feature.of("HighGrayLevelRunEmphasis", LevelSizeMatrix::highGrayEmphasis),
        Feature.of("ShortRunLowGrayLevelEmphasis", LevelSizeMatrix::smallLowEmphasis),
        Feature.of("ShortRunHighGrayLevelEmphasis", LevelSizeMatrix::smallHighEmphasis),
        Feature.of("LongRunLowGrayLevelEmphasis", LevelSizeMatrix::largeLowEmphasis),
        Feature.of("LongRunHighGrayLevelEmphasis", LevelSizeMatrix::largeHighEmphasis));

    private GrayLevelRunLengthMatrix() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, RadiomicsSettings s, Collection<String> names) {
        return FEATURES.evaluateMean(matrices(roi, s), names);
    }

    /** One matrix per retained angle, or a single merged one with a weighting norm. */
    public static List<LevelSizeMatrix> matrices(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] shape = roi.roi().shape();
        int[][] angles = Angles.of(shape, new int[] {1}, false, s.force2D() ? s.force2Ddimension() : -1);
        int nl = roi.levelCount();
        int nr = Math.max(shape[0], Math.max(shape[1], shape[2]));
        PaddedGrid grid = PaddedGrid.of(roi, 1);
        int[] off = grid.offsets(angles);
        double[][] counts = new double[angles.length][];
        for (int a = 0; a < angles.length; a++) {
            counts[a] = runs(grid, roi, off[a], angles[a], nr);
        }
        List<double[]> kept = new ArrayList<>();
        WeightingNorm norm = s.weightingNorm();
        if (norm != null) {
            double[] merged = new double[nl * nr];
            for (int a = 0; a < angles.length; a++) {
                double w = norm.distance(angles[a], roi.roi().spacing());
                for (int k = 0; k < merged.length; k++) {
                    merged[k] += counts[a][k] * w;
                }
            }
            kept.add(merged);
        } else {
            for (double[] c : counts) {
                if (angles.length == 1 || sum(c) != 0) {
                    kept.add(c);
                }
            }
        }
        LevelSizeMatrix.Trimmed t = LevelSizeMatrix.dropEmptySizes(kept.toArray(new double[0][]), nl, nr);
        double[] levels = new double[nl];
        int[] lv = roi.levels();
        for (int k = 0; k < nl; k++) {
            levels[k] = lv[k];
        }
        List<LevelSizeMatrix> out = new ArrayList<>();
        for (double[] m : t.matrices()) {
            double total = sum(m);
            out.add(new LevelSizeMatrix(m, levels, t.sizes(), total == 0 ? Double.NaN : total));
        }
        return out;
    }

    /**
     * Run counts (levels × lengths 1..nr) along one offset: a run starts at every ROI voxel whose predecessor is not
     * in the ROI with the same level, and extends while the successor is. PyRadiomics empties an angle along which no
     * line holds two ROI voxels; that can only be in question when every run has length 1.
     */
    private static double[] runs(PaddedGrid g, DiscretisedRoi roi, int off, int[] angle, int nr) {
        int[] index = roi.levelIndex();
        double[] m = new double[roi.levelCount() * nr];
        boolean longRun = false;
        for (int v : g.roi) {
            int gl = g.bins[v];
            int prev = v - off;
            if (g.mask[prev] && g.bins[prev] == gl) {
                continue;
            }
            int length = 1;
            for (int w = v + off; g.mask[w] && g.bins[w] == gl; w += off) {
                length++;
            }
            longRun |= length > 1;
            m[index[gl] * nr + length - 1]++;
        }
        return longRun || lineWithTwoVoxels(roi, angle) ? m : new double[m.length];
    }

    /** Whether some line along the offset crosses the ROI at least twice (walking each line from its first voxel). */
    private static boolean lineWithTwoVoxels(DiscretisedRoi roi, int[] angle) {
        int[] shape = roi.roi().shape();
        boolean[] mask = roi.roi().mask();
        int step = Angles.linear(angle, shape);
        int i = 0;
        for (int z = 0; z < shape[0]; z++) {
            for (int y = 0; y < shape[1]; y++) {
                for (int x = 0; x < shape[2]; x++, i++) {
                    if (inside(z - angle[0], y - angle[1], x - angle[2], shape)) {
                        continue;
                    }
                    int elements = 0;
                    for (int zz = z, yy = y, xx = x, j = i; inside(zz, yy, xx, shape); zz += angle[0], yy += angle[1],
                        xx += angle[2], j += step) {
                        if (mask[j] && ++elements > 1) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean inside(int z, int y, int x, int[] shape) {
        return z >= 0 && y >= 0 && x >= 0 && z < shape[0] && y < shape[1] && x < shape[2];
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
