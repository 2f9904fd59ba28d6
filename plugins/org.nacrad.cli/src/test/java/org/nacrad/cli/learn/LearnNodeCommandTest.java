package org.nacrad.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/**
 * Every learning step as a single {@code nacrad node} command on CSV files, chained through model files: fitted
 * on one table, applied to another, with bad input failing with messages that name the problem.
 */
class LearnNodeCommandTest {

    @TempDir
    Path dir;
    private Path train;
    private Path test;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    @BeforeEach
    void data() throws Exception {
        train = LearnData.write(dir.resolve("train.csv"), "RowID", 120, true, 1);
        test = LearnData.write(dir.resolve("test.csv"), "RowID", 40, true, 2);
    }

    private static String run(int expectedCode, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, msg);
        return msg;
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static CsvTable read(Path p) throws Exception {
        return CsvReader.read(p, Map.of());
    }

    private static double[] column(CsvTable t, String name, List<Integer> rows) {
        int c = t.columnIndex(name);
        return rows.stream().mapToDouble(r -> ((Number) t.rows().get(r).get(c)).doubleValue()).toArray();
    }

    private static List<Integer> rowsWhere(CsvTable t, String column, Object value) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            if (value.equals(t.rows().get(r).get(t.columnIndex(column)))) {
                out.add(r);
            }
        }
        return out;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    /** numpy's default (linear) percentile, the definition RobustScaler uses. */
    private static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q / 100 * (s.length - 1);
        int lo = (int) Math.floor(pos);
        return lo + 1 < s.length ? s[lo] + (pos - lo) * (s[lo + 1] - s[lo]) : s[lo];
    }

    @Test
    void comBatRemovesTheBatchShiftAndAppliesTrainingEstimatesToNewRows() throws Exception {
        run(0, "node", "ComBat Learner", "--in", train.toString(), "--set", "column_groups=mri_*;ct_*", "--set",
            "batch_column=scanner", "--set", "exclude_columns=outcome,age", "--out", out("c"));
        CsvTable h = read(dir.resolve("c/combat-learner-out0.csv"));
        double[] means = new double[3];
        for (int b = 0; b < 3; b++) {
            means[b] = mean(column(h, "ct_f5", rowsWhere(h, "scanner", "ABC".substring(b, b + 1))));
        }
        double spread = Arrays.stream(means).max().orElseThrow() - Arrays.stream(means).min().orElseThrow();
        assertTrue(spread < 0.5, "batch means after ComBat " + Arrays.toString(means) + " (raw shifts span 1.5)");
        String model = dir.resolve("c/combat-learner-out1.model").toString();
        run(0, "node", "ComBat Apply", "--in-model", model, "--in", test.toString(), "--out", out("a"));
        CsvTable applied = read(dir.resolve("a/combat-apply-out0.csv"));
        assertEquals(40, applied.rows().size());
        assertEquals(read(test).columns(), applied.columns(), "all columns kept, in order");
    }

    @Test
    void comBatUnseenBatchIsAnErrorUnlessPassedThrough() throws Exception {
        run(0, "node", "combat-learner", "--in", train.toString(), "--set", "column_groups=mri_*", "--set",
            "batch_column=scanner", "--out", out("c"));
        Path unseen = dir.resolve("unseen.csv");
        Files.writeString(unseen, Files.readString(test).replace(",C,", ",D,"));
        String model = dir.resolve("c/combat-learner-out1.model").toString();
        String msg = run(2, "node", "combat-apply", "--in-model", model, "--in", unseen.toString(), "--out",
            out("a"));
        assertTrue(msg.contains("ComBat Apply") && msg.contains("D"), msg);
        run(0, "node", "combat-apply", "--in-model", model, "--in", unseen.toString(), "--set",
            "unseen_batch=pass_through", "--out", out("b"));
        CsvTable raw = read(unseen);
        CsvTable passed = read(dir.resolve("b/combat-apply-out0.csv"));
        for (int r : rowsWhere(raw, "scanner", "D")) {
            assertEquals(raw.rows().get(r), passed.rows().get(r), "rows of an unseen batch pass unchanged");
        }
    }

    @Test
    void robustScalerUsesTrainingMedianAndIqr() throws Exception {
        run(0, "node", "Robust Scaler Learner", "--in", train.toString(), "--set", "columns=mri_*", "--out",
            out("s"));
        run(0, "node", "Robust Scaler Apply", "--in-model", dir.resolve("s/robust-scaler-learner-out1.model")
            .toString(), "--in", test.toString(), "--out", out("t"));
        CsvTable tr = read(train);
        CsvTable te = read(test);
        CsvTable scaled = read(dir.resolve("t/robust-scaler-apply-out0.csv"));
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < tr.rows().size(); r++) {
            all.add(r);
        }
        double[] x = column(tr, "mri_f4", all);
        double median = percentile(x, 50);
        double iqr = percentile(x, 75) - percentile(x, 25);
        for (int r = 0; r < te.rows().size(); r++) {
            double raw = ((Number) te.rows().get(r).get(te.columnIndex("mri_f4"))).doubleValue();
            double got = ((Number) scaled.rows().get(r).get(scaled.columnIndex("mri_f4"))).doubleValue();
            assertEquals((raw - median) / iqr, got, 1e-9);
        }
        assertEquals(te.rows().get(0).get(te.columnIndex("ct_f4")), scaled.rows().get(0).get(scaled.columnIndex(
            "ct_f4")), "columns outside the pattern are untouched");
    }

    @Test
    void mrmrSelectsPerGroupAndTheFilterKeepsNonCandidates() throws Exception {
        run(0, "node", "mRMR Learner", "--in", train.toString(), "--set", "target_column=outcome", "--set",
            "column_groups=mri_*;ct_*", "--set", "k=2", "--out", out("m"));
        String model = dir.resolve("m/mrmr-learner-out1.model").toString();
        run(0, "node", "Feature Filter", "--in-model", model, "--in", test.toString(), "--out", out("f"));
        List<String> cols = read(dir.resolve("f/feature-filter-out0.csv")).columns();
        List<String> features = cols.stream().filter(c -> c.matches("(mri|ct)_f\\d+")).toList();
        assertEquals(4, features.size(), "two per modality: " + cols);
        assertTrue(features.contains("mri_f1") && features.contains("ct_f2"), "planted features found: " + cols);
        assertTrue(cols.containsAll(List.of("outcome", "scanner", "age", "grade")), "non-candidates kept: " + cols);

        String tooMany = run(2, "node", "mRMR Learner", "--in", train.toString(), "--set", "target_column=outcome",
            "--set", "candidate_columns=mri_*", "--set", "k=16", "--out", out("x"));
        assertTrue(tooMany.contains("mRMR"), tooMany);
        Path lacking = dir.resolve("lacking.csv");
        Files.writeString(lacking, Files.readString(test).replace("mri_f1,", "mri_fX,"));
        String missing = run(2, "node", "Feature Filter", "--in-model", model, "--in", lacking.toString(), "--out",
            out("y"));
        assertTrue(missing.contains("mri_f1"), missing);
    }

    @Test
    void smoteBalancesTheClassesWithValidCategories() throws Exception {
        run(0, "node", "SMOTENC", "--in", train.toString(), "--set", "target_column=outcome", "--set",
            "exclude_columns=age", "--set", "seed=3", "--out", out("o"));
        CsvTable t = read(dir.resolve("o/smotenc-out0.csv"));
        assertEquals(rowsWhere(t, "outcome", 0).size(), rowsWhere(t, "outcome", 1).size());
        Set<Object> grades = new HashSet<>();
        Set<Object> scanners = new HashSet<>();
        for (List<Object> row : t.rows()) {
            grades.add(row.get(t.columnIndex("grade")));
            scanners.add(row.get(t.columnIndex("scanner")));
        }
        assertEquals(Set.of("G1", "G2", "G3"), grades, "synthetic rows vote existing categories");
        assertEquals(Set.of("A", "B", "C"), scanners);
        String fewRows = run(2, "node", "SMOTENC", "--in", train.toString(), "--set", "target_column=outcome",
            "--set", "k_neighbors=200", "--out", out("p"));
        assertTrue(fewRows.contains("k = 200"), fewRows);
    }

    @Test
    void xgboostPredictsFromAModelFileAndChecksFeatures() throws Exception {
        run(0, "node", "XGBoost Learner", "--in", train.toString(), "--set", "target_column=outcome", "--set",
            "feature_columns=mri_*,ct_*", "--set", "n_estimators=20", "--set", "max_depth=2", "--set", "threads=1",
            "--out", out("x"));
        String model = dir.resolve("x/xgboost-learner-out0.model").toString();
        run(0, "node", "XGBoost Predictor", "--in-model", model, "--in", test.toString(), "--out", out("p"));
        CsvTable p = read(dir.resolve("p/xgboost-predictor-out0.csv"));
        int correct = 0;
        for (List<Object> row : p.rows()) {
            double prob = ((Number) row.get(p.columnIndex("probability"))).doubleValue();
            assertEquals(prob > 0.5 ? 1 : 0, row.get(p.columnIndex("prediction")));
            correct += row.get(p.columnIndex("prediction")).equals(row.get(p.columnIndex("outcome"))) ? 1 : 0;
        }
        assertTrue(correct >= 28, correct + " of 40 held-out rows right");
        Path lacking = dir.resolve("lacking.csv");
        Files.writeString(lacking, Files.readString(test).replace(",ct_f7,", ",ct_fX,"));
        String msg = run(2, "node", "XGBoost Predictor", "--in-model", model, "--in", lacking.toString(), "--out",
            out("q"));
        assertTrue(msg.contains("ct_f7"), msg);
    }

    @Test
    void statisticsChoosesTestsByColumnType() throws Exception {
        run(0, "node", "Statistics", "--in", train.toString(), "--set", "group_column=outcome", "--set",
            "columns=mri_f1,mri_f9,grade,scanner", "--out", out("s"));
        CsvTable t = read(dir.resolve("s/statistics-out0.csv"));
        Map<String, List<Object>> byColumn = new HashMap<>();
        t.rows().forEach(r -> byColumn.put((String) r.get(t.columnIndex("column")), r));
        double pSignal = ((Number) byColumn.get("mri_f1").get(t.columnIndex("p_value"))).doubleValue();
        assertTrue(pSignal < 1e-4, "planted difference: p = " + pSignal);
        assertTrue(((String) byColumn.get("grade").get(t.columnIndex("test"))).startsWith("Freeman"),
            "three levels: Freeman-Halton");
        String numericTest = (String) byColumn.get("mri_f9").get(t.columnIndex("test"));
        assertTrue(numericTest.contains("t-test") || numericTest.contains("Mann"), numericTest);
    }

    /**
     * Paired t-test of two models' per-partition metrics, rows in any order. Expected values: scipy 1.17.1
     * {@code stats.ttest_rel([.81,.77,.85,.79,.83], [.74,.78,.80,.71,.79])} and
     * {@code stats.ttest_rel([.70,.66,.75,.69,.72], [.69,.60,.71,.70,.66])}.
     */
    @Test
    void pairedMetricTestMatchesScipy() throws Exception {
        Path metrics = dir.resolve("metrics.csv");
        Files.writeString(metrics, String.join("\n", "model,partition,auc,f1", "B,3,0.71,0.70", "A,0,0.81,0.70",
            "A,1,0.77,0.66", "B,0,0.74,0.69", "A,2,0.85,0.75", "B,4,0.79,0.66", "A,3,0.79,0.69", "B,1,0.78,0.60",
            "A,4,0.83,0.72", "B,2,0.80,0.71") + "\n");
        run(0, "node", "Statistics", "--in", metrics.toString(), "--set", "mode=paired", "--set",
            "group_column=model", "--out", out("p"));
        CsvTable t = read(dir.resolve("p/statistics-out0.csv"));
        assertEquals(2, t.rows().size());
        double[][] expected = {{2.9328528800913536, 0.04269215275844943}, {2.297466107576762, 0.08317058534153121}};
        for (int r = 0; r < 2; r++) {
            List<Object> row = t.rows().get(r);
            assertEquals("paired t-test", row.get(t.columnIndex("test")));
            assertEquals(expected[r][0], ((Number) row.get(t.columnIndex("statistic"))).doubleValue(), 1e-10);
            assertEquals(expected[r][1], ((Number) row.get(t.columnIndex("p_value"))).doubleValue(), 1e-10);
        }
        Path unpaired = dir.resolve("unpaired.csv");
        Files.writeString(unpaired, Files.readString(metrics).replace("B,4,", "B,5,"));
        String msg = run(2, "node", "Statistics", "--in", unpaired.toString(), "--set", "mode=paired", "--set",
            "group_column=model", "--out", out("q"));
        assertTrue(msg.contains("different pairs"), msg);
    }

    /** Two scorer-shaped tables, B's rows in another order; same scipy values as above. */
    @Test
    void pairedMetricTestOfTwoScorerOutputsMatchesScipy() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, String.join("\n", "partition,auc,f1", "0,0.81,0.70", "1,0.77,0.66", "2,0.85,0.75",
            "3,0.79,0.69", "4,0.83,0.72") + "\n");
        Files.writeString(b, String.join("\n", "partition,auc,f1", "3,0.71,0.70", "0,0.74,0.69", "4,0.79,0.66",
            "1,0.78,0.60", "2,0.80,0.71") + "\n");
        run(0, "node", "Paired Metric Test", "--in", a.toString(), "--in", b.toString(), "--set", "columns=auc,f1",
            "--out", out("p"));
        CsvTable t = read(dir.resolve("p/paired-metric-test-out0.csv"));
        assertEquals(2.9328528800913536, ((Number) t.rows().get(0).get(t.columnIndex("statistic"))).doubleValue(),
            1e-10);
        assertEquals(0.04269215275844943, ((Number) t.rows().get(0).get(t.columnIndex("p_value"))).doubleValue(),
            1e-10);
        assertEquals(0.08317058534153121, ((Number) t.rows().get(1).get(t.columnIndex("p_value"))).doubleValue(),
            1e-10);
    }

    @Test
    void missingValuesAreNamedOrDropped() throws Exception {
        Path holes = dir.resolve("holes.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(train));
        lines.set(5, lines.get(5).replaceFirst(",[-0-9.]+$", ","));
        Files.write(holes, lines);
        String msg = run(2, "node", "Robust Scaler Learner", "--in", holes.toString(), "--out", out("h"));
        assertTrue(msg.contains("P005") && msg.contains("ct_f15"), msg);
        run(0, "node", "Robust Scaler Learner", "--in", holes.toString(), "--set", "missing_values=drop_rows",
            "--out", out("d"));
    }
}
