package org.nacrad.deep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the repository root (first ancestor of user.dir holding plugins/) and the deep-features goldens. */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static Path repoRoot() {
        for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("plugins"))) {
                return p;
            }
        }
        throw new IllegalStateException("no directory with plugins/ above " + System.getProperty("user.dir"));
    }

    /** {@code <root>/oracle/deep/golden/<relative>}. */
    public static Path golden(String relative) {
        return repoRoot().resolve("oracle/deep/golden").resolve(relative);
    }
}
