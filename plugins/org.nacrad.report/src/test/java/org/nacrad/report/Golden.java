package org.nacrad.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/** The report oracle's goldens under {@code <root>/oracle/report/golden} (written by oracle/report/gen_report.py). */
public final class Golden {

    private Golden() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        Assertions.assertNotNull(p, "no repository root (a directory containing plugins/) above user.dir");
        return p;
    }

    public static Path input(String name) {
        return root().resolve("oracle/report/golden/inputs").resolve(name);
    }

    public static Report.Inputs inputs() {
        return Report.Inputs.of(input("metrics.csv"), input("frequency.csv"), input("features.csv"),
            input("clinical.csv"), null);
    }

    public static CsvTable expected(String name) {
        return csv(root().resolve("oracle/report/golden/expected").resolve(name));
    }

    public static CsvTable csv(Path file) {
        try {
            return CsvReader.read(file, Map.of());
        } catch (IOException | org.nacrad.cohort.csv.CsvFormatException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The value of {@code column} in row r as text (null for an empty field). */
    public static String text(CsvTable t, int r, String column) {
        Object v = t.rows().get(r).get(t.columnIndex(column));
        return v == null ? null : v.toString();
    }

    public static double number(CsvTable t, int r, String column) {
        Object v = t.rows().get(r).get(t.columnIndex(column));
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /** Equality within {@code tol} absolutely or relatively, whichever is looser. */
    public static void assertClose(double expected, double actual, double tol, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual) || expected == actual) {
            return;
        }
        double err = Math.abs(expected - actual);
        if (!(err <= tol || err <= tol * Math.abs(expected))) {
            Assertions.fail(what + ": expected " + expected + " but got " + actual + " (diff " + err + ")");
        }
    }
}
