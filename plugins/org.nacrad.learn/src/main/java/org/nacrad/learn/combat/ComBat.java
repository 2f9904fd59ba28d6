package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;

/**
 * ComBat batch harmonisation (Johnson et al. 2007; Fortin et al. 2017/2018) with the semantics of the neuroCombat
 * Python package 0.2.12 (without its reference-batch option): features are standardised with a least-squares fit
 * of the design [batch one-hot | covariates], per-batch location/scale estimates are shrunk by parametric or
 * non-parametric empirical Bayes (or used as is), and the data are re-assembled preserving covariate effects.
 *
 * <p>Edge cases, reported in the warnings: (1) a batch with a single sample has no variance estimate (neuroCombat
 * returns NaN); as R's {@code sva::ComBat} does, the fit then switches to mean-only adjustment for all batches.
 * (2) features constant over the training rows carry no batch effect; they are left out of the estimation
 * (so they cannot distort the priors) and passed through unchanged. neuroCombat keeps them, replacing a pooled
 * variance of exactly 0 by the median of {@code var_pooled != 0}; we apply that same replacement to non-constant
 * features whose residual variance is exactly 0. (3) a within-batch variance of exactly 0 becomes 1, as in
 * neuroCombat. Batch and categorical levels are sorted as {@link Levels} describes. Everything is double precision;
 * neuroCombat casts a DataFrame {@code dat} and continuous covariates to float32, so compare with it on float64
 * arrays and float32-exact covariates (the oracle does).
 */
public final class ComBat {

    private final boolean empiricalBayes;
    private final boolean parametric;
    private final boolean meanOnly;

    /** neuroCombat's defaults: parametric empirical Bayes, location and scale. */
    public ComBat() {
        this(true, true, false);
    }

    public ComBat(boolean empiricalBayes, boolean parametric, boolean meanOnly) {
        this.empiricalBayes = empiricalBayes;
        this.parametric = parametric;
        this.meanOnly = meanOnly;
    }

    /**
     * Fits on {@code data} (rows = samples) with one batch label per row and optional covariates; the harmonised
     * training data are {@code model.transform(data, batches, covariates)}.
     */
    public FittedComBat fit(FeatureMatrix data, List<String> batches, ComBatCovariates covariates) {
        MissingValues.requireComplete(data, "ComBat");
        int n = data.rowCount();
        if (batches.size() != n || covariates.rows() != n) {
            throw new IllegalArgumentException("ComBat: " + n + " rows but " + batches.size() + " batch labels and "
                    + covariates.rows() + " covariate rows");
        }
        for (int i = 0; i < n; i++) {
            if (batches.get(i) == null || batches.get(i).isEmpty()) {
                throw new IllegalArgumentException("ComBat: batch of " + data.rowId(i) + " is missing");
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> levels = Levels.sorted(batches);
        int nb = levels.size();
        int[] batchOf = new int[n];
        int[] perBatch = new int[nb];
        for (int i = 0; i < n; i++) {
            batchOf[i] = levels.indexOf(batches.get(i));
            perBatch[batchOf[i]]++;
        }
        boolean effectiveMeanOnly = meanOnly;
        for (int b = 0; b < nb; b++) {
            if (perBatch[b] == 1 && !meanOnly) {
                effectiveMeanOnly = true;
                warnings.add("batch '" + levels.get(b) + "' has a single sample: no scale estimate is possible, so "
                        + "ComBat adjusts location only (mean-only) for all batches");
            }
        }

        boolean[] used = new boolean[data.columnCount()];
        List<String> constant = new ArrayList<>();
        for (int c = 0; c < used.length; c++) {
            double[] x = data.column(c);
            used[c] = Arrays.stream(x).anyMatch(v -> v != x[0]);
            if (!used[c]) {
                constant.add(data.columns().get(c));
            }
        }
        if (!constant.isEmpty()) {
            warnings.add(constant.size() + " feature(s) constant over the training rows passed through unchanged: "
                    + constant);
        }
        double[][] x = usedColumns(data, used);
        int p = x.length;
        if (empiricalBayes && p < 2) {
            throw new IllegalArgumentException("ComBat: empirical Bayes pools estimates across features and needs at "
                    + "least 2 non-constant features, got " + p + "; switch empirical Bayes off");
        }

        CovariateDesign covDesign = CovariateDesign.learn(covariates);
        double[][] cov = covDesign.encode(covariates, data.rowIds());
        int q = nb + covDesign.columnCount();
        double[][] design = new double[n][q];
        for (int i = 0; i < n; i++) {
            design[i][batchOf[i]] = 1;
            System.arraycopy(cov[i], 0, design[i], nb, cov[i].length);
        }
        double[][] pinv = NormalEquations.pseudoInverse(design, "ComBat");

        double[] grandMean = new double[p];
        double[] varPooled = new double[p];
        double[][] covBeta = new double[covDesign.columnCount()][p];
        double[][] s = new double[p][n];
        double[][] modMean = new double[p][n];
        for (int j = 0; j < p; j++) {
            double[] beta = new double[q];
            for (int k = 0; k < q; k++) {
                for (int i = 0; i < n; i++) {
                    beta[k] += pinv[k][i] * x[j][i];
                }
            }
            for (int b = 0; b < nb; b++) {
                grandMean[j] += (double) perBatch[b] / n * beta[b];
            }
            for (int k = nb; k < q; k++) {
                covBeta[k - nb][j] = beta[k];
            }
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double fitted = 0;
                for (int k = 0; k < q; k++) {
                    fitted += design[i][k] * beta[k];
                }
                ss += (x[j][i] - fitted) * (x[j][i] - fitted);
                for (int k = nb; k < q; k++) {
                    modMean[j][i] += design[i][k] * beta[k];
                }
            }
            varPooled[j] = ss / n;
        }
        replaceZeroVariances(varPooled);
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(varPooled[j]);
            for (int i = 0; i < n; i++) {
                s[j][i] = (x[j][i] - grandMean[j] - modMean[j][i]) / sd;
            }
        }

        double[][] gammaStar = new double[nb][];
        double[][] deltaStar = new double[nb][];
        for (int b = 0; b < nb; b++) {
            double[][] sb = batchColumns(s, batchOf, b, perBatch[b]);
            double[] gHat = new double[p];
            double[] dHat = new double[p];
            for (int j = 0; j < p; j++) {
                gHat[j] = EmpiricalBayes.mean(sb[j]);
                double d = effectiveMeanOnly ? 1 : EmpiricalBayes.variance(sb[j]);
                dHat[j] = d == 0 ? 1 : d;
            }
            EmpiricalBayes.Adjustment adj = adjust(sb, gHat, dHat, effectiveMeanOnly);
            gammaStar[b] = adj.gammaStar();
            deltaStar[b] = adj.deltaStar();
        }
        return new FittedComBat(data.columns(), used, levels, grandMean, varPooled, covBeta, gammaStar, deltaStar,
                covDesign, describe(effectiveMeanOnly), warnings);
    }

