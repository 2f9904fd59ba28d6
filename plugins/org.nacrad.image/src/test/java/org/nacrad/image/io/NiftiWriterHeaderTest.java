package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Our NIfTI writer sets the same transform fields as SimpleITK's writer (golden/writer_headers.json): codes, qfac,
 * pixdim, qoffset and srow to float precision, and the same qform rotation (a quaternion and its negative are the
 * same rotation, which matters for 180° turns).
 */
class NiftiWriterHeaderTest {

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> transformFieldsMatchSimpleItksWriter() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) Goldens.load("writer_headers.json").get("cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("direction").toString(), () -> {
            Geometry g = new Geometry(new int[] {3, 2, 2}, Goldens.doubles(c.get("spacing")),
                Goldens.doubles(c.get("origin")), Goldens.doubles(c.get("direction")));
            Path name = Path.of("case.nii");
            NiftiHeader h = NiftiHeader.parse(NiftiWriter.header(Volume.zeros(g, PixelType.INT16), name), name);
            assertEquals(((Number) c.get("qform_code")).intValue(), h.qformCode);
            assertEquals(((Number) c.get("sform_code")).intValue(), h.sformCode);
            assertArrayEquals(Goldens.doubles(c.get("pixdim")), Arrays.copyOf(h.pixdim, 4), 1e-7);
            assertArrayEquals(Goldens.doubles(c.get("qoffset")), h.qoffset, 1e-5);
            List<Object> srow = (List<Object>) c.get("srow");
            for (int r = 0; r < 3; r++) {
                assertArrayEquals(Goldens.doubles(srow.get(r)), h.srow[r], 1e-5, "srow " + r);
            }
            double[] q = Goldens.doubles(c.get("quatern"));
            double[] ours = {h.quaternB, h.quaternC, h.quaternD};
            double dot = a(q) * a(ours);
            for (int i = 0; i < 3; i++) {
                dot += q[i] * ours[i];
            }
            assertEquals(1, Math.abs(dot), 1e-6, "same rotation");
        }));
    }

    private static double a(double[] bcd) {
        return Math.sqrt(Math.max(0, 1 - bcd[0] * bcd[0] - bcd[1] * bcd[1] - bcd[2] * bcd[2]));
    }
}
