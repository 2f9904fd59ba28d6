package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Volume;

/**
 * N4 against SimpleITK 2.5.7 (oracle/n4/gen_goldens.py) on a phantom with a known multiplicative bias: the
 * corrected image must correlate ≥ 0.99 with SimpleITK's at the same parameters and the recovered log bias ≥ 0.95
 * with the true one inside the body mask.
 */
class N4ConformanceTest {

    private static final double MIN_CORRECTED_CORRELATION = 0.99;
    private static final double MIN_TRUE_BIAS_CORRELATION = 0.95;
    private static final double MIN_SITK_BIAS_CORRELATION = 0.9999;
    private static final double MAX_SITK_BIAS_DIFFERENCE = 1e-3;

    @Test
    void defaultParametersWithoutMask() throws IOException {
        check("default_nomask", false, N4Parameters.defaults(), true);
    }

    @Test
    void defaultParametersWithMask() throws IOException {
        check("default_mask", true, N4Parameters.defaults(), true);
    }

    @Test
    void shrinkFactorTwoReconstructsFullResolutionField() throws IOException {
        check("shrink2_mask", true, N4Parameters.builder().shrinkFactor(2).build(), false);
    }

    @Test
    void customParameters() throws IOException {
        N4Parameters p = N4Parameters.builder().maximumIterations(20, 20, 20).convergenceThreshold(1e-4)
            .numberOfControlPoints(5, 6, 4).numberOfHistogramBins(150).biasFieldFullWidthAtHalfMaximum(0.2)
            .wienerFilterNoise(0.02).splineOrder(2).build();
        check("custom_mask", true, p, false);
    }

    private static void check(String name, boolean useMask, N4Parameters params, boolean hasCorrected)
        throws IOException {
        Volume image = N4Golden.image();
        Volume mask = N4Golden.mask();
        boolean[] body = N4Golden.include(mask);
        N4Result result = N4Corrector.correct(image, useMask ? mask : null, params);
        assertArrayEquals(image.geometry().size(), result.corrected().geometry().size());

        double[] sitkLogBias = N4Golden.floats(name + ".log_bias.f32.bin");
        double[] sitkCorrected = hasCorrected ? N4Golden.floats(name + ".corrected.f32.bin") : divideByExp(image.data(), sitkLogBias);
        double rCorrected = N4Golden.correlation(result.corrected().data(), sitkCorrected, null);
        double rBiasSitk = N4Golden.correlation(result.logBiasField().data(), sitkLogBias, body);
        double rTrue = N4Golden.correlation(result.logBiasField().data(), N4Golden.floats("true_log_bias.f32.bin"), body);
        double maxBiasDifference = maxAbsDifference(result.logBiasField().data(), sitkLogBias);
        String report = name + ": r(corrected, SimpleITK)=" + rCorrected + " r(log bias, SimpleITK)=" + rBiasSitk
            + " max |log bias - SimpleITK|=" + maxBiasDifference + " r(log bias, true)=" + rTrue + " iterations=" + java.util.Arrays.toString(result.iterationsPerLevel());
        System.out.println(report);
        assertTrue(rCorrected >= MIN_CORRECTED_CORRELATION, report);
        // Same algorithm, same arithmetic up to ITK's float32 internals: the fields agree far beyond the acceptance.
        assertTrue(rBiasSitk >= MIN_SITK_BIAS_CORRELATION, report);
        assertTrue(maxBiasDifference < MAX_SITK_BIAS_DIFFERENCE, report);
        assertTrue(rTrue >= MIN_TRUE_BIAS_CORRELATION, report);
    }

    private static double maxAbsDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** SimpleITK's corrected image at full resolution: input / exp(log bias), as the oracle computes it. */
    private static double[] divideByExp(double[] in, double[] logBias) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] / Math.exp(logBias[i]);
        }
        return out;
    }
}
