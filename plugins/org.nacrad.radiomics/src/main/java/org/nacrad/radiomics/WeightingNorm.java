package org.nacrad.radiomics;

/**
 * How GLCM and GLRLM merge their per-angle matrices into one. The distance d is the angle's offset times the
 * spacing under the norm; GLCM weights by exp(-d²), GLRLM by d itself (as PyRadiomics does).
 */
public enum WeightingNorm {
    MANHATTAN("manhattan"), EUCLIDEAN("euclidean"), INFINITY("infinity"), NO_WEIGHTING("no_weighting");

    private final String key;

    WeightingNorm(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Distance of an offset (z, y, x) with spacing (z, y, x) under this norm; 1 for {@link #NO_WEIGHTING}. */
    public double distance(int[] offset, double[] spacing) {
        double sum = 0;
        double max = 0;
        double sq = 0;
        for (int d = 0; d < 3; d++) {
            double v = Math.abs(offset[d]) * spacing[d];
            sum += v;
            max = Math.max(max, v);
            sq += v * v;
        }
        return switch (this) {
            case MANHATTAN -> sum;
            case EUCLIDEAN -> Math.sqrt(sq);
            case INFINITY -> max;
            case NO_WEIGHTING -> 1;
        };
    }

    static WeightingNorm parse(String s) {
        if (s == null || s.isEmpty() || s.equals("None")) {
            return null;
        }
        for (WeightingNorm w : values()) {
            if (w.key.equals(s)) {
                return w;
            }
        }
        throw new IllegalArgumentException("Invalid radiomics setting weightingNorm=" + s
            + ": must be manhattan, euclidean, infinity, no_weighting or empty");
    }
}
