package org.nacrad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.nacrad.cli.workflow.KnwfWriter;

/** Reads the node bundle's identity (name, symbolic name, vendor, version) from its MANIFEST.MF. */
final class BundleInfos {

    static final String NODE_BUNDLE = "org.nacrad.knime";

    private BundleInfos() {
    }

    /** major.minor.micro without the build qualifier, so rebuilt workflows are byte-identical. */
    static String release(String version) {
        String[] parts = version.split("\\.");
        return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version;
    }

    static KnwfWriter.BundleInfo nodeBundle() throws IOException, Main.UsageException {
        for (URL url : Collections.list(BundleInfos.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            try (InputStream in = url.openStream()) {
                Attributes a = new Manifest(in).getMainAttributes();
                String bsn = a.getValue("Bundle-SymbolicName");
                if (bsn != null && bsn.split(";")[0].trim().equals(NODE_BUNDLE)) {
                    return new KnwfWriter.BundleInfo(a.getValue("Bundle-Name"), NODE_BUNDLE,
                        a.getValue("Bundle-Vendor"), release(a.getValue("Bundle-Version")));
                }
            }
        }
        throw new Main.UsageException("the " + NODE_BUNDLE + " bundle manifest is not on the class path");
    }
}
