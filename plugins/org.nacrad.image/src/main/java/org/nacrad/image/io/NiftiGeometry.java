package org.nacrad.image.io;

import java.nio.file.Path;

import org.nacrad.image.Geometry;

/**
 * Turns a NIfTI header into an LPS {@link Geometry} the way ITK's NiftiImageIO (ITK 5.4, the one SimpleITK 2.5
 * uses) does: spacing from pixdim scaled by xyz_units; the qform or the sform chosen by ITK's rules; origin and
 * direction columns taken from that 4×4 matrix with x and y negated (RAS→LPS), columns normalised. For NIfTI-1 the
 * matrices are rounded to float like nifti1_io stores them, so results agree with SimpleITK to the last bit.
 */
final class NiftiGeometry {

    private static final double SIMILAR = 1e-5;
    private static final double ORTHONORMAL = 1e-4;
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private final NiftiHeader h;
    private final boolean single;
    private final Path file;

    private NiftiGeometry(NiftiHeader h, Path file) {
        this.h = h;
        this.single = h.version == 1;
        this.file = file;
    }

    static Geometry of(NiftiHeader h, int[] size, Path file) throws VolumeFormatException {
        return new NiftiGeometry(h, file).geometry(size);
    }

    private Geometry geometry(int[] size) throws VolumeFormatException {
        double scale = switch (h.xyzUnits) {
            case 1 -> 1e3; // metre
            case 3 -> 1e-3; // micron
            default -> 1; // mm or unknown
        };
        double[] spacing = new double[3];
        for (int i = 0; i < 3; i++) {
            spacing[i] = h.pixdim[i + 1] * scale;
        }
        if (h.qformCode <= 0 && h.sformCode <= 0) {
            return GeometryChecks.withPositiveSpacing(size, spacing, new double[3], IDENTITY);
        }
        double[][] m = chosenMatrix();
        double[] origin = {-m[0][3] * scale + 0.0, -m[1][3] * scale + 0.0, m[2][3] * scale};
        double[] direction = new double[9];
        for (int c = 0; c < 3; c++) {
            double[] col = {-m[0][c], -m[1][c], m[2][c]};
            double norm = Math.sqrt(col[0] * col[0] + col[1] * col[1] + col[2] * col[2]);
            if (norm == 0) {
                throw new VolumeFormatException(file, "direction of axis " + c + " is zero");
            }
            for (int r = 0; r < 3; r++) {
                direction[3 * r + c] = col[r] / norm + 0.0; // no negative zeros
            }
        }
        return GeometryChecks.withPositiveSpacing(size, spacing, origin, direction);
    }

    /** ITK's choice between sform and qform (with SFORM_PERMISSIVE off, its default). */
    private double[][] chosenMatrix() throws VolumeFormatException {
        double[][] q = h.qformCode > 0 ? qform() : diagonalQform();
        double[][] s = h.sformCode > 0 ? sform() : new double[4][4];
        boolean preferSform = similar(s, q);
        if (h.sformCode > 0 && orthonormalWithoutSkew(s)) {
            if (h.qformCode <= 0 || h.sformCode == NiftiHeader.XFORM_SCANNER_ANAT) {
                preferSform = true;
            } else {
                preferSform = verySimilar(s, q);
            }
        }
        if (preferSform) {
            return s;
        }
        if (h.qformCode > 0) {
            return q;
        }
        throw new VolumeFormatException(file, "the sform is not orthonormal (skewed or singular) and there is no "
            + "qform; only orthonormal direction cosines are supported");
    }

    private double[][] diagonalQform() {
        double[][] m = new double[4][4];
        for (int i = 0; i < 3; i++) {
            m[i][i] = h.pixdim[i + 1];
        }
        m[3][3] = 1;
        return m;
    }

