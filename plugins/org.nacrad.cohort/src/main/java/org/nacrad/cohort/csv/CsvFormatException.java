package org.nacrad.cohort.csv;

/** A CSV file that cannot be read as a table; the message names the file, line and column. */
public final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
