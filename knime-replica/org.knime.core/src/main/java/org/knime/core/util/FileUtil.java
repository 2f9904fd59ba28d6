/*
 * NACRad — replica of the KNIME API for compilation, tests and the headless runner (never shipped).
 * GPL-3.0-or-later. Member signatures follow KNIME 5.3; the behaviour is our own.
 */
package org.knime.core.util;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nacrad.replica.harness.WorkflowContext;

/**
 * File helpers. Only the two members extensions use to resolve path settings are replicated: {@code knime://}
 * URLs relative to the workflow resolve against the directory the harness sets ({@link WorkflowContext}).
 */
public final class FileUtil {

    private static final URLStreamHandler KNIME_PROTOCOL = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(final URL u) throws IOException {
            File f = getFileFromURL(u);
            if (f == null) {
                throw new IOException("Cannot resolve " + u);
            }
            return f.toURI().toURL().openConnection();
        }
    };

    private FileUtil() {
    }

    /**
     * Returns the local file of a 'file' or 'knime' URL; for knime URLs only workflow-relative ones
     * ({@code knime://knime.workflow/...}) are local here.
     */
    public static File getFileFromURL(final URL fileUrl) {
        if (fileUrl.getProtocol().equalsIgnoreCase("file")) {
            try {
                return new File(fileUrl.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return new File(URLDecoder.decode(fileUrl.getPath(), StandardCharsets.UTF_8));
            }
        }
        if (!fileUrl.getProtocol().equalsIgnoreCase("knime")) {
            throw new IllegalArgumentException("Not a file or knime URL: " + fileUrl);
        }
        if (!"knime.workflow".equals(fileUrl.getHost())) {
            return null;
        }
        Path dir = WorkflowContext.workflowDirectory()
            .orElseThrow(() -> new IllegalArgumentException("No workflow context to resolve " + fileUrl));
        String rel = URLDecoder.decode(fileUrl.getPath(), StandardCharsets.UTF_8);
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        return dir.resolve(rel).normalize().toFile();
    }

    /** A URL for a URL string (knime URLs included) or a local path. */
    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        try {
            if (path.regionMatches(true, 0, "knime:", 0, 6)) {
                return new URL(null, path.replace(" ", "%20"), KNIME_PROTOCOL);
            }
            return new URL(path.replace(" ", "%20"));
        } catch (MalformedURLException ex) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }
}
