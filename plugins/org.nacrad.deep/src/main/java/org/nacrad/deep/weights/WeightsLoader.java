package org.nacrad.deep.weights;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.nacrad.deep.medicalnet.Architecture;
import org.nacrad.deep.medicalnet.CheckpointValidator;
import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.pth.PthReader;
import org.nacrad.deep.pth.StateDict;
import org.nacrad.deep.pth.Tensor;

/** Where backbone weights come from: a user's MedicalNet checkpoint, or a seeded random initialisation for demos. */
public final class WeightsLoader {

    private WeightsLoader() {
    }

    /**
     * Reads and validates a MedicalNet checkpoint (e.g. {@code resnet_34_23dataset.pth}); the provenance records the
     * file name and its SHA-256.
     */
    public static Weights fromFile(Path file, Depth depth) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "MedicalNet weights file not found. Expected a "
                + "MedicalNet " + depth + " checkpoint such as resnet_" + depth.layers() + "_23dataset.pth or resnet_"
                + depth.layers() + ".pth. The pretrained checkpoints are published by Tencent/MedicalNet: see the "
                + "download links in the README of the Tencent/MedicalNet repository on GitHub (also mirrored on Hugging "
                + "Face as TencentMedicalNet/MedicalNet-Resnet" + depth.layers() + ")");
        }
        String sha256 = sha256(file);
        StateDict sd = PthReader.read(file);
        CheckpointValidator.validate(sd, depth);
        return new Weights(depth, sd, file.getFileName() + " (sha256 " + sha256 + ")");
    }

    /**
     * Random weights, not pretrained, reproducible from {@code seed}: convolutions drawn like MedicalNet's own
     * initialisation (Kaiming normal, fan-out mode: N(0, 2 / (out·k³))) from a generator seeded per tensor by the
     * seed and the tensor name; BatchNorm as initialised by PyTorch (weight 1, bias 0, running mean 0, var 1).
     */
    public static Weights seededRandom(Depth depth, long seed) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : Architecture.expectedShapes(depth).entrySet()) {
            tensors.put(e.getKey(), Tensor.ofFloat32(e.getValue(), initialValues(e.getKey(), e.getValue(), seed)));
        }
        String provenance = "seeded random initialisation (not pretrained), seed " + seed;
        return new Weights(depth, new StateDict(provenance, tensors), provenance);
    }

    private static float[] initialValues(String name, int[] shape, long seed) {
        int n = (int) Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
        float[] v = new float[n];
        if (shape.length == 5) {
            double std = Math.sqrt(2.0 / (shape[0] * shape[2] * shape[3] * shape[4]));
            SplittableRandom random = new SplittableRandom(seed ^ nameHash(name));
            for (int i = 0; i < n; i++) {
                v[i] = (float) (std * random.nextGaussian());
            }
        } else if (name.endsWith(".weight") || name.endsWith(".running_var")) {
            Arrays.fill(v, 1f);
        }
        return v;
    }

    /** 64-bit FNV-1a of the name, so each tensor has its own stream whatever the order of generation. */
    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
