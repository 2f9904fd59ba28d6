package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FittedModel;
import org.nacrad.learn.ModelState;

/**
 * One ComBat model per column group (the study harmonises each modality separately): fitting runs
 * {@link ComBat#fit} on each group's columns; applying harmonises each group with its own model and leaves columns
 * outside every group unchanged.
 */
public final class ComBatByGroup implements FittedModel {

    static final String TYPE = "nacrad.combat-by-group";

    private final List<FittedComBat> models;

    private ComBatByGroup(List<FittedComBat> models) {
        this.models = List.copyOf(models);
    }

    /** Fits {@code settings} separately on each group of column names (groups must not overlap). */
    public static ComBatByGroup fit(ComBat settings, FeatureMatrix data, List<List<String>> groups,
            List<String> batches, ComBatCovariates covariates) {
        Set<String> seen = new HashSet<>();
        List<FittedComBat> models = new ArrayList<>();
        for (List<String> group : groups) {
            for (String c : group) {
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("ComBat: column '" + c + "' is in more than one group");
                }
            }
            models.add(settings.fit(data.selectColumns(group), batches, covariates));
        }
        return new ComBatByGroup(models);
    }

    public List<FittedComBat> models() {
        return models;
    }

    /** Warnings of every group's fit, prefixed with the group number. */
    public List<String> fitWarnings() {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < models.size(); g++) {
            for (String w : models.get(g).fitWarnings()) {
                out.add("group " + (g + 1) + ": " + w);
            }
        }
        return out;
    }

    public ComBatResult transform(FeatureMatrix data, List<String> rowBatches, ComBatCovariates covariates,
            UnseenBatchPolicy policy) {
        FeatureMatrix current = data;
        List<String> warnings = new ArrayList<>();
        for (int g = 0; g < models.size(); g++) {
            ComBatResult r = models.get(g).transform(current, rowBatches, covariates, policy);
            current = r.data();
            for (String w : r.warnings()) {
                warnings.add("group " + (g + 1) + ": " + w);
            }
        }
        return new ComBatResult(current, warnings);
    }

    @Override
    public ModelState toState() {
        ModelState s = new ModelState(TYPE, 1).put("groups", (double) models.size());
        for (int g = 0; g < models.size(); g++) {
            s.put("group." + g, models.get(g).toState());
        }
        return s;
    }

    public static ComBatByGroup fromState(ModelState s) {
        s.require(TYPE, 1);
        int n = (int) s.getDouble("groups");
        List<FittedComBat> models = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            models.add(FittedComBat.fromState(s.getState("group." + g)));
        }
        return new ComBatByGroup(models);
    }
}
