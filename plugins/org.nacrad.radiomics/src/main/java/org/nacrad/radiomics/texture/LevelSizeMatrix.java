package org.nacrad.radiomics.texture;

import org.nacrad.radiomics.features.Maths;

/**
 * A gray level × size matrix P(i, j) — runs (GLRLM), zones (GLSZM) or dependences (GLDM) — with the coefficients
 * their features share: i = actual gray levels, j = sizes (run length, zone size, dependence count + 1) of the
 * non-empty columns, N = Σ P (N<sub>r</sub>, N<sub>z</sub>), p<sub>g</sub>(i) = Σ<sub>j</sub> P, p<sub>s</sub>(j) =
 * Σ<sub>i</sub> P. The emphasis and non-uniformity formulas are the same in the three families:
 *
 * <pre>
 * smallEmphasis = Σ ps(j)/j² / N     largeEmphasis = Σ ps(j) j² / N
 * lowGrayEmphasis = Σ pg(i)/i² / N   highGrayEmphasis = Σ pg(i) i² / N
 * small·low = Σ P/(i² j²) / N   small·high = Σ P i²/j² / N   large·low = Σ P j²/i² / N   large·high = Σ P i² j² / N
 * grayNonUniformity = Σ pg² / N (normalised: / N²)   sizeNonUniformity = Σ ps² / N (normalised: / N²)
 * grayVariance = Σ (pg/N) (i − μ)², μ = Σ (pg/N) i  sizeVariance likewise over j
 * entropy = −Σ (P/N) log2(P/N + ε)     percentage = N / Σ ps(j) j  (= N / Np)
 * </pre>
 */
public final class LevelSizeMatrix {

    final double[] p;
    final double[] level;
    final double[] size;
    final double total;
    final double[] pg;
    final double[] ps;

    /**
     * @param p row-major counts, rows = levels, columns = sizes (empty columns already removed)
     * @param total N as the family defines it (NaN or 1 for an empty matrix, per PyRadiomics)
     */
    LevelSizeMatrix(double[] p, double[] level, double[] size, double total) {
        this.p = p;
        this.level = level;
        this.size = size;
        this.total = total;
        int ni = level.length, nj = size.length;
        pg = new double[ni];
        ps = new double[nj];
        for (int a = 0; a < ni; a++) {
            for (int b = 0; b < nj; b++) {
                pg[a] += p[a * nj + b];
                ps[b] += p[a * nj + b];
            }
        }
    }

    /**
     * Drops all-zero size columns from full matrices (same columns for every matrix, as PyRadiomics deletes them over
     * all angles); sizes are column index + 1.
     */
    static Trimmed dropEmptySizes(double[][] full, int levels, int sizes) {
        boolean[] used = new boolean[sizes];
        int count = 0;
        for (double[] m : full) {
            for (int a = 0; a < levels; a++) {
                for (int b = 0; b < sizes; b++) {
                    if (m[a * sizes + b] != 0 && !used[b]) {
                        used[b] = true;
                        count++;
                    }
                }
            }
        }
        double[] kept = new double[count];
        int[] map = new int[sizes];
        int k = 0;
        for (int b = 0; b < sizes; b++) {
            map[b] = used[b] ? k : -1;
            if (used[b]) {
                kept[k++] = b + 1;
            }
        }
        double[][] out = new double[full.length][levels * count];
        for (int m = 0; m < full.length; m++) {
            for (int a = 0; a < levels; a++) {
                for (int b = 0; b < sizes; b++) {
                    if (used[b]) {
                        out[m][a * count + map[b]] = full[m][a * sizes + b];
                    }
                }
            }
        }
        return new Trimmed(out, kept);
    }

    /** Matrices without their empty size columns, and the sizes of the columns kept. */
    record Trimmed(double[][] matrices, double[] sizes) {
    }

    interface Weight {
        double of(double i, double j);
    }

    double weighted(Weight w) {
        int nj = size.length;
        double s = 0;
        for (int a = 0; a < level.length; a++) {
            for (int b = 0; b < nj; b++) {
                double v = p[a * nj + b];
                if (v != 0) {
                    s += v * w.of(level[a], size[b]);
                }
            }
        }
        return s / total;
    }

    double smallEmphasis() {
        return weighted((i, j) -> 1 / (j * j));
    }

    double largeEmphasis() {
        return weighted((i, j) -> j * j);
    }

    double lowGrayEmphasis() {
        return weighted((i, j) -> 1 / (i * i));
    }

    double highGrayEmphasis() {
        return weighted((i, j) -> i * i);
    }

    double smallLowEmphasis() {
        return weighted((i, j) -> 1 / (i * i * j * j));
    }

    double smallHighEmphasis() {
        return weighted((i, j) -> i * i / (j * j));
    }

    double largeLowEmphasis() {
        return weighted((i, j) -> j * j / (i * i));
    }

    double largeHighEmphasis() {
        return weighted((i, j) -> i * i * j * j);
    }

    double grayNonUniformity() {
        return sumSquares(pg) / total;
    }

    double grayNonUniformityNormalized() {
        return sumSquares(pg) / (total * total);
    }

    double sizeNonUniformity() {
        return sumSquares(ps) / total;
    }

    double sizeNonUniformityNormalized() {
        return sumSquares(ps) / (total * total);
    }

    double grayVariance() {
        return variance(pg, level);
    }

    double sizeVariance() {
        return variance(ps, size);
    }

    double entropy() {
        double h = 0;
        for (double v : p) {
            double q = v / total;
            h -= q * Maths.log2(q + Maths.EPS);
        }
        return h;
    }

    double percentage() {
        double np = 0;
        for (int b = 0; b < size.length; b++) {
            np += ps[b] * size[b];
        }
        return total / np;
    }

    private double variance(double[] marginal, double[] values) {
        double mu = 0;
        for (int k = 0; k < values.length; k++) {
            mu += marginal[k] / total * values[k];
        }
        double v = 0;
        for (int k = 0; k < values.length; k++) {
            v += marginal[k] / total * (values[k] - mu) * (values[k] - mu);
        }
        return v;
    }

    private static double sumSquares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
