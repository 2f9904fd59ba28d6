package org.nacrad.image.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Reads single-file NIfTI-1 and NIfTI-2 volumes ({@code .nii}, {@code .nii.gz}) as SimpleITK does: geometry per
 * {@link NiftiGeometry}; trailing singleton dimensions above the third dropped; scl_slope/scl_inter applied when
 * they are not the identity, integer data then becoming float32 as in ITK's NiftiImageIO.
 */
public final class NiftiReader {

    private static final int INTENT_VECTOR = 1007;
    private static final int INTENT_SYMMATRIX = 1005;
    private static final int INTENT_DISPVECT = 1006;
    private static final int INTENT_GENMATRIX = 1004;

    private NiftiReader() {
    }

    public static Volume read(Path file) throws IOException {
        try (InputStream in = Streams.open(file)) {
            return read(in, file);
        } catch (IOException e) {
            throw Streams.describe(file, e);
        }
    }

    /** Geometry and pixel type from the header alone (for .nii.gz only the header is decompressed). */
    public static VolumeHeader readHeader(Path file) throws IOException {
        try (InputStream in = Streams.open(file)) {
            NiftiHeader h = header(in, file);
            Geometry geometry = geometry(h, file);
            PixelType stored = h.pixelType(file);
            boolean toFloat = mustRescale(h) && stored != PixelType.FLOAT64;
            return new VolumeHeader(geometry, toFloat ? PixelType.FLOAT32 : stored);
        } catch (IOException e) {
            throw Streams.describe(file, e);
        }
    }

    private static Geometry geometry(NiftiHeader h, Path file) throws VolumeFormatException {
        Geometry geometry = NiftiGeometry.of(h, size(h, file), file);
        GeometryChecks.requireOrthonormal(geometry, file);
        return geometry;
    }

    private static Volume read(InputStream in, Path file) throws IOException {
        NiftiHeader h = header(in, file);
        Geometry geometry = geometry(h, file);
        int[] size = geometry.size();
        PixelType stored = h.pixelType(file);
        long headerBytes = h.version == 1 ? NiftiHeader.NIFTI1_SIZE : NiftiHeader.NIFTI2_SIZE;
        in.skipNBytes(h.voxOffset - headerBytes);
        double[] data = new double[size[0] * size[1] * size[2]];
        VoxelCodec.read(in, stored, h.order, data, file);
        in.transferTo(OutputStream.nullOutputStream()); // reaches the gzip trailer, so its CRC is checked
        return rescale(new Volume(geometry, stored, data), h);
    }

    static NiftiHeader header(InputStream in, Path file) throws IOException {
        byte[] first = in.readNBytes(4);
        int headerSize = first.length == 4 ? NiftiHeader.sizeOf(first) : 0;
        if (headerSize == 0) {
            throw new VolumeFormatException(file, "not a NIfTI file (header size field is neither 348 nor 540)");
        }
        byte[] raw = new byte[headerSize];
        System.arraycopy(first, 0, raw, 0, 4);
        if (in.readNBytes(raw, 4, headerSize - 4) < headerSize - 4) {
            throw new VolumeFormatException(file, "NIfTI header is truncated");
        }
        return NiftiHeader.parse(raw, file);
    }

    /** The 3D size, after dropping trailing singleton dimensions above the third as ITK does. */
    private static int[] size(NiftiHeader h, Path file) throws VolumeFormatException {
        if (h.intentCode == INTENT_VECTOR || h.intentCode == INTENT_DISPVECT || h.intentCode == INTENT_SYMMATRIX
            || h.intentCode == INTENT_GENMATRIX) {
            throw new VolumeFormatException(file, "NIfTI intent code " + h.intentCode
                + " marks a vector/matrix image; a scalar 3D volume is needed");
        }
        int dims = (int) h.dim[0];
        while (dims > 3 && h.dim[dims] == 1) {
            dims--;
        }
        if (dims != 3) {
            throw new VolumeFormatException(file, dims + "D image (dim = " + Arrays.toString(
                Arrays.copyOfRange(h.dim, 1, (int) h.dim[0] + 1)) + "); a 3D volume is needed");
        }
        double n = (double) h.dim[1] * h.dim[2] * h.dim[3];
        if (n > Integer.MAX_VALUE - 8) {
            throw new VolumeFormatException(file, "volume too large: " + (long) n + " voxels");
        }
        return new int[] {(int) h.dim[1], (int) h.dim[2], (int) h.dim[3]};
    }

    private static double slope(NiftiHeader h) {
        return Math.abs(h.sclSlope) < Math.ulp(1.0) ? 1 : h.sclSlope;
    }

    private static boolean mustRescale(NiftiHeader h) {
        double eps = Math.ulp(1.0);
        return Math.abs(slope(h) - 1) > eps || Math.abs(h.sclInter) > eps;
    }

    /**
     * ITK's MustRescale rule: a slope of (almost) zero means 1; scaling applies unless slope 1 and intercept 0.
     * Integer data become float32 computed as float(float(v) · slope + intercept).
     */
    private static Volume rescale(Volume v, NiftiHeader h) {
        if (!mustRescale(h)) {
            return v;
        }
        double slope = slope(h);
        double inter = h.sclInter;
        double[] d = v.data();
        if (v.pixelType() == PixelType.FLOAT64) {
            for (int i = 0; i < d.length; i++) {
                d[i] = d[i] * slope + inter;
            }
            return v;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) ((float) d[i] * slope + inter);
        }
        return v.withData(d, PixelType.FLOAT32);
    }
}
