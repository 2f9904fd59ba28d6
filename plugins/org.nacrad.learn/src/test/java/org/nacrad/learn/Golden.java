package org.nacrad.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.nacrad.learn.io.CsvTable;

/** Locates and reads the oracle goldens under {@code <root>/oracle/learn/golden}. */
public final class Golden {

    private Golden() {
    }

    public static Path root() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        Assertions.assertNotNull(p, "no repository root (a directory containing plugins/) above user.dir");
        return p;
    }

    public static Path file(String area, String name) {
        return root().resolve("oracle/learn/golden").resolve(area).resolve(name);
    }

    public static CsvTable csv(String area, String name) {
        try {
            return CsvTable.read(file(area, name));
        } catch (IOException e) {
            throw new AssertionError("cannot read golden " + file(area, name), e);
        }
    }

    /** Asserts equality within {@code tol} absolutely or relatively (whichever is looser), naming {@code what}. */
    public static void assertClose(double expected, double actual, double tol, String what) {
        double err = Math.abs(expected - actual);
        if (Double.isNaN(expected) && Double.isNaN(actual) || expected == actual) {
            return;
        }
        if (!(err <= tol || err <= tol * Math.abs(expected))) {
            Assertions.fail(what + ": expected " + expected + " but got " + actual + " (diff " + err + ")");
        }
    }
}
