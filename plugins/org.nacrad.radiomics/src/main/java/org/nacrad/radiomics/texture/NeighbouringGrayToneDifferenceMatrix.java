package org.nacrad.radiomics.texture;

import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.ComplianceMode;
import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * Neighbouring Gray Tone Difference Matrix features (PyRadiomics {@code ngtdm}).
 *
 * <p>Matrix: for each ROI voxel with gray level i, Ā = mean level of its neighbours (bidirectional offsets at the
 * requested {@code distances}, inside the array and the ROI, centre excluded); n<sub>i</sub> += 1 and s<sub>i</sub> +=
 * |i − Ā|. A voxel without any valid neighbour adds 0 to s<sub>i</sub> but still counts in n<sub>i</sub> (as
 * PyRadiomics' C code does); in IBSI mode it is left out. Only levels with n<sub>i</sub> > 0 are kept: N<sub>vp</sub>
 * = Σ n<sub>i</sub>, p<sub>i</sub> = n<sub>i</sub>/N<sub>vp</sub>, N<sub>gp</sub> = number of kept levels; sums run
 * over kept levels with their actual gray levels.
 *
 * <pre>
 * Coarseness = 1 / Σ p_i s_i  (10⁶ if the sum is 0)
 * Contrast = [Σ_i Σ_j p_i p_j (i − j)² / (Ngp (Ngp − 1))] · Σ s_i / Nvp   (0 if Ngp = 1)
 * Busyness = Σ p_i s_i / Σ_i Σ_j |i p_i − j p_j|   (0 if the denominator is 0)
 * Complexity = Σ_i Σ_j |i − j| (p_i s_i + p_j s_j) / (p_i + p_j) / Nvp
 * Strength = Σ_i Σ_j (p_i + p_j)(i − j)² / Σ s_i   (0 if Σ s_i = 0)
 * </pre>
 */
public final class NeighbouringGrayToneDifferenceMatrix {

    /** The kept levels with their n_i, p_i and s_i. */
    public static final class Coefficients {
        final double[] level;
        final double[] p;
        final double[] s;
        final double nvp;

        Coefficients(double[] level, double[] n, double[] s) {
            this.level = level;
            this.s = s;
            double t = 0;
            for (double v : n) {
                t += v;
            }
            this.nvp = t;
            this.p = new double[n.length];
            for (int k = 0; k < n.length; k++) {
                p[k] = n[k] / t;
            }
        }

        /** Level count N_gp. */
        int ngp() {
            return level.length;
        }
    }

    public static final FeatureTable<Coefficients> FEATURES = new FeatureTable<Coefficients>("ngtdm",
        Feature.of("Coarseness", NeighbouringGrayToneDifferenceMatrix::coarseness),
        Feature.of("Contrast", NeighbouringGrayToneDifferenceMatrix::contrast),
        Feature.of("Busyness", NeighbouringGrayToneDifferenceMatrix::busyness),
        Feature.of("Complexity", NeighbouringGrayToneDifferenceMatrix::complexity),
        Feature.of("Strength", NeighbouringGrayToneDifferenceMatrix::strength));

    private NeighbouringGrayToneDifferenceMatrix() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, RadiomicsSettings s, Collection<String> names) {
        return FEATURES.evaluate(coefficients(roi, s), names);
    }

    public static Coefficients coefficients(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] shape = roi.roi().shape();
        int[][] angles = Angles.of(shape, s.distances(), true, s.force2D() ? s.force2Ddimension() : -1);
        int nl = roi.levelCount();
        int[] index = roi.levelIndex();
        boolean ibsi = s.mode() == ComplianceMode.IBSI;
        PaddedGrid grid = PaddedGrid.of(roi, PaddedGrid.margin(s.distances()));
        int[] off = grid.offsets(angles);
        double[] n = new double[nl];
        double[] diff = new double[nl];
        for (int v : grid.roi) {
            int count = 0;
            double sum = 0;
            for (int o : off) {
                int w = v + o;
                if (grid.mask[w]) {
                    count++;
                    sum += grid.bins[w];
                }
            }
            if (count == 0 && ibsi) {
                continue;
            }
            int k = index[grid.bins[v]];
            n[k]++;
            diff[k] += count == 0 ? 0 : Math.abs(grid.bins[v] - sum / count);
        }
        int kept = 0;
        for (double v : n) {
            if (v > 0) {
                kept++;
            }
        }
        int[] lv = roi.levels();
        double[] level = new double[kept];
        double[] nk = new double[kept];
        double[] sk = new double[kept];
        int j = 0;
        for (int k = 0; k < nl; k++) {
            if (n[k] > 0) {
                level[j] = lv[k];
                nk[j] = n[k];
                sk[j++] = diff[k];
            }
        }
        return new Coefficients(level, nk, sk);
    }

    static double coarseness(Coefficients c) {
        double sum = 0;
        for (int k = 0; k < c.ngp(); k++) {
            sum += c.p[k] * c.s[k];
        }
        return sum == 0 ? 1e6 : 1 / sum;
    }

    static double contrast(Coefficients c) {
        int ngp = c.ngp();
        double div = (double) ngp * (ngp - 1);
        if (div == 0) {
            return 0;
        }
        double pairs = 0;
        double ssum = 0;
        for (int a = 0; a < ngp; a++) {
            ssum += c.s[a];
            for (int b = 0; b < ngp; b++) {
                double d = c.level[a] - c.level[b];
                pairs += c.p[a] * c.p[b] * d * d;
            }
        }
        return pairs * ssum / c.nvp / div;
    }

    static double busyness(Coefficients c) {
        double num = 0, den = 0;
        for (int a = 0; a < c.ngp(); a++) {
            num += c.p[a] * c.s[a];
            for (int b = 0; b < c.ngp(); b++) {
                den += Math.abs(c.level[a] * c.p[a] - c.level[b] * c.p[b]);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    static double complexity(Coefficients c) {
        double sum = 0;
        for (int a = 0; a < c.ngp(); a++) {
            for (int b = 0; b < c.ngp(); b++) {
                sum += Math.abs(c.level[a] - c.level[b]) * (c.p[a] * c.s[a] + c.p[b] * c.s[b]) / (c.p[a] + c.p[b]);
            }
        }
        return sum / c.nvp;
    }

    static double strength(Coefficients c) {
        double sum = 0, ssum = 0;
        for (int a = 0; a < c.ngp(); a++) {
            ssum += c.s[a];
            for (int b = 0; b < c.ngp(); b++) {
                double d = c.level[a] - c.level[b];
                sum += (c.p[a] + c.p[b]) * d * d;
            }
        }
        return ssum == 0 ? 0 : sum / ssum;
    }
}
