package org.nacrad.image.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.nacrad.image.PixelType;

/**
 * The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that define a scalar volume. NIfTI-1 stores
 * floats; they are widened to double here, so {@link #version()} tells whether float rounding applies.
 */
final class NiftiHeader {

    static final int NIFTI1_SIZE = 348;
    static final int NIFTI2_SIZE = 540;

    static final int XFORM_UNKNOWN = 0;
    static final int XFORM_SCANNER_ANAT = 1;

    int version;
    ByteOrder order;
    long[] dim = new long[8];
    double[] pixdim = new double[8];
    int datatype;
    long voxOffset;
    double sclSlope;
    double sclInter;
    int qformCode;
    int sformCode;
    double quaternB;
    double quaternC;
    double quaternD;
    double[] qoffset = new double[3];
    double[][] srow = new double[3][4];
    int xyzUnits;
    int intentCode;
    String magic;

    /** Header size in bytes announced by the first int, in either byte order; 0 if neither version. */
    static int sizeOf(byte[] first4) {
        for (ByteOrder o : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int n = ByteBuffer.wrap(first4).order(o).getInt(0);
            if (n == NIFTI1_SIZE || n == NIFTI2_SIZE) {
                return n;
            }
        }
        return 0;
    }

    static NiftiHeader parse(byte[] raw, Path file) throws VolumeFormatException {
        ByteBuffer le = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        ByteOrder order = le.getInt(0) == NIFTI1_SIZE || le.getInt(0) == NIFTI2_SIZE ? ByteOrder.LITTLE_ENDIAN
            : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(raw).order(order);
        NiftiHeader h = b.getInt(0) == NIFTI1_SIZE ? parse1(b) : parse2(b);
        h.order = order;
        h.check(file);
        return h;
    }

    private static NiftiHeader parse1(ByteBuffer b) {
        NiftiHeader h = new NiftiHeader();
        h.version = 1;
        for (int i = 0; i < 8; i++) {
            h.dim[i] = b.getShort(40 + 2 * i);
            h.pixdim[i] = b.getFloat(76 + 4 * i);
        }
        h.intentCode = b.getShort(68);
        h.datatype = b.getShort(70);
        h.voxOffset = (long) b.getFloat(108);
        h.sclSlope = b.getFloat(112);
        h.sclInter = b.getFloat(116);
        h.xyzUnits = b.get(123) & 0x07;
        h.qformCode = b.getShort(252);
        h.sformCode = b.getShort(254);
        h.quaternB = b.getFloat(256);
        h.quaternC = b.getFloat(260);
        h.quaternD = b.getFloat(264);
        for (int i = 0; i < 3; i++) {
            h.qoffset[i] = b.getFloat(268 + 4 * i);
            for (int j = 0; j < 4; j++) {
                h.srow[i][j] = b.getFloat(280 + 16 * i + 4 * j);
            }
        }
        h.magic = text(b, 344, 4);
        return h;
    }

    private static NiftiHeader parse2(ByteBuffer b) {
        NiftiHeader h = new NiftiHeader();
        h.version = 2;
        h.magic = text(b, 4, 3);
        h.datatype = b.getShort(12);
        for (int i = 0; i < 8; i++) {
            h.dim[i] = b.getLong(16 + 8 * i);
            h.pixdim[i] = b.getDouble(104 + 8 * i);
        }
        h.voxOffset = b.getLong(168);
        h.sclSlope = b.getDouble(176);
        h.sclInter = b.getDouble(184);
        h.qformCode = b.getInt(344);
        h.sformCode = b.getInt(348);
        h.quaternB = b.getDouble(352);
        h.quaternC = b.getDouble(360);
        h.quaternD = b.getDouble(368);
        for (int i = 0; i < 3; i++) {
            h.qoffset[i] = b.getDouble(376 + 8 * i);
            for (int j = 0; j < 4; j++) {
                h.srow[i][j] = b.getDouble(400 + 32 * i + 8 * j);
            }
        }
        h.xyzUnits = b.getInt(500) & 0x07;
        h.intentCode = b.getInt(504);
        return h;
    }

