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
 * rows, apply output on new rows), scikit-learn RobustScaler, mrmr-selection mrmr_classif per column group; and
 * Python xgboost 3.4 / scikit-learn 1.9 ({@code oracle/learn-xgboost/golden}): XGBClassifier probabilities,
 * GridSearchCV fold scores and best candidate, RFECV selection and score curve.
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

    private static Path xgbGolden(String area, String file) {
        return TestRepo.root().resolve("oracle/learn-xgboost/golden").resolve(area).resolve(file);
    }

    /** The golden's rows (all, or those of one split) as a node input: id → RowID. */
    private Path rows(Path golden, String split) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(golden)) {
            if (out.isEmpty()) {
                out.add("RowID" + line.substring(line.indexOf(',')));
            } else if (split == null || line.split(",")[1].equals(split)) {
                out.add(line);
            }
        }
        Path p = dir.resolve(golden.getParent().getFileName() + "-" + split + "-" + golden.getFileName());
        Files.write(p, out);
        return p;
    }

    private static double number(CsvTable t, int row, String column) {
        return ((Number) t.rows().get(row).get(t.columnIndex(column))).doubleValue();
    }

    /** Parameters of {@code predict/regularised_params.json}; the learner's refit equals a plain fit. */
    @Test
    void xgboostProbabilitiesMatchPythonXgboost() throws Exception {
        Path data = xgbGolden("predict", "regularised_data.csv");
        String out = dir.resolve("x").toString();
        node("node", "XGBoost Learner", "--in", rows(data, "train").toString(), "--set", "target_column=label",
            "--set", "n_estimators=50", "--set", "max_depth=3", "--set", "learning_rate=0.1", "--set",
            "subsample=0.8", "--set", "colsample_bytree=0.7", "--set", "min_child_weight=2", "--set", "gamma=0.5",
            "--set", "reg_lambda=2", "--set", "reg_alpha=0.1", "--set", "scale_pos_weight=1.5", "--set",
            "xgboost_seed=42", "--set", "threads=1", "--out", out);
        node("node", "XGBoost Predictor", "--in-model", Path.of(out, "xgboost-learner-out0.model").toString(),
            "--in", rows(data, null).toString(), "--out", out);
        CsvTable want = CsvReader.read(xgbGolden("predict", "regularised_proba.csv"), Map.of());
        CsvTable got = CsvReader.read(Path.of(out, "xgboost-predictor-out0.csv"), Map.of());
        assertEquals(want.rows().size(), got.rows().size());
        for (int r = 0; r < want.rows().size(); r++) {
            assertEquals(number(want, r, "proba"), number(got, r, "probability"), 1e-6, "row " + r);
            assertEquals(number(want, r, "class"), number(got, r, "prediction"), "row " + r);
        }
    }

    /** Grid and seed of {@code gridsearch/balanced_accuracy_params.json}. */
    @Test
    void gridSearchMatchesScikitLearn() throws Exception {
        String out = dir.resolve("g").toString();
        node("node", "XGBoost Learner", "--in", rows(xgbGolden("gridsearch", "balanced_accuracy_data.csv"), null)
            .toString(), "--set", "target_column=label", "--set", "xgboost_seed=1", "--set",
            "grid=learning_rate=0.1,0.3;max_depth=2,4;n_estimators=20,50", "--set", "threads=1", "--out", out);
        CsvTable want = CsvReader.read(xgbGolden("gridsearch", "balanced_accuracy_cv.csv"), Map.of());
        CsvTable got = CsvReader.read(Path.of(out, "xgboost-learner-out1.csv"), Map.of());
        assertEquals(want.rows().size(), got.rows().size());
        for (int r = 0; r < want.rows().size(); r++) {
            for (int f = 0; f < 5; f++) {
                assertEquals(number(want, r, "split" + f + "_test_score"), number(got, r, "fold_" + f), 1e-12);
            }
            assertEquals(number(want, r, "mean_test_score"), number(got, r, "mean_score"), 1e-12);
            assertEquals(number(want, r, "rank_test_score"), number(got, r, "rank"));
        }
        assertEquals(Boolean.TRUE, got.rows().get(1).get(got.columnIndex("best")), "best_index 1 of the golden");
    }

    /** {@code rfecv/defaults_params.json}: XGBoost defaults, step 1, min 1, 5 unshuffled folds. */
    @Test
    void rfeMatchesScikitLearnRfecv() throws Exception {
        String out = dir.resolve("r").toString();
        node("node", "RFE", "--in", rows(xgbGolden("rfecv", "defaults_data.csv"), null).toString(), "--set",
            "target_column=label", "--set", "threads=1", "--out", out);
        LearnModelPortObject model = (LearnModelPortObject) PortObjectFiles.load(Path.of(out, "rfe-out1.model"),
            LearnModelPortObject.TYPE);
        List<String> selected = new ArrayList<>();
        for (String line : Files.readAllLines(xgbGolden("rfecv", "defaults_selection.csv"))) {
            if (line.split(",")[1].equals("1")) {
                selected.add(line.split(",")[0]);
            }
        }
        assertEquals(selected, model.getSpec().features());
        CsvTable want = CsvReader.read(xgbGolden("rfecv", "defaults_curve.csv"), Map.of());
        CsvTable got = CsvReader.read(Path.of(out, "rfe-out2.csv"), Map.of());
        assertEquals(want.rows().size(), got.rows().size());
        for (int r = 0; r < want.rows().size(); r++) {
            assertEquals(number(want, r, "n_features"), number(got, r, "n_features"));
            assertEquals(number(want, r, "mean_test_score"), number(got, r, "mean_score"), 1e-12);
        }
    }
}
