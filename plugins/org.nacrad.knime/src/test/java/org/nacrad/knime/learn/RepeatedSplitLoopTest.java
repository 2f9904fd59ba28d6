package org.nacrad.knime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.LoopStartNodeTerminator;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.knime.learn.split.RepeatedSplitNodeFactory;
import org.nacrad.knime.learn.split.RepeatedSplitScorerNodeFactory;
import org.nacrad.learn.ModelState;
import org.nacrad.replica.harness.Executions;
import org.nacrad.replica.harness.NodeHarness;

/**
 * KNIME loop semantics of Repeated Stratified Split → Repeated Split Scorer driven as KNIME drives them: flow
 * variables, stratified disjoint parts, continue-loop requests, and the accumulated outputs.
 */
class RepeatedSplitLoopTest {

    private static final int ROWS = 50;
    private static final int POSITIVES = 15;

    private static BufferedDataTable cohort(ExecutionContext exec) {
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(new String[] {"outcome", "x"},
            new DataType[] {StringCell.TYPE, DoubleCell.TYPE}));
        for (int r = 0; r < ROWS; r++) {
            c.addRowToTable(new DefaultRow("P" + r, new StringCell(r < POSITIVES ? "pCR" : "no"),
                new DoubleCell(r)));
        }
        c.close();
        return c.getTable();
    }

    /** The test rows scored as the truth says (perfect classifier); probability 0.9 for positives, 0.1 else. */
    private static BufferedDataTable perfectPredictions(BufferedDataTable test, ExecutionContext exec) {
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(new String[] {"outcome", "prediction",
            "probability"}, new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE}));
        for (DataRow row : test) {
            DataCell truth = row.getCell(0);
            boolean pos = truth.toString().equals("pCR");
            c.addRowToTable(new DefaultRow(row.getKey(), truth, truth, new DoubleCell(pos ? 0.9 : 0.1)));
        }
        c.close();
        return c.getTable();
    }

    private static LearnModelPortObject selection(List<String> features) {
        return new LearnModelPortObject(new LearnModelPortObjectSpec("Feature Selection", features, List.of()),
            new ModelState("test", 1));
    }

    private static Set<String> keys(BufferedDataTable t) {
        Set<String> out = new HashSet<>();
        t.forEach(r -> out.add(r.getKey().getString()));
        return out;
    }

    @Test
    void loopProducesStratifiedPartitionsAndAccumulatesScores() throws Exception {
        ExecutionContext exec = Executions.context();
        RepeatedSplitNodeFactory sf = new RepeatedSplitNodeFactory();
        sf.init();
        NodeHarness<?> start = NodeHarness.of(sf);
        NodeSettings s = start.saveSettings();
        s.addString("target_column", "outcome");
        s.addInt("splits", 3);
        start.loadSettings(s);
        RepeatedSplitScorerNodeFactory ef = new RepeatedSplitScorerNodeFactory();
        ef.init();
        NodeHarness<?> end = NodeHarness.of(ef);
        NodeSettings e = end.saveSettings();
        e.addString("truth_column", "outcome");
        e.addString("positive_class", "pCR");
        end.loadSettings(e);
        NodeHarness.connectLoop(start, end);

        BufferedDataTable cohort = cohort(exec);
        List<List<String>> models = List.of(List.of("a", "b"), List.of("a", "b"), List.of("a"));
        List<Set<String>> testSets = new ArrayList<>();
        PortObject[] result;
        int iteration = 0;
        do {
            start.configure(cohort.getDataTableSpec());
            PortObject[] parts = start.execute(exec, cohort);
            assertEquals(iteration, start.model().peekFlowVariableInt("currentIteration"));
            assertEquals(3, start.model().peekFlowVariableInt("maxIterations"));
            Set<String> train = keys((BufferedDataTable) parts[0]);
            Set<String> test = keys((BufferedDataTable) parts[1]);
            assertEquals(ROWS, train.size() + test.size());
            assertTrue(train.stream().noneMatch(test::contains), "training and test rows are disjoint");
            assertEquals(3 + 7, test.size(), "round(0.2 × 15) positives and round(0.2 × 35) negatives");
            assertEquals(3, test.stream().filter(k -> Integer.parseInt(k.substring(1)) < POSITIVES).count());
            testSets.add(test);
            end.setIncomingVariables(start.flowVariables());
            result = end.execute(exec, perfectPredictions((BufferedDataTable) parts[1], exec),
                selection(models.get(iteration)));
            iteration++;
            assertEquals(iteration < 3, end.continueLoopRequested());
        } while (end.takeContinueLoopRequest());
        assertEquals(3, iteration);
        assertTrue(start.model() instanceof LoopStartNodeTerminator t && t.terminateLoop());
        assertFalse(testSets.get(0).equals(testSets.get(1)), "each partition draws its own test rows");

        BufferedDataTable perPartition = (BufferedDataTable) result[0];
        assertEquals(3, perPartition.getRowCount());
        for (DataRow row : perPartition) {
            assertEquals(1.0, ((DoubleCell) row.getCell(2)).getDoubleValue(), "balanced accuracy");
            assertEquals(1.0, ((DoubleCell) row.getCell(7)).getDoubleValue(), "AUC");
        }
        BufferedDataTable predictions = (BufferedDataTable) result[2];
        assertEquals(30, predictions.getRowCount());
        Map<String, Double> frequency = new HashMap<>();
        for (DataRow row : (BufferedDataTable) result[3]) {
            frequency.put(row.getKey().getString(), ((DoubleCell) row.getCell(2)).getDoubleValue());
            assertEquals(row.getKey().getString().equals("a") ? 3 : 2, ((IntCell) row.getCell(1)).getIntValue());
        }
        assertEquals(Map.of("a", 1.0, "b", 2.0 / 3), frequency);
    }
}
