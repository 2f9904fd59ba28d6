package org.nacrad.radiomics;

import java.util.Locale;

/**
 * Which definition wins where PyRadiomics documents a deviation from the IBSI reference manual. {@link #PYRADIOMICS}
 * reproduces PyRadiomics 3 exactly; {@link #IBSI} switches to IBSI's definitions for: fixed-bin-size discretisation
 * (bins aligned to the ROI minimum, {@code floor((x - min) / w) + 1}), kurtosis (excess, minus 3) and the NGTDM
 * (voxels without a valid neighbour are left out of n<sub>i</sub>) and the principal axes of shape (sample covariance,
 * N − 1, instead of the population covariance); with resegmentation, shape uses the whole original mask (PyRadiomics
 * crops it to the resegmented mask's box). Resampling keeps PyRadiomics' grid rule in both modes (IBSI centres
 * the new grid instead).
 */
public enum ComplianceMode {
    PYRADIOMICS, IBSI;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ComplianceMode parse(String s) {
        if (s == null || s.isBlank()) {
            return PYRADIOMICS;
        }
        for (ComplianceMode m : values()) {
            if (m.key().equalsIgnoreCase(s.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Invalid radiomics setting mode=" + s + ": must be pyradiomics or ibsi");
    }
}
