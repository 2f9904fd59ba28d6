package org.nacrad.deep.medicalnet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.nacrad.deep.pth.DType;
import org.nacrad.deep.pth.StateDict;
import org.nacrad.deep.pth.Tensor;

/**
 * Checks that a state dict holds exactly the backbone of one depth: every expected tensor present with its shape and a
 * floating-point type, nothing unexpected. Tolerated extras: BatchNorm's {@code num_batches_tracked} counters (0-d
 * int64, unused at inference) and MedicalNet's segmentation decoder {@code conv_seg.*} (dropped: we keep the
 * backbone only). A mismatch names the keys and the depth the file looks like.
 */
public final class CheckpointValidator {

    private static final int LISTED = 6;

    private CheckpointValidator() {
    }

    public static void validate(StateDict sd, Depth depth) {
        Map<String, int[]> expected = Architecture.expectedShapes(depth);
        List<String> missing = new ArrayList<>();
        List<String> misShaped = new ArrayList<>();
        for (Map.Entry<String, int[]> e : expected.entrySet()) {
            Tensor t = sd.tensors().get(e.getKey());
            if (t == null) {
                missing.add(e.getKey());
            } else if (!Arrays.equals(t.shape(), e.getValue()) || t.dtype() == DType.INT64) {
                misShaped.add(e.getKey() + " " + t + " (expected float" + Arrays.toString(e.getValue()) + ")");
            }
        }
        List<String> unexpected = unexpected(sd, expected);
        if (missing.isEmpty() && misShaped.isEmpty() && unexpected.isEmpty()) {
            return;
        }
        throw new IllegalArgumentException(sd.source() + " does not hold MedicalNet " + depth + " weights: "
            + list(missing, "missing") + "; " + list(unexpected, "unexpected") + "; " + list(misShaped, "mis-shaped")
            + ". " + resemblance(sd));
    }

    private static List<String> unexpected(StateDict sd, Map<String, int[]> expected) {
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : sd.tensors().entrySet()) {
            String key = e.getKey();
            if (!expected.containsKey(key) && !tolerated(key, e.getValue())) {
                unexpected.add(key);
            }
        }
        return unexpected;
    }

    private static boolean tolerated(String key, Tensor t) {
        return key.startsWith("conv_seg.")
            || key.endsWith(".num_batches_tracked") && t.dtype() == DType.INT64 && t.numel() == 1;
    }

    /** Which depth's key set the file matches best, so "you passed a ResNet18 file as ResNet34" is obvious. */
    static String resemblance(StateDict sd) {
        Depth best = null;
        double bestScore = -1;
        for (Depth d : Depth.values()) {
            Map<String, int[]> expected = Architecture.expectedShapes(d);
            long matching = expected.entrySet().stream()
                .filter(e -> sd.tensors().containsKey(e.getKey())
                    && Arrays.equals(sd.tensors().get(e.getKey()).shape(), e.getValue()))
                .count();
            double score = matching / (double) (expected.size() + unexpected(sd, expected).size());
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (bestScore == 1.0) {
            return "The file looks like MedicalNet " + best + ".";
        }
        if (bestScore >= 0.5) {
            return "The file comes closest to MedicalNet " + best + " but matches none exactly.";
        }
        return "The file does not look like any MedicalNet ResNet10/18/34/50 backbone.";
    }

    private static String list(List<String> keys, String what) {
        if (keys.isEmpty()) {
            return "0 " + what;
        }
        String shown = String.join(", ", keys.subList(0, Math.min(LISTED, keys.size())));
        return keys.size() + " " + what + " (" + shown + (keys.size() > LISTED ? ", …" : "") + ")";
    }
}
