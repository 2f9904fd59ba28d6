package org.nacrad.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;
import org.nacrad.cli.workflow.Workflow;
import org.nacrad.cli.workflow.WorkflowCompiler;
import org.nacrad.cli.workflow.WorkflowSource;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/**
 * The repeated-split protocol (ComBat → scaler → two-stage mRMR → RFE-CV → XGBoost with SMOTE-NC in the CV folds)
 * run headlessly as a KNIME loop: a planted signal is recovered, permuted labels give chance-level balanced
 * accuracy, and every fitting node sees only the training rows.
 */
class LearnWorkflowTest {

    private static final int ROWS = 200;
    private static final int SPLITS = 10;

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    private WorkflowSource source() throws Exception {
        return WorkflowSource.load(Path.of(LearnWorkflowTest.class.getResource("/workflows/learn-repeated-split.yaml")
            .toURI()));
    }

    /** Runs the workflow on a cohort and returns its output folder. */
    private Path run(boolean signal, long seed) throws Exception {
        Path cohort = LearnData.write(dir.resolve("cohort-" + signal + ".csv"), "patient_id", ROWS, signal, seed);
        Path knwf = dir.resolve("learn.knwf");
        KnwfWriter.write(WorkflowCompiler.compile(source(), NodeCatalog.load()), TestRepo.BUNDLE, knwf);
        Path out = dir.resolve("out-" + signal);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", knwf.toString(), "--out", out.toString(), "--threads", "2", "--var",
            "cohort=" + cohort}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out;
    }

    private static Map<String, Double> means(Path out) throws Exception {
        CsvTable t = CsvReader.read(out.resolve("repeated-split-scorer-15-1.csv"), Map.of());
        Map<String, Double> m = new HashMap<>();
        for (List<Object> row : t.rows()) {
            m.put((String) row.get(t.columnIndex("metric")), ((Number) row.get(t.columnIndex("mean"))).doubleValue());
            assertEquals(SPLITS, ((Number) row.get(t.columnIndex("partitions"))).intValue());
        }
        return m;
    }

    @Test
    void plantedSignalIsRecoveredAndSelected() throws Exception {
        Path out = run(true, 3);
        Map<String, Double> m = means(out);
        assertTrue(m.get("balanced_accuracy") > 0.75, "balanced accuracy " + m.get("balanced_accuracy"));
        assertTrue(m.get("auc") > 0.8, "AUC " + m.get("auc"));
        CsvTable freq = CsvReader.read(out.resolve("repeated-split-scorer-15-3.csv"), Map.of());
        Map<String, Integer> counts = new HashMap<>();
        for (List<Object> row : freq.rows()) {
            counts.put((String) row.get(freq.columnIndex("feature")), (Integer) row.get(freq.columnIndex("count")));
        }
        assertEquals(SPLITS, counts.get("mri_f1"), "the strongest MRI feature is selected in every partition");
        assertEquals(SPLITS, counts.get("ct_f2"), "the strongest CT feature is selected in every partition");
        // a loop end's outputs are results even when a downstream node reads them
        CsvTable perPartition = CsvReader.read(out.resolve("repeated-split-scorer-15-0.csv"), Map.of());
        assertEquals(SPLITS, perPartition.rows().size());
        CsvTable downstream = CsvReader.read(out.resolve("balanced-accuracy-per-partition-16-0.csv"), Map.of());
        assertEquals(List.of("RowID", "partition", "balanced_accuracy"), downstream.columns());
        assertEquals(SPLITS, downstream.rows().size());
        CsvTable predictions = CsvReader.read(out.resolve("repeated-split-scorer-15-2.csv"), Map.of());
        int testRows = 0;
        for (List<Object> row : perPartition.rows()) {
            testRows += (Integer) row.get(perPartition.columnIndex("test_rows"));
        }
        assertEquals(testRows, predictions.rows().size(), "every held-out row of every partition is predicted once");
    }

    @Test
    void permutedLabelsGiveChanceLevel() throws Exception {
        double ba = means(run(false, 5)).get("balanced_accuracy");
        assertTrue(Math.abs(ba - 0.5) <= 0.07, "balanced accuracy without signal: " + ba);
    }

    /** Every learner's table input descends from the split's training port only, never from the test port. */
    @Test
    void learnersSeeOnlyTrainingRows() throws Exception {
        Workflow wf = WorkflowCompiler.compile(source(), NodeCatalog.load());
        int split = node(wf, "RepeatedSplitNodeFactory");
        List<Workflow.Connection> edges = wf.connections();
        int learners = 0;
        for (Workflow.Node n : wf.nodes()) {
            if (!n.factory().matches(".*(Learner|Rfe)NodeFactory")) {
                continue;
            }
            learners++;
            Set<String> origins = new HashSet<>();
            trace(edges, n.id(), split, origins, new HashSet<>());
            assertEquals(Set.of("train"), origins, n.factory() + " is fed from " + origins);
        }
        assertEquals(6, learners, "ComBat, scaler, two mRMR, RFE and XGBoost learners");
    }

    private static int node(Workflow wf, String factorySuffix) {
        return wf.nodes().stream().filter(n -> n.factory().endsWith(factorySuffix)).findFirst().orElseThrow().id();
    }

    private static void trace(List<Workflow.Connection> edges, int id, int split, Set<String> origins,
        Set<Integer> seen) {
        if (!seen.add(id)) {
            return;
        }
        List<Workflow.Connection> in = new ArrayList<>(edges.stream().filter(c -> c.destId() == id).toList());
        for (Workflow.Connection c : in) {
            if (c.sourceId() == split) {
                origins.add(c.sourcePort() == 1 ? "train" : "test"); // KNIME numbering: data port 0 is 1
            } else {
                trace(edges, c.sourceId(), split, origins, seen);
            }
        }
    }
}
