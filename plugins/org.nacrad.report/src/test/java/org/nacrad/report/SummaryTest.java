package org.nacrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.report.input.InputReader;
import org.nacrad.report.input.TableSource;
import org.nacrad.report.tables.Evaluation;
import org.nacrad.report.tables.ReportCsv;
import org.nacrad.report.tables.SummaryTables;

class SummaryTest {

    private static final String HEADER = "criterion,model,partition,balanced_accuracy,sensitivity,specificity,"
        + "precision,f1,auc\n";

    /** Hand-computed: (0.7, 0.8, 0.9) → mean 0.8, SD √(0.02 / 2) = 0.1; (0.5, 0.6, 1.0) → 0.7, √(0.14 / 2). */
    @Test
    void meanAndSampleSdByHand(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, HEADER
            + "pcr,resnet34,1,0.7,0.5,1,1,1,1\n"
            + "pcr,resnet34,2,0.8,0.6,1,1,1,1\n"
            + "pcr,resnet34,3,0.9,1.0,1,1,1,1\n");
        Evaluation e = new Evaluation(InputReader.metrics(TableSource.of(m)), m.toString());
        Path out = dir.resolve("summary.csv");
        ReportCsv.write(out, SummaryTables.SUMMARY_COLUMNS, SummaryTables.summary(e));
        CsvTable t = Golden.csv(out);
        assertEquals(SummaryTables.SUMMARY_COLUMNS, t.columns());
        assertEquals(6, t.rows().size());
        assertEquals(List.of("pcr", "resnet34", "balanced_accuracy"), t.rows().get(0).subList(0, 3));
        Golden.assertClose(0.8, Golden.number(t, 0, "mean"), 1e-15, "mean");
        Golden.assertClose(0.1, Golden.number(t, 0, "sd"), 1e-15, "sd");
        assertEquals(3, Golden.number(t, 0, "partitions"));
        Golden.assertClose(0.7, Golden.number(t, 1, "mean"), 1e-15, "sensitivity mean");
        Golden.assertClose(Math.sqrt(0.07), Golden.number(t, 1, "sd"), 1e-15, "sensitivity sd");
        Golden.assertClose(0.0, Golden.number(t, 5, "sd"), 0, "constant auc sd");
    }

    @Test
    void summaryMatchesNumpy() throws Exception {
        Path m = Golden.input("metrics.csv");
        List<List<Object>> rows = SummaryTables.summary(
            new Evaluation(InputReader.metrics(TableSource.of(m)), m.toString()));
        CsvTable exp = Golden.expected("summary.csv");
        assertEquals(exp.rows().size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            String what = rows.get(r).subList(0, 3).toString();
            assertEquals(exp.rows().get(r).subList(0, 3), rows.get(r).subList(0, 3));
            Golden.assertClose(Golden.number(exp, r, "mean"), (Double) rows.get(r).get(3), 1e-14, what + " mean");
            Golden.assertClose(Golden.number(exp, r, "sd"), (Double) rows.get(r).get(4), 1e-12, what + " sd");
            assertEquals(5, rows.get(r).get(5));
        }
    }
}
