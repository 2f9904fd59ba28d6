package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Locates the repository root, the shared data folder and the oracle goldens (see the team brief). */
final class TestData {

    private TestData() {
    }

    static Path root() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root (folder with plugins/) above " + System.getProperty(
                "user.dir"));
        }
        return p;
    }

    /** {@code <root>/../shared/<sub>}; skips the test when the shared folder is absent. */
    static Path shared(String sub) {
        Path shared = root().getParent().resolve("shared");
        assumeTrue(Files.isDirectory(shared), "shared data folder absent: " + shared);
        return shared.resolve(sub);
    }

    static Path golden(String sub) {
        return root().resolve("oracle/radiomics/golden").resolve(sub);
    }

    /** JSON is a YAML subset: parse it with SnakeYAML. */
    static Object json(Path file) throws IOException {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(64 * 1024 * 1024);
        try (Reader r = Files.newBufferedReader(file)) {
            return new Yaml(o).load(r);
        }
    }

    /** Minimal CSV reader for the baseline files (quoted fields may contain commas). */
    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ',' && !quoted) {
                    cells.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            cells.add(cur.toString());
            rows.add(cells);
        }
        return rows;
    }
}
