package org.nacrad.radiomics.texture;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * Gray Level Size Zone Matrix features (PyRadiomics {@code glszm}).
 *
 * <p>Matrix: P(i, j) counts zones — connected groups of ROI voxels with gray level i, connected through the
 * bidirectional distance-1 offsets of {@link Angles} (26-connectivity in 3D, 8 in-plane with force2D) — of size j
 * voxels. One rotation-independent matrix; absent gray levels and zone sizes are removed. N = N<sub>z</sub> (number of
 * zones, 1 if none), N<sub>p</sub> = Σ j p<sub>s</sub>(j).
 *
 * <p>Features (formulas in {@link LevelSizeMatrix}): SmallAreaEmphasis, LargeAreaEmphasis,
 * GrayLevelNonUniformity(Normalized), SizeZoneNonUniformity(Normalized), ZonePercentage = N<sub>z</sub>/N<sub>p</sub>,
 * GrayLevelVariance, ZoneVariance, ZoneEntropy, Low/HighGrayLevelZoneEmphasis, SmallAreaLow/HighGrayLevelEmphasis,
 * LargeAreaLow/HighGrayLevelEmphasis.
 */
public final class GrayLevelSizeZoneMatrix {

    public static final FeatureTable<LevelSizeMatrix> FEATURES = new FeatureTable<LevelSizeMatrix>("glszm",
        Feature.of("SmallAreaEmphasis", LevelSizeMatrix::smallEmphasis),
        Feature.of("LargeAreaEmphasis", LevelSizeMatrix::largeEmphasis),
        Feature.of("GrayLevelNonUniformity", LevelSizeMatrix::grayNonUniformity),
        Feature.of("GrayLevelNonUniformityNormalized", LevelSizeMatrix::grayNonUniformityNormalized),
        Feature.of("SizeZoneNonUniformity", LevelSizeMatrix::sizeNonUniformity),
        Feature.of("SizeZoneNonUniformityNormalized", LevelSizeMatrix::sizeNonUniformityNormalized),
        Feature.of("ZonePercentage", LevelSizeMatrix::percentage),
        Feature.of("GrayLevelVariance", LevelSizeMatrix::grayVariance),
        Feature.of("ZoneVariance", LevelSizeMatrix::sizeVariance),
        Feature.of("ZoneEntropy", LevelSizeMatrix::entropy),
        Feature.of("LowGrayLevelZoneEmphasis", LevelSizeMatrix::lowGrayEmphasis),
        Feature.of("HighGrayLevelZoneEmphasis", LevelSizeMatrix::highGrayEmphasis),
        Feature.of("SmallAreaLowGrayLevelEmphasis", LevelSizeMatrix::smallLowEmphasis),
        Feature.of("SmallAreaHighGrayLevelEmphasis", LevelSizeMatrix::smallHighEmphasis),
        Feature.of("LargeAreaLowGrayLevelEmphasis", LevelSizeMatrix::largeLowEmphasis),
        Feature.of("LargeAreaHighGrayLevelEmphasis", LevelSizeMatrix::largeHighEmphasis));

    private GrayLevelSizeZoneMatrix() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, RadiomicsSettings s, Collection<String> names) {
        return FEATURES.evaluate(matrix(roi, s), names);
    }

    public static LevelSizeMatrix matrix(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] shape = roi.roi().shape();
        int[][] angles = Angles.of(shape, new int[] {1}, true, s.force2D() ? s.force2Ddimension() : -1);
        PaddedGrid grid = PaddedGrid.of(roi, 1);
        int[] off = grid.offsets(angles);
        int[] index = roi.levelIndex();
        int nl = roi.levelCount();
        boolean[] open = grid.mask.clone();
        int[] stack = new int[grid.roi.length];
        int[] zoneLevel = new int[grid.roi.length];
        int[] zoneSize = new int[grid.roi.length];
        int zones = 0, maxSize = 0;
        for (int v : grid.roi) {
            if (!open[v]) {
                continue;
            }
            int gl = grid.bins[v];
            int top = 0, size = 0;
            stack[top++] = v;
            open[v] = false;
            while (top > 0) {
                int k = stack[--top];
                size++;
                for (int o : off) {
                    int j = k + o;
                    if (open[j] && grid.bins[j] == gl) {
                        open[j] = false;
                        stack[top++] = j;
                    }
                }
            }
            zoneLevel[zones] = gl;
            zoneSize[zones++] = size;
            maxSize = Math.max(maxSize, size);
        }
        // columns only for the zone sizes that occur (a large ROI can have one huge zone and few sizes)
        int[] column = new int[maxSize + 1];
        Arrays.fill(column, -1);
        for (int k = 0; k < zones; k++) {
            column[zoneSize[k]] = 0;
        }
        int nj = 0;
        double[] sizes = new double[zones];
        for (int size = 1; size <= maxSize; size++) {
            if (column[size] == 0) {
                sizes[nj] = size;
                column[size] = nj++;
            }
        }
        double[] p = new double[nl * nj];
        for (int k = 0; k < zones; k++) {
            p[index[zoneLevel[k]] * nj + column[zoneSize[k]]]++;
        }
        int[] lv = roi.levels();
        double[] levels = new double[nl];
        for (int k = 0; k < nl; k++) {
            levels[k] = lv[k];
        }
        return new LevelSizeMatrix(p, levels, Arrays.copyOf(sizes, nj), zones == 0 ? 1 : zones);
    }
}
