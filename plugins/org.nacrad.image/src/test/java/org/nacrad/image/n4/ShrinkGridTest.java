package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Subsampling against sitk.Shrink (golden/shrink_offsets.csv from oracle/n4/gen_shrink_golden.py). */
class ShrinkGridTest {

    @Test
    void keepsTheVoxelsSitkShrinkKeeps() throws IOException {
        List<String> rows = Files.readAllLines(N4Golden.dir().resolve("shrink_offsets.csv"));
        assertTrue(rows.size() > 20, "golden has rows");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int n = Integer.parseInt(f[0]);
            int factor = Integer.parseInt(f[1]);
            assertEquals(Integer.parseInt(f[2]), ShrinkGrid.shrunkSize(n, factor), row);
            assertEquals(Integer.parseInt(f[3]), ShrinkGrid.firstIndex(n, factor), row);
        }
    }

    @Test
    void samplesEveryFactorthVoxelFromTheOffset() {
        int[] full = {7, 6, 5};
        double[] values = new double[7 * 6 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        ShrinkGrid g = ShrinkGrid.of(full, 2);
        double[] s = g.sample(values);
        assertEquals(3 * 3 * 2, s.length);
        // x: 7 → 3 voxels from index 1; y: 6 → 3 from 1; z: 5 → 2 from 1 (rule checked against sitk above)
        assertEquals(1 + 7 * (1 + 6 * 1), s[0]);
        assertEquals((1 + 2 * 2) + 7 * ((1 + 2 * 2) + 6 * (1 + 2)), s[s.length - 1]);
    }
}
