package org.nacrad.deep.pth;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A strided view into a storage, as torch pickles a tensor; materialised into a dense {@link Tensor} once loaded. */
final class TensorRef {

    private final StorageRef storage;
    private final long offset;
    private final int[] size;
    private final long[] stride;

    TensorRef(StorageRef storage, long offset, int[] size, long[] stride) {
        this.storage = storage;
        this.offset = offset;
        this.size = size;
        this.stride = stride;
    }

    Tensor materialise(String name, String source) throws PthFormatException {
        if (!storage.loaded()) {
            throw new PthFormatException(source + ": storage " + storage.key + " of tensor '" + name + "' has no data");
        }
        if (stride.length != size.length) {
            throw new PthFormatException(source + ": tensor '" + name + "' has " + size.length + " sizes but "
                + stride.length + " strides");
        }
        long n = Tensor.numel(size);
        if (n > Integer.MAX_VALUE) {
            throw new PthFormatException(source + ": tensor '" + name + "' is too large (" + n + " elements)");
        }
        if (isContiguous() && offset >= 0 && offset + n <= storage.numel) {
            return contiguous((int) n);
        }
        long[] positions = positions((int) n);
        for (long p : positions) {
            if (p < 0 || p >= storage.numel) {
                throw new PthFormatException(source + ": tensor '" + name + "' (size " + Arrays.toString(size)
                    + ", stride " + Arrays.toString(stride) + ", offset " + offset + ") reaches outside its storage of "
                    + storage.numel + " elements");
            }
        }
        ByteBuffer b = storage.data();
        int es = storage.dtype.elementSize();
        switch (storage.dtype) {
            case FLOAT32: {
                float[] v = new float[(int) n];
                for (int i = 0; i < v.length; i++) {
                    v[i] = b.getFloat((int) (positions[i] * es));
                }
                return Tensor.ofFloat32(size, v);
            }
            case FLOAT64: {
                double[] v = new double[(int) n];
                for (int i = 0; i < v.length; i++) {
                    v[i] = b.getDouble((int) (positions[i] * es));
                }
                return Tensor.ofFloat64(size, v);
            }
            default: {
                long[] v = new long[(int) n];
                for (int i = 0; i < v.length; i++) {
                    v[i] = b.getLong((int) (positions[i] * es));
                }
                return Tensor.ofInt64(size, v);
            }
        }
    }

    private boolean isContiguous() {
        long expected = 1;
        for (int d = size.length - 1; d >= 0; d--) {
            if (size[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= size[d];
        }
        return true;
    }

    private Tensor contiguous(int n) {
        ByteBuffer b = storage.data().duplicate().order(storage.data().order());
        b.position((int) (offset * storage.dtype.elementSize()));
        switch (storage.dtype) {
            case FLOAT32: {
                float[] v = new float[n];
                b.asFloatBuffer().get(v);
                return Tensor.ofFloat32(size, v);
            }
            case FLOAT64: {
                double[] v = new double[n];
                b.asDoubleBuffer().get(v);
                return Tensor.ofFloat64(size, v);
            }
            default: {
                long[] v = new long[n];
                b.asLongBuffer().get(v);
                return Tensor.ofInt64(size, v);
            }
        }
    }

    /** Storage element of each tensor element in row-major order: offset + Σ index_k · stride_k. */
    private long[] positions(int n) {
        long[] pos = new long[n];
        int[] idx = new int[size.length];
        long p = offset;
        for (int i = 0; i < n; i++) {
            pos[i] = p;
            for (int d = size.length - 1; d >= 0; d--) {
                idx[d]++;
                p += stride[d];
                if (idx[d] < size[d]) {
                    break;
                }
                p -= stride[d] * size[d];
                idx[d] = 0;
            }
        }
        return pos;
    }
}
