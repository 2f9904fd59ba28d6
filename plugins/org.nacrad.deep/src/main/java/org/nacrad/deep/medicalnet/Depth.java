package org.nacrad.deep.medicalnet;

/**
 * The MedicalNet backbones with released checkpoints, as MedicalNet's models/resnet.py and README define them:
 * block type, blocks per stage, and the shortcut type each released checkpoint was trained with (A: parameter-free
 * strided identity with zero channels appended; B: 1×1×1 convolution + BatchNorm projection).
 */
public enum Depth {
    RESNET10(10, false, new int[] {1, 1, 1, 1}, Shortcut.B),
    RESNET18(18, false, new int[] {2, 2, 2, 2}, Shortcut.A),
    RESNET34(34, false, new int[] {3, 4, 6, 3}, Shortcut.A),
    RESNET50(50, true, new int[] {3, 4, 6, 3}, Shortcut.B);

    /** How a block whose input and output differ in size or channels forms its shortcut. */
    public enum Shortcut {
        A, B
    }

    private final int layers;
    private final boolean bottleneck;
    private final int[] blocksPerStage;
    private final Shortcut shortcut;

    Depth(int layers, boolean bottleneck, int[] blocksPerStage, Shortcut shortcut) {
        this.layers = layers;
        this.bottleneck = bottleneck;
        this.blocksPerStage = blocksPerStage;
        this.shortcut = shortcut;
    }

    public static Depth of(int layers) {
        for (Depth d : values()) {
            if (d.layers == layers) {
                return d;
            }
        }
        throw new IllegalArgumentException("MedicalNet depth must be 10, 18, 34 or 50, not " + layers);
    }

    public int layers() {
        return layers;
    }

    public boolean bottleneck() {
        return bottleneck;
    }

    /** Channel multiplier of a block's output: 4 for Bottleneck, 1 for BasicBlock. */
    public int expansion() {
        return bottleneck ? 4 : 1;
    }

    public int blocks(int stage) {
        return blocksPerStage[stage];
    }

    public Shortcut shortcut() {
        return shortcut;
    }

    /** Length of the feature vector: channels of layer4 after global average pooling. */
    public int featureCount() {
        return 512 * expansion();
    }

    @Override
    public String toString() {
        return "ResNet" + layers + " (shortcut " + shortcut + ")";
    }
}
