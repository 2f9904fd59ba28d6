package org.nacrad.learn.scaling;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.io.NumericCsv;

/** Against scikit-learn's RobustScaler (oracle/learn/gen_metrics_scaling.py). */
class RobustScalerTest {

    @Test
    void fitAndTransformMatchScikitLearnForEverySetting() {
        FeatureMatrix train = NumericCsv.toMatrix(Golden.csv("scaling", "train.csv"), null, null);
        FeatureMatrix apply = NumericCsv.toMatrix(Golden.csv("scaling", "apply.csv"), null, null);
        CsvTable fits = Golden.csv("scaling", "fits.csv");
        for (int s = 0; s < fits.rowCount(); s++) {
            String name = fits.cell(s, 0);
            RobustScaler scaler = new RobustScaler(Boolean.parseBoolean(fits.cell(s, 1).toLowerCase()),
                    Boolean.parseBoolean(fits.cell(s, 2).toLowerCase()), fits.numericColumn("q_low")[s],
                    fits.numericColumn("q_high")[s], Boolean.parseBoolean(fits.cell(s, 5).toLowerCase()));
            FittedRobustScaler fitted = scaler.fit(train);
            for (int c = 0; c < train.columnCount(); c++) {
                String col = train.columns().get(c);
                Golden.assertClose(fits.numericColumn("center_" + col)[s], fitted.center()[c], 1e-12, name + " center " + col);
                Golden.assertClose(fits.numericColumn("scale_" + col)[s], fitted.scale()[c], 1e-12, name + " scale " + col);
            }
            FeatureMatrix expected = NumericCsv.toMatrix(Golden.csv("scaling", "apply_" + name + ".csv"), null, null);
            FeatureMatrix got = FittedRobustScaler.fromState(fitted.toState()).transform(apply);
            for (int r = 0; r < got.rowCount(); r++) {
                for (int c = 0; c < got.columnCount(); c++) {
                    Golden.assertClose(expected.get(r, c), got.get(r, c), 1e-10, name + " row " + r + " col " + c);
                }
            }
        }
    }

    @Test
    void missingValuesAndMissingColumnsAreNamed() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b"), new double[][] {{1, 2}, {Double.NaN, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RobustScaler().fit(m));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("[a]"), e.getMessage());
        FittedRobustScaler f = new RobustScaler().fit(new FeatureMatrix(List.of("a", "b"), new double[][] {{1, 2}, {2, 3}}));
        FeatureMatrix other = new FeatureMatrix(List.of("b"), new double[][] {{1}});
        e = assertThrows(IllegalArgumentException.class, () -> f.transform(other));
        assertTrue(e.getMessage().contains("[a]"), e.getMessage());
    }
}
