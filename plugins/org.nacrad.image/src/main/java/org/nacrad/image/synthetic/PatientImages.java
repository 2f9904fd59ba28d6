package org.nacrad.image.synthetic;

import java.util.SplittableRandom;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.morphology.EuclideanDistance;

/**
 * Renders one patient's volumes in patient LPS coordinates (mm): a breast (half-ellipsoid in front of the chest wall
 * plane y = 22 mm), chest-wall muscle behind it, air elsewhere, and the tumour. See GENERATIVE_MODEL.md.
 */
final class PatientImages {

    static final Geometry MRI = centred(new int[] {96, 96, 32}, new double[] {0.8, 0.8, 2.5}, new double[] {0, 0, 0});
    static final Geometry CT = centred(new int[] {64, 64, 40}, new double[] {1.0, 1.0, 2.0}, new double[] {0, 4, 0});

    private static final double CHEST_WALL_Y = 22;
    private static final double[] BREAST_RADII = {36, 40, 38};
    private static final double MRI_NOISE = 14;
    private static final double CT_NOISE = 12;

    /** The rendered volumes of one patient. */
    record Rendered(Volume ceT1, Volume t2, Volume mriTumour, Volume mriTissue, Volume ct, Volume ctTumour) {
    }

    private final Patient patient;
    private final SplittableRandom rnd;
    private final TumourShape tumour;
    private final SmoothField texture;
    private final SmoothField glandular;
    private final double[] bias = new double[7];
    private final double textureAmplitude;

    PatientImages(Patient patient, SplittableRandom rnd) {
        this.patient = patient;
        this.rnd = rnd;
        double[] centre = {-6 + 12 * rnd.nextDouble(), -1 + 6 * rnd.nextDouble(), -8 + 16 * rnd.nextDouble()};
        tumour = new TumourShape(rnd, patient.tumourSizeMm(), centre);
        texture = new SmoothField(rnd, 16, 3, 12);
        glandular = new SmoothField(rnd, 8, 15, 45);
        for (int i = 0; i < bias.length; i++) {
            bias[i] = 0.12 * rnd.nextGaussian();
        }
        textureAmplitude = 0.10 * Math.exp(0.45 * patient.heterogeneity());
    }

    Rendered render() {
        Volume tumourMri = mask(MRI, true);
        Volume tissue = mask(MRI, false);
        Volume tumourCt = mask(CT, true);
        if (tumourMri.count(1) == 0 || tumourCt.count(1) == 0) {
            throw new IllegalStateException(patient.id() + ": synthetic tumour missed the image grid");
        }
        double[] dist = EuclideanDistance.toForeground(booleans(tumourMri), MRI.size(), MRI.spacing());
        double oedema = 220 * ClinicalModel.sigmoid(1.5 * patient.oedema());
        int n = (int) MRI.voxelCount();
        double[] t1 = new double[n];
        double[] t2 = new double[n];
        int i = 0;
        for (int z = 0; z < MRI.size(2); z++) {
            for (int y = 0; y < MRI.size(1); y++) {
                for (int x = 0; x < MRI.size(0); x++, i++) {
                    double[] p = MRI.indexToPhysical(x, y, z);
                    if (tumourMri.data()[i] != 0) {
                        double tex = textureAmplitude * texture.at(p[0], p[1], p[2]);
                        t1[i] = 820 * (1 + tex);
                        t2[i] = 560 * (1 + 0.6 * tex);
                    } else if (tissue.data()[i] != 0) {
                        double g = ClinicalModel.sigmoid(1.5 * glandular.at(p[0], p[1], p[2]));
                        t1[i] = 280 + 120 * g;
                        t2[i] = 420 - 150 * g + (dist[i] <= 15 ? oedema * Math.exp(-dist[i] / 4) : 0);
                    } else if (p[1] >= CHEST_WALL_Y) {
                        t1[i] = 220;
                        t2[i] = 140;
                    } else {
                        continue; // air stays 0 (background-suppressed magnitude image)
                    }
                    double b = biasField(p);
                    t1[i] = storeMri(patient.mriScanner().apply(t1[i] * b) + MRI_NOISE * rnd.nextGaussian());
                    t2[i] = storeMri(patient.mriScanner().apply(t2[i] * b) + MRI_NOISE * rnd.nextGaussian());
                }
            }
        }
        return new Rendered(new Volume(MRI, PixelType.INT16, t1), new Volume(MRI, PixelType.INT16, t2), tumourMri,
            tissue, ct(tumourCt), tumourCt);
    }

