package org.nacrad.image.n4;

/** In-place iterative radix-2 complex FFT (unnormalised in both directions), enough for N4's histogram filters. */
final class Fft {

    private Fft() {
    }

    /**
     * Transforms (re, im) in place: X[k] = Σ x[n] e^{∓2πi nk/N}, minus sign forward, plus sign inverse, no 1/N.
     * The length must be a power of two.
     */
    static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (n != im.length || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two, got " + n);
        }
        bitReverse(re, im);
        double sign = inverse ? 1 : -1;
        for (int len = 2; len <= n; len <<= 1) {
            double angle = sign * 2 * Math.PI / len;
            int half = len >> 1;
            for (int k = 0; k < half; k++) {
                double wr = Math.cos(angle * k);
                double wi = Math.sin(angle * k);
                for (int start = 0; start < n; start += len) {
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private static void bitReverse(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }
}
