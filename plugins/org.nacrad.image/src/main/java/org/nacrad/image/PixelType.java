package org.nacrad.image;

/** The voxel type a volume was stored with; kept so writers round-trip it and integer semantics stay visible. */
public enum PixelType {
    UINT8(true, 1), INT8(true, 1), UINT16(true, 2), INT16(true, 2), UINT32(true, 4), INT32(true, 4), UINT64(true, 8),
    INT64(true, 8), FLOAT32(false, 4), FLOAT64(false, 8);

    private final boolean integer;
    private final int bytes;

    PixelType(boolean integer, int bytes) {
        this.integer = integer;
        this.bytes = bytes;
    }

    public boolean isInteger() {
        return integer;
    }

    /** Bytes one voxel takes on disk. */
    public int bytes() {
        return bytes;
    }
}