    private Volume ct(Volume tumourCt) {
        double[] hu = new double[(int) CT.voxelCount()];
        int i = 0;
        for (int z = 0; z < CT.size(2); z++) {
            for (int y = 0; y < CT.size(1); y++) {
                for (int x = 0; x < CT.size(0); x++, i++) {
                    double[] p = CT.indexToPhysical(x, y, z);
                    double v;
                    if (tumourCt.data()[i] != 0) {
                        v = 45 + 300 * textureAmplitude * texture.at(p[0], p[1], p[2]);
                    } else if (inBreast(p)) {
                        v = -95 + 130 * ClinicalModel.sigmoid(1.5 * glandular.at(p[0], p[1], p[2]));
                    } else if (p[1] >= CHEST_WALL_Y) {
                        v = 50;
                    } else {
                        hu[i] = -1000;
                        continue;
                    }
                    double stored = patient.ctScanner().apply(v + 1000) - 1000 + CT_NOISE * rnd.nextGaussian();
                    hu[i] = Math.max(-1024, Math.min(3071, Math.rint(stored)));
                }
            }
        }
        return new Volume(CT, PixelType.INT16, hu);
    }

    /** Tumour (clipped to the breast) or breast tissue mask on a grid, UINT8 0/1. */
    private Volume mask(Geometry g, boolean tumourOnly) {
        double[] m = new double[(int) g.voxelCount()];
        int i = 0;
        for (int z = 0; z < g.size(2); z++) {
            for (int y = 0; y < g.size(1); y++) {
                for (int x = 0; x < g.size(0); x++, i++) {
                    double[] p = g.indexToPhysical(x, y, z);
                    boolean in = inBreast(p) && (!tumourOnly || tumour.contains(p[0], p[1], p[2]));
                    m[i] = in ? 1 : 0;
                }
            }
        }
        return new Volume(g, PixelType.UINT8, m);
    }

    private static boolean inBreast(double[] p) {
        if (p[1] >= CHEST_WALL_Y) {
            return false;
        }
        double a = p[0] / BREAST_RADII[0];
        double b = (p[1] - CHEST_WALL_Y) / BREAST_RADII[1];
        double c = p[2] / BREAST_RADII[2];
        return a * a + b * b + c * c <= 1;
    }

    /** Smooth multiplicative coil field: exp of a quadratic in coordinates normalised to the MRI field of view. */
    private double biasField(double[] p) {
        double u = p[0] / 38.4;
        double v = p[1] / 38.4;
        double w = p[2] / 40.0;
        return Math.exp(bias[0] * u + bias[1] * v + bias[2] * w + bias[3] * u * v + bias[4] * u * u + bias[5] * v * v
            + bias[6] * w * w);
    }

    private static double storeMri(double v) {
        return Math.max(0, Math.min(Short.MAX_VALUE, Math.rint(v)));
    }

    private static boolean[] booleans(Volume mask) {
        boolean[] b = new boolean[mask.data().length];
        for (int i = 0; i < b.length; i++) {
            b[i] = mask.data()[i] != 0;
        }
        return b;
    }

    private static Geometry centred(int[] size, double[] spacing, double[] centre) {
        double[] origin = new double[3];
        for (int i = 0; i < 3; i++) {
            origin[i] = centre[i] - (size[i] - 1) / 2.0 * spacing[i];
        }
        return Geometry.of(size, spacing, origin);
    }
}
