package org.nacrad.learn;

/** What a fitting step does with missing (NaN) values in its input. */
public enum MissingValuePolicy {
    /** Refuse the input, naming the affected rows and columns (the default). */
    ERROR,
    /** Drop every row that has a missing value in one of the used columns. */
    DROP_ROWS
}
