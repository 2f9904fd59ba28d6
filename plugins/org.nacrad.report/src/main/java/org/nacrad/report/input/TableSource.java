package org.nacrad.report.input;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A metrics or selection-frequency CSV, optionally tagged with the criterion and model its rows belong to. Untagged
 * files carry {@code criterion} and {@code model} columns; a tagged file may lack them (e.g. the Repeated Split
 * Scorer's own per-partition or frequency table), and where it has them they must agree with the tag.
 */
public record TableSource(Path file, String criterion, String model) {

    public TableSource {
        if ((criterion == null) != (model == null)) {
            throw new IllegalArgumentException("a table tag needs both criterion and model");
        }
    }

    public static TableSource of(Path file) {
        return new TableSource(file, null, null);
    }

    /** {@code FILE} or {@code CRITERION/MODEL=FILE}; an existing file of that exact name is taken as a file. */
    public static TableSource parse(String spec) {
        if (Files.exists(Path.of(spec))) {
            return of(Path.of(spec));
        }
        int eq = spec.indexOf('=');
        int slash = eq > 0 ? spec.lastIndexOf('/', eq) : -1;
        if (eq > 0 && slash > 0 && slash < eq - 1) {
            return new TableSource(Path.of(spec.substring(eq + 1)), spec.substring(0, slash).trim(),
                spec.substring(slash + 1, eq).trim());
        }
        return of(Path.of(spec));
    }

    boolean tagged() {
        return criterion != null;
    }
}
