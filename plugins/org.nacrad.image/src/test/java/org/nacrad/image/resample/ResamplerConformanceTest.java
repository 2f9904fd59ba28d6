package org.nacrad.image.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/** Resampling against sitk.Resample for every interpolator, input and target grid in the oracle's cases. */
class ResamplerConformanceTest {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws IOException {
        return ((List<Map<String, Object>>) Goldens.cases().get("resample")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesSimpleItk(Map<String, Object> c) throws IOException {
        Volume in = Goldens.volume((String) c.get("input"));
        Volume expected = Goldens.volume((String) c.get("output"));
        Interpolator ip = Interpolator.parse((String) c.get("interpolator"));
        PixelType type = PixelType.valueOf((String) c.get("outputType"));
        Volume actual = Resampler.resample(in, expected.geometry(), ip, type, 0);
        assertEquals(type, actual.pixelType());
        String name = (String) c.get("output");
        double[] e = expected.data();
        double[] a = actual.data();
        if (ip == Interpolator.NEAREST || type.isInteger()) {
            assertArrayEquals(e, a, 0.0, name + ": index arithmetic and sums are ITK's, so truncated values are too");
        } else {
            // bit for bit except the separable paths, which sum the same terms in another order (axis-aligned
            // B-spline) or at indices a rounding error away (grids sharing an oblique direction)
            for (int i = 0; i < e.length; i++) {
                double tol = 1e-9 * Math.max(1, Math.abs(e[i]));
                assertTrue(Math.abs(e[i] - a[i]) <= tol, name + " voxel " + i + ": expected " + e[i] + " got " + a[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> radiomicsCases() throws IOException {
        return ((List<Map<String, Object>>) Goldens.cases().get("pyradiomics")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("radiomicsCases")
    void pyRadiomicsGridAndValues(Map<String, Object> c) throws IOException {
        Volume image = Goldens.volume((String) c.get("image"));
        Volume mask = Goldens.volume((String) c.get("mask"));
        Volume expImage = Goldens.volume((String) c.get("outImage"));
        Volume expMask = Goldens.volume((String) c.get("outMask"));
        RadiomicsResampling r = new RadiomicsResampling(Goldens.doubles(c.get("spacing")),
            Interpolator.parse((String) c.get("interpolator")), ((Number) c.get("padDistance")).intValue(),
            ((Number) c.get("label")).intValue());
        RadiomicsResampling.Result res = r.apply(image, mask, (String) c.get("name"));
        assertGrid(expImage.geometry(), res.image().geometry());
        assertGrid(expMask.geometry(), res.mask().geometry());
        assertEquals(expImage.pixelType(), res.image().pixelType());
        assertEquals(expMask.pixelType(), res.mask().pixelType());
        assertSameAsSimpleItk(expMask.data(), res.mask().data(), expMask.geometry());
        assertSameAsSimpleItk(expImage.data(), res.image().data(), expImage.geometry());
    }

    /**
     * Values must equal SimpleITK's exactly: index arithmetic, SVD inverse and interpolation order are ITK's, so
     * half-voxel ties, samples on the buffer edge and truncation to integer types fall the same way.
     */
    private static void assertSameAsSimpleItk(double[] e, double[] a, Geometry out) {
        int i = 0;
        for (int z = 0; z < out.size(2); z++) {
            for (int y = 0; y < out.size(1); y++) {
                for (int x = 0; x < out.size(0); x++, i++) {
                    assertEquals(e[i], a[i], "voxel (" + x + ", " + y + ", " + z + ")");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> sharedCases() throws IOException {
        return ((List<Map<String, Object>>) Goldens.cases().get("pyradiomicsShared")).stream();
    }

    /** PyRadiomics' '_resampling' baseline setting (2 mm, B-spline, pad 5) on the real breast1/brain2 cases. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedCases")
    void pyRadiomicsOnSharedCases(Map<String, Object> c) throws IOException {
        Path shared = Goldens.sharedDir();
        Assumptions.assumeTrue(Files.isDirectory(shared), "shared data folder absent: " + shared);
        Volume image = VolumeIO.read(shared.resolve((String) c.get("image")));
        Volume label = VolumeIO.read(shared.resolve((String) c.get("mask")));
        Volume mask = label.withData(label.data(), PixelType.UINT32); // PyRadiomics casts masks to UInt32
        RadiomicsResampling r = new RadiomicsResampling(Goldens.doubles(c.get("spacing")),
            Interpolator.parse((String) c.get("interpolator")), ((Number) c.get("padDistance")).intValue(),
            ((Number) c.get("label")).intValue());
        RadiomicsResampling.Result res = r.apply(image, mask, (String) c.get("name"));
        Volume expImage = Goldens.volume((String) c.get("outImage"));
        Volume expMask = Goldens.volume((String) c.get("outMask"));
        assertGrid(expImage.geometry(), res.image().geometry());
        assertGrid(expMask.geometry(), res.mask().geometry());
        assertEquals(expImage.pixelType(), res.image().pixelType());
        assertSameAsSimpleItk(expMask.data(), res.mask().data(), expMask.geometry());
        assertSameAsSimpleItk(expImage.data(), res.image().data(), expImage.geometry());
    }

    private static void assertGrid(Geometry e, Geometry a) {
        assertArrayEquals(e.size(), a.size(), "size");
        assertArrayEquals(e.spacing(), a.spacing(), 1e-12, "spacing");
        assertArrayEquals(e.origin(), a.origin(), 1e-9, "origin");
        assertArrayEquals(e.direction(), a.direction(), 1e-12, "direction");
    }
}
