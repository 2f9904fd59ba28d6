package org.nacrad.radiomics.texture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.WeightingNorm;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.features.Maths;
import org.nacrad.radiomics.roi.DiscretisedRoi;

/**
 * Gray Level Co-occurrence Matrix features (PyRadiomics {@code glcm}).
 *
 * <p>Matrix: for each one-directional offset θ ({@link Angles}, all requested distances) P(i,j|θ) counts ROI voxel
 * pairs (v, v+θ) with gray levels i and j; with {@code symmetricalGLCM} P + Pᵀ. Rows/columns of gray levels absent
 * from the ROI are dropped; i and j are the actual gray levels. Without {@code weightingNorm} angles whose matrix is
 * empty are dropped, each matrix is normalised to p = P/ΣP, every feature is computed per angle and the NaN-ignoring
 * mean over angles is returned. With a weighting norm the matrices are summed with weight exp(-‖θ·spacing‖²) (1 for
 * {@code no_weighting}) and features are computed once.
 *
 * <p>Coefficients: p<sub>x</sub>(i) = Σ<sub>j</sub> p(i,j), p<sub>y</sub>(j) = Σ<sub>i</sub> p(i,j), μ<sub>x</sub> =
 * Σ i p(i,j), μ<sub>y</sub> = Σ j p(i,j), p<sub>x+y</sub>(k) = Σ<sub>i+j=k</sub> p (k = 2..2N<sub>g</sub>),
 * p<sub>x−y</sub>(k) = Σ<sub>|i−j|=k</sub> p (k = 0..N<sub>g</sub>−1), N<sub>g</sub> = highest gray level,
 * HX, HY = −Σ p<sub>x</sub> log2(p<sub>x</sub>+ε) etc., HXY = −Σ p log2(p+ε), HXY1 = −Σ p log2(p<sub>x</sub>
 * p<sub>y</sub>+ε), HXY2 = −Σ p<sub>x</sub>p<sub>y</sub> log2(p<sub>x</sub>p<sub>y</sub>+ε).
 *
 * <pre>
 * Autocorrelation = Σ p i j                JointAverage = μx                 SumSquares = Σ p (i − μx)²
 * ClusterProminence/Shade/Tendency = Σ p (i + j − μx − μy)^4 / ^3 / ^2
 * Contrast = Σ p (i − j)²                  Correlation = (Σ p (i−μx)(j−μy)) / (σx σy + ε), 1 if σx σy = 0
 * DifferenceAverage = Σ k p_{x−y}(k)        DifferenceEntropy = −Σ p_{x−y} log2(p_{x−y} + ε)
 * DifferenceVariance = Σ (k − DA)² p_{x−y}(k)
 * JointEnergy = Σ p²                        JointEntropy = HXY                MaximumProbability = max p
 * Imc1 = (HXY − HXY1) / max(HX, HY), 0 if max = 0      Imc2 = sqrt(1 − e^{−2(HXY2 − HXY)}), 0 if HXY2 = HXY
 * Id = Σ p_{x−y}(k)/(1 + k)   Idn = Σ p_{x−y}(k)/(1 + k/Ng)   Idm = Σ p_{x−y}(k)/(1 + k²)   Idmn = Σ .../(1 + k²/Ng²)
 * InverseVariance = Σ_{k≥1} p_{x−y}(k)/k²
 * SumAverage = Σ k p_{x+y}(k)               SumEntropy = −Σ p_{x+y} log2(p_{x+y} + ε)
 * MCC = sqrt(second largest eigenvalue of Q), Q(i,j) = Σ_k p(i,k) p(j,k) / (px(i) py(k)); 1 for one gray level
 * </pre>
 * Dissimilarity, Homogeneity1, Homogeneity2 and SumVariance were removed by PyRadiomics (equal to DifferenceAverage,
 * Id, Idm and ClusterTendency) and yield no value.
 */
public final class GrayLevelCooccurrenceMatrix {

    /** Coefficients of one (normalised) angle matrix over the present gray levels. */
    public static final class Coefficients {
        final int n;
        final double[] level;
        final double[] p;
        final int ng;
        final double[] px;
        final double[] py;
        final double ux;
        final double uy;
        final double[] pSum;
        final double[] pDiff;
        final double hxy;

