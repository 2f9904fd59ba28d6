package org.nacrad.image.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Goldens;

class ZScoreNormalizationTest {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws IOException {
        return ((List<Map<String, Object>>) Goldens.cases().get("normalize")).stream();
    }

    /** Whole image: PyRadiomics normalizeImage output; mask: the oracle's numpy z-score over the ROI. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesOracle(Map<String, Object> c) throws IOException {
        Volume image = Goldens.volume((String) c.get("image"));
        Volume mask = c.get("mask") == null ? null : Goldens.volume((String) c.get("mask"));
        Object outliers = c.get("removeOutliers");
        ZScoreNormalization z = new ZScoreNormalization(((Number) c.get("scale")).doubleValue(),
            outliers == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) outliers).doubleValue()));
        Volume out = z.apply(image, mask, "case");
        Volume expected = Goldens.volume((String) c.get("output"));
        assertEquals(PixelType.FLOAT64, out.pixelType());
        assertEquals(expected.pixelType(), out.pixelType());
        for (int i = 0; i < expected.data().length; i++) {
            double e = expected.data()[i];
            assertEquals(e, out.data()[i], 1e-9 * Math.max(1, Math.abs(e)), "voxel " + i);
        }
    }

    @Test
    void constantImageAndEmptyMaskAreErrorsNamingThePatient() {
        Geometry g = Geometry.of(new int[] {3, 3, 3}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Volume flat = Volume.zeros(g, PixelType.INT16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ZScoreNormalization.defaults().apply(flat, null, "patient P1"));
        assertTrue(e.getMessage().contains("patient P1") && e.getMessage().contains("constant"), e.getMessage());
        Volume mask = Volume.zeros(g, PixelType.UINT8);
        e = assertThrows(IllegalArgumentException.class,
            () -> ZScoreNormalization.defaults().apply(flat, mask, "patient P2"));
        assertTrue(e.getMessage().contains("patient P2") && e.getMessage().contains("0 voxel"), e.getMessage());
        Volume other = Volume.zeros(Geometry.of(new int[] {3, 3, 4}, new double[] {1, 1, 1}, new double[] {0, 0, 0}),
            PixelType.UINT8);
        e = assertThrows(IllegalArgumentException.class,
            () -> ZScoreNormalization.defaults().apply(flat, other, "patient P3"));
        assertTrue(e.getMessage().contains("not on the image grid"), e.getMessage());
        Volume withNan = Volume.zeros(g, PixelType.FLOAT32);
        withNan.data()[4] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class,
            () -> ZScoreNormalization.defaults().apply(withNan, null, "patient P4"));
        assertTrue(e.getMessage().contains("patient P4") && e.getMessage().contains("non-finite"), e.getMessage());
    }
}
