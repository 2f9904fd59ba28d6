package org.nacrad.radiomics.texture;

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
        int[] lin = new int[angles.length];
        for (int a = 0; a < angles.length; a++) {
            lin[a] = Angles.linear(angles[a], shape);
        }
        boolean[] mask = roi.roi().mask();
        int[] bins = roi.bins();
        int[] index = roi.levelIndex();
        int nl = roi.levelCount();
        int nxy = shape[1] * shape[2];
        boolean[] done = new boolean[mask.length];
        int[] stack = new int[roi.roi().voxelCount()];
        int[] zoneLevel = new int[roi.roi().voxelCount()];
        int[] zoneSize = new int[zoneLevel.length];
        int zones = 0, maxSize = 0;
        for (int v = 0; v < mask.length; v++) {
            if (!mask[v] || done[v]) {
                continue;
            }
            int gl = bins[v];
            int top = 0, size = 0;
            stack[top++] = v;
            done[v] = true;
            while (top > 0) {
                int k = stack[--top];
                size++;
                int z = k / nxy, y = (k / shape[2]) % shape[1], x = k % shape[2];
                for (int a = 0; a < angles.length; a++) {
                    int zz = z + angles[a][0], yy = y + angles[a][1], xx = x + angles[a][2];
                    if (zz < 0 || yy < 0 || xx < 0 || zz >= shape[0] || yy >= shape[1] || xx >= shape[2]) {
                        continue;
                    }
                    int j = k + lin[a];
                    if (mask[j] && !done[j] && bins[j] == gl) {
                        done[j] = true;
                        stack[top++] = j;
                    }
                }
            }
            zoneLevel[zones] = gl;
            zoneSize[zones++] = size;
            maxSize = Math.max(maxSize, size);
        }
        double[] p = new double[nl * maxSize];
        for (int k = 0; k < zones; k++) {
            p[index[zoneLevel[k]] * maxSize + zoneSize[k] - 1]++;
        }
        LevelSizeMatrix.Trimmed t = LevelSizeMatrix.dropEmptySizes(new double[][] {p}, nl, maxSize);
        int[] lv = roi.levels();
        double[] levels = new double[nl];
        for (int k = 0; k < nl; k++) {
            levels[k] = lv[k];
        }
        return new LevelSizeMatrix(t.matrices()[0], levels, t.sizes(), zones == 0 ? 1 : zones);
    }
}