        Coefficients(double[] p, int[] levels, int ng) {
            this.n = levels.length;
            this.level = new double[n];
            for (int k = 0; k < n; k++) {
                level[k] = levels[k];
            }
            this.p = p;
            this.ng = ng;
            px = new double[n];
            py = new double[n];
            pSum = new double[2 * ng - 1];
            pDiff = new double[ng];
            double mx = 0, my = 0, h = 0;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double v = p[a * n + b];
                    px[a] += v;
                    py[b] += v;
                    mx += level[a] * v;
                    my += level[b] * v;
                    pSum[levels[a] + levels[b] - 2] += v;
                    pDiff[Math.abs(levels[a] - levels[b])] += v;
                    h -= v * Maths.log2(v + Maths.EPS);
                }
            }
            ux = mx;
            uy = my;
            hxy = h;
        }

        double sum(PairTerm term) {
            double s = 0;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    s += p[a * n + b] * term.of(level[a], level[b]);
                }
            }
            return s;
        }
    }

    @FunctionalInterface
    interface PairTerm {
        double of(double i, double j);
    }

    public static final FeatureTable<Coefficients> FEATURES = new FeatureTable<Coefficients>("glcm",
        Feature.of("Autocorrelation", c -> c.sum((i, j) -> i * j)),
        Feature.of("JointAverage", c -> c.ux),
        Feature.of("ClusterProminence", c -> c.sum((i, j) -> Math.pow(i + j - c.ux - c.uy, 4))),
        Feature.of("ClusterShade", c -> c.sum((i, j) -> Math.pow(i + j - c.ux - c.uy, 3))),
        Feature.of("ClusterTendency", c -> c.sum((i, j) -> (i + j - c.ux - c.uy) * (i + j - c.ux - c.uy))),
        Feature.of("Contrast", c -> c.sum((i, j) -> (i - j) * (i - j))),
        Feature.of("Correlation", GrayLevelCooccurrenceMatrix::correlation),
        Feature.of("DifferenceAverage", GrayLevelCooccurrenceMatrix::differenceAverage),
        Feature.of("DifferenceEntropy", c -> entropy(c.pDiff)),
        Feature.of("DifferenceVariance", GrayLevelCooccurrenceMatrix::differenceVariance),
        Feature.of("JointEnergy", c -> energy(c.p)),
        Feature.of("JointEntropy", c -> c.hxy),
        Feature.of("Imc1", GrayLevelCooccurrenceMatrix::imc1),
        Feature.of("Imc2", GrayLevelCooccurrenceMatrix::imc2),
        Feature.of("Idm", c -> inverseDifference(c, k -> 1 + k * k)),
        Feature.of("Idmn", c -> inverseDifference(c, k -> 1 + k * k / ((double) c.ng * c.ng))),
        Feature.of("Id", c -> inverseDifference(c, k -> 1 + k)),
        Feature.of("Idn", c -> inverseDifference(c, k -> 1 + k / c.ng)),
        Feature.of("InverseVariance", GrayLevelCooccurrenceMatrix::inverseVariance),
        Feature.of("MaximumProbability", GrayLevelCooccurrenceMatrix::maximumProbability),
        Feature.of("MCC", GrayLevelCooccurrenceMatrix::mcc),
        Feature.of("SumAverage", GrayLevelCooccurrenceMatrix::sumAverage),
        Feature.of("SumEntropy", c -> entropy(c.pSum)),
        Feature.of("SumSquares", c -> c.sum((i, j) -> (i - c.ux) * (i - c.ux))),
        Feature.removed("Dissimilarity", "equal to DifferenceAverage"),
        Feature.removed("Homogeneity1", "equal to Id"),
        Feature.removed("Homogeneity2", "equal to Idm"),
        Feature.removed("SumVariance", "equal to ClusterTendency"));

    private GrayLevelCooccurrenceMatrix() {
    }

    public static Map<String, Double> compute(DiscretisedRoi roi, RadiomicsSettings s, Collection<String> names) {
        return FEATURES.evaluateMean(coefficients(roi, s), names);
    }

    /** Per-angle coefficients (a single entry when a weighting norm merges the angles). */
    public static List<Coefficients> coefficients(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] levels = roi.levels();
        List<Coefficients> out = new ArrayList<>();
        for (double[] p : matrices(roi, s)) {
            out.add(new Coefficients(p, levels, roi.ng()));
        }
        return out;
    }

    /**
     * The normalised matrices (row-major over present levels, row = centre voxel level), one per retained angle or
     * one merged matrix; a matrix with no pairs at all is NaN-filled as in PyRadiomics.
     */
    public static List<double[]> matrices(DiscretisedRoi roi, RadiomicsSettings s) {
        int[] shape = roi.roi().shape();
        int[][] angles = Angles.of(shape, s.distances(), false, s.force2D() ? s.force2Ddimension() : -1);
        int n = roi.levelCount();
        int[] index = roi.levelIndex();
        PaddedGrid grid = PaddedGrid.of(roi, PaddedGrid.margin(s.distances()));
        int[] off = grid.offsets(angles);
        double[][] counts = new double[angles.length][n * n];
        for (int v : grid.roi) {
            int row = index[grid.bins[v]] * n;
            for (int a = 0; a < off.length; a++) {
                int w = v + off[a];
                if (grid.mask[w]) {
                    counts[a][row + index[grid.bins[w]]]++;
                }
            }
        }
        if (s.symmetricalGLCM()) {
            for (double[] c : counts) {
                symmetrise(c, n);
            }
        }
        List<double[]> kept = new ArrayList<>();
        WeightingNorm norm = s.weightingNorm();
        if (norm != null) {
            double[] merged = new double[n * n];
            double[] spacing = roi.roi().spacing();
            for (int a = 0; a < angles.length; a++) {
                double w = norm == WeightingNorm.NO_WEIGHTING ? 1 : Math.exp(-Math.pow(norm.distance(angles[a],
                    spacing), 2));
                for (int k = 0; k < merged.length; k++) {
                    merged[k] += counts[a][k] * w;
                }
            }
            kept.add(merged);
        } else {
            for (double[] c : counts) {
                if (angles.length == 1 || total(c) != 0) {
                    kept.add(c);
                }
            }
        }
        for (double[] c : kept) {
            double t = total(c);
            for (int k = 0; k < c.length; k++) {
                c[k] = t == 0 ? Double.NaN : c[k] / t;
            }
        }
        return kept;
    }

    private static void symmetrise(double[] c, int n) {
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double v = c[a * n + b] + c[b * n + a];
                c[a * n + b] = v;
                c[b * n + a] = v;
            }
        }
    }

    private static double total(double[] c) {
        double t = 0;
        for (double v : c) {
            t += v;
        }
        return t;
    }

    static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            h -= v * Maths.log2(v + Maths.EPS);
        }
        return h;
    }

    static double energy(double[] p) {
        double e = 0;
        for (double v : p) {
            e += v * v;
        }
        return e;
    }

    static double correlation(Coefficients c) {
        double sx = Math.sqrt(c.sum((i, j) -> (i - c.ux) * (i - c.ux)));
        double sy = Math.sqrt(c.sum((i, j) -> (j - c.uy) * (j - c.uy)));
        if (sx * sy == 0) {
            return 1;
        }
        return c.sum((i, j) -> (i - c.ux) * (j - c.uy)) / (sx * sy + Maths.EPS);
    }

    static double differenceAverage(Coefficients c) {
        double s = 0;
        for (int k = 0; k < c.pDiff.length; k++) {
            s += k * c.pDiff[k];
        }
        return s;
    }

    static double differenceVariance(Coefficients c) {
        double avg = differenceAverage(c);
        double s = 0;
        for (int k = 0; k < c.pDiff.length; k++) {
            s += (k - avg) * (k - avg) * c.pDiff[k];
        }
        return s;
    }

    interface Denominator {
        double of(double k);
    }

    static double inverseDifference(Coefficients c, Denominator d) {
        double s = 0;
        for (int k = 0; k < c.pDiff.length; k++) {
            s += c.pDiff[k] / d.of(k);
        }
        return s;
    }

    static double inverseVariance(Coefficients c) {
        double s = 0;
        for (int k = 1; k < c.pDiff.length; k++) {
            s += c.pDiff[k] / ((double) k * k);
        }
        return s;
    }

    static double maximumProbability(Coefficients c) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : c.p) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, v);
        }
        return m;
    }

    static double sumAverage(Coefficients c) {
        double s = 0;
        for (int k = 0; k < c.pSum.length; k++) {
            s += (k + 2) * c.pSum[k];
        }
        return s;
    }

    static double imc1(Coefficients c) {
        double hx = entropy(c.px);
        double hy = entropy(c.py);
        double hxy1 = 0;
        for (int a = 0; a < c.n; a++) {
            for (int b = 0; b < c.n; b++) {
                hxy1 -= c.p[a * c.n + b] * Maths.log2(c.px[a] * c.py[b] + Maths.EPS);
            }
        }
        double div = Math.max(hx, hy);
        return div == 0 ? 0 : (c.hxy - hxy1) / div;
    }

    static double imc2(Coefficients c) {
        double hxy2 = 0;
        for (int a = 0; a < c.n; a++) {
            for (int b = 0; b < c.n; b++) {
                double q = c.px[a] * c.py[b];
                hxy2 -= q * Maths.log2(q + Maths.EPS);
            }
        }
        return hxy2 == c.hxy ? 0 : Math.sqrt(1 - Math.exp(-2 * (hxy2 - c.hxy)));
    }

    /**
     * Q is similar to the symmetric S(i,j) = Σ_k p(i,k) p(j,k) / (sqrt(px(i) px(j)) py(k)), whose eigenvalues a
     * symmetric solver finds reliably; levels with px = 0 or py = 0 contribute zero rows/terms, as in Q.
     */
    static double mcc(Coefficients c) {
        int n = c.n;
        if (n < 2) {
            return 1;
        }
        if (Double.isNaN(c.ux)) {
            return Double.NaN;
        }
        double[][] m = new double[n][n];
        double[] rowScale = new double[n];
        for (int a = 0; a < n; a++) {
            rowScale[a] = c.px[a] > 0 ? 1 / Math.sqrt(c.px[a]) : 0;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    if (c.py[k] > 0) {
                        s += c.p[a * n + k] * c.p[b * n + k] / c.py[k];
                    }
                }
                s *= rowScale[a] * rowScale[b];
                m[a][b] = s;
                m[b][a] = s;
            }
        }
        double[] ev = Maths.symmetricEigenvalues(m);
        return Math.sqrt(ev[n - 2]);
    }
}
