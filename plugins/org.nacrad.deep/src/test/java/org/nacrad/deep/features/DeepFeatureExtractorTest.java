package org.nacrad.deep.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.preprocess.Normalisation;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.deep.weights.WeightsLoader;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

class DeepFeatureExtractorTest {

    private static DeepFeatureExtractor.Case sphereCase(String name, double cx, double radius) {
        Geometry g = Geometry.of(new int[] {40, 36, 20}, new double[] {0.8, 0.8, 2.5}, new double[] {0, 0, 0});
        double[] img = new double[(int) g.voxelCount()];
        double[] mask = new double[img.length];
        for (int z = 0, i = 0; z < 20; z++) {
            for (int y = 0; y < 36; y++) {
                for (int x = 0; x < 40; x++, i++) {
                    double r = Math.sqrt(Math.pow((x - cx) * 0.8, 2) + Math.pow((y - 18) * 0.8, 2) + Math.pow((z - 10) * 2.5, 2));
                    img[i] = 100 + 50 * Math.cos(r / 3) + x;
                    mask[i] = r <= radius ? 1 : 0;
                }
            }
        }
        return new DeepFeatureExtractor.Case(new Volume(g, PixelType.FLOAT64, img), new Volume(g, PixelType.UINT8, mask),
            name);
    }

    @Test
    void batchesGiveTheSameFeaturesAsSingleCases() {
        PreprocessSettings settings = new PreprocessSettings(true, 2, 0, Normalisation.ZSCORE_ROI, new int[] {32, 32, 32},
            false, 0);
        List<DeepFeatureExtractor.Case> cases = List.of(sphereCase("A", 15, 8), sphereCase("B", 22, 10),
            sphereCase("C", 20, 6));
        try (DeepFeatureExtractor fx = new DeepFeatureExtractor(WeightsLoader.seededRandom(Depth.RESNET10, 1), settings, 2)) {
            assertEquals("seeded random initialisation (not pretrained), seed 1", fx.weightsProvenance());
            List<float[]> batched = fx.extract(cases);
            assertEquals(3, batched.size());
            for (int c = 0; c < 3; c++) {
                float[] single = fx.extract(cases.get(c));
                assertEquals(512, single.length);
                for (int i = 0; i < single.length; i++) {
                    assertTrue(Float.isFinite(single[i]));
                    assertEquals(single[i], batched.get(c)[i], 1e-5 * Math.max(1, Math.abs(single[i])));
                }
            }
        }
    }

    @Test
    void columnNamesHaveFourDigitIndices() {
        assertEquals("MRI_T2_Peri_0271", DeepFeatureExtractor.columnName("MRI_T2", "Peri", 271));
        assertEquals("CT_Intra_0000", DeepFeatureExtractor.columnName("CT", "Intra", 0));
    }
}
