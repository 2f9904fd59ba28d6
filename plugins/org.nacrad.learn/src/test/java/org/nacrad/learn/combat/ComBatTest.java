package org.nacrad.learn.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.io.ModelStateJson;
import org.nacrad.learn.io.NumericCsv;

/** Against neuroCombat 0.2.12 (oracle/learn/gen_combat.py). */
class ComBatTest {

    private static final double TOL = 1e-8;

    private static ComBatCovariates covariates(CsvTable t, boolean with) {
        ComBatCovariates c = new ComBatCovariates(t.rowCount());
        if (with) {
            c.addCategorical("sex", t.column("sex")).addCategorical("stage", t.column("stage"))
                    .addContinuous("age", t.numericColumn("age"));
        }
        return c;
    }

    private static void assertMatrixClose(FeatureMatrix expected, FeatureMatrix got, String what) {
        assertEquals(expected.rowCount(), got.rowCount(), what + " rows");
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                Golden.assertClose(expected.get(r, c), got.get(r, c), TOL, what + " row " + r + " col " + c);
            }
        }
    }

    private static void assertArraysClose(FeatureMatrix expected, double[][] got, String what) {
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                Golden.assertClose(expected.get(r, c), got[r][c], TOL, what + " batch " + r + " feature " + c);
            }
        }
    }

    @Test
    void everyVariantMatchesNeuroCombatOnTrainingAndNewRows() {
        CsvTable cases = Golden.csv("combat", "cases.csv");
        for (int k = 0; k < cases.rowCount(); k++) {
            String data = cases.cell(k, 0);
            String kase = cases.cell(k, 1);
            String name = data + kase;
            boolean eb = Boolean.parseBoolean(cases.cell(k, 2).toLowerCase());
            boolean parametric = Boolean.parseBoolean(cases.cell(k, 3).toLowerCase());
            boolean meanOnly = Boolean.parseBoolean(cases.cell(k, 4).toLowerCase());
            boolean withCov = Boolean.parseBoolean(cases.cell(k, 5).toLowerCase());
            FeatureMatrix train = NumericCsv.toMatrix(Golden.csv("combat", data + "train.csv"), "id", null);
            CsvTable trainCov = Golden.csv("combat", data + "train_covariates.csv");
            FeatureMatrix fresh = NumericCsv.toMatrix(Golden.csv("combat", data + "new.csv"), "id", null);
            CsvTable newCov = Golden.csv("combat", data + "new_covariates.csv");
            FittedComBat model = new ComBat(eb, parametric, meanOnly)
                    .fit(train, trainCov.column("batch"), covariates(trainCov, withCov));
            assertArraysClose(NumericCsv.toMatrix(Golden.csv("combat", data + "gamma_" + kase + ".csv"), "id", null),
                    model.gammaStar(), name + " gamma*");
            assertArraysClose(NumericCsv.toMatrix(Golden.csv("combat", data + "delta_" + kase + ".csv"), "id", null),
                    model.deltaStar(), name + " delta*");
            model = FittedComBat.fromState(model.toState());
            ComBatResult out = model.transform(train, trainCov.column("batch"), covariates(trainCov, withCov),
                    UnseenBatchPolicy.ERROR);
            assertMatrixClose(NumericCsv.toMatrix(Golden.csv("combat", data + "out_" + kase + ".csv"), "id", null),
                    out.data(), name + " training output");
            ComBatResult applied = model.transform(fresh, newCov.column("batch"), covariates(newCov, withCov),
                    UnseenBatchPolicy.ERROR);
            assertMatrixClose(NumericCsv.toMatrix(Golden.csv("combat", data + "new_out_" + kase + ".csv"), "id", null),
                    applied.data(), name + " new rows");
            assertTrue(out.warnings().isEmpty() && model.fitWarnings().isEmpty());
        }
    }

    private static FeatureMatrix small() {
        double[][] v = new double[9][];
        for (int i = 0; i < 9; i++) {
            v[i] = new double[] {Math.sin(i) * 3 + (i < 4 ? 2 : 0), 5.0, Math.cos(1.7 * i) + i * 0.1, (i * i) % 7,
                Math.sin(2.3 * i) + i % 3};
        }
        return new FeatureMatrix(List.of("a", "const", "b", "c", "d"), v);
    }

    private static final List<String> BATCHES = List.of("x", "x", "x", "x", "y", "y", "y", "y", "z");

    @Test
    void singleSampleBatchSwitchesToMeanOnlyAndConstantFeaturePassesThrough() {
        FeatureMatrix m = small();
        FittedComBat model = new ComBat().fit(m, BATCHES, ComBatCovariates.none(9));
        assertEquals("parametric EB, mean only", model.method());
        assertEquals(2, model.fitWarnings().size(), model.fitWarnings().toString());
        assertTrue(model.fitWarnings().get(0).contains("'z'"));
        assertTrue(model.fitWarnings().get(1).contains("[const]"));
        FeatureMatrix out = model.transform(m, BATCHES, ComBatCovariates.none(9), UnseenBatchPolicy.ERROR).data();
        for (int r = 0; r < 9; r++) {
            assertEquals(5.0, out.get(r, 1));
            for (int c = 0; c < 4; c++) {
                assertTrue(Double.isFinite(out.get(r, c)));
            }
        }
        // mean-only: within-batch deviations are preserved, only the batch means move
        double d1 = out.get(1, 0) - out.get(0, 0);
        Golden.assertClose(m.get(1, 0) - m.get(0, 0), d1, 1e-12, "within-batch difference");
    }

    @Test
    void unseenBatchIsAnErrorOrPassesThroughWithAWarning() {
        FeatureMatrix m = small();
        FittedComBat model = new ComBat().fit(m, BATCHES, ComBatCovariates.none(9));
        FeatureMatrix two = m.selectRows(new int[] {0, 5});
        List<String> b = List.of("x", "w");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.transform(two, b, ComBatCovariates.none(2), UnseenBatchPolicy.ERROR));
        assertTrue(e.getMessage().contains("w=[row 6]"), e.getMessage());
        ComBatResult r = model.transform(two, b, ComBatCovariates.none(2), UnseenBatchPolicy.PASS_THROUGH);
        assertEquals(1, r.warnings().size());
        assertEquals(m.get(5, 0), r.data().get(1, 0));
    }

    @Test
    void groupsAreHarmonisedSeparatelyAndSurviveAModelFile() {
        FeatureMatrix m = small();
        ComBatCovariates none = ComBatCovariates.none(9);
        List<String> twoBatches = List.of("x", "x", "x", "x", "y", "y", "y", "y", "y");
        ComBatByGroup byGroup = ComBatByGroup.fit(new ComBat(), m, List.of(List.of("a", "b"), List.of("c", "const", "d")),
                twoBatches, none);
        FeatureMatrix grouped = ComBatByGroup.fromState(ModelStateJson.read(
                ModelStateJson.write(byGroup.toState()), "model.json"))
                .transform(m, twoBatches, none, UnseenBatchPolicy.ERROR).data();
        FeatureMatrix ab = new ComBat().fit(m.selectColumns(List.of("a", "b")), twoBatches, none)
                .transform(m, twoBatches, none, UnseenBatchPolicy.ERROR).data();
        assertEquals(m.columns(), grouped.columns());
        for (int r = 0; r < 9; r++) {
            assertEquals(ab.get(r, 0), grouped.get(r, 0));
            assertEquals(ab.get(r, 2), grouped.get(r, 2));
            assertEquals(m.get(r, 3), ab.get(r, 3), "columns outside a model stay unchanged");
            assertEquals(5.0, grouped.get(r, 1));
        }
        assertEquals(1, byGroup.fitWarnings().size(), byGroup.fitWarnings().toString()); // group 2: constant
        assertTrue(byGroup.fitWarnings().get(0).startsWith("group 2"));
    }

    @Test
    void covariatesFollowTheRowsOfAPartition() {
        CsvTable cov = Golden.csv("combat", "train_covariates.csv");
        FeatureMatrix train = NumericCsv.toMatrix(Golden.csv("combat", "train.csv"), "id", null);
        int[] rows = {3, 0, 17, 25, 26, 30, 31, 38, 39, 12, 13, 14, 22, 23};
        ComBatCovariates all = covariates(cov, true);
        List<String> batches = cov.column("batch");
        List<String> sub = Arrays.stream(rows).mapToObj(batches::get).toList();
        // fitting on the subset equals fitting on a table holding only those rows
        ComBatCovariates picked = new ComBatCovariates(rows.length)
                .addCategorical("sex", Arrays.stream(rows).mapToObj(i -> cov.column("sex").get(i)).toList())
                .addCategorical("stage", Arrays.stream(rows).mapToObj(i -> cov.column("stage").get(i)).toList())
                .addContinuous("age", Arrays.stream(rows).mapToDouble(i -> cov.numericColumn("age")[i]).toArray());
        FeatureMatrix x = train.selectRows(rows);
        double[][] a = new ComBat(false, true, false).fit(x, sub, all.subset(rows)).gammaStar();
        double[][] b = new ComBat(false, true, false).fit(x, sub, picked).gammaStar();
        assertEquals(Arrays.deepToString(a), Arrays.deepToString(b));
    }

    @Test
    void confoundedCovariateAndUnseenLevelAreRejected() {
        FeatureMatrix m = small();
        ComBatCovariates confounded = ComBatCovariates.none(9).addCategorical("site2", BATCHES);
        assertThrows(IllegalArgumentException.class, () -> new ComBat().fit(m, BATCHES, confounded));
        List<String> sex = List.of("F", "M", "F", "M", "F", "M", "F", "M", "F");
        FittedComBat model = new ComBat().fit(m, BATCHES, ComBatCovariates.none(9).addCategorical("sex", sex));
        ComBatCovariates odd = ComBatCovariates.none(1).addCategorical("sex", List.of("U"));
        assertThrows(IllegalArgumentException.class, () -> model.transform(m.selectRows(new int[] {0}), List.of("x"),
                odd, UnseenBatchPolicy.ERROR));
    }
}
