package org.nacrad.deep.medicalnet;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nacrad.deep.pth.StateDict;
import org.nacrad.deep.pth.Tensor;

/**
 * The closed-form test weights of oracle/deep/medicalnet_oracle.py (see its docstring), written into an in-memory
 * state dict with MedicalNet's own key names (including the {@code num_batches_tracked} counters).
 */
final class ClosedFormWeights {

    private ClosedFormWeights() {
    }

    static StateDict stateDict(Depth depth) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : Architecture.expectedShapes(depth).entrySet()) {
            tensors.put(e.getKey(), Tensor.ofFloat32(e.getValue(), values(e.getKey(), e.getValue())));
            if (e.getKey().endsWith(".running_var")) {
                String counter = e.getKey().replace(".running_var", ".num_batches_tracked");
                tensors.put(counter, Tensor.ofInt64(new int[0], new long[] {0}));
            }
        }
        return new StateDict("closed-form ResNet" + depth.layers(), tensors);
    }

    static float[] values(String name, int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        long h = fnv1a(name);
        float[] v = new float[n];
        double convScale = shape.length == 5 ? Math.sqrt(3.0 / (shape[1] * shape[2] * shape[3] * shape[4])) * 0.9 : 0;
        for (int i = 0; i < n; i++) {
            long k = (i * 7919L + h) % 65521;
            double u = Math.sin(2 * Math.PI * k / 65521.0);
            double x;
            if (shape.length == 5) {
                x = u * convScale;
            } else if (name.endsWith(".weight")) {
                x = 0.8 + 0.2 * u;
            } else if (name.endsWith(".bias")) {
                x = 0.1 + 0.1 * u;
            } else if (name.endsWith(".running_mean")) {
                x = 0.1 * u;
            } else {
                x = 1.0 + 0.5 * u;
            }
            v[i] = (float) x;
        }
        return v;
    }

    static long fnv1a(String name) {
        long h = 0x811C9DC5L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = ((h ^ (b & 0xff)) * 0x01000193L) & 0xFFFFFFFFL;
        }
        return h;
    }
}