    /** nifti_quatern_to_mat44: rotation from the quaternion (b, c, d), scaled by pixdim, qfac flipping z. */
    private double[][] qform() {
        double b = h.quaternB;
        double c = h.quaternC;
        double d = h.quaternD;
        double a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7) {
            double inv = 1.0 / Math.sqrt(b * b + c * c + d * d);
            b *= inv;
            c *= inv;
            d *= inv;
            a = 0;
        } else {
            a = Math.sqrt(a);
        }
        double xd = h.pixdim[1] > 0 ? h.pixdim[1] : 1;
        double yd = h.pixdim[2] > 0 ? h.pixdim[2] : 1;
        double zd = h.pixdim[3] > 0 ? h.pixdim[3] : 1;
        if (h.pixdim[0] < 0) {
            zd = -zd;
        }
        double[][] m = new double[4][4];
        m[0][0] = store((a * a + b * b - c * c - d * d) * xd);
        m[0][1] = store(2 * (b * c - a * d) * yd);
        m[0][2] = store(2 * (b * d + a * c) * zd);
        m[1][0] = store(2 * (b * c + a * d) * xd);
        m[1][1] = store((a * a + c * c - b * b - d * d) * yd);
        m[1][2] = store(2 * (c * d - a * b) * zd);
        m[2][0] = store(2 * (b * d - a * c) * xd);
        m[2][1] = store(2 * (c * d + a * b) * yd);
        m[2][2] = store((a * a + d * d - c * c - b * b) * zd);
        for (int i = 0; i < 3; i++) {
            m[i][3] = h.qoffset[i];
        }
        m[3][3] = 1;
        return m;
    }

    private double[][] sform() {
        double[][] m = new double[4][4];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(h.srow[i], 0, m[i], 0, 4);
        }
        m[3][3] = 1;
        return m;
    }

    /** A matrix element as the NIfTI library holds it: float for NIfTI-1, double for NIfTI-2. */
    private double store(double v) {
        return single ? (float) v : v;
    }

    /** Element-wise agreement of the 3×3 parts and (tightly) of the translations. */
    private static boolean similar(double[][] s, double[][] q) {
        double translation = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (Math.abs(s[r][c] - q[r][c]) > SIMILAR) {
                    return false;
                }
            }
            translation += Math.abs(s[r][3] - q[r][3]);
        }
        translation += Math.abs(s[3][3] - q[3][3]);
        return translation <= 1e-7;
    }

    /** Invertible, and with columns normalised R·Rᵀ is the identity within 1e-4 (ITK's check). */
    private boolean orthonormalWithoutSkew(double[][] s) {
        double[][] n = normalisedColumns(s);
        if (n == null || Math.abs(det(n)) < 1e-12) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = n[i][0] * n[j][0] + n[i][1] * n[j][1] + n[i][2] * n[j][2];
                if (Math.abs(dot - (i == j ? 1 : 0)) > ORTHONORMAL) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * ITK's test for a sform "very similar" to the qform: single-precision LINPACK SVDs of both 3×3 parts have
     * singular values within 1e-4, left singular vectors U_s·U_q⁻¹ within 1e-4 of identity, and offsets within
     * 1e-4. The singular vectors' signs and order come from the algorithm, so oblique matrices can fail this test
     * even when both transforms agree; {@link LinpackSvd} reproduces that. U_q is orthogonal, so its inverse is its
     * transpose to far below the tolerance.
     */
    private static boolean verySimilar(double[][] s, double[][] q) {
        LinpackSvd ss = LinpackSvd.of(top3x3(s));
        LinpackSvd qs = LinpackSvd.of(top3x3(q));
        for (int i = 0; i < 3; i++) {
            boolean offsetDiffers = Math.abs((float) s[i][3] - (float) q[i][3]) > ORTHONORMAL;
            if (Math.abs(ss.w[i] - qs.w[i]) > ORTHONORMAL || offsetDiffers) {
                return false;
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                float v = 0;
                for (int k = 0; k < 3; k++) {
                    v += ss.u[i][k] * qs.u[j][k];
                }
                if (Math.abs(v - (i == j ? 1 : 0)) > ORTHONORMAL) {
                    return false;
                }
            }
        }
        return true;
    }

    private static float[][] top3x3(double[][] m) {
        float[][] f = new float[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                f[r][c] = (float) m[r][c];
            }
        }
        return f;
    }

    private static double[] columnNorms(double[][] m) {
        double[] n = new double[3];
        for (int c = 0; c < 3; c++) {
            n[c] = Math.sqrt(m[0][c] * m[0][c] + m[1][c] * m[1][c] + m[2][c] * m[2][c]);
        }
        return n;
    }

    private static double[][] normalisedColumns(double[][] m) {
        double[] norms = columnNorms(m);
        double[][] n = new double[3][3];
        for (int c = 0; c < 3; c++) {
            if (norms[c] == 0) {
                return null;
            }
            for (int r = 0; r < 3; r++) {
                n[r][c] = m[r][c] / norms[c];
            }
        }
        return n;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
