package org.nacrad.image;

/** The voxel type a volume was stored with; kept so writers round-trip it and integer semantics stay visible. */
public enum PixelType {
    UINT8(true), INT8(true), UINT16(true), INT16(true), UINT32(true), INT32(true), UINT64(true), INT64(true),
    FLOAT32(false), FLOAT64(false);

    private final boolean integer;

    PixelType(boolean integer) {
        this.integer = integer;
    }

    public boolean isInteger() {
        return integer;
    }
}