    private EmpiricalBayes.Adjustment adjust(double[][] sb, double[] gHat, double[] dHat, boolean mOnly) {
        if (!empiricalBayes) {
            return new EmpiricalBayes.Adjustment(gHat, dHat);
        }
        double gBar = EmpiricalBayes.mean(gHat);
        double t2 = EmpiricalBayes.variance(gHat);
        if (!parametric) {
            return EmpiricalBayes.nonParametric(sb, gHat, dHat);
        }
        if (mOnly) {
            // neuroCombat passes n = 1 and d* = 1 here (R's sva uses the batch size); kept for parity
            double[] g = new double[gHat.length];
            double[] d = new double[gHat.length];
            for (int j = 0; j < g.length; j++) {
                g[j] = EmpiricalBayes.postMean(gHat[j], gBar, 1, 1, t2);
                d[j] = 1;
            }
            return new EmpiricalBayes.Adjustment(g, d);
        }
        return EmpiricalBayes.parametric(sb, gHat, dHat, gBar, t2, EmpiricalBayes.aPrior(dHat),
                EmpiricalBayes.bPrior(dHat));
    }

    /** neuroCombat: {@code var_pooled[var_pooled == 0] = np.median(var_pooled != 0)} (a median of 0/1 flags). */
    private static void replaceZeroVariances(double[] v) {
        double[] flags = new double[v.length];
        boolean anyZero = false;
        for (int j = 0; j < v.length; j++) {
            flags[j] = v[j] != 0 ? 1 : 0;
            anyZero |= v[j] == 0;
        }
        if (!anyZero) {
            return;
        }
        Arrays.sort(flags);
        int m = flags.length;
        double median = m % 2 == 1 ? flags[m / 2] : (flags[m / 2 - 1] + flags[m / 2]) / 2;
        for (int j = 0; j < v.length; j++) {
            if (v[j] == 0) {
                v[j] = median;
            }
        }
    }

    private String describe(boolean effectiveMeanOnly) {
        String eb = !empiricalBayes ? "no empirical Bayes" : parametric ? "parametric EB" : "non-parametric EB";
        return eb + (effectiveMeanOnly ? ", mean only" : "");
    }

    private static double[][] usedColumns(FeatureMatrix data, boolean[] used) {
        List<double[]> cols = new ArrayList<>();
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                cols.add(data.column(c));
            }
        }
        return cols.toArray(new double[0][]);
    }

    private static double[][] batchColumns(double[][] s, int[] batchOf, int b, int size) {
        double[][] out = new double[s.length][size];
        for (int j = 0; j < s.length; j++) {
            int k = 0;
            for (int i = 0; i < batchOf.length; i++) {
                if (batchOf[i] == b) {
                    out[j][k++] = s[j][i];
                }
            }
        }
        return out;
    }
}
