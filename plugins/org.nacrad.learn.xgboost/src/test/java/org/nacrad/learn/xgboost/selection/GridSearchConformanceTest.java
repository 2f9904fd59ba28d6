package org.nacrad.learn.xgboost.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.metrics.Scoring;
import org.nacrad.learn.xgboost.OracleData;
import org.nacrad.learn.xgboost.XGBoostParams;

/** (c) scikit-learn 1.9 GridSearchCV(XGBClassifier) with its default folds: same scores, ranks, best and refit. */
class GridSearchConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"balanced_accuracy", "roc_auc", "tie"})
    void scoresRanksBestAndRefitMatchScikitLearn(String name) {
        OracleData.Data d = OracleData.data("gridsearch", name + "_data.csv");
        Map<?, ?> cfg = OracleData.json("gridsearch", name + "_params.json");
        XGBoostParams base = OracleData.params((Map<?, ?>) cfg.get("xgboost"));
        Map<String, List<Double>> grid = new LinkedHashMap<>();
        ((Map<?, ?>) cfg.get("grid")).forEach((k, v) -> grid.put((String) k,
                ((List<?>) v).stream().map(x -> Double.parseDouble((String) x)).toList()));
        Scoring scoring = Scoring.fromName((String) cfg.get("scoring"));

        GridSearchResult r = new GridSearchCV(base, new ParameterGrid(grid), Folds.sklearn(5), scoring, null, 2)
                .fit(d.x(), d.y());

        CsvTable cv = OracleData.csv("gridsearch", name + "_cv.csv");
        assertEquals(cv.rowCount(), r.candidates().size());
        for (int c = 0; c < cv.rowCount(); c++) {
            GridSearchResult.Candidate cand = r.candidates().get(c);
            for (String p : grid.keySet()) {
                assertEquals(Double.parseDouble(cv.cell(c, cv.columnIndex(p))), cand.values().get(p),
                        name + " candidate " + c + " " + p);
            }
            for (int f = 0; f < 5; f++) {
                assertEquals(Double.parseDouble(cv.cell(c, cv.columnIndex("split" + f + "_test_score"))),
                        cand.foldScores()[f], 1e-12, name + " candidate " + c + " fold " + f);
            }
            assertEquals(Double.parseDouble(cv.cell(c, cv.columnIndex("mean_test_score"))), cand.mean(), 1e-12);
            assertEquals(Double.parseDouble(cv.cell(c, cv.columnIndex("std_test_score"))), cand.sd(), 1e-12);
            assertEquals(Integer.parseInt(cv.cell(c, cv.columnIndex("rank_test_score"))), cand.rank(),
                    name + " rank of candidate " + c);
        }
        Map<?, ?> best = OracleData.json("gridsearch", name + "_best.json");
        assertEquals(Integer.parseInt((String) best.get("best_index")), r.bestIndex(), name + " best index");
        ((Map<?, ?>) best.get("best_params")).forEach((k, v) -> assertEquals(Double.parseDouble((String) v),
                r.bestParams().get((String) k), name + " best " + k));

        double[] refit = r.model().predictProbability(d.x());
        double[] expected = OracleData.csv("gridsearch", name + "_refit.csv").numericColumn("proba");
        assertArrayEquals(expected, refit, 1e-6, name + " refitted model probabilities");
    }
}
