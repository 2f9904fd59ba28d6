package org.nacrad.image.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/** Locations of the repository, the imaging-io goldens and ../shared, as the team layout defines them. */
final class Goldens {

    private Goldens() {
    }

    static Path root() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("plugins"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a folder with plugins/) above "
            + System.getProperty("user.dir"));
    }

    static Path golden() {
        return root().resolve("oracle/imaging-io/golden");
    }

    static Path inputs() {
        return golden().resolve("inputs");
    }

    /** ../shared, or the test is skipped with a message if that folder is absent. */
    static Path shared() {
        Path s = root().resolveSibling("shared");
        Assumptions.assumeTrue(Files.isDirectory(s), "shared data folder " + s + " is absent; skipping");
        return s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(golden().resolve(name)));
    }

    static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] d = new double[l.size()];
        for (int k = 0; k < d.length; k++) {
            d[k] = ((Number) l.get(k)).doubleValue();
        }
        return d;
    }

    static int[] ints(Object list) {
        double[] d = doubles(list);
        int[] r = new int[d.length];
        for (int k = 0; k < d.length; k++) {
            r[k] = (int) d[k];
        }
        return r;
    }
}
