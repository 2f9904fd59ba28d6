package org.nacrad.image.io;

/**
 * Singular value decomposition of a small float matrix with LINPACK's SSVDC algorithm in single precision, as
 * ITK's vnl_svd&lt;float&gt; computes it (job 21: U economy size and V). ITK's NIfTI reader decides between qform
 * and sform by comparing left singular vectors, whose signs and order are particular to this algorithm, so
 * reproducing that decision needs this algorithm rather than any SVD. Written from the published LINPACK algorithm
 * (Dongarra et al., LINPACK Users' Guide, 1979): Householder bidiagonalisation followed by implicit-shift QR sweeps
 * with Givens rotations; indices are 1-based as in the original to keep the steps checkable.
 */
final class LinpackSvd {

    private static final int MAX_ITERATIONS = 1000;

    /** Left singular vectors, column j of U is {@code u[i][j]} (0-based). */
    final float[][] u;
    /** Singular values, in decreasing order. */
    final float[] w;

    private LinpackSvd(float[][] u, float[] w) {
        this.u = u;
        this.w = w;
    }

    /** The decomposition of the n×p matrix {@code a} (row-major, 0-based), n ≥ p. */
    static LinpackSvd of(float[][] a) {
        int n = a.length;
        int p = a[0].length;
        float[][] x = new float[n + 1][p + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= p; j++) {
                x[i][j] = a[i - 1][j - 1];
            }
        }
        float[] s = new float[Math.min(n + 1, p) + 2];
        float[] e = new float[p + 2];
        float[][] u = new float[n + 1][Math.min(n, p) + 1];
        float[][] v = new float[p + 1][p + 1];
        float[] work = new float[n + 1];
        int ncu = Math.min(n, p);
        int nct = Math.min(n - 1, p);
        int nrt = Math.max(0, Math.min(p - 2, n));
        int lu = Math.max(nct, nrt);
        for (int l = 1; l <= lu; l++) {
            int lp1 = l + 1;
            if (l <= nct) {
                s[l] = nrm2(x, l, l, n - l + 1);
                if (s[l] != 0) {
                    if (x[l][l] != 0) {
                        s[l] = sign(s[l], x[l][l]);
                    }
                    float r = 1f / s[l];
                    for (int i = l; i <= n; i++) {
                        x[i][l] *= r;
                    }
                    x[l][l] = 1f + x[l][l];
                }
                s[l] = -s[l];
            }
            for (int j = lp1; j <= p; j++) {
                if (l <= nct && s[l] != 0) {
                    float t = -dot(x, l, l, x, l, j, n - l + 1) / x[l][l];
                    for (int i = l; i <= n; i++) {
                        x[i][j] += t * x[i][l];
                    }
                }
                e[j] = x[l][j];
            }
            if (l <= nct) {
                for (int i = l; i <= n; i++) {
                    u[i][l] = x[i][l];
                }
            }
            if (l <= nrt) {
                e[l] = nrm2(e, lp1, p - l);
                if (e[l] != 0) {
                    if (e[lp1] != 0) {
                        e[l] = sign(e[l], e[lp1]);
                    }
                    float r = 1f / e[l];
                    for (int i = lp1; i <= p; i++) {
                        e[i] *= r;
                    }
                    e[lp1] = 1f + e[lp1];
                }
                e[l] = -e[l];
                if (lp1 <= n && e[l] != 0) {
                    for (int i = lp1; i <= n; i++) {
                        work[i] = 0;
                    }
                    for (int j = lp1; j <= p; j++) {
                        for (int i = lp1; i <= n; i++) {
                            work[i] += e[j] * x[i][j];
                        }
                    }
                    for (int j = lp1; j <= p; j++) {
                        float f = -e[j] / e[lp1];
                        for (int i = lp1; i <= n; i++) {
                            x[i][j] += f * work[i];
                        }
                    }
                }
                for (int i = lp1; i <= p; i++) {
                    v[i][l] = e[i];
                }
            }
        }
        int m = Math.min(p, n + 1);
        int nctp1 = nct + 1;
        int nrtp1 = nrt + 1;
        if (nct < p) {
            s[nctp1] = x[nctp1][nctp1];
        }
        if (n < m) {
            s[m] = 0;
        }
        if (nrtp1 < m) {
            e[nrtp1] = x[nrtp1][m];
        }
        e[m] = 0;
        for (int j = nctp1; j <= ncu; j++) {
            for (int i = 1; i <= n; i++) {
                u[i][j] = 0;
            }
            u[j][j] = 1;
        }
        for (int ll = 1; ll <= nct; ll++) {
            int l = nct - ll + 1;
            if (s[l] != 0) {
                for (int j = l + 1; j <= ncu; j++) {
                    float t = -dot(u, l, l, u, l, j, n - l + 1) / u[l][l];
                    for (int i = l; i <= n; i++) {
                        u[i][j] += t * u[i][l];
                    }
                }
                for (int i = l; i <= n; i++) {
                    u[i][l] = -u[i][l];
                }
                u[l][l] = 1f + u[l][l];
                for (int i = 1; i < l; i++) {
                    u[i][l] = 0;
                }
            } else {
                for (int i = 1; i <= n; i++) {
                    u[i][l] = 0;
                }
                u[l][l] = 1;
            }
        }
        for (int ll = 1; ll <= p; ll++) {
            int l = p - ll + 1;
            int lp1 = l + 1;
            if (l <= nrt && e[l] != 0) {
                for (int j = lp1; j <= p; j++) {
                    float t = -dot(v, lp1, l, v, lp1, j, p - l) / v[lp1][l];
                    for (int i = lp1; i <= p; i++) {
                        v[i][j] += t * v[i][l];
                    }
                }
            }
            for (int i = 1; i <= p; i++) {
                v[i][l] = 0;
            }
            v[l][l] = 1;
        }
        iterate(s, e, u, v, m, n, p);
        float[][] u0 = new float[n][ncu];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < ncu; j++) {
                u0[i][j] = u[i + 1][j + 1];
            }
        }
        float[] w = new float[p];
        for (int j = 0; j < Math.min(n + 1, p); j++) {
            w[j] = Math.abs(s[j + 1]);
        }
        return new LinpackSvd(u0, w);
    }

    /** The QR sweeps that drive the superdiagonal e to zero, then sign fixing and ordering. */
    private static void iterate(float[] s, float[] e, float[][] u, float[][] v, int m, int n, int p) {
        int mm = m;
        int iter = 0;
        while (m > 0 && iter < MAX_ITERATIONS) {
            int l;
            for (l = m - 1; l > 0; l--) {
                float test = Math.abs(s[l]) + Math.abs(s[l + 1]);
                float ztest = test + Math.abs(e[l]);
                if (ztest == test) {
                    e[l] = 0;
                    break;
                }
            }
            int kase;
            if (l == m - 1) {
                kase = 4;
            } else {
                int ls;
                for (ls = m; ls > l; ls--) {
                    float test = 0;
                    if (ls != m) {
                        test += Math.abs(e[ls]);
                    }
                    if (ls != l + 1) {
                        test += Math.abs(e[ls - 1]);
                    }
                    float ztest = test + Math.abs(s[ls]);
                    if (ztest == test) {
                        s[ls] = 0;
                        break;
                    }
                }
                if (ls == l) {
                    kase = 3;
                } else if (ls == m) {
                    kase = 1;
                } else {
                    kase = 2;
                    l = ls;
                }
            }
            l++;
            switch (kase) {
                case 1 -> deflateNegligibleLastE(s, e, v, l, m, p);
                case 2 -> splitAtNegligibleS(s, e, u, l, m, n);
                case 3 -> {
                    qrStep(s, e, u, v, l, m, n, p);
                    iter++;
                }
                default -> {
                    converged(s, u, v, l, mm, n, p);
                    iter = 0;
                    m--;
                }
            }
        }
    }

    private static void deflateNegligibleLastE(float[] s, float[] e, float[][] v, int l, int m, int p) {
        int mm1 = m - 1;
        float f = e[m - 1];
        e[m - 1] = 0;
        for (int kk = l; kk <= mm1; kk++) {
            int k = mm1 - kk + l;
            float[] g = rotg(s[k], f);
            s[k] = g[0];
            float cs = g[1];
            float sn = g[2];
            if (k != l) {
                f = -sn * e[k - 1];
                e[k - 1] = cs * e[k - 1];
            }
            rot(v, k, m, p, cs, sn);
        }
    }

    private static void splitAtNegligibleS(float[] s, float[] e, float[][] u, int l, int m, int n) {
        float f = e[l - 1];
        e[l - 1] = 0;
        for (int k = l; k <= m; k++) {
            float[] g = rotg(s[k], f);
            s[k] = g[0];
            float cs = g[1];
            float sn = g[2];
            f = -sn * e[k];
            e[k] = cs * e[k];
            rot(u, k, l - 1, n, cs, sn);
        }
    }

    private static void qrStep(float[] s, float[] e, float[][] u, float[][] v, int l, int m, int n, int p) {
        float scale = Math.max(Math.max(Math.max(Math.max(Math.abs(s[m]), Math.abs(s[m - 1])), Math.abs(e[m - 1])),
            Math.abs(s[l])), Math.abs(e[l]));
        float sm = s[m] / scale;
        float smm1 = s[m - 1] / scale;
        float emm1 = e[m - 1] / scale;
        float sl = s[l] / scale;
        float el = e[l] / scale;
        float b = ((smm1 + sm) * (smm1 - sm) + emm1 * emm1) / 2f;
        float c = (sm * emm1) * (sm * emm1);
        float shift = 0;
        if (b != 0 || c != 0) {
            shift = (float) Math.sqrt(b * b + c);
            if (b < 0) {
                shift = -shift;
            }
            shift = c / (b + shift);
        }
        float f = (sl + sm) * (sl - sm) + shift;
        float g = sl * el;
        for (int k = l; k <= m - 1; k++) {
            float[] r = rotg(f, g);
            float cs = r[1];
            float sn = r[2];
            if (k != l) {
                e[k - 1] = r[0];
            }
            f = cs * s[k] + sn * e[k];
            e[k] = cs * e[k] - sn * s[k];
            g = sn * s[k + 1];
            s[k + 1] = cs * s[k + 1];
            rot(v, k, k + 1, p, cs, sn);
            r = rotg(f, g);
            cs = r[1];
            sn = r[2];
            s[k] = r[0];
            f = cs * e[k] + sn * s[k + 1];
            s[k + 1] = -sn * e[k] + cs * s[k + 1];
            g = sn * e[k + 1];
            e[k + 1] = cs * e[k + 1];
            if (k < n) {
                rot(u, k, k + 1, n, cs, sn);
            }
        }
        e[m - 1] = f;
    }

    /** Makes s[l] non-negative and bubbles it into decreasing order, swapping singular vectors alike. */
    private static void converged(float[] s, float[][] u, float[][] v, int l, int mm, int n, int p) {
        if (s[l] < 0) {
            s[l] = -s[l];
            for (int i = 1; i <= p; i++) {
                v[i][l] = -v[i][l];
            }
        }
        while (l != mm && s[l] < s[l + 1]) {
            float t = s[l];
            s[l] = s[l + 1];
            s[l + 1] = t;
            if (l < p) {
                swapColumns(v, l, p);
            }
            if (l < n) {
                swapColumns(u, l, n);
            }
            l++;
        }
    }

    private static void swapColumns(float[][] a, int l, int rows) {
        for (int i = 1; i <= rows; i++) {
            float t = a[i][l];
            a[i][l] = a[i][l + 1];
            a[i][l + 1] = t;
        }
    }

    /** Plane rotation of columns x and y of a (rows 1..rows). */
    private static void rot(float[][] a, int x, int y, int rows, float c, float s) {
        for (int i = 1; i <= rows; i++) {
            float t = c * a[i][x] + s * a[i][y];
            a[i][y] = c * a[i][y] - s * a[i][x];
            a[i][x] = t;
        }
    }

    /** Givens rotation (BLAS srotg): returns {r, c, s}. The square root is taken in double as f2c's code does. */
    private static float[] rotg(float sa, float sb) {
        float roe = Math.abs(sa) > Math.abs(sb) ? sa : sb;
        float scale = Math.abs(sa) + Math.abs(sb);
        if (scale == 0) {
            return new float[] {0, 1, 0};
        }
        float a = sa / scale;
        float b = sb / scale;
        float r = (float) (scale * Math.sqrt(a * a + b * b));
        r = roe >= 0 ? r : -r;
        return new float[] {r, sa / r, sb / r};
    }

    /** Euclidean norm of column j of x from row i on (BLAS snrm2's scaled sum of squares). */
    private static float nrm2(float[][] x, int i, int j, int count) {
        float[] col = new float[count];
        for (int k = 0; k < count; k++) {
            col[k] = x[i + k][j];
        }
        return nrm2(col, 0, count);
    }

    private static float nrm2(float[] x, int from, int count) {
        if (count < 1) {
            return 0;
        }
        if (count == 1) {
            return Math.abs(x[from]);
        }
        float scale = 0;
        float ssq = 1;
        for (int k = from; k < from + count; k++) {
            if (x[k] != 0) {
                float absxi = Math.abs(x[k]);
                if (scale < absxi) {
                    float r = scale / absxi;
                    ssq = ssq * (r * r) + 1f;
                    scale = absxi;
                } else {
                    float r = absxi / scale;
                    ssq += r * r;
                }
            }
        }
        return (float) (scale * Math.sqrt(ssq));
    }

    /** Dot product of column ja of a and column jb of b, both from their given rows, accumulated in float. */
    private static float dot(float[][] a, int ia, int ja, float[][] b, int ib, int jb, int count) {
        float sum = 0;
        for (int k = 0; k < count; k++) {
            sum += a[ia + k][ja] * b[ib + k][jb];
        }
        return sum;
    }

    private static float sign(float a, float b) {
        float x = Math.abs(a);
        return b >= 0 ? x : -x;
    }
}
