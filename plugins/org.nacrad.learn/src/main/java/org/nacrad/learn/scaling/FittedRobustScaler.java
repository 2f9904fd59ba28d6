package org.nacrad.learn.scaling;

import java.util.List;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureTransformer;
import org.nacrad.learn.ModelState;

/** Per-column centre and scale from training data; transform computes (x - centre) / scale for those columns. */
public final class FittedRobustScaler implements FeatureTransformer {

    static final String TYPE = "nacrad.robust-scaler";

    private final List<String> columns;
    private final double[] center;
    private final double[] scale;

    FittedRobustScaler(List<String> columns, double[] center, double[] scale) {
        this.columns = List.copyOf(columns);
        this.center = center.clone();
        this.scale = scale.clone();
    }

    public List<String> columns() {
        return columns;
    }

    public double[] center() {
        return center.clone();
    }

    public double[] scale() {
        return scale.clone();
    }

    /** Scales the fitted columns (matched by name); other columns of {@code input} are returned unchanged. */
    @Override
    public FeatureMatrix transform(FeatureMatrix input) {
        int[] idx = new int[columns.size()];
        input.selectColumns(columns); // fails listing every missing column
        for (int i = 0; i < idx.length; i++) {
            idx[i] = input.columnIndex(columns.get(i));
        }
        double[][] v = input.toArray();
        for (double[] row : v) {
            for (int i = 0; i < idx.length; i++) {
                row[idx[i]] = (row[idx[i]] - center[i]) / scale[i];
            }
        }
        return input.withValues(v);
    }

    @Override
    public ModelState toState() {
        return new ModelState(TYPE, 1).put("columns", columns).put("center", center).put("scale", scale);
    }

    public static FittedRobustScaler fromState(ModelState s) {
        s.require(TYPE, 1);
        return new FittedRobustScaler(s.getStrings("columns"), s.getDoubles("center"), s.getDoubles("scale"));
    }
}
