package org.nacrad.learn.scaling;

import java.util.Arrays;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.math.Distributions;

/**
 * scikit-learn's {@code RobustScaler}: per column, subtract the median and divide by the interquantile range
 * (default 25th to 75th percentile, numpy's linear percentile). A range below 10 machine epsilons is replaced by 1
 * (as sklearn's {@code _handle_zeros_in_scale}), so constant columns are only centred. With {@code unitVariance}
 * the scale is further divided by Φ⁻¹(qHigh/100) − Φ⁻¹(qLow/100), so normal data end up with variance 1 (sklearn's
 * {@code unit_variance}). Missing values are an error.
 */
public final class RobustScaler {

    private final boolean withCentering;
    private final boolean withScaling;
    private final double qLow;
    private final double qHigh;
    private final boolean unitVariance;

    /** Defaults: centring and scaling on, quantile range (25, 75), no unit-variance adjustment. */
    public RobustScaler() {
        this(true, true, 25, 75, false);
    }

    public RobustScaler(boolean withCentering, boolean withScaling, double qLow, double qHigh) {
        this(withCentering, withScaling, qLow, qHigh, false);
    }

    public RobustScaler(boolean withCentering, boolean withScaling, double qLow, double qHigh, boolean unitVariance) {
        if (!(0 <= qLow && qLow <= qHigh && qHigh <= 100)) {
            throw new IllegalArgumentException("invalid quantile range (" + qLow + ", " + qHigh + ")");
        }
        this.withCentering = withCentering;
        this.withScaling = withScaling;
        this.qLow = qLow;
        this.qHigh = qHigh;
        if (unitVariance && (qLow <= 0 || qHigh >= 100)) {
            throw new IllegalArgumentException("unit variance needs a quantile range strictly inside (0, 100)");
        }
        this.unitVariance = unitVariance;
    }

    public FittedRobustScaler fit(FeatureMatrix train) {
        MissingValues.requireComplete(train, "Robust Scaler");
        if (train.rowCount() == 0) {
            throw new IllegalArgumentException("Robust Scaler: no training rows");
        }
        int p = train.columnCount();
        double[] center = new double[p];
        double[] scale = new double[p];
        for (int c = 0; c < p; c++) {
            double[] x = train.column(c);
            Arrays.sort(x);
            center[c] = withCentering ? Percentile.linear(x, 50) : 0.0;
            double iqr = Percentile.linear(x, qHigh) - Percentile.linear(x, qLow);
            scale[c] = !withScaling || iqr < 10 * Math.ulp(1.0) ? 1.0 : iqr;
            if (withScaling && unitVariance) {
                scale[c] /= Distributions.normalQuantile(qHigh / 100) - Distributions.normalQuantile(qLow / 100);
            }
        }
        return new FittedRobustScaler(train.columns(), center, scale);
    }
}
