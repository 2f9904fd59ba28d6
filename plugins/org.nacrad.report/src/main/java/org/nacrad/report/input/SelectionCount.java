package org.nacrad.report.input;

/** One row of the selection-frequency input: how many partitions selected {@code feature} for a criterion × model. */
public record SelectionCount(String criterion, String model, String feature, int count) {
}
