package org.nacrad.learn.combat;

/** Ordinary least squares through the normal equations, B = (DᵀD)⁻¹Dᵀ, as neuroCombat computes its betas. */
final class NormalEquations {

    private NormalEquations() {
    }

    /** The matrix (DᵀD)⁻¹Dᵀ ({@code [designColumn][row]}) for design {@code d[row][column]}. */
    static double[][] pseudoInverse(double[][] d, String what) {
        int n = d.length;
        int q = d[0].length;
        double[][] a = new double[q][2 * q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int r = 0; r < n; r++) {
                    s += d[r][i] * d[r][j];
                }
                a[i][j] = s;
            }
            a[i][q + i] = 1;
        }
        invertInPlace(a, q, what);
        double[][] out = new double[q][n];
        for (int i = 0; i < q; i++) {
            for (int r = 0; r < n; r++) {
                double s = 0;
                for (int j = 0; j < q; j++) {
                    s += a[i][q + j] * d[r][j];
                }
                out[i][r] = s;
            }
        }
        return out;
    }

    /** Gauss–Jordan with partial pivoting on the augmented matrix [A | I]. */
    private static void invertInPlace(double[][] a, int q, String what) {
        double scale = 0;
        for (int i = 0; i < q; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int c = 0; c < q; c++) {
            int pivot = c;
            for (int r = c + 1; r < q; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) <= 1e-12 * scale) {
                throw new IllegalArgumentException(what + ": the design matrix is singular — a covariate is constant or "
                        + "confounded with the batch (or with another covariate)");
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            double inv = 1 / a[c][c];
            for (int j = 0; j < 2 * q; j++) {
                a[c][j] *= inv;
            }
            for (int r = 0; r < q; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * q; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
    }
}
