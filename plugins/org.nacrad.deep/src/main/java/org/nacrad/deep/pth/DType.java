package org.nacrad.deep.pth;

/** Element types a state dict may hold that this reader decodes, with PyTorch's legacy storage class names. */
public enum DType {
    FLOAT32("FloatStorage", 4), FLOAT64("DoubleStorage", 8), INT64("LongStorage", 8);

    private final String storageClass;
    private final int elementSize;

    DType(String storageClass, int elementSize) {
        this.storageClass = storageClass;
        this.elementSize = elementSize;
    }

    /** The {@code torch.<name>} global PyTorch pickles for a storage of this type. */
    public String storageClass() {
        return storageClass;
    }

    public int elementSize() {
        return elementSize;
    }

    static DType forStorageClass(String name) {
        for (DType t : values()) {
            if (t.storageClass.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
