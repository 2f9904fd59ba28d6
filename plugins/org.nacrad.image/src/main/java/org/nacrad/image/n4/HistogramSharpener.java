package org.nacrad.image.n4;

/**
 * N4's sharpening step (Sled's N3 idea in ITK's formulation): histogram the log intensities with triangular Parzen
 * windows, deconvolve the assumed Gaussian bias-field blur with a Wiener filter in the Fourier domain, and map every
 * intensity to its conditional expectation E(u|v) under the sharpened distribution.
 */
final class HistogramSharpener {

    private final int bins;
    private final double fwhm;
    private final double wienerNoise;

    HistogramSharpener(int bins, double fwhm, double wienerNoise) {
        this.bins = bins;
        this.fwhm = fwhm;
        this.wienerNoise = wienerNoise;
    }

    /**
     * Replaces every included voxel v of {@code values} by its residual v − E(u|v); other voxels are set to 0. The
     * volume is processed in {@code slices} equal slabs (z slices); the histogram is summed slab by slab in order.
     */
    void residualInPlace(double[] values, boolean[] include, int slices, Workers workers) {
        double[] range = range(values, include);
        double binMin = range[0];
        double slope = (range[1] - binMin) / (bins - 1);
        if (!(slope > 0) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("N4: the log intensities inside the mask are constant; nothing to correct");
        }
        int slab = values.length / slices;
        double[][] partial = new double[slices][];
        workers.forEach(slices, s -> partial[s] = histogram(values, include, s * slab, (s + 1) * slab, binMin, slope));
        double[] h = new double[bins];
        for (double[] p : partial) {
            for (int i = 0; i < bins; i++) {
                h[i] += p[i];
            }
        }
        double[] mapping = conditionalMean(h, binMin, slope);
        workers.forEach(slices, s -> {
            for (int i = s * slab; i < (s + 1) * slab; i++) {
                if (include == null || include[i]) {
                    double c = (values[i] - binMin) / slope;
                    int idx = (int) Math.floor(c);
                    double expected = idx >= 0 && idx < bins - 1
                        ? mapping[idx] + (mapping[idx + 1] - mapping[idx]) * (c - idx) : mapping[bins - 1];
                    values[i] -= expected;
                } else {
                    values[i] = 0;
                }
            }
        });
    }

    /** ITK's min/max scan, including its "else if" that skips the minimum update on a new maximum. */
    private static double[] range(double[] in, boolean[] include) {
        double max = -Double.MAX_VALUE;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < in.length; i++) {
            if (include == null || include[i]) {
                double v = in[i];
                if (v > max) {
                    max = v;
                } else if (v < min) {
                    min = v;
                }
            }
        }
        return new double[] {min, max};
    }

    private double[] histogram(double[] in, boolean[] include, int from, int to, double binMin, double slope) {
        double[] h = new double[bins];
        for (int i = from; i < to; i++) {
            if (include == null || include[i]) {
                double c = (in[i] - binMin) / slope;
                int idx = (int) Math.floor(c);
                double offset = c - idx;
                if (idx < 0 || idx >= bins) {
                    continue;
                }
                if (offset == 0) {
                    h[idx] += 1;
                } else if (idx < bins - 1) {
                    h[idx] += 1 - offset;
                    h[idx + 1] += offset;
                }
            }
        }
        return h;
    }

    /** E(u|v) per histogram bin after Wiener deconvolution of a Gaussian of the configured FWHM. */
    private double[] conditionalMean(double[] h, double binMin, double slope) {
        int exponent = (int) Math.ceil(Math.log(bins) / Math.log(2)) + 1;
        int padded = 1 << exponent;
        int offset = (padded - bins) / 2;

        double[] vRe = new double[padded];
        double[] vIm = new double[padded];
        System.arraycopy(h, 0, vRe, offset, bins);
        Fft.transform(vRe, vIm, false);

        double[] fRe = gaussian(padded, fwhm / slope);
        double[] fIm = new double[padded];
        Fft.transform(fRe, fIm, false);

        // U = IFFT(V · Re(G)), G = conj(F) / (|F|² + noise), clipped at zero.
        double[] uRe = new double[padded];
        double[] uIm = new double[padded];
        for (int i = 0; i < padded; i++) {
            double gRe = fRe[i] / (fRe[i] * fRe[i] + fIm[i] * fIm[i] + wienerNoise);
            uRe[i] = vRe[i] * gRe;
            uIm[i] = vIm[i] * gRe;
        }
        Fft.transform(uRe, uIm, true);
        for (int i = 0; i < padded; i++) {
            uRe[i] = Math.max(uRe[i], 0);
        }

        double[] numRe = new double[padded];
        double[] numIm = new double[padded];
        for (int i = 0; i < padded; i++) {
            numRe[i] = (binMin + (i - offset) * slope) * uRe[i];
        }
        convolveWith(numRe, numIm, fRe, fIm);
        double[] denRe = uRe.clone();
        double[] denIm = new double[padded];
        convolveWith(denRe, denIm, fRe, fIm);

        double[] e = new double[bins];
        for (int n = 0; n < bins; n++) {
            double d = denRe[n + offset];
            e[n] = d != 0 ? numRe[n + offset] / d : 0;
        }
        return e;
    }

    /** x ← IFFT(FFT(x) · Ff), the circular convolution with the Gaussian whose spectrum is Ff (unnormalised). */
    private static void convolveWith(double[] re, double[] im, double[] fRe, double[] fIm) {
        Fft.transform(re, im, false);
        for (int i = 0; i < re.length; i++) {
            double r = re[i] * fRe[i] - im[i] * fIm[i];
            double m = re[i] * fIm[i] + im[i] * fRe[i];
            re[i] = r;
            im[i] = m;
        }
        Fft.transform(re, im, true);
    }

    /** Unit-area Gaussian of the given FWHM (in bins), centred on index 0 and wrapped circularly. */
    private static double[] gaussian(int padded, double scaledFwhm) {
        double expFactor = 4 * Math.log(2) / (scaledFwhm * scaledFwhm);
        double scale = 2 * Math.sqrt(Math.log(2) / Math.PI) / scaledFwhm;
        double[] f = new double[padded];
        f[0] = scale;
        for (int n = 1; n <= padded / 2; n++) {
            double g = scale * Math.exp(-(double) n * n * expFactor);
            f[n] = g;
            f[padded - n] = g;
        }
        return f;
    }
}
