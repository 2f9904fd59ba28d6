package org.nacrad.knime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.nacrad.knime.learn.smote.SmoteNodeFactory;
import org.nacrad.knime.learn.xgboost.XGBoostLearnerNodeFactory;
import org.nacrad.replica.harness.Executions;
import org.nacrad.replica.harness.NodeHarness;

/**
 * When feature selection leaves only categorical columns, the SMOTE and XGBoost Learner nodes oversample with
 * SMOTEN instead of failing in SMOTE-NC, and say so in a warning.
 */
class SmotenFallbackNodeTest {

    private static final int ROWS = 40;

    /** outcome (text, 12 "pCR"), er (text), grade and pr (int codes), size (double). */
    private static BufferedDataTable clinical(ExecutionContext exec) {
        BufferedDataContainer c = exec.createDataContainer(new DataTableSpec(new String[] {"outcome", "er", "grade",
            "pr", "size"}, new DataType[] {StringCell.TYPE, StringCell.TYPE, IntCell.TYPE, IntCell.TYPE,
                DoubleCell.TYPE}));
        Random rng = new Random(3);
        for (int r = 0; r < ROWS; r++) {
            c.addRowToTable(new DefaultRow("P" + r, new StringCell(r % 10 < 3 ? "pCR" : "no"),
                new StringCell(rng.nextBoolean() ? "pos" : "neg"), new IntCell(1 + rng.nextInt(3)),
                new IntCell(rng.nextInt(2)), new DoubleCell(10 + 30 * rng.nextDouble())));
        }
        c.close();
        return c.getTable();
    }

    private static <T extends NodeModel> NodeHarness<T> node(NodeFactory<T> f, Map<String, Object> values)
        throws Exception {
        f.init();
        NodeHarness<T> h = NodeHarness.of(f);
        NodeSettings s = h.saveSettings();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Boolean b) {
                s.addBoolean(e.getKey(), b);
            } else if (e.getValue() instanceof Integer i) {
                s.addInt(e.getKey(), i);
            } else {
                s.addString(e.getKey(), (String) e.getValue());
            }
        }
        h.loadSettings(s);
        return h;
    }

    @Test
    void smoteNodeUsesSmotenAndWarnsWhenEveryColumnIsCategorical() throws Exception {
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = clinical(exec);
        NodeHarness<?> h = node(new SmoteNodeFactory(), Map.of("target_column", "outcome", "positive_class", "pCR",
            "categorical_columns", "grade,pr", "exclude_columns", "size"));
        h.configure(in.getDataTableSpec());
        BufferedDataTable out = (BufferedDataTable) h.execute(exec, in)[0];
        assertEquals("Every selected column is categorical (grade, pr, er): oversampled with SMOTEN instead of "
            + "SMOTE-NC.", h.warningMessage());
        Map<String, Integer> outcomes = new HashMap<>();
        int synthetic = 0;
        for (DataRow row : out) {
            outcomes.merge(row.getCell(0).toString(), 1, Integer::sum);
            if (row.getKey().getString().startsWith("synthetic")) {
                synthetic++;
                assertTrue(Set.of("pos", "neg").contains(((StringCell) row.getCell(1)).getStringValue()));
                int grade = ((IntCell) row.getCell(2)).getIntValue();
                assertTrue(grade >= 1 && grade <= 3, "grade " + grade);
                assertTrue(row.getCell(4).isMissing(), "size is not a feature");
            }
        }
        assertEquals(28 - 12, synthetic);
        assertEquals(Map.of("pCR", 28, "no", 28), outcomes);
    }

    @Test
    void smoteNodeKeepsSmoteNcWithAContinuousColumn() throws Exception {
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = clinical(exec);
        NodeHarness<?> h = node(new SmoteNodeFactory(), Map.of("target_column", "outcome", "positive_class", "pCR",
            "categorical_columns", "grade,pr"));
        h.configure(in.getDataTableSpec());
        assertEquals(56, ((BufferedDataTable) h.execute(exec, in)[0]).getRowCount());
        assertNull(h.warningMessage());
    }

    @Test
    void xgboostLearnerWarnsWhenOnlyCategoricalFeaturesAreLeft() throws Exception {
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = clinical(exec);
        NodeHarness<?> h = node(new XGBoostLearnerNodeFactory(), Map.of("target_column", "outcome",
            "positive_class", "pCR", "exclude_columns", "size", "n_estimators", 5, "cv_folds", 3, "smote", true,
            "smote_categorical_columns", "er,pr,grade,her2"));
        h.configure(in.getDataTableSpec());
        h.execute(exec, in);
        assertEquals("Every feature is categorical (grade, pr): oversampled with SMOTEN instead of SMOTE-NC in all "
            + "4 fits (3 training folds and the refit).", h.warningMessage());
    }
}
