package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/**
 * Our readers against SimpleITK's ReadImage, as recorded by oracle/imaging-io/make_goldens.py: geometry within
 * 1e-9, pixel type equal, voxels exactly equal. Files SimpleITK refuses, or reads as other than 3D, must be
 * refused by us with a {@link VolumeFormatException}.
 */
class SimpleItkConformanceTest {

    private static final double GEOMETRY_TOLERANCE = 1e-9;
    /** NIfTI-2 holds doubles; its expected reading is SimpleITK's of a float-stored NIfTI-1 twin. */
    private static final double NIFTI2_TWIN_TOLERANCE = 1e-6;

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> generatedFilesReadAsSimpleItkReadsThem() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) Goldens.load("readers.json").get("cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("file"), () -> {
            Path file = Goldens.inputs().resolve((String) c.get("file"));
            Map<String, Object> sitk = (Map<String, Object>) c.get("sitk");
            if (sitk.containsKey("error") || ((Number) sitk.get("dimension")).intValue() != 3) {
                VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> VolumeIO.read(file));
                assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
                assertThrows(VolumeFormatException.class, () -> VolumeIO.readHeader(file));
                return;
            }
            Volume v = VolumeIO.read(file);
            double tol = file.getFileName().toString().startsWith("nifti2_") ? NIFTI2_TWIN_TOLERANCE
                : GEOMETRY_TOLERANCE;
            assertGeometry(sitk, v.geometry(), tol, file);
            assertEquals(sitk.get("pixel_type"), v.pixelType().name(), file.toString());
            VolumeHeader header = VolumeIO.readHeader(file);
            assertGeometry(sitk, header.geometry(), tol, file);
            assertEquals(sitk.get("pixel_type"), header.pixelType().name(), file + " header only");
            assertArrayEquals(Goldens.doubles(sitk.get("values")), v.data(), file.toString());
        }));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> sharedNrrdAndIbsiPhantomReadAsSimpleItkReadsThem() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) Goldens.load("shared.json").get("cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("file"), () -> {
            Path file = Goldens.shared().resolve((String) c.get("file"));
            Map<String, Object> sitk = (Map<String, Object>) c.get("sitk");
            Volume v = VolumeIO.read(file);
            assertGeometry(sitk, v.geometry(), GEOMETRY_TOLERANCE, file);
            assertEquals(sitk.get("pixel_type"), v.pixelType().name(), file.toString());
            double sum = 0;
            for (double x : v.data()) {
                sum += x;
            }
            assertEquals(((Number) sitk.get("sum")).doubleValue(), sum, 0, file.toString());
            for (Map.Entry<String, Object> s : ((Map<String, Object>) sitk.get("samples")).entrySet()) {
                assertEquals(((Number) s.getValue()).doubleValue(), v.data()[Integer.parseInt(s.getKey())],
                    file + " voxel " + s.getKey());
            }
            assertEquals(sitk.get("sha256_float64le"), sha256(v.data()), file.toString());
        }));
    }

    private static void assertGeometry(Map<String, Object> sitk, Geometry g, double tol, Path file) {
        assertArrayEquals(Goldens.ints(sitk.get("size")), g.size(), file.toString());
        assertArrayEquals(Goldens.doubles(sitk.get("spacing")), g.spacing(), tol, file + " spacing");
        assertArrayEquals(Goldens.doubles(sitk.get("origin")), g.origin(), tol, file + " origin");
        assertArrayEquals(Goldens.doubles(sitk.get("direction")), g.direction(), tol, file + " direction");
    }

    static String sha256(double[] data) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < data.length; i++) {
            b.putDouble(data[i]);
            if (!b.hasRemaining() || i == data.length - 1) {
                md.update(b.array(), 0, b.position());
                b.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
