package org.nacrad.report.input;

/** A report input that breaks its contract; the message names the file, and the line and column where known. */
public final class ReportInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportInputException(String message) {
        super(message);
    }

    public ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
