package org.nacrad.image.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The physical-point-to-index matrix must be ITK's to the last bit (it decides half-voxel ties): compared with the
 * matrices SimpleITK reports for axis-aligned, flipped, permuted and oblique directions
 * ({@code oracle/imaging-ops/make_index_goldens.py}).
 */
class PhysicalToIndexTest {

    @Test
    @SuppressWarnings("unchecked")
    void inverseIsItksBitForBit() throws IOException {
        Map<String, Object> golden = (Map<String, Object>) Goldens.Json.parse(
            Files.readString(Goldens.dir().resolve("physical_to_index.json")));
        List<Map<String, Object>> cases = (List<Map<String, Object>>) golden.get("cases");
        assertEquals(64, cases.size());
        for (Map<String, Object> c : cases) {
            double[] d = hex(c.get("direction"));
            double[] s = hex(c.get("spacing"));
            double[] m = new double[9];
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    m[3 * r + k] = d[3 * r + k] * s[k];
                }
            }
            assertArrayEquals(hex(c.get("inverse")), IndexMapping.invert(m), 0.0, "direction " + c.get("direction"));
        }
    }

    private static double[] hex(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> Double.parseDouble((String) v)).toArray();
    }
}
