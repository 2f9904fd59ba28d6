package org.nacrad.image.synthetic;

/**
 * One synthetic patient: clinical variables, scanners, the two latent imaging traits that drive both the images and
 * the outcome, and the outcomes.
 *
 * @param heterogeneity intratumoral heterogeneity trait (standard normal scale; higher = more texture)
 * @param oedema peritumoral T2 hyperintensity trait (standard normal scale)
 * @param recist CR, PR, SD or PD; responders are CR and PR
 */
public record Patient(String id, int age, boolean erPositive, boolean prPositive, boolean her2Positive, int grade,
    double tumourSizeMm, int nodalStatus, Scanner mriScanner, Scanner ctScanner, double heterogeneity, double oedema,
    boolean pcr, boolean responder, String recist) {
}
