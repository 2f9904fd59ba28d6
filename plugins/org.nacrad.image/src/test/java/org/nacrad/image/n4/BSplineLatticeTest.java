package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties of uniform B-splines that hold analytically (partition of unity, exact two-scale refinement). */
class BSplineLatticeTest {

    @Test
    void kernelWeightsSumToOne() {
        for (int order = 1; order <= 5; order++) {
            AxisBasis b = new AxisBasis(37, 3, order);
            for (int i = 0; i < b.size(); i++) {
                double sum = 0;
                for (int k = 0; k <= order; k++) {
                    sum += b.weight(i, k);
                }
                assertEquals(1.0, sum, 1e-12, "order " + order + " index " + i);
            }
        }
    }

    @Test
    void constantLatticeEvaluatesToTheConstant() {
        int[] n = {5, 6, 7};
        double[] phi = new double[5 * 6 * 7];
        java.util.Arrays.fill(phi, 2.5);
        double[] field = new BSplineLattice(3, n, phi).evaluate(new int[] {9, 8, 4}, new Workers(1), new double[9 * 8 * 4]);
        for (double v : field) {
            assertEquals(2.5, v, 1e-12);
        }
    }

    @Test
    void refinementKeepsTheFunction() {
        Random random = new Random(42);
        int[] grid = {23, 17, 9};
        try (Workers workers = new Workers(2)) {
            for (int order = 1; order <= 4; order++) {
                int[] n = {order + 2, order + 3, order + 1};
                double[] phi = new double[n[0] * n[1] * n[2]];
                for (int i = 0; i < phi.length; i++) {
                    phi[i] = random.nextGaussian();
                }
                BSplineLattice lattice = new BSplineLattice(order, n, phi);
                BSplineLattice refined = lattice.refine();
                assertArrayEquals(new int[] {2 * n[0] - order, 2 * n[1] - order, 2 * n[2] - order}, refined.n);
                double[] before = lattice.evaluate(grid, workers, new double[23 * 17 * 9]);
                double[] after = refined.evaluate(grid, workers, new double[23 * 17 * 9]);
                assertArrayEquals(before, after, 1e-9, "order " + order);
            }
        }
    }

    @Test
    void fitThroughASingleSampleInterpolatesIt() {
        // Lee–Wolberg–Shin: one sample z with weights w gives φ_k = z·w_k/Σw², so the spline passes through z there.
        int[] grid = {20, 15, 10};
        double[] values = new double[20 * 15 * 10];
        boolean[] include = new boolean[values.length];
        int at = 7 + 20 * (4 + 15 * 6);
        values[at] = -0.75;
        include[at] = true;
        try (Workers workers = new Workers(2)) {
            BSplineLattice lattice = BSplineLattice.fit(values, include, grid, new int[] {5, 4, 6}, 3, workers);
            assertEquals(-0.75, lattice.evaluate(grid, workers, new double[values.length])[at], 1e-12);
        }
    }
}
