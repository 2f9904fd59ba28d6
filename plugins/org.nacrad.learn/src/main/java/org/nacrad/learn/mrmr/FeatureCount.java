package org.nacrad.learn.mrmr;

/**
 * How many features to select: a fixed number, or a fraction of the training rows (the study caps mRMR at 10 % of
 * the cohort size), resolved as floor(fraction × rows), at least 1.
 */
public record FeatureCount(int count, double fractionOfRows) {

    public FeatureCount {
        if (count > 0 == fractionOfRows > 0 || count < 0 || fractionOfRows < 0 || fractionOfRows > 1) {
            throw new IllegalArgumentException("give either a positive count or a fraction of rows in (0, 1]");
        }
    }

    public static FeatureCount of(int count) {
        return new FeatureCount(count, 0);
    }

    public static FeatureCount fractionOfRows(double fraction) {
        return new FeatureCount(0, fraction);
    }

    public int resolve(int rows) {
        return count > 0 ? count : Math.max(1, (int) Math.floor(fractionOfRows * rows + 1e-9));
    }

    @Override
    public String toString() {
        return count > 0 ? Integer.toString(count) : fractionOfRows + " x rows";
    }
}
