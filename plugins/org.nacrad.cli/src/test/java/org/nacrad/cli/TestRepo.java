package org.nacrad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;

/** Locates the checkout (tests run from a bundle folder) and points the node catalogue at the node bundle. */
public final class TestRepo {

    public static final KnwfWriter.BundleInfo BUNDLE =
        new KnwfWriter.BundleInfo("NACRad KNIME Nodes", "org.nacrad.knime", "NACRad", "0.1.0");

    private TestRepo() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("tests must run inside the NACRad checkout");
        }
        return p;
    }

    /** Bundles on the test class path are class folders without plugin.xml; name it explicitly. */
    public static void useNodeCatalog() {
        System.setProperty(NodeCatalog.PLUGIN_XML_PROPERTY,
            root().resolve("plugins/org.nacrad.knime/plugin.xml").toString());
    }
}
