package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FittedModel;
import org.nacrad.learn.ModelState;

/**
 * ComBat's training estimates, applied to any rows of known batches: with the row's covariate part
 * m = Σ cov·β_cov and standardised value z = (x - grandMean - m) / √varPooled, the harmonised value is
 * (z - γ*_batch) / √δ*_batch · √varPooled + grandMean + m. On the training rows this reproduces neuroCombat's
 * output; on new rows it uses the new rows' covariates (as neuroHarmonize's apply does; neuroCombat's own
 * {@code neuroCombatFromTraining} substitutes the training mean of the covariate part instead).
 */
public final class FittedComBat implements FittedModel {

    static final String TYPE = "nacrad.combat";

    private final List<String> features;
    private final boolean[] used;
    private final List<String> batches;
    private final double[] grandMean;
    private final double[] varPooled;
    private final double[][] covBeta;
    private final double[][] gammaStar;
    private final double[][] deltaStar;
    private final CovariateDesign covDesign;
    private final String method;
    private final List<String> fitWarnings;

    FittedComBat(List<String> features, boolean[] used, List<String> batches, double[] grandMean, double[] varPooled,
            double[][] covBeta, double[][] gammaStar, double[][] deltaStar, CovariateDesign covDesign, String method,
            List<String> fitWarnings) {
        this.features = List.copyOf(features);
        this.used = used.clone();
        this.batches = List.copyOf(batches);
        this.grandMean = grandMean;
        this.varPooled = varPooled;
        this.covBeta = covBeta;
        this.gammaStar = gammaStar;
        this.deltaStar = deltaStar;
        this.covDesign = covDesign;
        this.method = method;
        this.fitWarnings = List.copyOf(fitWarnings);
    }

    public List<String> features() {
        return features;
    }

    public List<String> batches() {
        return batches;
    }

    /** Warnings raised while fitting (single-sample batches, constant features). */
    public List<String> fitWarnings() {
        return fitWarnings;
    }

    /** E.g. "parametric EB" or "non-parametric EB, mean only". */
    public String method() {
        return method;
    }

    /** Shrunken batch location per batch and harmonised (non-constant) feature. */
    public double[][] gammaStar() {
        return copy(gammaStar);
    }

    /** Shrunken batch scale per batch and harmonised (non-constant) feature. */
    public double[][] deltaStar() {
        return copy(deltaStar);
    }

    /** Harmonises {@code data} (columns matched by name) from the given batches with the given covariates. */
    public ComBatResult transform(FeatureMatrix data, List<String> rowBatches, ComBatCovariates covariates,
            UnseenBatchPolicy policy) {
        FeatureMatrix x = data.selectColumns(features);
        int n = x.rowCount();
        if (rowBatches.size() != n || covariates.rows() != n) {
            throw new IllegalArgumentException("ComBat apply: " + n + " rows but " + rowBatches.size()
                    + " batch labels and " + covariates.rows() + " covariate rows");
        }
        Map<String, List<String>> unseen = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!batches.contains(rowBatches.get(i))) {
                unseen.computeIfAbsent(rowBatches.get(i), k -> new ArrayList<>()).add(x.rowId(i));
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!unseen.isEmpty()) {
            String msg = "batch(es) not in the ComBat training data: " + unseen;
            if (policy == UnseenBatchPolicy.ERROR) {
                throw new IllegalArgumentException(msg);
            }
            warnings.add(msg + " — these rows were passed through unharmonised");
        }
        double[][] cov = covDesign.encode(covariates, x.rowIds());
        double[][] out = x.toArray();
        for (int i = 0; i < n; i++) {
            int b = batches.indexOf(rowBatches.get(i));
            if (b < 0) {
                continue;
            }
            int j = 0;
            for (int c = 0; c < used.length; c++) {
                if (!used[c]) {
                    continue;
                }
                double stand = grandMean[j];
                for (int k = 0; k < cov[i].length; k++) {
                    stand += cov[i][k] * covBeta[k][j];
                }
                double sd = Math.sqrt(varPooled[j]);
                double z = (out[i][c] - stand) / sd;
                out[i][c] = (z - gammaStar[b][j]) / Math.sqrt(deltaStar[b][j]) * sd + stand;
                j++;
            }
        }
        FeatureMatrix harmonised = x.withValues(out);
        return new ComBatResult(mergeBack(data, harmonised), warnings);
    }

    /** Replaces the fitted columns of {@code data} with their harmonised values, keeping other columns. */
    private FeatureMatrix mergeBack(FeatureMatrix data, FeatureMatrix harmonised) {
        if (data.columns().equals(features)) {
            return harmonised;
        }
        double[][] v = data.toArray();
        for (int c = 0; c < features.size(); c++) {
            int target = data.columnIndex(features.get(c));
            for (int r = 0; r < v.length; r++) {
                v[r][target] = harmonised.get(r, c);
            }
        }
        return data.withValues(v);
    }

    @Override
    public ModelState toState() {
        int[] usedFlags = new int[used.length];
        for (int c = 0; c < used.length; c++) {
            usedFlags[c] = used[c] ? 1 : 0;
        }
        ModelState s = new ModelState(TYPE, 1).put("features", features).put("used", usedFlags)
                .put("batches", batches).put("grandMean", grandMean).put("varPooled", varPooled)
                .put("covariateBeta", covBeta).put("gammaStar", gammaStar).put("deltaStar", deltaStar)
                .put("method", method).put("fitWarnings", fitWarnings);
        covDesign.save(s);
        return s;
    }

    public static FittedComBat fromState(ModelState s) {
        s.require(TYPE, 1);
        int[] flags = s.getInts("used");
        boolean[] used = new boolean[flags.length];
        for (int c = 0; c < flags.length; c++) {
            used[c] = flags[c] != 0;
        }
        return new FittedComBat(s.getStrings("features"), used, s.getStrings("batches"), s.getDoubles("grandMean"),
                s.getDoubles("varPooled"), s.getMatrix("covariateBeta"), s.getMatrix("gammaStar"),
                s.getMatrix("deltaStar"), CovariateDesign.load(s), s.getString("method"), s.getStrings("fitWarnings"));
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
