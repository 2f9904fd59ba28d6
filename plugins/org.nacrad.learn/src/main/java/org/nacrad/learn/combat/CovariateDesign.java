package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nacrad.learn.ModelState;

/**
 * The covariate part of neuroCombat's design matrix, fixed at fit time: for each categorical covariate its sorted
 * training levels (the first is the reference and gets no column), then one column per continuous covariate.
 */
final class CovariateDesign {

    private final List<String> categoricalNames;
    private final List<List<String>> levels;
    private final List<String> continuousNames;

    private CovariateDesign(List<String> categoricalNames, List<List<String>> levels, List<String> continuousNames) {
        this.categoricalNames = categoricalNames;
        this.levels = levels;
        this.continuousNames = continuousNames;
    }

    static CovariateDesign learn(ComBatCovariates cov) {
        List<String> names = new ArrayList<>();
        List<List<String>> lv = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : cov.categorical().entrySet()) {
            names.add(e.getKey());
            lv.add(Levels.sorted(e.getValue()));
        }
        return new CovariateDesign(names, lv, new ArrayList<>(cov.continuous().keySet()));
    }

    int columnCount() {
        int n = continuousNames.size();
        for (List<String> l : levels) {
            n += l.size() - 1;
        }
        return n;
    }

    /** Design rows {@code [row][column]} for {@code cov}; unknown covariates or levels are errors. */
    double[][] encode(ComBatCovariates cov, List<String> rowIds) {
        if (!cov.categorical().keySet().equals(new java.util.LinkedHashSet<>(categoricalNames))
                || !cov.continuous().keySet().equals(new java.util.LinkedHashSet<>(continuousNames))) {
            throw new IllegalArgumentException("ComBat model was fitted with categorical covariates " + categoricalNames
                    + " and continuous covariates " + continuousNames + " but got " + cov.categorical().keySet()
                    + " and " + cov.continuous().keySet());
        }
        double[][] d = new double[cov.rows()][columnCount()];
        int col = 0;
        for (int k = 0; k < categoricalNames.size(); k++) {
            List<String> values = cov.categorical().get(categoricalNames.get(k));
            List<String> lv = levels.get(k);
            for (int r = 0; r < d.length; r++) {
                int level = lv.indexOf(values.get(r));
                if (level < 0) {
                    throw new IllegalArgumentException("covariate '" + categoricalNames.get(k) + "' of " + rowIds.get(r)
                            + " has level '" + values.get(r) + "', not seen when the ComBat model was fitted " + lv);
                }
                if (level > 0) {
                    d[r][col + level - 1] = 1;
                }
            }
            col += lv.size() - 1;
        }
        for (String name : continuousNames) {
            double[] v = cov.continuous().get(name);
            for (int r = 0; r < d.length; r++) {
                d[r][col] = v[r];
            }
            col++;
        }
        return d;
    }

    void save(ModelState s) {
        s.put("covariates.categorical", categoricalNames);
        for (int k = 0; k < categoricalNames.size(); k++) {
            s.put("covariates.levels." + k, levels.get(k));
        }
        s.put("covariates.continuous", continuousNames);
    }

    static CovariateDesign load(ModelState s) {
        List<String> names = s.getStrings("covariates.categorical");
        List<List<String>> lv = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            lv.add(s.getStrings("covariates.levels." + k));
        }
        return new CovariateDesign(names, lv, s.getStrings("covariates.continuous"));
    }
}
