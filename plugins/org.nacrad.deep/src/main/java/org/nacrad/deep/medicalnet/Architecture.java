package org.nacrad.deep.medicalnet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The residual blocks of a MedicalNet backbone and the state-dict keys and shapes they imply. Stages: planes 64, 128,
 * 256, 512; stride 2 only in the first block of layer2; dilation 2 in layer3 and 4 in layer4 (which keep the
 * resolution). A block projects its shortcut when its stride is not 1 or its input channels differ from its output.
 */
public final class Architecture {

    static final int[] PLANES = {64, 128, 256, 512};
    static final int[] STRIDE = {1, 2, 1, 1};
    static final int[] DILATION = {1, 1, 2, 4};
    static final int STEM_CHANNELS = 64;

    /** One residual block; {@code prefix} is its state-dict prefix, e.g. "layer3.0.". */
    public record Block(String prefix, int in, int planes, int out, int stride, int dilation, boolean projects) {
    }

    private Architecture() {
    }

    public static List<Block> blocks(Depth depth) {
        List<Block> blocks = new ArrayList<>();
        int in = STEM_CHANNELS;
        for (int stage = 0; stage < 4; stage++) {
            int planes = PLANES[stage];
            int out = planes * depth.expansion();
            for (int i = 0; i < depth.blocks(stage); i++) {
                int stride = i == 0 ? STRIDE[stage] : 1;
                boolean projects = stride != 1 || in != out;
                blocks.add(new Block("layer" + (stage + 1) + "." + i + ".", in, planes, out, stride, DILATION[stage], projects));
                in = out;
            }
        }
        return Collections.unmodifiableList(blocks);
    }

    /** Kernel size of each conv of a block's main path: 3,3 (BasicBlock) or 1,3,1 (Bottleneck). */
    static int[] kernels(Depth depth) {
        return depth.bottleneck() ? new int[] {1, 3, 1} : new int[] {3, 3};
    }

    /** Output channels of each conv of a block's main path. */
    static int[] convOutputs(Depth depth, Block b) {
        return depth.bottleneck() ? new int[] {b.planes(), b.planes(), b.out()} : new int[] {b.planes(), b.out()};
    }

    /**
     * Every floating-point tensor of the backbone's state dict (MedicalNet key names without {@code module.}) with
     * its shape, in PyTorch's registration order. BatchNorm's int64 {@code num_batches_tracked} is not listed.
     */
    public static Map<String, int[]> expectedShapes(Depth depth) {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        shapes.put("conv1.weight", new int[] {STEM_CHANNELS, 1, 7, 7, 7});
        batchNorm(shapes, "bn1.", STEM_CHANNELS);
        int[] k = kernels(depth);
        for (Block b : blocks(depth)) {
            int[] outs = convOutputs(depth, b);
            int in = b.in();
            for (int c = 0; c < k.length; c++) {
                shapes.put(b.prefix() + "conv" + (c + 1) + ".weight", new int[] {outs[c], in, k[c], k[c], k[c]});
                batchNorm(shapes, b.prefix() + "bn" + (c + 1) + ".", outs[c]);
                in = outs[c];
            }
            if (b.projects() && depth.shortcut() == Depth.Shortcut.B) {
                shapes.put(b.prefix() + "downsample.0.weight", new int[] {b.out(), b.in(), 1, 1, 1});
                batchNorm(shapes, b.prefix() + "downsample.1.", b.out());
            }
        }
        return shapes;
    }

    private static void batchNorm(Map<String, int[]> shapes, String prefix, int channels) {
        for (String name : new String[] {"weight", "bias", "running_mean", "running_var"}) {
            shapes.put(prefix + name, new int[] {channels});
        }
    }
}
