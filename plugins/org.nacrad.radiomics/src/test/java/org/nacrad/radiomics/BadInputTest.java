package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.radiomics.roi.RoiException;

/** PyRadiomics-like behaviour on degenerate input: a clear RoiException, or PyRadiomics' documented values. */
class BadInputTest {

    private static Volume volume(int nx, int ny, int nz, double[] data, PixelType type) {
        return new Volume(Geometry.of(new int[] {nx, ny, nz}, new double[] {1, 1, 1}, new double[] {0, 0, 0}), type,
            data);
    }

    private static Volume ramp(int n) {
        double[] d = new double[n * n * n];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 37) % 101;
        }
        return volume(n, n, n, d, PixelType.INT16);
    }

    private static Volume box(int n, int x0, int x1, int label) {
        double[] m = new double[n * n * n];
        for (int z = x0; z < x1; z++) {
            for (int y = x0; y < x1; y++) {
                for (int x = x0; x < x1; x++) {
                    m[x + n * (y + n * z)] = label;
                }
            }
        }
        return volume(n, n, n, m, PixelType.UINT8);
    }

    @Test
    void emptyMaskAndAbsentLabelAreClearErrors() {
        RoiException e = assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(ramp(6), box(6, 0, 0, 1),
            RadiomicsSettings.defaults()));
        assertTrue(e.getMessage().contains("Label (1) not present"), e.getMessage());
        assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(ramp(6), box(6, 1, 4, 2),
            RadiomicsSettings.defaults()));
    }

    @Test
    void singleVoxelAndTooFewDimensionsAreRejected() {
        RoiException single = assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(ramp(6),
            box(6, 2, 3, 1), RadiomicsSettings.defaults()));
        assertTrue(single.getMessage().contains("1 segmented voxel"));
        double[] line = new double[216];
        line[2 + 6 * (2 + 6 * 2)] = 1;
        line[3 + 6 * (2 + 6 * 2)] = 1;
        Volume lineMask = volume(6, 6, 6, line, PixelType.UINT8);
        assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(ramp(6), lineMask,
            RadiomicsSettings.defaults()));
        Map<String, Double> ok = RadiomicsExtractor.extract(ramp(6), lineMask, RadiomicsSettings.fromMap(Map.of(
            "minimumROIDimensions", 1)), FeatureSelection.of(FeatureClass.FIRSTORDER)).features();
        assertEquals(18, ok.size());
        assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(ramp(6), box(6, 1, 4, 1),
            RadiomicsSettings.fromMap(Map.of("minimumROISize", 27))));
    }

    @Test
    void flatIntensitiesGivePyRadiomicsFlatRegionValues() {
        Volume flat = volume(6, 6, 6, new double[216], PixelType.INT16);
        java.util.Arrays.fill(flat.data(), 7);
        Map<String, Double> f = RadiomicsExtractor.extract(flat, box(6, 1, 5, 1), RadiomicsSettings.defaults())
            .features();
        // PyRadiomics' documented flat-region values (glcm.py, firstorder.py, ngtdm.py special cases)
        assertEquals(0, f.get("original_firstorder_Variance"));
        assertEquals(0, f.get("original_firstorder_Skewness"));
        assertEquals(0, f.get("original_firstorder_Kurtosis"));
        assertEquals(1, f.get("original_glcm_Correlation"));
        assertEquals(1, f.get("original_glcm_MCC"));
        assertEquals(0, f.get("original_glcm_Imc1"));
        assertEquals(0, f.get("original_glcm_Imc2"));
        assertEquals(1e6, f.get("original_ngtdm_Coarseness"));
        assertEquals(0, f.get("original_ngtdm_Contrast"));
        assertEquals(0, f.get("original_ngtdm_Busyness"));
        assertEquals(0, f.get("original_ngtdm_Strength"));
        for (Map.Entry<String, Double> e : f.entrySet()) {
            assertFalse(e.getValue().isNaN(), e.getKey() + " is NaN");
        }
    }

    @Test
    void nanInsideTheRoiIsAClearError() {
        Volume img = ramp(6);
        img.data()[2 + 6 * (2 + 6 * 2)] = Double.NaN;
        Volume image = volume(6, 6, 6, img.data(), PixelType.FLOAT64);
        RoiException e = assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(image, box(6, 1, 5, 1),
            RadiomicsSettings.defaults()));
        assertTrue(e.getMessage().contains("NaN"));
    }

    @Test
    void roiTouchingTheBorderEqualsTheSameRoiAwayFromIt() {
        // The features only see the ROI and its in-array neighbours, so an ROI filling a corner block of one image
        // must give what the same values give when embedded with a background margin.
        Volume inner = ramp(4);
        double[] big = new double[8 * 8 * 8];
        double[] bigMask = new double[big.length];
        for (int z = 0; z < 4; z++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    big[(x + 2) + 8 * ((y + 2) + 8 * (z + 2))] = inner.get(x, y, z);
                    bigMask[(x + 2) + 8 * ((y + 2) + 8 * (z + 2))] = 1;
                }
            }
        }
        double[] full = new double[64];
        java.util.Arrays.fill(full, 1);
        RadiomicsSettings s = RadiomicsSettings.fromMap(Map.of("binWidth", 10, "additionalInfo", false));
        Map<String, Double> atBorder = RadiomicsExtractor.extract(inner, volume(4, 4, 4, full, PixelType.UINT8), s)
            .features();
        Map<String, Double> embedded = RadiomicsExtractor.extract(volume(8, 8, 8, big, PixelType.INT16), volume(8, 8,
            8, bigMask, PixelType.UINT8), s).features();
        assertEquals(embedded, atBorder);
    }

    @Test
    void maskOnAnotherGridNeedsCorrectMask() {
        // The mask stored as just its 4³ box (origin moved to the box corner) is the same physical ROI: with correctMask
        // it is resampled onto the image grid and must give what the full-size mask gives; without, a clear error.
        Volume image = ramp(8);
        Volume full = box(8, 2, 6, 1);
        double[] sub = new double[64];
        java.util.Arrays.fill(sub, 1);
        Volume small = new Volume(Geometry.of(new int[] {4, 4, 4}, new double[] {1, 1, 1}, new double[] {2, 2, 2}),
            PixelType.UINT8, sub);
        RadiomicsSettings plain = RadiomicsSettings.fromMap(Map.of("binWidth", 10, "additionalInfo", false));
        RoiException mismatch = assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(image, small,
            plain));
        assertTrue(mismatch.getMessage().contains("geometry mismatch"));
        RadiomicsSettings correct = plain.with(Map.of("correctMask", true));
        assertEquals(RadiomicsExtractor.extract(image, full, plain).features(), RadiomicsExtractor.extract(image,
            small, correct).features());
        Volume outside = new Volume(Geometry.of(new int[] {4, 4, 4}, new double[] {1, 1, 1}, new double[] {6, 6, 6}),
            PixelType.UINT8, sub);
        assertThrows(RoiException.class, () -> RadiomicsExtractor.extract(image, outside, correct));
    }

    @Test
    void removedFeaturesYieldNoValueAndUnknownOnesAreRejected() {
        FeatureSelection sel = FeatureSelection.fromMap(Map.of("glcm", List.of("Dissimilarity", "Contrast")));
        Map<String, Double> f = RadiomicsExtractor.extract(ramp(6), box(6, 1, 5, 1), RadiomicsSettings.defaults(),
            sel).features();
        assertEquals(List.of("original_glcm_Contrast"), List.copyOf(f.keySet()));
        assertThrows(IllegalArgumentException.class, () -> FeatureSelection.fromMap(Map.of("glcm", List.of(
            "Contrastt"))));
    }
}
