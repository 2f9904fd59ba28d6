package org.nacrad.radiomics.texture;

import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * Gray Level Dependence Matrix features (PyRadiomics {@code gldm}, IBSI NGLDM).
 *
 * <p>Matrix: for every ROI voxel with gray level i, count its neighbours (bidirectional offsets at the requested
 * {@code distances}, inside the array and the ROI) whose level differs by at most α ({@code gldm_a}); P(i, j) counts
 * voxels with gray level i and j − 1 dependent neighbours (the size j includes the centre voxel). Absent levels and
 * empty dependence sizes are removed; N = N<sub>z</sub> = Σ P (= N<sub>p</sub>, every ROI voxel counts).
 *
 * <p>Features (formulas in {@link LevelSizeMatrix}): SmallDependenceEmphasis, LargeDependenceEmphasis,
 * GrayLevelNonUniformity, DependenceNonUniformity(Normalized), GrayLevelVariance, DependenceVariance,
 * DependenceEntropy, Low/HighGrayLevelEmphasis, SmallDependenceLow/HighGrayLevelEmphasis,
 * LargeDependenceLow/HighGrayLevelEmphasis. GrayLevelNonUniformityNormalized (= firstorder Uniformity) and
 * DependencePercentage (always 1) were removed by PyRadiomics and yield no value.
 */
public final class GrayLevelDependenceMatrix {

    public static final FeatureTable<LevelSizeMatrix> FEATURES = new FeatureTable<LevelSizeMatrix>("gldm",
        Feature.of("SmallDependenceEmphasis", LevelSizeMatrix::smallEmphasis),
        Feature.of("LargeDependenceEmphasis", LevelSizeMatrix::largeEmphasis),
        Feature.of("GrayLevelNonUniformity", LevelSizeMatrix::grayNonUniformity),
        Feature.of("DependenceNonUniformity", LevelSizeMatrix::sizeNonUniformity),
        Feature.of("DependenceNonUniformityNormalized", LevelSizeMatrix::sizeNonUniformityNormalized),
        Feature.of("GrayLevelVariance", LevelSizeMatrix::grayVariance),
        Feature.of("DependenceVariance", LevelSizeMatrix::sizeVariance),
        Feature.of("DependenceEntropy", LevelSizeMatrix::entropy),
        Feature.of("LowGrayLevelEmphasis", LevelSizeMatrix::lowGrayEmphasis),
        Feature.of("HighGrayLevelEmphasis", LevelSizeMatrix::highGrayEmphasis),
        Feature.of("SmallDependenceLowGrayLevelEmphasis", LevelSizeMatrix::smallLowEmphasis),
        Feature.of("SmallDependenceHighGrayLevelEmphasis", LevelSizeMatrix::smallHighEmphasis),
        Feature.of("LargeDependenceLowGrayLevelEmphasis", LevelSizeMatrix::largeLowEmphasis),
        Feature.of("LargeDependenceHighGrayLevelEmphasis", LevelSizeMatrix::largeHighEmphasis),
        Feature.removed("GrayLevelNonUniformityNormalized", "equal to firstorder Uniformity"),
        Feature.removed("DependencePercentage", "always 1"));

    private GrayLevelDependenceMatrix() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, RadiomicsSettings s, Collection<String> names) {
        return FEATURES.evaluate(matrix(roi, s), names);
    }

    public static LevelSizeMatrix matrix(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] shape = roi.roi().shape();
        int[][] angles = Angles.of(shape, s.distances(), true, s.force2D() ? s.force2Ddimension() : -1);
        int nl = roi.levelCount();
        int sizes = angles.length + 1;
        int[] index = roi.levelIndex();
        int alpha = s.gldmA();
        PaddedGrid grid = PaddedGrid.of(roi, PaddedGrid.margin(s.distances()));
        int[] off = grid.offsets(angles);
        double[] p = new double[nl * sizes];
        for (int v : grid.roi) {
            int gl = grid.bins[v];
            int dependent = 0;
            for (int o : off) {
                int w = v + o;
                if (grid.mask[w] && Math.abs(gl - grid.bins[w]) <= alpha) {
                    dependent++;
                }
            }
            p[index[gl] * sizes + dependent]++;
        }
        LevelSizeMatrix.Trimmed t = LevelSizeMatrix.dropEmptySizes(new double[][] {p}, nl, sizes);
        int[] lv = roi.levels();
        double[] levels = new double[nl];
        for (int k = 0; k < nl; k++) {
            levels[k] = lv[k];
        }
        double total = 0;
        for (double v : p) {
            total += v;
        }
        return new LevelSizeMatrix(t.matrices()[0], levels, t.sizes(), total == 0 ? 1 : total);
    }
}