    private static String text(ByteBuffer b, int offset, int length) {
        byte[] s = new byte[length];
        b.get(offset, s);
        int end = 0;
        while (end < length && s[end] != 0) {
            end++;
        }
        return new String(s, 0, end, StandardCharsets.US_ASCII);
    }

    private void check(Path file) throws VolumeFormatException {
        if (version == 1 && magic.equals("ni1")) {
            throw new VolumeFormatException(file, "two-file NIfTI (.hdr/.img) is not supported; use a single .nii");
        }
        if (!(version == 1 ? magic.equals("n+1") : magic.equals("n+2"))) {
            throw new VolumeFormatException(file, "not a NIfTI-" + version + " file (magic '" + magic + "')");
        }
        if (dim[0] < 1 || dim[0] > 7) {
            throw new VolumeFormatException(file, "bad NIfTI dim[0] = " + dim[0]);
        }
        if (dim[1] <= 0) {
            throw new VolumeFormatException(file, "bad NIfTI dim[1] = " + dim[1]);
        }
        // As nifti_convert_nhdr2nim: non-positive sizes inside dim[0] become 1, bad spacings become 1.
        for (int i = 2; i <= dim[0]; i++) {
            if (dim[i] <= 0) {
                dim[i] = 1;
            }
        }
        for (int i = (int) dim[0] + 1; i < 8; i++) {
            dim[i] = 1;
        }
        for (int i = 1; i <= dim[0]; i++) {
            if (pixdim[i] == 0 || !Double.isFinite(pixdim[i])) {
                pixdim[i] = 1;
            }
        }
        sclSlope = finiteOrZero(sclSlope);
        sclInter = finiteOrZero(sclInter);
        quaternB = finiteOrZero(quaternB);
        quaternC = finiteOrZero(quaternC);
        quaternD = finiteOrZero(quaternD);
        for (int i = 0; i < 3; i++) {
            qoffset[i] = finiteOrZero(qoffset[i]);
        }
        if (voxOffset < (version == 1 ? NIFTI1_SIZE : NIFTI2_SIZE)) {
            voxOffset = version == 1 ? NIFTI1_SIZE : NIFTI2_SIZE;
        }
    }

    private static double finiteOrZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** The stored voxel type, or an error naming the datatype code. */
    PixelType pixelType(Path file) throws VolumeFormatException {
        return switch (datatype) {
            case 2 -> PixelType.UINT8;
            case 4 -> PixelType.INT16;
            case 8 -> PixelType.INT32;
            case 16 -> PixelType.FLOAT32;
            case 64 -> PixelType.FLOAT64;
            case 256 -> PixelType.INT8;
            case 512 -> PixelType.UINT16;
            case 768 -> PixelType.UINT32;
            case 1024 -> PixelType.INT64;
            case 1280 -> PixelType.UINT64;
            case 1 -> throw unsupported(file, "binary (1-bit)");
            case 32 -> throw unsupported(file, "complex64");
            case 128 -> throw unsupported(file, "RGB24");
            case 1536 -> throw unsupported(file, "float128");
            case 1792 -> throw unsupported(file, "complex128");
            case 2048 -> throw unsupported(file, "complex256");
            case 2304 -> throw unsupported(file, "RGBA32");
            default -> throw new VolumeFormatException(file, "unknown NIfTI datatype code " + datatype);
        };
    }

    private VolumeFormatException unsupported(Path file, String name) {
        return new VolumeFormatException(file,
            "NIfTI datatype " + datatype + " (" + name + ") is not a scalar type we read");
    }

    static int datatypeCode(PixelType type) {
        return switch (type) {
            case UINT8 -> 2;
            case INT16 -> 4;
            case INT32 -> 8;
            case FLOAT32 -> 16;
            case FLOAT64 -> 64;
            case INT8 -> 256;
            case UINT16 -> 512;
            case UINT32 -> 768;
            case INT64 -> 1024;
            case UINT64 -> 1280;
        };
    }
}
