package org.nacrad.deep.medicalnet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.deep.pth.StateDict;
import org.nacrad.deep.pth.Tensor;

/** Key sets against MedicalNet's published structure (facts doc A1/A2) and mismatch reports. */
class CheckpointValidatorTest {

    @Test
    void tensorCountsMatchTheReleasedCheckpoints() {
        // float tensors per released file (facts doc table: 60/85/165/265 plus the num_batches_tracked counters)
        assertEquals(60, Architecture.expectedShapes(Depth.RESNET10).size());
        assertEquals(85, Architecture.expectedShapes(Depth.RESNET18).size());
        assertEquals(165, Architecture.expectedShapes(Depth.RESNET34).size());
        assertEquals(265, Architecture.expectedShapes(Depth.RESNET50).size());
        // parameter + running-stat numbers from MedicalNet's README / file sizes
        assertEquals(14_361_280L, numbers(Depth.RESNET10));
        assertEquals(32_993_984L, numbers(Depth.RESNET18));
        assertEquals(63_311_040L, numbers(Depth.RESNET34));
        assertEquals(46_208_192L, numbers(Depth.RESNET50));
    }

    private static long numbers(Depth d) {
        return Architecture.expectedShapes(d).values().stream()
            .mapToLong(s -> java.util.Arrays.stream(s).asLongStream().reduce(1, (a, b) -> a * b)).sum();
    }

    @Test
    void acceptsCountersAndSegmentationHead() {
        Map<String, Tensor> t = new LinkedHashMap<>(ClosedFormWeights.stateDict(Depth.RESNET10).tensors());
        t.put("conv_seg.0.weight", Tensor.ofFloat32(new int[] {512, 32, 2, 2, 2}, new float[512 * 32 * 8]));
        assertDoesNotThrow(() -> CheckpointValidator.validate(new StateDict("r10.pth", t), Depth.RESNET10));
    }

    @Test
    void weightsOfAnotherDepthAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CheckpointValidator.validate(ClosedFormWeights.stateDict(Depth.RESNET18), Depth.RESNET34));
        String m = e.getMessage();
        assertTrue(m.contains("does not hold MedicalNet ResNet34 (shortcut A) weights") && m.contains("80 missing")
            && m.contains("layer1.2.conv1.weight") && m.contains("0 unexpected")
            && m.endsWith("The file looks like MedicalNet ResNet18 (shortcut A)."), m);

        IllegalArgumentException e50 = assertThrows(IllegalArgumentException.class,
            () -> CheckpointValidator.validate(ClosedFormWeights.stateDict(Depth.RESNET50), Depth.RESNET10));
        assertTrue(e50.getMessage().contains("mis-shaped (layer1.0.conv1.weight FLOAT32[64, 64, 1, 1, 1] (expected "
            + "float[64, 64, 3, 3, 3])") && e50.getMessage().endsWith("looks like MedicalNet ResNet50 (shortcut B)."),
            e50.getMessage());
    }

    @Test
    void unrelatedStateDictIsSaidToMatchNothing() {
        Map<String, Tensor> t = Map.of("fc.weight", Tensor.ofFloat32(new int[] {2, 2}, new float[4]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CheckpointValidator.validate(new StateDict("other.pth", t), Depth.RESNET34));
        assertTrue(e.getMessage().startsWith("other.pth does not hold") && e.getMessage().contains("1 unexpected (fc.weight)")
            && e.getMessage().endsWith("does not look like any MedicalNet ResNet10/18/34/50 backbone."), e.getMessage());
    }
}
