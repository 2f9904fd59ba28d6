package org.nacrad.image.resample;

/**
 * The inverse of a 3×3 matrix as ITK computes an image's physical-point-to-index matrix: itk::Matrix::GetInverse
 * uses vnl_matrix_inverse, i.e. the LINPACK singular value decomposition (dsvdc, job 21, as translated in VXL's
 * netlib) and V·W⁻¹·Uᵀ. Written from the published LINPACK algorithm with the same operation order, so the inverse is
 * ITK's to the last bit, which decides which side of a half-voxel tie an oblique sample falls on. Arrays are
 * column-major and addressed with LINPACK's 1-based (row, column) as {@code row + column * ld}.
 */
final class SvdInverse {

    private static final int N = 3;
    private static final int MAX_ITERATIONS = 1000;

    private final double[] x = new double[(N + 1) * (N + 1)];
    private final double[] u = new double[(N + 1) * (N + 1)];
    private final double[] v = new double[(N + 1) * (N + 1)];
    private final double[] s = new double[N + 2];
    private final double[] e = new double[N + 2];
    private final double[] work = new double[N + 2];
    private double rotC;
    private double rotS;

    private SvdInverse(double[] rowMajor) {
        for (int i = 1; i <= N; i++) {
            for (int j = 1; j <= N; j++) {
                x[i + j * N] = rowMajor[3 * (i - 1) + (j - 1)];
            }
        }
    }

    /** Row-major inverse of a row-major 3×3 matrix; null if a singular value is zero or the SVD did not converge. */
    static double[] invert(double[] rowMajor) {
        SvdInverse svd = new SvdInverse(rowMajor);
        if (!svd.decompose()) {
            return null;
        }
        return svd.pseudoInverse();
    }

