package org.nacrad.report.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoxStatsTest {

    /** numpy.percentile (linear) by hand: h = (n − 1) p; for 1..5 the quartiles are the order statistics 2, 3, 4. */
    @Test
    void quartilesAndTukeyWhiskers() {
        BoxStats s = BoxStats.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(2, s.q1());
        assertEquals(3, s.median());
        assertEquals(4, s.q3());
        assertEquals(1, s.lowWhisker());
        assertEquals(5, s.highWhisker());
        assertEquals(0, s.outliers().length);
        // 1, 2, 3, 4, 100: quartiles 2 and 4, IQR 2, upper fence 7 → 100 is an outlier, whisker at 4
        BoxStats o = BoxStats.of(new double[] {100, 1, 2, 3, 4});
        assertEquals(4, o.highWhisker());
        assertArrayEquals(new double[] {100}, o.outliers());
        // even n: h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1)
        assertEquals(1.75, BoxStats.of(new double[] {1, 2, 3, 4}).q1(), 1e-15);
    }

    @Test
    void niceTicksSpanTheRange() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}, Drawing.ticks(0, 1, 5), 1e-12);
        double[] t = Drawing.ticks(-3.7, 12.2, 5);
        assertEquals(-5, t[0], 1e-12);
        assertEquals(15, t[t.length - 1], 1e-12);
        assertEquals("0.2", Drawing.tickLabel(0.2, 0.2));
        assertEquals("-5", Drawing.tickLabel(-5, 5));
    }
}
