package org.nacrad.radiomics;

import java.util.Locale;

/** How resegmentRange thresholds are read: as intensities, as fractions of the ROI maximum, or in ROI SD units. */
public enum ResegmentMode {
    ABSOLUTE, RELATIVE, SIGMA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ResegmentMode parse(String s) {
        if (s == null) {
            return ABSOLUTE;
        }
        for (ResegmentMode m : values()) {
            if (m.key().equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
            "Invalid radiomics setting resegmentMode=" + s + ": must be absolute, relative or sigma");
    }
}
