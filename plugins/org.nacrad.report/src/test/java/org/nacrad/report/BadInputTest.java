package org.nacrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.report.input.InputReader;
import org.nacrad.report.input.TableSource;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.tables.Evaluation;
import org.nacrad.report.tables.SummaryTables;

/** Broken inputs fail with a message naming the file and the column (or row key) at fault. */
class BadInputTest {

    private static final String HEADER = "criterion,model,partition,balanced_accuracy,sensitivity,specificity,"
        + "precision,f1,auc\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertNames(ReportInputException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void missingMetricColumn() throws Exception {
        Path m = file("metrics.csv", "criterion,model,partition,balanced_accuracy\npcr,a,1,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(TableSource.of(m))), "metrics.csv",
            "missing column 'sensitivity'");
    }

    @Test
    void nonNumericMetric() throws Exception {
        Path m = file("metrics.csv", HEADER + "pcr,a,1,0.5,0.5,0.5,0.5,0.5,high\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(TableSource.of(m))), "metrics.csv",
            "line 2", "'auc'", "high");
    }

    @Test
    void metricOutsideUnitInterval() throws Exception {
        Path m = file("metrics.csv", HEADER + "pcr,a,1,0.5,0.5,1.5,0.5,0.5,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(TableSource.of(m))), "metrics.csv",
            "'specificity'", "1.5");
    }

    @Test
    void emptyKeyAndDuplicatePartition() throws Exception {
        Path empty = file("m1.csv", HEADER + "pcr,,1,0.5,0.5,0.5,0.5,0.5,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(TableSource.of(empty))), "m1.csv",
            "column 'model' is empty");
        Path dup = file("m2.csv", HEADER + "pcr,a,1,0.5,0.5,0.5,0.5,0.5,0.5\npcr,a,1,0.6,0.5,0.5,0.5,0.5,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(TableSource.of(dup))), "m2.csv", "line 3",
            "partition '1' appears twice");
    }

    @Test
    void modelsOnDifferentPartitions() throws Exception {
        Path m = file("metrics.csv", HEADER + "pcr,a,1,0.5,0.5,0.5,0.5,0.5,0.5\npcr,a,2,0.5,0.5,0.5,0.5,0.5,0.5\n"
            + "pcr,b,1,0.5,0.5,0.5,0.5,0.5,0.5\npcr,b,3,0.5,0.5,0.5,0.5,0.5,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> new Evaluation(InputReader.metrics(TableSource.of(m)), m.toString())), "metrics.csv", "model 'b'",
            "[1, 3]");
    }

    @Test
    void frequencyCountAboveThePartitions() throws Exception {
        Path m = file("metrics.csv", HEADER + "pcr,a,1,0.5,0.5,0.5,0.5,0.5,0.5\npcr,a,2,0.5,0.5,0.5,0.5,0.5,0.5\n");
        Path f = file("freq.csv", "criterion,model,feature,count\npcr,a,age,3\n");
        Evaluation e = new Evaluation(InputReader.metrics(TableSource.of(m)), m.toString());
        assertNames(assertThrows(ReportInputException.class,
            () -> SummaryTables.check(InputReader.frequency(TableSource.of(f)), e, f)), "freq.csv", "'count'", "age");
        Path g = file("freq2.csv", "criterion,model,feature,count\npcr,a,age,two\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.frequency(TableSource.of(g))), "freq2.csv",
            "'count'", "two");
        Path h = file("freq3.csv", "criterion,model,feature,count\npcr,zz,age,1\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> SummaryTables.check(InputReader.frequency(TableSource.of(h)), e, h)), "freq3.csv", "model 'zz'");
    }

    /** A tagged file (criterion/model given for it) may lack those columns, but must not contradict them. */
    @Test
    void taggedTables() throws Exception {
        Path scorer = file("scorer.csv", "RowID,partition,test_rows,balanced_accuracy,sensitivity,specificity,"
            + "precision,f1,auc,tp,fp,tn,fn\nRow0,0,36,0.5,0.5,0.5,0.5,0.5,0.5,9,9,9,9\n");
        assertEquals(List.of("pcr", "resnet34", "0"), InputReader.metrics(TableSource.parse("pcr/resnet34=" + scorer))
            .stream().flatMap(m -> java.util.stream.Stream.of(m.criterion(), m.model(), m.partition())).toList());
        Path wrong = file("tagged.csv", HEADER + "response,resnet34,1,0.5,0.5,0.5,0.5,0.5,0.5\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.metrics(new TableSource(wrong, "pcr", "resnet34"))), "tagged.csv", "column 'criterion'",
            "'response'");
        Path twice = file("again.csv", HEADER + "pcr,resnet34,0,0.5,0.5,0.5,0.5,0.5,0.5\n"
            + "pcr,resnet34,1,0.5,0.5,0.5,0.5,0.5,0.5\n");
        List<org.nacrad.report.input.PartitionMetrics> rows = new java.util.ArrayList<>(
            InputReader.metrics(TableSource.parse("pcr/resnet34=" + scorer)));
        rows.addAll(InputReader.metrics(TableSource.of(twice)));
        assertNames(assertThrows(ReportInputException.class, () -> new Evaluation(rows, "scorer.csv, again.csv")),
            "scorer.csv, again.csv", "partition '0'", "more than one file");
    }

    @Test
    void patientTables() throws Exception {
        Path noOutcome = file("clinical.csv", "patient_id,pcr,age\nP1,1,50\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.patients(noOutcome, List.of("pcr", "response"), Set.of())), "clinical.csv",
            "missing column 'response'");
        Path badOutcome = file("features.csv", "patient_id,pcr,f\nP1,1,0.2\nP2,yes,0.3\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.patients(badOutcome, List.of("pcr"), Set.of())), "features.csv", "line 3",
            "column 'pcr'", "yes");
        Path dupId = file("f2.csv", "patient_id,pcr,f\nP1,1,0.2\nP1,0,0.3\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.patients(dupId, List.of("pcr"), Set.of())), "f2.csv", "'patient_id'", "P1");
        Path noId = file("f3.csv", "id,pcr,f\nP1,1,0.2\n");
        assertNames(assertThrows(ReportInputException.class,
            () -> InputReader.patients(noId, List.of("pcr"), Set.of())), "f3.csv", "missing column 'patient_id'");
    }

    @Test
    void selectedFeatureMissingFromBothPatientTables() throws Exception {
        Path f = file("freq.csv", Files.readString(Golden.input("frequency.csv")).replace("t2_intra_deep_17,5",
            "nowhere_feature,5"));
        Report.Inputs in = Report.Inputs.of(Golden.input("metrics.csv"), f, Golden.input("features.csv"),
            Golden.input("clinical.csv"), null);
        assertNames(assertThrows(ReportInputException.class,
            () -> Report.write(in, Report.Options.defaults("0.1.0"), dir.resolve("out"))), "nowhere_feature",
            "features.csv", "clinical.csv");
    }

    @Test
    void outcomesDisagreeBetweenFeaturesAndClinical() throws Exception {
        Path x = file("features.csv", Files.readString(Golden.input("features.csv")).replace("P002,1,1,", "P002,0,1,"));
        Report.Inputs in = Report.Inputs.of(Golden.input("metrics.csv"), Golden.input("frequency.csv"), x,
            Golden.input("clinical.csv"), null);
        assertNames(assertThrows(ReportInputException.class,
            () -> Report.write(in, Report.Options.defaults("0.1.0"), dir.resolve("out"))), "patient 'P002'",
            "column 'pcr'", "features.csv", "clinical.csv");
    }

    @Test
    void outputIsAFile() throws Exception {
        Path out = file("report.txt", "not a folder");
        assertNames(assertThrows(ReportInputException.class,
            () -> Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), out)), "report.txt", "not a folder");
    }

    @Test
    void invalidProvenance() throws Exception {
        Path p = file("provenance.json", "{\"nacrad_version\": ");
        Report.Inputs in = Report.Inputs.of(Golden.input("metrics.csv"), Golden.input("frequency.csv"),
            Golden.input("features.csv"), Golden.input("clinical.csv"), p);
        assertNames(assertThrows(ReportInputException.class,
            () -> Report.write(in, Report.Options.defaults("0.1.0"), dir.resolve("out"))), "provenance.json");
    }
}
