package org.nacrad.image.n4;

import org.nacrad.image.Volume;

/**
 * Output of {@link N4Corrector#correct}: the corrected image and the log bias field, both on the input grid at full
 * resolution (corrected = input / exp(logBiasField)), with the iterations run and the last convergence measure
 * (coefficient of variation of the field change) of each fitting level.
 */
public record N4Result(Volume corrected, Volume logBiasField,
    int[] iterationsPerLevel, double[] convergencePerLevel) {
}
