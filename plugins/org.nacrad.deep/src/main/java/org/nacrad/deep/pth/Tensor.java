package org.nacrad.deep.pth;

import java.util.Arrays;

/**
 * A dense tensor in row-major (C) order, as PyTorch indexes it. Exactly one of the typed arrays is present, chosen
 * by {@link #dtype()}; float32 is kept as float so large checkpoints do not double in memory.
 */
public final class Tensor {

    private final DType dtype;
    private final int[] shape;
    private final float[] floats;
    private final double[] doubles;
    private final long[] longs;

    private Tensor(DType dtype, int[] shape, float[] floats, double[] doubles, long[] longs, int length) {
        if (numel(shape) != length) {
            throw new IllegalArgumentException(
                "shape " + Arrays.toString(shape) + " needs " + numel(shape) + " values, got " + length);
        }
        this.dtype = dtype;
        this.shape = shape.clone();
        this.floats = floats;
        this.doubles = doubles;
        this.longs = longs;
    }

    public static Tensor ofFloat32(int[] shape, float[] values) {
        return new Tensor(DType.FLOAT32, shape, values, null, null, values.length);
    }

    public static Tensor ofFloat64(int[] shape, double[] values) {
        return new Tensor(DType.FLOAT64, shape, null, values, null, values.length);
    }

    public static Tensor ofInt64(int[] shape, long[] values) {
        return new Tensor(DType.INT64, shape, null, null, values, values.length);
    }

    public DType dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int numel() {
        return (int) numel(shape);
    }

    /** The values as float32 (a copy; float64 and int64 are rounded). */
    public float[] toFloatArray() {
        float[] out = new float[numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dtype) {
                case FLOAT32 -> floats[i];
                case FLOAT64 -> (float) doubles[i];
                case INT64 -> longs[i];
            };
        }
        return out;
    }

    /** The values as float64 (a copy). */
    public double[] toDoubleArray() {
        double[] out = new double[numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dtype) {
                case FLOAT32 -> floats[i];
                case FLOAT64 -> doubles[i];
                case INT64 -> longs[i];
            };
        }
        return out;
    }

    /** The values of an int64 tensor (a copy). */
    public long[] toLongArray() {
        if (dtype != DType.INT64) {
            throw new IllegalStateException("tensor is " + dtype + ", not INT64");
        }
        return longs.clone();
    }

    static long numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    @Override
    public String toString() {
        return dtype + Arrays.toString(shape);
    }
}
