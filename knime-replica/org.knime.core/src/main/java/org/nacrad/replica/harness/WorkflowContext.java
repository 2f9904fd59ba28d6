/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.nio.file.Path;
import java.util.Optional;

/** The directory of the workflow being run, against which {@code knime://knime.workflow/} URLs resolve. */
public final class WorkflowContext {

    private static volatile Path workflowDirectory;

    private WorkflowContext() {
    }

    public static void setWorkflowDirectory(final Path dir) {
        workflowDirectory = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    public static Optional<Path> workflowDirectory() {
        return Optional.ofNullable(workflowDirectory);
    }
}
