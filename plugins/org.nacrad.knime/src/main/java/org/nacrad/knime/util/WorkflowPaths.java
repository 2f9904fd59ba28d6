package org.nacrad.knime.util;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Resolves a path setting that is either a local file path or a KNIME URL such as
 * {@code knime://knime.workflow/../data/manifest.csv} (relative to the workflow), so shipped workflows can point at
 * data next to them.
 */
public final class WorkflowPaths {

    private WorkflowPaths() {
    }

    public static Path resolve(String setting, String what) throws InvalidSettingsException {
        if (setting == null || setting.isBlank()) {
            throw new InvalidSettingsException("No " + what + " is set.");
        }
        String s = setting.trim();
        if (!s.startsWith("knime:") && !s.startsWith("file:")) {
            return Path.of(s).toAbsolutePath().normalize();
        }
        try {
            File f = FileUtil.getFileFromURL(FileUtil.toURL(s));
            if (f == null) {
                throw new InvalidSettingsException("The " + what + " URL '" + s + "' does not point to a local file.");
            }
            return f.toPath().toAbsolutePath().normalize();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new InvalidSettingsException("The " + what + " '" + s + "' is not a valid path or URL: "
                + e.getMessage(), e);
        }
    }
}
