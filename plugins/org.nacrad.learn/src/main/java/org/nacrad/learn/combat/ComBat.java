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
        checkInput(data, batches, covariates);
        List<String> warnings = new ArrayList<>();
        Batches b = Batches.of(batches);
        boolean effectiveMeanOnly = meanOnly;
        for (int k = 0; k < b.count(); k++) {
            if (b.sizes[k] == 1 && !meanOnly) {
                effectiveMeanOnly = true;
                warnings.add("batch '" + b.levels.get(k) + "' has a single sample: no scale estimate is possible, so "
                        + "ComBat adjusts location only (mean-only) for all batches");
            }
        }
        boolean[] used = nonConstantColumns(data, warnings);
        double[][] x = usedColumns(data, used);
        if (empiricalBayes && x.length < 2) {
            throw new IllegalArgumentException("ComBat: empirical Bayes pools estimates across features and needs at "
                    + "least 2 non-constant features, got " + x.length + "; switch empirical Bayes off");
        }
        CovariateDesign covDesign = CovariateDesign.learn(covariates);
        Standardised st = standardise(x, b, covDesign.encode(covariates, data.rowIds()));
        double[][] gammaStar = new double[b.count()][];
        double[][] deltaStar = new double[b.count()][];
        for (int k = 0; k < b.count(); k++) {
            EmpiricalBayes.Adjustment adj = estimateBatch(batchColumns(st.z, b.of, k, b.sizes[k]), effectiveMeanOnly);
            gammaStar[k] = adj.gammaStar();
            deltaStar[k] = adj.deltaStar();
        }
        return new FittedComBat(data.columns(), used, b.levels, st.grandMean, st.varPooled, st.covBeta, gammaStar,
                deltaStar, covDesign, describe(effectiveMeanOnly), warnings);
    }

    private static void checkInput(FeatureMatrix data, List<String> batches, ComBatCovariates covariates) {
        MissingValues.requireComplete(data, "ComBat");
        int n = data.rowCount();
        if (n < 2) {
            throw new IllegalArgumentException("ComBat needs at least 2 rows, got " + n);
        }
        if (batches.size() != n || covariates.rows() != n) {
            throw new IllegalArgumentException("ComBat: " + n + " rows but " + batches.size() + " batch labels and "
                    + covariates.rows() + " covariate rows");
        }
        for (int i = 0; i < n; i++) {
            if (batches.get(i) == null || batches.get(i).isEmpty()) {
                throw new IllegalArgumentException("ComBat: batch of " + data.rowId(i) + " is missing");
            }
        }
    }

    /** Sorted batch levels, each row's batch index and the batch sizes. */
    private record Batches(List<String> levels, int[] of, int[] sizes) {
        static Batches of(List<String> batches) {
            List<String> levels = Levels.sorted(batches);
            int[] of = new int[batches.size()];
            int[] sizes = new int[levels.size()];
            for (int i = 0; i < of.length; i++) {
                of[i] = levels.indexOf(batches.get(i));
                sizes[of[i]]++;
            }
            return new Batches(levels, of, sizes);
        }

        int count() {
            return levels.size();
        }
    }

    /** Flags the columns that vary over the rows; the constant ones are reported. */
    private static boolean[] nonConstantColumns(FeatureMatrix data, List<String> warnings) {
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
        return used;
    }

    /** Least-squares fit of the design, grand mean, pooled variance and standardised data z[feature][row]. */
    private record Standardised(double[] grandMean, double[] varPooled, double[][] covBeta, double[][] z) {
    }

    private static Standardised standardise(double[][] x, Batches b, double[][] cov) {
        int n = b.of.length;
        int nb = b.count();
        int q = nb + cov[0].length;
        double[][] design = new double[n][q];
        for (int i = 0; i < n; i++) {
            design[i][b.of[i]] = 1;
            System.arraycopy(cov[i], 0, design[i], nb, q - nb);
        }
        double[][] pinv = NormalEquations.pseudoInverse(design, "ComBat");
        int p = x.length;
        double[] grandMean = new double[p];
        double[] varPooled = new double[p];
        double[][] covBeta = new double[q - nb][p];
        double[][] modMean = new double[p][n];
        for (int j = 0; j < p; j++) {
            double[] beta = new double[q];
            for (int k = 0; k < q; k++) {
                for (int i = 0; i < n; i++) {
                    beta[k] += pinv[k][i] * x[j][i];
                }
            }
            for (int k = 0; k < nb; k++) {
                grandMean[j] += (double) b.sizes[k] / n * beta[k];
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
        double[][] z = new double[p][n];
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(varPooled[j]);
            for (int i = 0; i < n; i++) {
                z[j][i] = (x[j][i] - grandMean[j] - modMean[j][i]) / sd;
            }
        }
        return new Standardised(grandMean, varPooled, covBeta, z);
    }

    /** Location/scale estimates of one batch (z[feature][sample of the batch]) and their shrinkage. */
    private EmpiricalBayes.Adjustment estimateBatch(double[][] zb, boolean mOnly) {
        int p = zb.length;
        double[] gHat = new double[p];
        double[] dHat = new double[p];
        for (int j = 0; j < p; j++) {
            gHat[j] = EmpiricalBayes.mean(zb[j]);
            double d = mOnly ? 1 : EmpiricalBayes.variance(zb[j]);
            dHat[j] = d == 0 ? 1 : d;
        }
        return adjust(zb, gHat, dHat, mOnly);
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
