package org.nacrad.learn.combat;

import java.util.List;
import org.nacrad.learn.FeatureMatrix;

/** Harmonised data and the warnings a user should see (forced mean-only, constant features, unseen batches). */
public record ComBatResult(FeatureMatrix data, List<String> warnings) {

    public ComBatResult {
        warnings = List.copyOf(warnings);
    }
}
