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
        if (ip == Interpolator.NEAREST) {
            assertArrayEquals(e, a, 0.0, name);
        } else if (type.isInteger() && ip == Interpolator.BSPLINE) {
            assertArrayEquals(e, a, 0.0, name + ": B-spline sums are ITK's bit for bit, so are the truncated values");
        } else if (type.isInteger()) {
            assertIntegerCastAgrees(name, e, a);
        } else {
            for (int i = 0; i < e.length; i++) {
                double tol = 1e-5 * Math.abs(e[i]);
                assertTrue(Math.abs(e[i] - a[i]) <= tol, name + " voxel " + i + ": expected " + e[i] + " got " + a[i]);
            }
        }
    }

    /**
     * Integer outputs are truncated interpolants, so a value a rounding error away from an integer may land on
     * either side; the float64 golden of the same case tells which voxels are that close.
     */
    private static void assertIntegerCastAgrees(String name, double[] e, double[] a) throws IOException {
        double[] exact = Goldens.volume(name.replace("_native", "_float64")).data();
        int differing = 0;
        for (int i = 0; i < e.length; i++) {
            if (e[i] != a[i]) {
                double frac = Math.abs(exact[i] - Math.rint(exact[i]));
                assertTrue(frac < 1e-6 && Math.abs(e[i] - a[i]) == 1,
                    name + " voxel " + i + ": expected " + e[i] + " got " + a[i] + " (float " + exact[i] + ")");
                differing++;
            }
        }
        assertTrue(differing <= e.length / 1000, name + ": " + differing + " near-integer voxels differ");
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
        double[] exact = Goldens.volume((String) c.get("outImageFloat64")).data();
        assertSameAsSimpleItk(expMask.data(), res.mask().data(), null, Interpolator.NEAREST, expMask.geometry());
        assertSameAsSimpleItk(expImage.data(), res.image().data(), exact, r.interpolator(), expImage.geometry());
    }

    /**
     * Values must equal SimpleITK's exactly (index arithmetic, SVD inverse and B-spline sums are ITK's, so half-voxel
     * ties and samples on the buffer edge fall the same way), except that a linear interpolant, not summed in ITK's
     * order, may truncate to the neighbouring integer where it lies a rounding error from one ({@code exact} is
     * SimpleITK's float64 result on the same grid).
     */
    private static void assertSameAsSimpleItk(double[] e, double[] a, double[] exact, Interpolator ip, Geometry out) {
        int i = 0;
        for (int z = 0; z < out.size(2); z++) {
            for (int y = 0; y < out.size(1); y++) {
                for (int x = 0; x < out.size(0); x++, i++) {
                    boolean castFlip = ip == Interpolator.LINEAR && Math.abs(e[i] - a[i]) == 1
                        && Math.abs(exact[i] - Math.rint(exact[i])) < 1e-6;
                    assertTrue(e[i] == a[i] || castFlip,
                        "voxel (" + x + ", " + y + ", " + z + ") expected " + e[i] + " got " + a[i]);
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
        double[] exact = Goldens.volume((String) c.get("outImageFloat64")).data();
        assertSameAsSimpleItk(expMask.data(), res.mask().data(), null, Interpolator.NEAREST, expMask.geometry());
        assertSameAsSimpleItk(expImage.data(), res.image().data(), exact, r.interpolator(), expImage.geometry());
    }

    private static void assertGrid(Geometry e, Geometry a) {
        assertArrayEquals(e.size(), a.size(), "size");
        assertArrayEquals(e.spacing(), a.spacing(), 1e-12, "spacing");
        assertArrayEquals(e.origin(), a.origin(), 1e-9, "origin");
        assertArrayEquals(e.direction(), a.direction(), 1e-12, "direction");
    }
}
