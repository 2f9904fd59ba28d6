package org.nacrad.learn.xgboost.selection;

import java.util.List;
import java.util.Set;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.smote.SmoteRandom;
import org.nacrad.learn.smote.SmoteResult;
import org.nacrad.learn.smote.Smoten;

/**
 * SMOTE-NC applied to training data only: to the training part of each cross-validation round and to the full
 * training data before the final refit, never to validation rows. Draws: {@code SmoteRandom.seeded(seed + 1 + f)}
 * for round f and {@code SmoteRandom.seeded(seed)} for the refit, so every fit sees the same synthetic rows
 * whatever the order or thread count. Categorical columns absent from a table (eliminated features) are ignored.
 * When every column of a table is categorical (feature elimination can leave only clinical categories), SMOTE-NC
 * has nothing to interpolate and {@link Smoten} with the same k and strategy is used instead; callers can tell by
 * {@link #usesSmoten}.
 */
public record Oversampling(SmoteNc smote, Set<String> categorical, long seed) {

    public Oversampling {
        categorical = Set.copyOf(categorical);
    }

    /** Resampled training data of round {@code fold} (or of the refit when {@code fold} is -1). */
    public SmoteResult apply(FeatureMatrix x, BinaryLabels y, int fold) {
        SmoteRandom rng = SmoteRandom.seeded(fold < 0 ? seed : seed + 1 + fold);
        if (usesSmoten(x.columns())) {
            return Smoten.like(smote).resample(x, y, rng);
        }
        List<String> present = x.columns().stream().filter(categorical::contains).toList();
        return smote.resample(x, y, present, rng);
    }

    /** True when {@link #apply} falls back to SMOTEN for a table with these columns: all of them categorical. */
    public boolean usesSmoten(List<String> columns) {
        return !columns.isEmpty() && categorical.containsAll(columns);
    }
}
