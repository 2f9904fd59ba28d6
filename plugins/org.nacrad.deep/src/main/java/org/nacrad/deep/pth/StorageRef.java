package org.nacrad.deep.pth;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A storage named by a persistent id; its bytes arrive later (legacy format) or on demand (zip format). */
final class StorageRef {

    final String key;
    final DType dtype;
    final long numel;
    private ByteBuffer data;

    StorageRef(String key, DType dtype, long numel) {
        this.key = key;
        this.dtype = dtype;
        this.numel = numel;
    }

    void setData(byte[] bytes, ByteOrder order, String source) throws PthFormatException {
        if (bytes.length != numel * dtype.elementSize()) {
            throw new PthFormatException(source + ": storage " + key + " holds " + bytes.length + " bytes, but "
                + numel + " " + dtype + " elements need " + numel * dtype.elementSize());
        }
        data = ByteBuffer.wrap(bytes).order(order);
    }

    boolean loaded() {
        return data != null;
    }

    ByteBuffer data() {
        return data;
    }
}
