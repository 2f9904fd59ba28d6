package org.nacrad.radiomics.roi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nacrad.radiomics.ComplianceMode;

/** Discretisation against the closed forms PyRadiomics and IBSI document (values worked out by hand). */
class DiscretisedRoiTest {

    private static int[] bins(double[] values, double width, Integer count, ComplianceMode mode) {
        boolean[] mask = new boolean[values.length];
        java.util.Arrays.fill(mask, true);
        Roi roi = new Roi(new int[] {1, 1, values.length}, new double[] {1, 1, 1}, values, mask);
        return DiscretisedRoi.of(roi, width, count, mode).bins();
    }

    @Test
    void fixedBinWidthIsAlignedToZeroWithFloor() {
        // PyRadiomics' docstring example: ROI 54..166, width 25 → edges 50, 75, ..., so 54→1, 74→1, 75→2, 166→5
        assertArrayEquals(new int[] {1, 1, 2, 5, 5}, bins(new double[] {54, 74, 75, 150, 166}, 25, null,
            ComplianceMode.PYRADIOMICS));
    }

    @Test
    void fixedBinWidthHandlesNegativeMinimumAndMaximumOnAnEdge() {
        // floor(x/5) - floor(-7/5) + 1 = floor(x/5) + 3; the maximum 10 sits on an edge and opens a new bin
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, bins(new double[] {-7, -5, 0, 9.99, 10}, 5, null,
            ComplianceMode.PYRADIOMICS));
    }

    @Test
    void ibsiFixedBinSizeIsAlignedToTheMinimum() {
        // floor((x + 7)/5) + 1
        assertArrayEquals(new int[] {1, 1, 2, 3, 4}, bins(new double[] {-7, -3, -2, 3, 10}, 5, null,
            ComplianceMode.IBSI));
    }

    @Test
    void fixedBinCountPutsTheMaximumInTheLastBin() {
        // floor(4 (x - 0)/8) + 1, max → 4
        assertArrayEquals(new int[] {1, 2, 3, 4, 4}, bins(new double[] {0, 2, 4.5, 7.9, 8}, 1, 4,
            ComplianceMode.PYRADIOMICS));
    }

    @Test
    void flatRoiIsOneLevel() {
        // numpy.histogram widens a flat range to min ± 0.5, so with 16 bins the value sits on edge 8 → bin 9
        // (checked with PyRadiomics' getBinEdges + numpy.digitize); a single level either way
        assertArrayEquals(new int[] {9, 9, 9}, bins(new double[] {42, 42, 42}, 1, 16, ComplianceMode.PYRADIOMICS));
        assertArrayEquals(new int[] {1, 1, 1}, bins(new double[] {42, 42, 42}, 1, 16, ComplianceMode.IBSI));
        assertArrayEquals(new int[] {1, 1, 1}, bins(new double[] {42, 42, 42}, 25, null,
            ComplianceMode.PYRADIOMICS));
    }

    @Test
    void ngIsTheHighestLevelNotTheNumberOfLevels() {
        boolean[] mask = {true, true, true};
        Roi roi = new Roi(new int[] {1, 1, 3}, new double[] {1, 1, 1}, new double[] {0, 10, 52}, mask);
        DiscretisedRoi d = DiscretisedRoi.of(roi, 25, null, ComplianceMode.PYRADIOMICS);
        assertArrayEquals(new int[] {1, 3}, d.levels());
        assertEquals(3, d.ng());
    }

    @Test
    void absurdBinningAndNaNAreClearErrors() {
        assertThrows(RoiException.class, () -> bins(new double[] {0, 1e6}, 1e-6, null, ComplianceMode.PYRADIOMICS));
        assertThrows(RoiException.class, () -> bins(new double[] {0, 1}, 1, 2_000_000_000,
            ComplianceMode.PYRADIOMICS));
        RoiException nan = assertThrows(RoiException.class, () -> bins(new double[] {0, Double.NaN}, 1, null,
            ComplianceMode.PYRADIOMICS));
        assertEquals(true, nan.getMessage().contains("NaN"));
    }
}
