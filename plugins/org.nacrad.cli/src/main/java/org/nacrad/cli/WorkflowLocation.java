package org.nacrad.cli;

import java.nio.file.Path;

import org.nacrad.replica.harness.WorkflowContext;

/**
 * Where the running workflow lives, so {@code knime://knime.workflow/…} URLs in node settings resolve as in KNIME:
 * a {@code .knwf} file stands for the workflow folder of the same name beside it.
 */
final class WorkflowLocation {

    private WorkflowLocation() {
    }

    static void set(Path workflow) {
        Path abs = workflow.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        Path folder = name.endsWith(".knwf") ? abs.resolveSibling(name.substring(0, name.length() - 5)) : abs;
        WorkflowContext.setWorkflowDirectory(folder);
    }
}
