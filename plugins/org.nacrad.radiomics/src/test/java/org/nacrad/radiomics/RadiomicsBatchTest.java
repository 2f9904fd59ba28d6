package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/** Parallel extraction returns, in input order, exactly what one thread returns; a bad ROI fails alone. */
class RadiomicsBatchTest {

    @Test
    void twoThreadsAreBitIdenticalToOne() throws IOException {
        Path golden = TestData.golden("cases");
        List<RadiomicsBatch.Input> inputs = new ArrayList<>();
        for (String c : new String[] {"ellipsoid", "blobs", "slab"}) {
            Volume image = VolumeIO.read(golden.resolve(c + "_image.nrrd"));
            Volume mask = VolumeIO.read(golden.resolve(c + "_mask.nrrd"));
            inputs.add(new RadiomicsBatch.Input(c, image, mask));
        }
        Volume empty = Volume.zeros(inputs.get(0).mask().geometry(), inputs.get(0).mask().pixelType());
        inputs.add(new RadiomicsBatch.Input("empty", inputs.get(0).image(), empty));
        RadiomicsSettings s = RadiomicsSettings.fromMap(Map.of("binWidth", 10));
        List<RadiomicsBatch.Outcome> one = RadiomicsBatch.extractAll(inputs, s, FeatureSelection.defaults(), 1);
        List<RadiomicsBatch.Outcome> two = RadiomicsBatch.extractAll(inputs, s, FeatureSelection.defaults(), 2);
        for (int k = 0; k < 3; k++) {
            assertEquals(inputs.get(k).id(), two.get(k).id());
            assertNull(two.get(k).error());
            assertEquals(one.get(k).result().asMap(), two.get(k).result().asMap());
            assertEquals(107, two.get(k).result().features().size());
        }
        assertNotNull(two.get(3).error());
        assertTrue(two.get(3).error().getMessage().contains("not present"));
    }
}
