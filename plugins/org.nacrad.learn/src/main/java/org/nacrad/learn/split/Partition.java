package org.nacrad.learn.split;

/** One train/test partition of the rows 0..n-1; both index arrays are ascending and disjoint. */
public record Partition(int index, int[] train, int[] test) {

    public Partition {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }
}
