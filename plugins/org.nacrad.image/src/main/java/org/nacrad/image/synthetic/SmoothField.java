package org.nacrad.image.synthetic;

import java.util.SplittableRandom;

/**
 * A smooth random field of physical position: a sum of cosines with random directions, wavelengths in a band and
 * phases, scaled to unit variance (each term has variance ½). Used for tissue variation and tumour texture.
 */
final class SmoothField {

    private final double[] kx;
    private final double[] ky;
    private final double[] kz;
    private final double[] phase;
    private final double norm;

    SmoothField(SplittableRandom rnd, int terms, double minWavelengthMm, double maxWavelengthMm) {
        kx = new double[terms];
        ky = new double[terms];
        kz = new double[terms];
        phase = new double[terms];
        for (int t = 0; t < terms; t++) {
            double[] u = unitVector(rnd);
            double k = 2 * Math.PI / (minWavelengthMm + rnd.nextDouble() * (maxWavelengthMm - minWavelengthMm));
            kx[t] = k * u[0];
            ky[t] = k * u[1];
            kz[t] = k * u[2];
            phase[t] = rnd.nextDouble() * 2 * Math.PI;
        }
        norm = Math.sqrt(2.0 / terms);
    }

    double at(double x, double y, double z) {
        double s = 0;
        for (int t = 0; t < kx.length; t++) {
            s += Math.cos(kx[t] * x + ky[t] * y + kz[t] * z + phase[t]);
        }
        return s * norm;
    }

    static double[] unitVector(SplittableRandom rnd) {
        double z = 2 * rnd.nextDouble() - 1;
        double phi = 2 * Math.PI * rnd.nextDouble();
        double r = Math.sqrt(1 - z * z);
        return new double[] {r * Math.cos(phi), r * Math.sin(phi), z};
    }
}
