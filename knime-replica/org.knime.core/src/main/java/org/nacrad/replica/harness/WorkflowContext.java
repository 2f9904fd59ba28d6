/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The directory of the workflow being run, against which {@code knime://knime.workflow/} URLs resolve, and the run's
 * work directory, which holds the file stores nodes create.
 */
public final class WorkflowContext {

    private static volatile Path workflowDirectory;
    private static volatile Path workDirectory;
    private static final java.util.Map<Object, Path> EXECUTIONS =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    private WorkflowContext() {
    }

    public static void setWorkflowDirectory(final Path dir) {
        workflowDirectory = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    public static Optional<Path> workflowDirectory() {
        return Optional.ofNullable(workflowDirectory);
    }

    /** Sets the folder that holds file stores (the headless runner uses the run's work folder). */
    public static void setWorkDirectory(final Path dir) {
        workDirectory = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    /** The work directory; a fresh temporary folder if none was set. */
    public static synchronized Path workDirectory() throws java.io.IOException {
        if (workDirectory == null) {
            workDirectory = java.nio.file.Files.createTempDirectory("nacrad-work-");
        }
        return workDirectory;
    }

    /** A folder of its own for each execution context, so file store names of different nodes never clash. */
    public static Path executionDirectory(final Object executionContext) throws java.io.IOException {
        Path work = workDirectory();
        synchronized (EXECUTIONS) {
            Path dir = EXECUTIONS.get(executionContext);
            if (dir == null) {
                dir = work.resolve(String.format("exec-%05d", COUNTER.incrementAndGet()));
                EXECUTIONS.put(executionContext, dir);
            }
            return dir;
        }
    }
}