    /** V · diag(1/|s|) · Uᵀ, each product summed over k in order as vnl_matrix multiplies. */
    private double[] pseudoInverse() {
        double[] vw = new double[9];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                double w = Math.abs(s[k + 1]);
                if (!(w > 0)) {
                    return null;
                }
                double sum = 0;
                for (int j = 0; j < N; j++) {
                    sum += v[(i + 1) + (j + 1) * N] * (j == k ? 1.0 / w : 0.0);
                }
                vw[3 * i + k] = sum;
            }
        }
        double[] inv = new double[9];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                double sum = 0;
                for (int j = 0; j < N; j++) {
                    sum += vw[3 * i + j] * u[(k + 1) + (j + 1) * N];
                }
                inv[3 * i + k] = sum;
            }
        }
        return inv;
    }

    /** LINPACK dsvdc for n = p = 3 with U and V wanted; false if it did not converge. */
    private boolean decompose() {
        final int n = N;
        final int p = N;
        final int nct = Math.min(n - 1, p);
        final int nrt = Math.max(0, Math.min(p - 2, n));
        final int lu = Math.max(nct, nrt);
        final int ncu = Math.min(n, p);
        // reduce x to bidiagonal form, storing the diagonal in s and the super-diagonal in e
        for (int l = 1; l <= lu; l++) {
            int lp1 = l + 1;
            if (l <= nct) {
                s[l] = nrm2(n - l + 1, x, l + l * n);
                if (s[l] != 0) {
                    if (x[l + l * n] != 0) {
                        s[l] = sign(s[l], x[l + l * n]);
                    }
                    scal(n - l + 1, 1.0 / s[l], x, l + l * n);
                    x[l + l * n] += 1.0;
                }
                s[l] = -s[l];
            }
            for (int j = lp1; j <= p; j++) {
                if (l <= nct && s[l] != 0) {
                    double t = -dot(n - l + 1, x, l + l * n, x, l + j * n) / x[l + l * n];
                    axpy(n - l + 1, t, x, l + l * n, x, l + j * n);
                }
                e[j] = x[l + j * n];
            }
            if (l <= nct) {
                for (int i = l; i <= n; i++) {
                    u[i + l * n] = x[i + l * n];
                }
            }
            if (l > nrt) {
                continue;
            }
            e[l] = nrm2(p - l, e, lp1);
            if (e[l] != 0) {
                if (e[lp1] != 0) {
                    e[l] = sign(e[l], e[lp1]);
                }
                scal(p - l, 1.0 / e[l], e, lp1);
                e[lp1] += 1.0;
            }
            e[l] = -e[l];
            if (lp1 <= n && e[l] != 0) {
                for (int i = lp1; i <= n; i++) {
                    work[i] = 0;
                }
                for (int j = lp1; j <= p; j++) {
                    axpy(n - l, e[j], x, lp1 + j * n, work, lp1);
                }
                for (int j = lp1; j <= p; j++) {
                    axpy(n - l, -e[j] / e[lp1], work, lp1, x, lp1 + j * n);
                }
            }
            for (int i = lp1; i <= p; i++) {
                v[i + l * p] = e[i];
            }
        }
        // set up the final bidiagonal matrix of order m
        int m = Math.min(p, n + 1);
        int nctp1 = nct + 1;
        int nrtp1 = nrt + 1;
        if (nct < p) {
            s[nctp1] = x[nctp1 + nctp1 * n];
        }
        if (n < m) {
            s[m] = 0;
        }
        if (nrtp1 < m) {
            e[nrtp1] = x[nrtp1 + m * n];
        }
        e[m] = 0;
        generateU(n, nct, ncu);
        generateV(p, nrt);
        return iterate(m, n, p);
    }

    private void generateU(int n, int nct, int ncu) {
        for (int j = nct + 1; j <= ncu; j++) {
            for (int i = 1; i <= n; i++) {
                u[i + j * n] = 0;
            }
            u[j + j * n] = 1;
        }
        for (int ll = 1; ll <= nct; ll++) {
            int l = nct - ll + 1;
            if (s[l] == 0) {
                for (int i = 1; i <= n; i++) {
                    u[i + l * n] = 0;
                }
                u[l + l * n] = 1;
                continue;
            }
            for (int j = l + 1; j <= ncu; j++) {
                double t = -dot(n - l + 1, u, l + l * n, u, l + j * n) / u[l + l * n];
                axpy(n - l + 1, t, u, l + l * n, u, l + j * n);
            }
            scal(n - l + 1, -1.0, u, l + l * n);
            u[l + l * n] += 1.0;
            for (int i = 1; i <= l - 1; i++) {
                u[i + l * n] = 0;
            }
        }
    }

    private void generateV(int p, int nrt) {
        for (int ll = 1; ll <= p; ll++) {
            int l = p - ll + 1;
            int lp1 = l + 1;
            if (l <= nrt && e[l] != 0) {
                for (int j = lp1; j <= p; j++) {
                    double t = -dot(p - l, v, lp1 + l * p, v, lp1 + j * p) / v[lp1 + l * p];
                    axpy(p - l, t, v, lp1 + l * p, v, lp1 + j * p);
                }
            }
            for (int i = 1; i <= p; i++) {
                v[i + l * p] = 0;
            }
            v[l + l * p] = 1;
        }
    }

    /** Main QR iteration for the singular values (dsvdc labels 360–620). */
    private boolean iterate(int m, int n, int p) {
        int mm = m;
        int iter = 0;
        while (m != 0) {
            if (iter >= MAX_ITERATIONS) {
                return false;
            }
            int l;
            for (l = m - 1; l > 0; l--) {
                double test = Math.abs(s[l]) + Math.abs(s[l + 1]);
                double ztest = test + Math.abs(e[l]);
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
                    double test = 0;
                    if (ls != m) {
                        test += Math.abs(e[ls]);
                    }
                    if (ls != l + 1) {
                        test += Math.abs(e[ls - 1]);
                    }
                    double ztest = test + Math.abs(s[ls]);
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
                case 1 -> deflateNegligibleLast(l, m, p);
                case 2 -> splitAtNegligible(l, m, n);
                case 3 -> {
                    qrStep(l, m, n, p);
                    iter++;
                }
                default -> {
                    converged(l, mm, n, p);
                    iter = 0;
                    m--;
                }
            }
        }
        return true;
    }

    private void deflateNegligibleLast(int l, int m, int p) {
        int mm1 = m - 1;
        double f = e[m - 1];
        e[m - 1] = 0;
        for (int kk = l; kk <= mm1; kk++) {
            int k = mm1 - kk + l;
            double[] r = rotg(s[k], f);
            s[k] = r[0];
            if (k != l) {
                f = -rotS * e[k - 1];
                e[k - 1] = rotC * e[k - 1];
            }
            rot(p, v, 1 + k * p, v, 1 + m * p, rotC, rotS);
        }
    }

    private void splitAtNegligible(int l, int m, int n) {
        double f = e[l - 1];
        e[l - 1] = 0;
        for (int k = l; k <= m; k++) {
            double[] r = rotg(s[k], f);
            s[k] = r[0];
            f = -rotS * e[k];
            e[k] = rotC * e[k];
            rot(n, u, 1 + k * n, u, 1 + (l - 1) * n, rotC, rotS);
        }
    }

    private void qrStep(int l, int m, int n, int p) {
        double scale = Math.max(Math.max(Math.max(Math.max(Math.abs(s[m]), Math.abs(s[m - 1])), Math.abs(e[m - 1])),
            Math.abs(s[l])), Math.abs(e[l]));
        double sm = s[m] / scale;
        double smm1 = s[m - 1] / scale;
        double emm1 = e[m - 1] / scale;
        double sl = s[l] / scale;
        double el = e[l] / scale;
        double b = ((smm1 + sm) * (smm1 - sm) + emm1 * emm1) / 2.0;
        double c = (sm * emm1) * (sm * emm1);
        double shift = 0;
        if (b != 0 || c != 0) {
            shift = Math.sqrt(b * b + c);
            if (b < 0) {
                shift = -shift;
            }
            shift = c / (b + shift);
        }
        double f = (sl + sm) * (sl - sm) + shift;
        double g = sl * el;
        for (int k = l; k <= m - 1; k++) {
            double[] r = rotg(f, g);
            f = r[0];
            if (k != l) {
                e[k - 1] = f;
            }
            f = rotC * s[k] + rotS * e[k];
            e[k] = rotC * e[k] - rotS * s[k];
            g = rotS * s[k + 1];
            s[k + 1] = rotC * s[k + 1];
            rot(p, v, 1 + k * p, v, 1 + (k + 1) * p, rotC, rotS);
            r = rotg(f, g);
            f = r[0];
            s[k] = f;
            f = rotC * e[k] + rotS * s[k + 1];
            s[k + 1] = -rotS * e[k] + rotC * s[k + 1];
            g = rotS * e[k + 1];
            e[k + 1] = rotC * e[k + 1];
            if (k < n) {
                rot(n, u, 1 + k * n, u, 1 + (k + 1) * n, rotC, rotS);
            }
        }
        e[m - 1] = f;
    }

    /** Make the converged singular value positive and move it into order. */
    private void converged(int l, int mm, int n, int p) {
        if (s[l] < 0) {
            s[l] = -s[l];
            scal(p, -1.0, v, 1 + l * p);
        }
        while (l != mm && s[l] < s[l + 1]) {
            double t = s[l];
            s[l] = s[l + 1];
            s[l + 1] = t;
            if (l < p) {
                swap(p, v, 1 + l * p, v, 1 + (l + 1) * p);
            }
            if (l < n) {
                swap(n, u, 1 + l * n, u, 1 + (l + 1) * n);
            }
            l++;
        }
    }

    // ---- reference BLAS level 1 (netlib), unit stride, with its loop unrolling where it changes the sum order

    private static double sign(double a, double b) {
        double abs = a >= 0 ? a : -a;
        return b >= 0 ? abs : -abs;
    }

    /** dnrm2: scaled sum of squares. */
    private static double nrm2(int len, double[] a, int off) {
        if (len < 1) {
            return 0;
        }
        if (len == 1) {
            return Math.abs(a[off]);
        }
        double scale = 0;
        double ssq = 1;
        for (int i = off; i < off + len; i++) {
            if (a[i] != 0) {
                double absxi = Math.abs(a[i]);
                if (scale < absxi) {
                    double r = scale / absxi;
                    ssq = ssq * (r * r) + 1.0;
                    scale = absxi;
                } else {
                    double r = absxi / scale;
                    ssq += r * r;
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    /** ddot: the first len mod 5 terms one by one, then groups of five added left to right. */
    private static double dot(int len, double[] a, int oa, double[] b, int ob) {
        double t = 0;
        if (len <= 0) {
            return 0;
        }
        int m = len % 5;
        for (int i = 0; i < m; i++) {
            t += a[oa + i] * b[ob + i];
        }
        for (int i = m; i < len; i += 5) {
            t = t + a[oa + i] * b[ob + i] + a[oa + i + 1] * b[ob + i + 1] + a[oa + i + 2] * b[ob + i + 2]
                + a[oa + i + 3] * b[ob + i + 3] + a[oa + i + 4] * b[ob + i + 4];
        }
        return t;
    }

    /** daxpy: y += da·x (nothing when da is zero). */
    private static void axpy(int len, double da, double[] xs, int ox, double[] ys, int oy) {
        if (len <= 0 || da == 0) {
            return;
        }
        for (int i = 0; i < len; i++) {
            ys[oy + i] += da * xs[ox + i];
        }
    }

    private static void scal(int len, double da, double[] a, int off) {
        for (int i = off; i < off + len; i++) {
            a[i] = da * a[i];
        }
    }

    private static void rot(int len, double[] xs, int ox, double[] ys, int oy, double c, double s) {
        for (int i = 0; i < len; i++) {
            double t = c * xs[ox + i] + s * ys[oy + i];
            ys[oy + i] = c * ys[oy + i] - s * xs[ox + i];
            xs[ox + i] = t;
        }
    }

    private static void swap(int len, double[] xs, int ox, double[] ys, int oy) {
        for (int i = 0; i < len; i++) {
            double t = xs[ox + i];
            xs[ox + i] = ys[oy + i];
            ys[oy + i] = t;
        }
    }

    /** drotg: Givens rotation; sets rotC, rotS and returns {r, z} (what LINPACK writes back into da, db). */
    private double[] rotg(double da, double db) {
        double roe = Math.abs(da) > Math.abs(db) ? da : db;
        double scale = Math.abs(da) + Math.abs(db);
        if (scale == 0) {
            rotC = 1;
            rotS = 0;
            return new double[] {0, 0};
        }
        double a = da / scale;
        double b = db / scale;
        double r = scale * Math.sqrt(a * a + b * b);
        r = sign(1.0, roe) * r;
        rotC = da / r;
        rotS = db / r;
        double z = 1;
        if (Math.abs(da) > Math.abs(db)) {
            z = rotS;
        }
        if (Math.abs(db) >= Math.abs(da) && rotC != 0) {
            z = 1.0 / rotC;
        }
        return new double[] {r, z};
    }
}
