package org.nacrad.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.replica.harness.PortObjectFiles;

/**
 * The nodes reproduce the Python references end to end through CSV files and model files, on the learning
 * oracle's goldens ({@code oracle/learn/golden}, see its README): neuroCombat 0.2.12 (learner output on the training
 * rows, apply output on new rows), scikit-learn RobustScaler, mrmr-selection mrmr_classif per column group.
 */
class LearnGoldenNodeTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    private static Path golden(String area, String file) {
        return TestRepo.root().resolve("oracle/learn/golden").resolve(area).resolve(file);
    }

    private static void node(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    /** Features and covariates side by side, keyed by id (the goldens keep them in two files, same row order). */
    private Path joined(String features, String covariates) throws Exception {
        List<String> a = Files.readAllLines(golden("combat", features));
        List<String> b = Files.readAllLines(golden("combat", covariates));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < a.size(); r++) {
            String idA = a.get(r).substring(0, a.get(r).indexOf(','));
            String idB = b.get(r).substring(0, b.get(r).indexOf(','));
            assertEquals(idA, idB, "row " + r + " of " + features + " and " + covariates);
            out.add((r == 0 ? "RowID" : idA) + a.get(r).substring(idA.length()) + b.get(r).substring(idB.length()));
        }
        Path p = dir.resolve(features);
        Files.write(p, out);
        return p;
    }

    private static void assertSameValues(Path expectedCsv, Path gotCsv, double tol) throws Exception {
        CsvTable e = CsvReader.read(expectedCsv, Map.of());
        CsvTable g = CsvReader.read(gotCsv, Map.of());
        assertEquals(e.rows().size(), g.rows().size());
        for (String col : e.columns()) {
            if (col.equals("id")) {
                continue;
            }
            for (int r = 0; r < e.rows().size(); r++) {
                double want = ((Number) e.rows().get(r).get(e.columnIndex(col))).doubleValue();
                double got = ((Number) g.rows().get(r).get(g.columnIndex(col))).doubleValue();
                assertEquals(want, got, tol * Math.max(1, Math.abs(want)), col + " row " + r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"param_cov", "nonparam_cov"})
    void comBatMatchesNeuroCombat(String variant) throws Exception {
        Path train = joined("train.csv", "train_covariates.csv");
        Path fresh = joined("new.csv", "new_covariates.csv");
        String out = dir.resolve(variant).toString();
        node("node", "ComBat Learner", "--in", train.toString(), "--set", "batch_column=batch", "--set",
            "categorical_covariates=sex,stage", "--set", "continuous_covariates=age", "--set",
            "parametric=" + variant.startsWith("param"), "--out", out);
        assertSameValues(golden("combat", "out_" + variant + ".csv"), Path.of(out, "combat-learner-out0.csv"), 1e-8);
        node("node", "ComBat Apply", "--in-model", Path.of(out, "combat-learner-out1.model").toString(), "--in",
            fresh.toString(), "--out", out);
        assertSameValues(golden("combat", "new_out_" + variant + ".csv"), Path.of(out, "combat-apply-out0.csv"),
            1e-8);
    }

    @Test
    void robustScalerMatchesScikitLearn() throws Exception {
        Path train = dir.resolve("train.csv");
        Path apply = dir.resolve("apply.csv");
        Files.copy(golden("scaling", "train.csv"), train);
        Files.copy(golden("scaling", "apply.csv"), apply);
        String out = dir.resolve("s").toString();
        node("node", "Robust Scaler Learner", "--in", train.toString(), "--set", "quantile_low=10", "--set",
            "quantile_high=90", "--out", out);
        node("node", "Robust Scaler Apply", "--in-model", Path.of(out, "robust-scaler-learner-out1.model")
            .toString(), "--in", apply.toString(), "--out", out);
        assertSameValues(golden("scaling", "apply_q10_90.csv"), Path.of(out, "robust-scaler-apply-out0.csv"), 1e-10);
    }

    @Test
    void mrmrPerGroupMatchesMrmrSelection() throws Exception {
        Path data = dir.resolve("data_b.csv");
        Files.copy(golden("mrmr", "data_b.csv"), data);
        String out = dir.resolve("m").toString();
        node("node", "mRMR Learner", "--in", data.toString(), "--set", "target_column=label", "--set",
            "column_groups=m*;c*", "--set", "k=12", "--out", out);
        LearnModelPortObject model = (LearnModelPortObject) PortObjectFiles.load(Path.of(out,
            "mrmr-learner-out1.model"), LearnModelPortObject.TYPE);
        List<String> expected = new ArrayList<>();
        for (String group : new String[] {"m", "c"}) {
            for (String line : Files.readAllLines(golden("mrmr", "selections.csv"))) {
                if (line.startsWith("b," + group + ",12,mean,")) {
                    expected.addAll(List.of(line.substring(line.lastIndexOf(',') + 1).split(" ")));
                }
            }
        }
        assertEquals(24, expected.size());
        assertEquals(expected, model.getSpec().features());
    }
}
