package org.nacrad.image.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Draws the clinical table of the cohort (see GENERATIVE_MODEL.md for every distribution and coefficient). Each
 * patient draws from its own random stream; scanner assignment and the outcome intercepts are cohort-level, so the
 * cohort matches the study's proportions (MRI 153:24, CT 127:50, pCR ≈ 21 %, responders ≈ 70 %) in expectation.
 */
final class ClinicalModel {

    static final double PCR_RATE = 0.21;
    static final double RESPONSE_RATE = 0.70;

    private ClinicalModel() {
    }

    /** Latent draws before outcomes. */
    private record Draw(int age, boolean er, boolean pr, boolean her2, int grade, double size, int nodal, double het,
        double oed) {
    }

    static List<Patient> draw(SplittableRandom root, List<SplittableRandom> streams) {
        int n = streams.size();
        List<Draw> draws = new ArrayList<>();
        for (SplittableRandom r : streams) {
            draws.add(drawOne(r));
        }
        boolean[] mriB = minority(root, n, 24.0 / 177);
        boolean[] ctB = minority(root, n, 50.0 / 177);
        double[] lpPcr = new double[n];
        double[] lpResp = new double[n];
        for (int i = 0; i < n; i++) {
            Draw d = draws.get(i);
            lpPcr[i] = pcrPredictor(d);
            lpResp[i] = responsePredictor(d);
        }
        double[] pPcr = probabilities(lpPcr, intercept(b -> mean(probabilities(lpPcr, b)), PCR_RATE));
        // responders = pCR or (no pCR and responding): P = pPcr + (1 − pPcr)·pResp must average RESPONSE_RATE
        DoubleUnaryOperator responseRate = b -> {
            double[] p = probabilities(lpResp, b);
            for (int i = 0; i < n; i++) {
                p[i] = pPcr[i] + (1 - pPcr[i]) * p[i];
            }
            return mean(p);
        };
        double[] pResp = probabilities(lpResp, intercept(responseRate, RESPONSE_RATE));
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Draw d = draws.get(i);
            SplittableRandom r = streams.get(i);
            boolean pcr = r.nextDouble() < pPcr[i];
            boolean responder = pcr || r.nextDouble() < pResp[i];
            String recist = pcr ? (r.nextDouble() < 0.6 ? "CR" : "PR")
                : responder ? "PR" : (r.nextDouble() < 0.8 ? "SD" : "PD");
            patients.add(new Patient(String.format("NAC%03d", i + 1), d.age, d.er, d.pr, d.her2, d.grade, d.size,
                d.nodal, mriB[i] ? Scanner.MRI_B : Scanner.MRI_A, ctB[i] ? Scanner.CT_B : Scanner.CT_A, d.het, d.oed,
                pcr, responder, recist));
        }
        return patients;
    }

    private static Draw drawOne(SplittableRandom r) {
        boolean er = r.nextDouble() < 0.62;
        boolean pr = r.nextDouble() < (er ? 0.80 : 0.05);
        boolean her2 = r.nextDouble() < (er ? 0.20 : 0.38);
        double u = r.nextDouble();
        int grade = er ? (u < 0.15 ? 1 : u < 0.65 ? 2 : 3) : (u < 0.03 ? 1 : u < 0.30 ? 2 : 3);
        int age = (int) Math.round(clamp(51 - (er ? 0 : 3) + 10.5 * r.nextGaussian(), 26, 79));
        double size = Math.round(clamp(Math.exp(Math.log(28) + 0.35 * r.nextGaussian()), 10, 55) * 10) / 10.0;
        double nodalLatent = 0.03 * (size - 28) + r.nextGaussian();
        int nodal = nodalLatent < -0.35 ? 0 : nodalLatent < 0.75 ? 1 : nodalLatent < 1.4 ? 2 : 3;
        double het = 0.25 * (grade - 2) + r.nextGaussian();
        double oed = r.nextGaussian();
        return new Draw(age, er, pr, her2, grade, size, nodal, het, oed);
    }

    /** Log-odds of pCR without intercept: ER−, HER2+, high grade favour pCR; size, nodes, heterogeneity, oedema oppose. */
    private static double pcrPredictor(Draw d) {
        return 3.9 * (d.er ? 0 : 1) + 3.3 * (d.her2 ? 1 : 0) + 1.5 * (d.grade == 3 ? 1 : 0) - 0.9 * (d.grade == 1 ? 1 : 0)
            - 0.075 * (d.size - 30) - 0.75 * d.nodal - 1.2 * d.het - 1.2 * d.oed;
    }

    /** Log-odds of radiological response (among patients without pCR), same directions. */
    private static double responsePredictor(Draw d) {
        return 4.2 * (d.er ? 0 : 1) + 4.8 * (d.her2 ? 1 : 0) + 2.2 * (d.grade == 3 ? 1 : 0) - 0.15 * (d.size - 30)
            - 1.2 * d.nodal - 1.5 * d.het - 1.8 * d.oed;
    }

    /** Intercept b with rate(b) = target for a rate increasing in b, by bisection. */
    static double intercept(DoubleUnaryOperator rate, double target) {
        double lo = -20;
        double hi = 20;
        for (int it = 0; it < 100; it++) {
            double mid = 0.5 * (lo + hi);
            if (rate.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double[] probabilities(double[] lp, double b) {
        double[] p = new double[lp.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = sigmoid(lp[i] + b);
        }
        return p;
    }

    /** Exactly round(n·fraction) patients, chosen by a seeded shuffle. */
    private static boolean[] minority(SplittableRandom r, int n, double fraction) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] b = new boolean[n];
        for (int k = 0; k < Math.round(n * fraction); k++) {
            b[order[k]] = true;
        }
        return b;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
