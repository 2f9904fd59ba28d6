package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class N4ParametersTest {

    /** Expected values are SimpleITK 2.5.7's N4BiasFieldCorrectionImageFilter defaults (its printout). */
    @Test
    void defaultsAreSimpleItks() {
        N4Parameters p = N4Parameters.defaults();
        assertEquals(1, p.shrinkFactor());
        assertArrayEquals(new int[] {50, 50, 50, 50}, p.maximumIterations());
        assertEquals(4, p.fittingLevels());
        assertEquals(0.001, p.convergenceThreshold());
        assertEquals(3, p.splineOrder());
        assertArrayEquals(new int[] {4, 4, 4}, p.numberOfControlPoints());
        assertEquals(200, p.numberOfHistogramBins());
        assertEquals(0.15, p.biasFieldFullWidthAtHalfMaximum());
        assertEquals(0.01, p.wienerFilterNoise());
        assertTrue(p.useMaskLabel());
        assertEquals(1.0, p.maskLabel());
    }

    @Test
    void singleControlPointValueAppliesToAllAxes() {
        assertArrayEquals(new int[] {6, 6, 6}, N4Parameters.builder().numberOfControlPoints(6).build().numberOfControlPoints());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        N4Parameters p = N4Parameters.builder().shrinkFactor(3).maximumIterations(5, 6).convergenceThreshold(0)
            .splineOrder(2).numberOfControlPoints(3, 4, 5).numberOfHistogramBins(64).biasFieldFullWidthAtHalfMaximum(0.3)
            .wienerFilterNoise(0.1).useMaskLabel(false).maskLabel(2).threads(3).build();
        assertEquals(p.toString(), p.toBuilder().build().toString());
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        rejects(b -> b.shrinkFactor(0), "shrink factor");
        rejects(b -> b.maximumIterations(), "fitting level");
        rejects(b -> b.maximumIterations(50, 0), "maximum iterations");
        rejects(b -> b.convergenceThreshold(-1e-3), "convergence threshold");
        rejects(b -> b.convergenceThreshold(Double.NaN), "convergence threshold");
        rejects(b -> b.splineOrder(0), "spline order");
        rejects(b -> b.numberOfControlPoints(4, 3, 4), "control points");
        rejects(b -> b.numberOfControlPoints(4, 4), "control points");
        rejects(b -> b.splineOrder(4), "control points");
        rejects(b -> b.numberOfHistogramBins(1), "histogram bins");
        rejects(b -> b.biasFieldFullWidthAtHalfMaximum(0), "FWHM");
        rejects(b -> b.wienerFilterNoise(-0.01), "Wiener");
        rejects(b -> b.maskLabel(Double.POSITIVE_INFINITY), "mask label");
        rejects(b -> b.threads(0), "thread");
    }

    private static void rejects(UnaryOperator<N4Parameters.Builder> change, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> change.apply(N4Parameters.builder()).build());
        assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' should name " + fragment);
    }
}
