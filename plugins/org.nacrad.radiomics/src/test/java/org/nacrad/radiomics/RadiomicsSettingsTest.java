package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings validation and PyRadiomics parameter files. */
class RadiomicsSettingsTest {

    @Test
    void defaultsArePyRadiomics3() {
        RadiomicsSettings s = RadiomicsSettings.defaults();
        assertEquals(25, s.binWidth());
        assertNull(s.binCount());
        assertEquals(2, s.minimumROIDimensions());
        assertEquals(0, s.voxelArrayShift());
        assertArrayEquals(new int[] {1}, s.distances());
        assertFalse(s.resamples());
        assertEquals(107, FeatureSelection.defaults().outputNames().size());
    }

    @Test
    void keysAreValidatedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> RadiomicsSettings.fromMap(Map.of("binwidth", 5)));
        assertTrue(unknown.getMessage().contains("binwidth"));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("binWidth", -1)));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("distances", List.of(0))));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("resegmentMode", "abs")));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("weightingNorm", "l2")));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("force2Ddimension", 3)));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("mode", "mirp")));
        assertThrows(IllegalArgumentException.class, () -> RadiomicsSettings.fromMap(Map.of("interpolator",
            "sitkLanczosWindowedSinc")));
    }

    @Test
    void stringValuesFromADialogOrCommandLineAreParsed() {
        Map<String, Object> m = new HashMap<>();
        m.put("binCount", "64");
        m.put("resampledPixelSpacing", "[1, 1, 1]");
        m.put("force2D", "true");
        m.put("resegmentRange", "-3,3");
        m.put("resegmentMode", "sigma");
        m.put("mode", "ibsi");
        RadiomicsSettings s = RadiomicsSettings.fromMap(m);
        assertEquals(64, s.binCount());
        assertArrayEquals(new double[] {1, 1, 1}, s.resampledPixelSpacing());
        assertTrue(s.force2D() && s.resamples());
        assertArrayEquals(new double[] {-3, 3}, s.resegmentRange());
        assertEquals(ResegmentMode.SIGMA, s.resegmentMode());
        assertEquals(ComplianceMode.IBSI, s.mode());
        assertEquals(s, RadiomicsSettings.fromMap(s.toMap()));
    }

    @Test
    void readsPyRadiomicsParameterFileAsIs() throws IOException {
        ParameterFile p = ParameterFile.read(TestData.shared("ibsi/pyradiomics_ibsi_benchmark/Phantom.yml"));
        assertEquals(1, p.settings().binWidth());
        assertEquals(0, p.settings().voxelArrayShift());
        assertNull(p.settings().resampledPixelSpacing());
        assertNull(p.settings().weightingNorm());
        assertTrue(p.features().enabled(FeatureClass.GLRLM));
        assertEquals(List.of("MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio", "Compactness1",
            "Compactness2", "SphericalDisproportion", "Sphericity", "Maximum3DDiameter", "MajorAxisLength",
            "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness"), p.features().requested(
                FeatureClass.SHAPE));
        assertTrue(p.features().outputNames().contains("original_firstorder_StandardDeviation"));
    }

    @Test
    void otherImageTypesAndUnknownClassesAreRejectedClearly() {
        IllegalArgumentException log = assertThrows(IllegalArgumentException.class, () -> ParameterFile.parse(
            "imageType:\n  Original: {}\n  LoG:\n    sigma: [1.0]\n"));
        assertTrue(log.getMessage().contains("LoG"));
        IllegalArgumentException cls = assertThrows(IllegalArgumentException.class, () -> ParameterFile.parse(
            "featureClass:\n  glcmm:\n"));
        assertTrue(cls.getMessage().contains("glcmm"));
        IllegalArgumentException feature = assertThrows(IllegalArgumentException.class, () -> ParameterFile.parse(
            "featureClass:\n  glcm:\n    - Contrastt\n"));
        assertTrue(feature.getMessage().contains("Contrastt"));
        ParameterFile empty = ParameterFile.parse("setting:\n  binCount: 32\n");
        assertEquals(32, empty.settings().binCount());
        assertEquals(107, empty.features().outputNames().size());
    }
}
