package org.nacrad.image.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/**
 * Writes a volume as single-file NIfTI-1 ({@code .nii}, or gzip-compressed {@code .nii.gz}), little-endian, with
 * both qform and sform (code 1, scanner anatomical) describing the geometry in RAS as ITK writes them.
 */
public final class NiftiWriter {

    private static final int UNITS_MM_SEC = 2 | 8;

    private NiftiWriter() {
    }

    public static void write(Volume volume, Path file) throws IOException {
        byte[] header = header(volume, file);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        AtomicFiles.write(file, out -> {
            OutputStream o = gzip ? Streams.gzip(out) : out;
            o.write(header);
            VoxelCodec.write(o, volume.data(), volume.pixelType(), ByteOrder.LITTLE_ENDIAN, file);
            if (gzip) {
                ((GZIPOutputStream) o).finish();
            }
        });
    }

    static byte[] header(Volume volume, Path file) throws VolumeFormatException {
        Geometry g = volume.geometry();
        ByteBuffer b = ByteBuffer.allocate(NiftiHeader.NIFTI1_SIZE + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, NiftiHeader.NIFTI1_SIZE);
        b.put(38, (byte) 'r');
        short[] dim = {3, (short) g.size(0), (short) g.size(1), (short) g.size(2), 1, 1, 1, 1};
        for (int i = 0; i < 3; i++) {
            if (g.size(i) > Short.MAX_VALUE) {
                throw new VolumeFormatException(file, "NIfTI-1 cannot store a size of " + g.size(i) + " voxels");
            }
        }
        for (int i = 0; i < 8; i++) {
            b.putShort(40 + 2 * i, dim[i]);
        }
        b.putShort(70, (short) NiftiHeader.datatypeCode(volume.pixelType()));
        b.putShort(72, (short) (8 * volume.pixelType().bytes()));
        double[][] ras = rasDirection(g.direction());
        Quaternion q = Quaternion.of(ras, file);
        b.putFloat(76, (float) q.qfac);
        for (int i = 0; i < 3; i++) {
            b.putFloat(80 + 4 * i, (float) g.spacing(i));
        }
        for (int i = 4; i < 8; i++) {
            b.putFloat(76 + 4 * i, 1f);
        }
        b.putFloat(108, NiftiHeader.NIFTI1_SIZE + 4);
        b.putFloat(112, 1f);
        b.putFloat(116, 0f);
        b.put(123, (byte) UNITS_MM_SEC);
        b.putShort(252, (short) NiftiHeader.XFORM_SCANNER_ANAT);
        b.putShort(254, (short) NiftiHeader.XFORM_SCANNER_ANAT);
        b.putFloat(256, (float) q.b);
        b.putFloat(260, (float) q.c);
        b.putFloat(264, (float) q.d);
        double[] origin = g.origin();
        double[] rasOrigin = {-origin[0], -origin[1], origin[2]};
        for (int r = 0; r < 3; r++) {
            b.putFloat(268 + 4 * r, (float) rasOrigin[r]);
            for (int c = 0; c < 3; c++) {
                b.putFloat(280 + 16 * r + 4 * c, (float) (ras[r][c] * g.spacing(c)));
            }
            b.putFloat(280 + 16 * r + 12, (float) rasOrigin[r]);
        }
        b.put(344, "n+1".getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    /** LPS direction (row-major) to a RAS 3×3 matrix: the first two rows change sign. */
    private static double[][] rasDirection(double[] lps) {
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] = (r < 2 ? -1 : 1) * lps[3 * r + c];
            }
        }
        return m;
    }

    /** The NIfTI qform parameters (quaternion b, c, d and qfac) of an orthonormal rotation matrix. */
    record Quaternion(double b, double c, double d, double qfac) {

        static Quaternion of(double[][] m, Path file) throws VolumeFormatException {
            requireOrthonormal(m, file);
            double[][] r = {m[0].clone(), m[1].clone(), m[2].clone()};
            double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
                - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0]) + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
            double qfac = det < 0 ? -1 : 1;
            for (int i = 0; i < 3; i++) {
                r[i][2] *= qfac;
            }
            double a = r[0][0] + r[1][1] + r[2][2] + 1;
            double b;
            double c;
            double d;
            if (a > 0.5) {
                a = 0.5 * Math.sqrt(a);
                b = 0.25 * (r[2][1] - r[1][2]) / a;
                c = 0.25 * (r[0][2] - r[2][0]) / a;
                d = 0.25 * (r[1][0] - r[0][1]) / a;
            } else {
                double xd = 1 + r[0][0] - (r[1][1] + r[2][2]);
                double yd = 1 + r[1][1] - (r[0][0] + r[2][2]);
                double zd = 1 + r[2][2] - (r[0][0] + r[1][1]);
                if (xd > 1) {
                    b = 0.5 * Math.sqrt(xd);
                    c = 0.25 * (r[0][1] + r[1][0]) / b;
                    d = 0.25 * (r[0][2] + r[2][0]) / b;
                    a = 0.25 * (r[2][1] - r[1][2]) / b;
                } else if (yd > 1) {
                    c = 0.5 * Math.sqrt(yd);
                    b = 0.25 * (r[0][1] + r[1][0]) / c;
                    d = 0.25 * (r[1][2] + r[2][1]) / c;
                    a = 0.25 * (r[0][2] - r[2][0]) / c;
                } else {
                    d = 0.5 * Math.sqrt(zd);
                    b = 0.25 * (r[0][2] + r[2][0]) / d;
                    c = 0.25 * (r[1][2] + r[2][1]) / d;
                    a = 0.25 * (r[1][0] - r[0][1]) / d;
                }
                if (a < 0) {
                    b = -b;
                    c = -c;
                    d = -d;
                }
            }
            return new Quaternion(b, c, d, qfac);
        }

        private static void requireOrthonormal(double[][] m, Path file) throws VolumeFormatException {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double dot = m[0][i] * m[0][j] + m[1][i] * m[1][j] + m[2][i] * m[2][j];
                    if (Math.abs(dot - (i == j ? 1 : 0)) > 1e-4) {
                        throw new VolumeFormatException(file, "direction matrix is not orthonormal");
                    }
                }
            }
        }
    }
}
