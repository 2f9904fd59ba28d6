package org.nacrad.image.synthetic;

/**
 * A scanner and its intensity effect: stored = multiplicative · signal + additive (for CT applied to attenuation,
 * HU + 1000). The B systems are the minority sites of the cohort.
 */
public enum Scanner {
    MRI_A("MRI-VendorA", 1.0, 0.0), MRI_B("MRI-VendorB", 1.18, 35.0), CT_A("CT-VendorA", 1.0, 0.0),
    CT_B("CT-VendorB", 1.04, 18.0);

    private final String label;
    private final double multiplicative;
    private final double additive;

    Scanner(String label, double multiplicative, double additive) {
        this.label = label;
        this.multiplicative = multiplicative;
        this.additive = additive;
    }

    /** The manifest value. */
    public String label() {
        return label;
    }

    double apply(double signal) {
        return multiplicative * signal + additive;
    }
}
