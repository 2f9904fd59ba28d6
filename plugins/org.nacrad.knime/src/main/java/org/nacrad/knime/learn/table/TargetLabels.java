package org.nacrad.knime.learn.table;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.learn.BinaryLabels;

/**
 * A binary target column as 0/1 labels. The positive class is named in the settings or, when left empty, is the
 * larger of the two sorted values (1 for a 0/1 column; scikit-learn's LabelEncoder order for text).
 */
public record TargetLabels(BinaryLabels labels, String negative, String positive) {

    public static TargetLabels of(BufferedDataTable table, String column, String positiveClass)
        throws InvalidSettingsException {
        return of(FeatureTables.strings(table, column), table, column, positiveClass);
    }

    static TargetLabels of(List<String> values, BufferedDataTable table, String column, String positiveClass)
        throws InvalidSettingsException {
        List<String> missing = new ArrayList<>();
        TreeSet<String> levels = new TreeSet<>();
        int r = 0;
        for (var row : table) {
            String v = values.get(r++);
            if (v == null) {
                missing.add(row.getKey().getString());
            } else {
                levels.add(v);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("Target column '" + column + "' is missing in row(s) " + shortList(
                missing) + ".");
        }
        String pos = positiveClass == null || positiveClass.isBlank() ? levels.isEmpty() ? "" : levels.last()
            : positiveClass.trim();
        if (levels.size() > 2 || !levels.isEmpty() && !levels.contains(pos) && levels.size() == 2) {
            throw new InvalidSettingsException("Target column '" + column + "' must hold two classes"
                + (levels.contains(pos) ? "" : " including the positive class '" + pos + "'") + "; found " + levels
                + ".");
        }
        String neg = levels.stream().filter(l -> !l.equals(pos)).findFirst().orElse("");
        int[] y = new int[values.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = values.get(i).equals(pos) ? 1 : 0;
        }
        return new TargetLabels(new BinaryLabels(y), neg, pos);
    }

    /** Up to ten items, then a count of the rest. */
    public static String shortList(List<String> items) {
        if (items.size() <= 10) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, 10)) + " and " + (items.size() - 10) + " more";
    }
}
