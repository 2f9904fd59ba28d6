package org.nacrad.image.io;

import java.nio.file.Path;

import org.nacrad.image.Geometry;

/** Checks a read geometry must pass before algorithms that assume an orthonormal direction see it. */
final class GeometryChecks {

    /** ITK's own tolerance when it checks a NIfTI sform for orthonormality. */
    static final double ORTHONORMAL_TOLERANCE = 1e-4;

    private GeometryChecks() {
    }

    /**
     * The geometry with every negative spacing made positive and its direction column negated, as ITK's
     * ImageFileReader does after any ImageIO (e.g. NIfTI pixdim &lt; 0, NRRD "spacings" &lt; 0).
     */
    static Geometry withPositiveSpacing(int[] size, double[] spacing, double[] origin, double[] direction) {
        double[] sp = spacing.clone();
        double[] d = direction.clone();
        for (int c = 0; c < 3; c++) {
            if (sp[c] < 0) {
                sp[c] = -sp[c];
                for (int r = 0; r < 3; r++) {
                    d[3 * r + c] = -d[3 * r + c] + 0.0;
                }
            }
        }
        return new Geometry(size, sp, origin, d);
    }

    static void requireOrthonormal(Geometry g, Path file) throws VolumeFormatException {
        double[] d = g.direction();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = d[i] * d[j] + d[3 + i] * d[3 + j] + d[6 + i] * d[6 + j];
                if (Math.abs(dot - (i == j ? 1 : 0)) > ORTHONORMAL_TOLERANCE) {
                    throw new VolumeFormatException(file, "direction cosines are not orthonormal (axes " + i + " and "
                        + j + " have dot product " + dot + "); only orthonormal directions are supported");
                }
            }
        }
    }
}
