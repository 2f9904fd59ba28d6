package org.nacrad.learn.stats;

import java.util.Arrays;

/**
 * Shapiro–Wilk W test of normality with Royston's approximations (Algorithm AS R94, 1995), arranged as
 * {@code scipy.stats.shapiro}: the sorted data are shifted by the value at position n/2 of the input order, the
 * coefficients use AS 241's 7-digit normal quantile (PPND7) and the p-value AS 66's normal tail (ALNORM), so the
 * results agree with scipy to rounding rather than to the accuracy of exact quantiles. Data of zero range give
 * W = 1, p = 1 as scipy does (it warns).
 */
public final class ShapiroWilk {

    private static final double[] C1 = {0., 0.221157, -0.147981, -0.207119e1, 0.4434685e1, -0.2706056e1};
    private static final double[] C2 = {0., 0.42981e-1, -0.293762, -0.1752461e1, 0.5682633e1, -0.3582633e1};
    private static final double[] C3 = {0.5440, -0.39978, 0.25054e-1, -0.6714e-3};
    private static final double[] C4 = {0.13822e1, -0.77857, 0.62767e-1, -0.20322e-2};
    private static final double[] C5 = {-0.15861e1, -0.31082, -0.83751e-1, 0.38915e-2};
    private static final double[] C6 = {-0.4803, -0.82676e-1, 0.30302e-2};
    private static final double[] G = {-0.2273e1, 0.459};
    private static final double SMALL = 1e-19;

    private ShapiroWilk() {
    }

    public static TestResult test(double[] data) {
        int n = data.length;
        if (n < 3) {
            throw new IllegalArgumentException("Shapiro-Wilk needs at least 3 values, got " + n);
        }
        double[] x = data.clone();
        Arrays.sort(x);
        double shift = data[n / 2];
        for (int i = 0; i < n; i++) {
            x[i] -= shift;
        }
        double range = x[n - 1] - x[0];
        if (range < SMALL) {
            return new TestResult(TestResult.SHAPIRO_WILK, 1, 1);
        }
        double[] a = coefficients(n);
        double w1 = oneMinusW(x, a, range);
        double w = 1 - w1;
        return new TestResult(TestResult.SHAPIRO_WILK, pValueAdjustedW(w, n), pValue(w, w1, n));
    }

    /** For n = 3 a W below its minimum 0.75 (rounding) is reported as 0.75, as scipy does. */
    private static double pValueAdjustedW(double w, int n) {
        return n == 3 && w < 0.75 ? 0.75 : w;
    }

    /** The n/2 antisymmetric weights a_1.. of the W statistic (largest first). */
    private static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(2) / 2;
            return a;
        }
        double an25 = n + 0.25;
        double summ2 = 0;
        for (int i = 0; i < half; i++) {
            a[i] = ppnd7((i + 1 - 0.375) / an25);
            summ2 += a[i] * a[i];
        }
        summ2 *= 2;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - a[0] / ssumm2;
        int first;
        double fac;
        if (n > 5) {
            first = 2;
            double a2 = -a[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2 * a[0] * a[0] - 2 * a[1] * a[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
        } else {
            first = 1;
            fac = Math.sqrt((summ2 - 2 * a[0] * a[0]) / (1 - 2 * a1 * a1));
        }
        a[0] = a1;
        for (int i = first; i < half; i++) {
            a[i] *= -1 / fac;
        }
        return a;
    }

    /** Weight of sorted position i: -a[i] in the lower half, +a[n-1-i] in the upper half, 0 at an odd middle. */
    private static double weight(double[] a, int i, int n) {
        int mirror = n - 1 - i;
        if (i == mirror) {
            return 0;
        }
        return i < mirror ? -a[i] : a[mirror];
    }

    /** 1 - W, computed from the correlation of data and weights as AS R94 does (both scaled by the range). */
    private static double oneMinusW(double[] x, double[] a, double range) {
        int n = x.length;
        double sa = 0;
        double sx = 0;
        for (int i = 0; i < n; i++) {
            sa += weight(a, i, n);
            sx += x[i] / range;
        }
        sa /= n;
        sx /= n;
        double ssa = 0, ssx = 0, sax = 0;
        for (int i = 0; i < n; i++) {
            double asa = weight(a, i, n) - sa;
            double xsx = x[i] / range - sx;
            ssa += asa * asa;
            ssx += xsx * xsx;
            sax += asa * xsx;
        }
        double root = Math.sqrt(ssa * ssx);
        return (root - sax) * (root + sax) / (ssa * ssx);
    }

    private static double pValue(double w, double w1, int n) {
        if (n == 3) {
            return w < 0.75 ? 0 : 1 - 6 / Math.PI * Math.acos(Math.sqrt(w));
        }
        double y = Math.log(w1);
        double m;
        double s;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return SMALL;
            }
            y = -Math.log(gamma - y);
            m = poly(C3, n);
            s = Math.exp(poly(C4, n));
        } else {
            double lx = Math.log(n);
            m = poly(C5, lx);
            s = Math.exp(poly(C6, lx));
        }
        return alnormUpper((y - m) / s);
    }

    /** AS R94's polynomial: c[0] + c[1] x + ... + c[k] x^k. */
    private static double poly(double[] c, double x) {
        double r = 0;
        for (int i = c.length - 1; i >= 1; i--) {
            r = (r + c[i]) * x;
        }
        return c[0] + r;
    }

    /** AS 241 PPND7: the normal quantile to about 7 digits. */
    static double ppnd7(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.42) {
            double r = q * q;
            return q * (((-25.44106049637 * r + 41.39119773534) * r - 18.61500062529) * r + 2.50662823884)
                    / ((((3.13082909833 * r - 21.06224101826) * r + 23.08336743743) * r - 8.47351093090) * r + 1);
        }
        double r = q > 0 ? 1 - p : p;
        if (r <= 0) {
            return 0;
        }
        r = Math.sqrt(-Math.log(r));
        double v = (((2.32121276858 * r + 4.85014127135) * r - 2.29796479134) * r - 2.78718931138)
                / ((1.63706781897 * r + 3.54388924762) * r + 1);
        return q < 0 ? -v : v;
    }

    /** AS 66 ALNORM: upper normal tail area from z to infinity (range extended to 38 as in scipy). */
    static double alnormUpper(double x) {
        boolean upper = true;
        double z = x;
        if (!(z > 0)) {
            upper = false;
            z = -z;
        }
        if (!(z <= 7 || upper && z <= 38)) {
            return upper ? 0 : 1;
        }
        double y = 0.5 * z * z;
        double t;
        if (z <= 1.28) {
            t = 0.5 - z * (0.398942280444 - 0.399903438504 * y
                    / (y + 5.75885480458 - 29.8213557808 / (y + 2.62433121679 + 48.6959930692 / (y + 5.92885724438))));
        } else {
            t = 0.398942280385 * Math.exp(-y) / (z - 3.8052e-8 + 1.00000615302 / (z + 3.98064794e-4
                    + 1.98615381364 / (z - 0.151679116635 + 5.29330324926 / (z + 4.8385912808
                    - 15.1508972451 / (z + 0.742380924027 + 30.789933034 / (z + 3.99019417011))))));
        }
        return upper ? t : 1 - t;
    }
}
