package org.nacrad.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Detects missing (NaN) and infinite values and applies a {@link MissingValuePolicy}. */
public final class MissingValues {

    private static final int MAX_LISTED = 10;

    private MissingValues() {
    }

    /** Throws naming the rows and columns with NaN or infinite values, if there are any. */
    public static void requireComplete(FeatureMatrix m, String context) {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> cols = new LinkedHashSet<>();
        for (int r = 0; r < m.rowCount(); r++) {
            for (int c = 0; c < m.columnCount(); c++) {
                if (!Double.isFinite(m.get(r, c))) {
                    rows.add(m.rowId(r));
                    cols.add(m.columns().get(c));
                }
            }
        }
        if (!rows.isEmpty()) {
            throw new IllegalArgumentException(context + ": missing or infinite values in " + rows.size() + " row(s) "
                    + abbreviate(rows) + " and " + cols.size() + " column(s) " + abbreviate(cols)
                    + "; impute them or choose the drop-rows policy");
        }
    }

    /** Indices of the rows without NaN or infinite values. */
    public static int[] completeRows(FeatureMatrix m) {
        return IntStream.range(0, m.rowCount()).filter(r -> {
            for (int c = 0; c < m.columnCount(); c++) {
                if (!Double.isFinite(m.get(r, c))) {
                    return false;
                }
            }
            return true;
        }).toArray();
    }

    /** Rows the policy keeps: all rows (after checking) for ERROR, the complete ones for DROP_ROWS. */
    public static int[] rowsToUse(FeatureMatrix m, MissingValuePolicy policy, String context) {
        if (policy == MissingValuePolicy.ERROR) {
            requireComplete(m, context);
            return IntStream.range(0, m.rowCount()).toArray();
        }
        return completeRows(m);
    }

    private static String abbreviate(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() <= MAX_LISTED) {
            return list.toString();
        }
        return list.subList(0, MAX_LISTED) + " and " + (list.size() - MAX_LISTED) + " more";
    }
}
