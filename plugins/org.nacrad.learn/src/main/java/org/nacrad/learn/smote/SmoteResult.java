package org.nacrad.learn.smote;

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
}
