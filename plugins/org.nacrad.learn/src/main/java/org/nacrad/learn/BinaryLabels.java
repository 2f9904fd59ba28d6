package org.nacrad.learn;

import java.util.Arrays;

/** Class labels of a binary task, coded 0 (negative) and 1 (positive); immutable. */
public final class BinaryLabels {

    private final int[] values;

    /** Copies {@code values}; every entry must be 0 or 1. */
    public BinaryLabels(int[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && values[i] != 1) {
                throw new IllegalArgumentException("label of row " + (i + 1) + " is " + values[i]
                        + "; binary labels must be 0 or 1");
            }
        }
        this.values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public int get(int row) {
        return values[row];
    }

    public int[] toArray() {
        return values.clone();
    }

    /** Number of rows with label {@code cls}. */
    public int count(int cls) {
        int n = 0;
        for (int v : values) {
            n += v == cls ? 1 : 0;
        }
        return n;
    }

    /** Indices of the rows with label {@code cls}, ascending. */
    public int[] indicesOf(int cls) {
        return java.util.stream.IntStream.range(0, values.length).filter(i -> values[i] == cls).toArray();
    }

    /** The smaller class (1 on a tie). */
    public int minorityClass() {
        return count(0) < count(1) ? 0 : 1;
    }

    public BinaryLabels subset(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new BinaryLabels(out);
    }

    /** Fails naming {@code what} unless both classes are present. */
    public void requireBothClasses(String what) {
        int pos = count(1);
        if (pos == 0 || pos == values.length) {
            throw new IllegalArgumentException(what + " contains only class " + (pos == 0 ? 0 : 1) + " ("
                    + values.length + " rows); both classes are needed");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryLabels b && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
