package org.nacrad.image.synthetic;

import java.util.SplittableRandom;

/**
 * A tumour in patient (LPS, mm) coordinates: a randomly oriented ellipsoid whose longest diameter is the clinical
 * tumour size, with a lobulated boundary (radius modulated by up to ±12 % by low-order angular cosines). Evaluated on
 * any grid, so the MRI and CT masks describe the same lesion.
 */
final class TumourShape {

    private final double[] centre;
    private final double[] axes = new double[9];
    private final double[] radii;
    private final double[][] lobes;

    TumourShape(SplittableRandom rnd, double sizeMm, double[] centre) {
        this.centre = centre.clone();
        double a = sizeMm / 2;
        radii = new double[] {a, a * (0.65 + 0.3 * rnd.nextDouble()), a * (0.6 + 0.3 * rnd.nextDouble())};
        double[] u = SmoothField.unitVector(rnd);
        double[] helper = Math.abs(u[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] v = normalise(cross(u, helper));
        double[] w = cross(u, v);
        System.arraycopy(u, 0, axes, 0, 3);
        System.arraycopy(v, 0, axes, 3, 3);
        System.arraycopy(w, 0, axes, 6, 3);
        lobes = new double[3][];
        for (int k = 0; k < 3; k++) {
            double[] d = SmoothField.unitVector(rnd);
            lobes[k] = new double[] {d[0], d[1], d[2], 1 + 2 * rnd.nextDouble(), rnd.nextDouble() * 2 * Math.PI};
        }
    }

    boolean contains(double x, double y, double z) {
        double dx = x - centre[0];
        double dy = y - centre[1];
        double dz = z - centre[2];
        double s2 = 0;
        double[] local = new double[3];
        for (int i = 0; i < 3; i++) {
            local[i] = (axes[3 * i] * dx + axes[3 * i + 1] * dy + axes[3 * i + 2] * dz) / radii[i];
            s2 += local[i] * local[i];
        }
        // the lobe term moves the boundary by at most ±0.12: decide without it away from that band
        if (s2 > 1.12 * 1.12) {
            return false;
        }
        if (s2 < 0.88 * 0.88) {
            return true;
        }
        double rho = Math.sqrt(s2);
        double mod = 0;
        for (double[] l : lobes) {
            double cos = (l[0] * local[0] + l[1] * local[1] + l[2] * local[2]) / rho;
            mod += Math.cos(l[3] * Math.acos(Math.max(-1, Math.min(1, cos))) + l[4]);
        }
        return rho <= 1 + 0.04 * mod;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalise(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
