package org.nacrad.learn.smote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;

/**
 * Resampled data: the input rows (unchanged, in order) followed by the synthetic rows of the minority class.
 * {@code neighbours[i]} lists the k nearest minority rows of minority row i (indices into the minority rows in
 * input order, nearest first); {@code baseRows[s]} and {@code neighbourRows[s]} are the minority rows synthetic
 * point s was interpolated between. For {@link Smoten}, {@code neighbours[i]} holds k + 1 rows, row i itself
 * included, {@code baseRows[s]} is the row whose neighbours voted synthetic row s and {@code neighbourRows} is
 * empty.
 */
public record SmoteResult(FeatureMatrix data, BinaryLabels labels, int minorityClass, int[][] neighbours,
        int[] baseRows, int[] neighbourRows) {

    /** The input followed by synthetic rows of the minority class (keys {@code synthetic 1}, ...). */
    static SmoteResult appended(FeatureMatrix x, BinaryLabels y, int minorityClass, double[][] synthetic,
            int[][] neighbours, int[] baseRows, int[] neighbourRows) {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < synthetic.length; s++) {
            ids.add("synthetic " + (s + 1));
        }
        int[] labels = Arrays.copyOf(y.toArray(), y.size() + synthetic.length);
        Arrays.fill(labels, y.size(), labels.length, minorityClass);
        return new SmoteResult(x.appendRows(new FeatureMatrix(x.columns(), ids, synthetic)), new BinaryLabels(labels),
                minorityClass, neighbours, baseRows, neighbourRows);
    }
}
