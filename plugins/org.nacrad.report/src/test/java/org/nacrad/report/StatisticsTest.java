package org.nacrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.learn.stats.GroupComparison;
import org.nacrad.report.input.InputReader;
import org.nacrad.report.input.TableSource;
import org.nacrad.report.input.PatientTable;
import org.nacrad.report.tables.Evaluation;
import org.nacrad.report.tables.ModelComparison;
import org.nacrad.report.tables.Table1;

/** Table 1 and the model comparison against scipy (oracle/report/gen_report.py). */
class StatisticsTest {

    @Test
    void table1MatchesScipy() throws Exception {
        PatientTable clinical = InputReader.patients(Golden.input("clinical.csv"), List.of("pcr", "response"),
            Report.Options.DEFAULT_CATEGORICAL);
        List<Table1.Row> rows = new ArrayList<>();
        for (String c : List.of("pcr", "response")) {
            rows.addAll(Table1.of(clinical, c, new GroupComparison()));
        }
        CsvTable exp = Golden.expected("table1.csv");
        assertEquals(exp.rows().size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Table1.Row row = rows.get(r);
            String what = row.criterion() + "/" + row.variable() + "/" + row.level();
            assertEquals(Golden.text(exp, r, "criterion"), row.criterion(), what);
            assertEquals(Golden.text(exp, r, "variable"), row.variable(), what);
            assertEquals(Golden.text(exp, r, "kind"), row.kind(), what);
            assertEquals(Golden.text(exp, r, "level"), row.level(), what);
            assertEquals(Golden.number(exp, r, "n_0"), row.n0(), what);
            assertEquals(Golden.number(exp, r, "n_1"), row.n1(), what);
            assertEquals(Golden.text(exp, r, "count_0"), Objects.toString(row.count0(), null), what);
            assertEquals(Golden.text(exp, r, "count_1"), Objects.toString(row.count1(), null), what);
            if (row.mean0() != null) {
                Golden.assertClose(Golden.number(exp, r, "mean_0"), row.mean0(), 1e-12, what + " mean_0");
                Golden.assertClose(Golden.number(exp, r, "sd_0"), row.sd0(), 1e-12, what + " sd_0");
                Golden.assertClose(Golden.number(exp, r, "mean_1"), row.mean1(), 1e-12, what + " mean_1");
                Golden.assertClose(Golden.number(exp, r, "sd_1"), row.sd1(), 1e-12, what + " sd_1");
            }
            assertEquals(Golden.text(exp, r, "test"), row.test().test(), what);
            Golden.assertClose(Golden.number(exp, r, "statistic"), row.test().statistic(), 1e-8, what + " statistic");
            Golden.assertClose(Golden.number(exp, r, "p_value"), row.test().pValue(), 1e-8, what + " p");
        }
        // the committed inputs exercise every branch of the test choice
        for (String test : List.of("Student t-test", "Mann-Whitney U", "Fisher's exact test",
            "Freeman-Halton exact test")) {
            assertEquals(true, rows.stream().anyMatch(x -> x.test().test().equals(test)), test);
        }
    }

    @Test
    void modelComparisonMatchesScipyPairedTTest() throws Exception {
        Path m = Golden.input("metrics.csv");
        List<ModelComparison.Row> rows = ModelComparison.of(
            new Evaluation(InputReader.metrics(TableSource.of(m)), m.toString()));
        CsvTable exp = Golden.expected("model_comparison.csv");
        assertEquals(exp.rows().size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            ModelComparison.Row row = rows.get(r);
            String what = row.criterion() + "/" + row.model() + "/" + row.metric();
            assertEquals(List.of(Golden.text(exp, r, "criterion"), Golden.text(exp, r, "best_model"),
                Golden.text(exp, r, "model"), Golden.text(exp, r, "metric")),
                List.of(row.criterion(), row.bestModel(), row.model(), row.metric()));
            Golden.assertClose(Golden.number(exp, r, "statistic"), row.test().statistic(), 1e-9, what + " t");
            Golden.assertClose(Golden.number(exp, r, "p_value"), row.test().pValue(), 1e-8, what + " p");
        }
    }
}
