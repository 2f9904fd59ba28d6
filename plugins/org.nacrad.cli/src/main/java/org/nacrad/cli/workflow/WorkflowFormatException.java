package org.nacrad.cli.workflow;

/** A workflow file or source that cannot be loaded; the message names the file and the problem. */
public final class WorkflowFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowFormatException(String message) {
        super(message);
    }

    public WorkflowFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
