package org.nacrad.learn.combat;

/**
 * The empirical Bayes shrinkage of ComBat's per-batch location (gamma) and scale (delta) estimates, as neuroCombat
 * 0.2.12 computes them for one batch. Arrays are indexed by feature; {@code s[feature][sample]} holds the
 * standardised data of the batch's samples.
 */
final class EmpiricalBayes {

    /** neuroCombat's {@code it_sol} convergence threshold. */
    static final double CONVERGENCE = 1e-4;
    /** Safety stop; neuroCombat has none (it would loop forever). */
    static final int MAX_ITERATIONS = 100_000;

    private EmpiricalBayes() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample variance (ddof = 1), as {@code np.var(ddof=1)}; NaN for one value. */
    static double variance(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return ss / (v.length - 1);
    }

    /** Inverse-gamma prior shape from the batch's delta_hat over features. */
    static double aPrior(double[] deltaHat) {
        double m = mean(deltaHat);
        double s2 = variance(deltaHat);
        return (2 * s2 + m * m) / s2;
    }

    /** Inverse-gamma prior scale. */
    static double bPrior(double[] deltaHat) {
        double m = mean(deltaHat);
        double s2 = variance(deltaHat);
        return (m * s2 + m * m * m) / s2;
    }

    static double postMean(double gHat, double gBar, double n, double dStar, double t2) {
        return (t2 * n * gHat + dStar * gBar) / (t2 * n + dStar);
    }

    static double postVar(double sum2, double n, double a, double b) {
        return (0.5 * sum2 + b) / (n / 2.0 + a - 1.0);
    }

    /** Result of one batch: shrunken gamma and delta per feature. */
    record Adjustment(double[] gammaStar, double[] deltaStar) {
    }

    /**
     * Parametric EB ({@code it_sol}): alternate the posterior mean of gamma and posterior variance of delta until the
     * largest relative change is at most 1e-4. The change is computed exactly as neuroCombat does, including its
     * quirks: relative to the signed previous value, and a NaN from 0/0 (a feature with gamma exactly 0) ends the
     * iteration, because {@code NaN > conv} is false.
     */
    static Adjustment parametric(double[][] s, double[] gHat, double[] dHat, double gBar, double t2, double a,
            double b) {
        int p = gHat.length;
        double[] gOld = gHat.clone();
        double[] dOld = dHat.clone();
        double[] gNew = new double[p];
        double[] dNew = new double[p];
        double change = 1;
        int count = 0;
        while (change > CONVERGENCE) {
            if (count == MAX_ITERATIONS) {
                throw new IllegalStateException("ComBat parametric empirical Bayes did not converge in "
                        + MAX_ITERATIONS + " iterations; try the non-parametric variant");
            }
            for (int j = 0; j < p; j++) {
                int n = s[j].length;
                gNew[j] = postMean(gHat[j], gBar, n, dOld[j], t2);
                double sum2 = 0;
                for (double x : s[j]) {
                    sum2 += (x - gNew[j]) * (x - gNew[j]);
                }
                dNew[j] = postVar(sum2, n, a, b);
            }
            change = pythonMax(nanMax(relativeChange(gNew, gOld)), nanMax(relativeChange(dNew, dOld)));
            System.arraycopy(gNew, 0, gOld, 0, p);
            System.arraycopy(dNew, 0, dOld, 0, p);
            count++;
        }
        return new Adjustment(gNew, dNew);
    }

    private static double[] relativeChange(double[] now, double[] before) {
        double[] r = new double[now.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = Math.abs(now[j] - before[j]) / before[j];
        }
        return r;
    }

    /** {@code ndarray.max()}: NaN if any element is NaN. */
    private static double nanMax(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            m = Math.max(m, x);
        }
        return m;
    }

    /** Python's built-in {@code max(a, b)}: b only if b > a, so a NaN first argument wins. */
    private static double pythonMax(double a, double b) {
        return b > a ? b : a;
    }

    /**
     * Non-parametric EB ({@code int_eprior}): for each feature, gamma* and delta* are the averages of the other
     * features' (gamma_hat, delta_hat) weighted by the normal likelihood of this feature's data under them. The
     * weights are formed in log space and rescaled by their maximum (neuroCombat multiplies raw densities, which
     * underflow to 0/0 for large batches); where neuroCombat's densities do not underflow the results agree to
     * rounding.
     */
    static Adjustment nonParametric(double[][] s, double[] gHat, double[] dHat) {
        int p = gHat.length;
        double[] gStar = new double[p];
        double[] dStar = new double[p];
        double[] logLh = new double[p];
        for (int i = 0; i < p; i++) {
            double[] x = s[i];
            int n = x.length;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < p; j++) {
                if (j == i) {
                    continue;
                }
                double sum2 = 0;
                for (double v : x) {
                    sum2 += (v - gHat[j]) * (v - gHat[j]);
                }
                logLh[j] = -0.5 * n * Math.log(2 * Math.PI * dHat[j]) - sum2 / (2 * dHat[j]);
                max = Math.max(max, logLh[j]);
            }
            double wSum = 0, gSum = 0, dSum = 0;
            for (int j = 0; j < p; j++) {
                if (j == i) {
                    continue;
                }
                double w = Math.exp(logLh[j] - max);
                wSum += w;
                gSum += gHat[j] * w;
                dSum += dHat[j] * w;
            }
            gStar[i] = gSum / wSum;
            dStar[i] = dSum / wSum;
        }
        return new Adjustment(gStar, dStar);
    }
}
