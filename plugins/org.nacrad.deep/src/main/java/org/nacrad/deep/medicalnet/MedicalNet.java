package org.nacrad.deep.medicalnet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nacrad.deep.pth.StateDict;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;

/**
 * A MedicalNet 3D ResNet backbone in DJL, inference only, with weights from a validated state dict. Input: float32
 * volumes of shape (N, 1, z, y, x); output: the global average pool of layer4 (512 or 2048 features). Build once per
 * run and reuse for every volume; every forward is an inference forward, so BatchNorm uses (and never updates) its
 * running statistics. Not thread-safe: one caller at a time.
 */
public final class MedicalNet implements AutoCloseable {

    private static final float BN_EPSILON = 1e-5f;
    private static final int INIT_SIZE = 16;

    private final Depth depth;
    private final NDManager manager;
    private final Block network;
    private final ParameterStore store;

    private MedicalNet(Depth depth, NDManager manager, Block network) {
        this.depth = depth;
        this.manager = manager;
        this.network = network;
        this.store = new ParameterStore(manager, false);
    }

    /** Builds the backbone of {@code depth} and loads {@code weights} (validated first: keys, shapes, types). */
    public static MedicalNet create(Depth depth, StateDict weights) {
        CheckpointValidator.validate(weights, depth);
        NDManager manager = TorchRuntime.pytorch().newBaseManager();
        try {
            Map<String, Block> named = new LinkedHashMap<>();
            Block network = build(depth, named);
            network.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT); // overwritten below; zeros are cheap
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 1, INIT_SIZE, INIT_SIZE, INIT_SIZE));
            network.freezeParameters(true);
            load(named, weights);
            return new MedicalNet(depth, manager, network);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public Depth depth() {
        return depth;
    }

    /**
     * Features of a batch of volumes that share one size; each volume is a float array in (z, y, x) C order, i.e.
     * x fastest, as {@code org.nacrad.image.Volume} and SimpleITK's GetArrayFromImage lay it out.
     */
    public float[][] features(List<float[]> volumes, int[] zyx) {
        int voxels = zyx[0] * zyx[1] * zyx[2];
        float[] batch = new float[volumes.size() * voxels];
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).length != voxels) {
                throw new IllegalArgumentException("volume " + i + " has " + volumes.get(i).length
                    + " voxels, the batch shape needs " + voxels);
            }
            System.arraycopy(volumes.get(i), 0, batch, i * voxels, voxels);
        }
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(batch, new Shape(volumes.size(), 1, zyx[0], zyx[1], zyx[2]));
            float[] flat = network.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            float[][] out = new float[volumes.size()][];
            int n = depth.featureCount();
            for (int i = 0; i < out.length; i++) {
                out[i] = Arrays.copyOfRange(flat, i * n, (i + 1) * n);
            }
            return out;
        }
    }

    @Override
    public void close() {
        manager.close();
    }

    private static Block build(Depth depth, Map<String, Block> named) {
        SequentialBlock net = new SequentialBlock()
            .add(conv(named, "conv1.", Architecture.STEM_CHANNELS, 7, 2, 3, 1))
            .add(batchNorm(named, "bn1."))
            .add(Activation.reluBlock())
            .add(Pool.maxPool3dBlock(cube(3), cube(2), cube(1)));
        for (Architecture.Block b : Architecture.blocks(depth)) {
            net.add(residual(depth, b, named));
        }
        return net.add(Pool.globalAvgPool3dBlock());
    }

    /** Main path + shortcut, summed, then ReLU. */
    private static Block residual(Depth depth, Architecture.Block b, Map<String, Block> named) {
        int[] k = Architecture.kernels(depth);
        int[] outs = Architecture.convOutputs(depth, b);
        SequentialBlock main = new SequentialBlock();
        for (int c = 0; c < k.length; c++) {
            boolean spatial = k[c] == 3; // dilation on every 3×3×3 conv, the stride on the block's first one
            int stride = c == (depth.bottleneck() ? 1 : 0) ? b.stride() : 1;
            main.add(conv(named, b.prefix() + "conv" + (c + 1) + ".", outs[c], k[c], stride,
                spatial ? b.dilation() : 0, spatial ? b.dilation() : 1));
            main.add(batchNorm(named, b.prefix() + "bn" + (c + 1) + "."));
            if (c < k.length - 1) {
                main.add(Activation.reluBlock());
            }
        }
        Block shortcut = shortcut(depth, b, named);
        ParallelBlock sum = new ParallelBlock(
            branches -> new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow())),
            List.of(main, shortcut));
        return new SequentialBlock().add(sum).add(Activation.reluBlock());
    }

    private static Block shortcut(Depth depth, Architecture.Block b, Map<String, Block> named) {
        if (!b.projects()) {
            return LambdaBlock.singleton(x -> x, "identity");
        }
        if (depth.shortcut() == Depth.Shortcut.B) {
            return new SequentialBlock()
                .add(conv(named, b.prefix() + "downsample.0.", b.out(), 1, b.stride(), 0, 1))
                .add(batchNorm(named, b.prefix() + "downsample.1."));
        }
        int stride = b.stride();
        int out = b.out();
        return LambdaBlock.singleton(x -> zeroPaddedSubsample(x, stride, out), "shortcutA");
    }

    /** Shortcut A: x[:, :, ::s, ::s, ::s] (MedicalNet's avg_pool3d with kernel 1) with zero channels appended after the identity channels. */
    private static NDArray zeroPaddedSubsample(NDArray x, int stride, int channels) {
        NDArray y = stride == 1 ? x : Pool.avgPool3d(x, cube(1), cube(stride), cube(0), false, true);
        Shape s = y.getShape();
        if (s.get(1) == channels) {
            return y;
        }
        NDArray zeros = y.getManager().zeros(new Shape(s.get(0), channels - s.get(1), s.get(2), s.get(3), s.get(4)),
            y.getDataType());
        return y.concat(zeros, 1);
    }

    private static Block conv(Map<String, Block> named, String key, int filters, int kernel, int stride, int padding,
        int dilation) {
        Block conv = Conv3d.builder().setFilters(filters).setKernelShape(cube(kernel)).optStride(cube(stride))
            .optPadding(cube(padding)).optDilation(cube(dilation)).optBias(false).build();
        named.put(key, conv);
        return conv;
    }

    private static Block batchNorm(Map<String, Block> named, String key) {
        Block bn = BatchNorm.builder().optEpsilon(BN_EPSILON).build();
        named.put(key, bn);
        return bn;
    }

    private static Shape cube(int n) {
        return new Shape(n, n, n);
    }

    /** Copies each state-dict tensor into the DJL parameter the same layer owns (layouts are identical). */
    private static void load(Map<String, Block> named, StateDict weights) {
        List<String> unset = new ArrayList<>();
        for (Map.Entry<String, Block> e : named.entrySet()) {
            String key = e.getKey();
            for (Parameter p : e.getValue().getParameters().values()) {
                String torchName = switch (p.getName()) {
                    case "weight" -> "weight";
                    case "gamma" -> "weight";
                    case "beta" -> "bias";
                    case "runningMean" -> "running_mean";
                    case "runningVar" -> "running_var";
                    default -> null;
                };
                if (torchName == null) {
                    unset.add(key + p.getName());
                    continue;
                }
                p.getArray().set(weights.get(key + torchName).toFloatArray());
            }
        }
        if (!unset.isEmpty()) {
            throw new IllegalStateException("DJL parameters without a state-dict counterpart: " + unset);
        }
    }
}
