package org.nacrad.image.n4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class FftTest {

    @Test
    void matchesTheDiscreteFourierTransformDefinition() {
        Random random = new Random(7);
        int n = 64;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
        for (boolean inverse : new boolean[] {false, true}) {
            double[] fr = re.clone();
            double[] fi = im.clone();
            Fft.transform(fr, fi, inverse);
            double sign = inverse ? 1 : -1;
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int t = 0; t < n; t++) {
                    double a = sign * 2 * Math.PI * t * k / n;
                    sr += re[t] * Math.cos(a) - im[t] * Math.sin(a);
                    si += re[t] * Math.sin(a) + im[t] * Math.cos(a);
                }
                assertEquals(sr, fr[k], 1e-10);
                assertEquals(si, fi[k], 1e-10);
            }
        }
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> Fft.transform(new double[12], new double[12], false));
    }
}
