package org.nacrad.knime.learn.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValuePolicy;
import org.nacrad.learn.MissingValues;

/** Features and binary labels of the rows a learner fits on, after the missing-value policy. */
public record TrainingData(FeatureMatrix x, BinaryLabels y, TargetLabels target) {

    /** Feature columns: the pattern's numeric columns except the target and excluded ones. */
    public static List<String> features(DataTableSpec spec, String target, String pattern, String exclude,
        String what) throws InvalidSettingsException {
        if (target.isBlank()) {
            throw new InvalidSettingsException("Choose the target column.");
        }
        ColumnPatterns.requirePresent(List.of(target), spec, "Target column");
        Set<String> excluded = new HashSet<>(ColumnPatterns.list(exclude));
        excluded.add(target);
        return ColumnPatterns.numeric(pattern, spec, excluded, what);
    }

    public static TrainingData of(BufferedDataTable table, List<String> features, String target,
        String positiveClass, MissingValuePolicy policy, String what) throws InvalidSettingsException {
        FeatureMatrix x = FeatureTables.matrix(table, features);
        TargetLabels t = TargetLabels.of(table, target, positiveClass);
        int[] rows = MissingValues.rowsToUse(x, policy, what);
        return new TrainingData(x.selectRows(rows), t.labels().subset(rows), t);
    }
}
