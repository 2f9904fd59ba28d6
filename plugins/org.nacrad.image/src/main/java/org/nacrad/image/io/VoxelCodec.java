package org.nacrad.image.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.nacrad.image.PixelType;

/**
 * Bulk conversion between stored voxel bytes and the double[] of a volume, a chunk at a time so that no second
 * full-size copy of a volume is made and no object is allocated per voxel.
 */
final class VoxelCodec {

    private static final int CHUNK_VOXELS = 1 << 16;
    private static final double TWO_64 = 0x1p64;

    private VoxelCodec() {
    }

    /** Fills {@code out} from {@code in}; fewer bytes than needed is a truncated file. */
    static void read(InputStream in, PixelType type, ByteOrder order, double[] out, Path file) throws IOException {
        int width = type.bytes();
        byte[] buf = new byte[CHUNK_VOXELS * width];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(order);
        for (int done = 0; done < out.length;) {
            int n = Math.min(CHUNK_VOXELS, out.length - done);
            int got = in.readNBytes(buf, 0, n * width);
            if (got < n * width) {
                throw new VolumeFormatException(file, "voxel data ends after " + (done + got / width) + " of "
                    + out.length + " voxels (truncated file?)");
            }
            decode(bb, type, n, out, done);
            done += n;
        }
    }

    private static void decode(ByteBuffer bb, PixelType type, int n, double[] out, int off) {
        switch (type) {
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.get(i) & 0xff;
                }
            }
            case INT8 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.get(i);
                }
            }
            case UINT16 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getShort(2 * i) & 0xffff;
                }
            }
            case INT16 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getShort(2 * i);
                }
            }
            case UINT32 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getInt(4 * i) & 0xffffffffL;
                }
            }
            case INT32 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getInt(4 * i);
                }
            }
            case UINT64 -> {
                for (int i = 0; i < n; i++) {
                    long v = bb.getLong(8 * i);
                    out[off + i] = v >= 0 ? v : v + TWO_64;
                }
            }
            case INT64 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getLong(8 * i);
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getFloat(4 * i);
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) {
                    out[off + i] = bb.getDouble(8 * i);
                }
            }
        }
    }

    /**
     * Writes {@code data} as {@code type}. Integer types take the nearest integer; a value outside the type's range
     * (or not finite) is an error rather than a silent wrap-around.
     */
    static void write(OutputStream out, double[] data, PixelType type, ByteOrder order, Path file) throws IOException {
        int width = type.bytes();
        byte[] buf = new byte[CHUNK_VOXELS * width];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(order);
        for (int done = 0; done < data.length;) {
            int n = Math.min(CHUNK_VOXELS, data.length - done);
            encode(bb, type, n, data, done, file);
            out.write(buf, 0, n * width);
            done += n;
        }
    }

    private static void encode(ByteBuffer bb, PixelType type, int n, double[] data, int off, Path file)
        throws VolumeFormatException {
        switch (type) {
            case UINT8, INT8 -> {
                for (int i = 0; i < n; i++) {
                    bb.put(i, (byte) integer(data, off + i, type, file));
                }
            }
            case UINT16, INT16 -> {
                for (int i = 0; i < n; i++) {
                    bb.putShort(2 * i, (short) integer(data, off + i, type, file));
                }
            }
            case UINT32, INT32 -> {
                for (int i = 0; i < n; i++) {
                    bb.putInt(4 * i, (int) integer(data, off + i, type, file));
                }
            }
            case UINT64, INT64 -> {
                for (int i = 0; i < n; i++) {
                    bb.putLong(8 * i, integer(data, off + i, type, file));
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < n; i++) {
                    bb.putFloat(4 * i, (float) data[off + i]);
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) {
                    bb.putDouble(8 * i, data[off + i]);
                }
            }
        }
    }

    /** The two's-complement bits of the rounded value, checked against the type's range. */
    private static long integer(double[] data, int i, PixelType type, Path file) throws VolumeFormatException {
        double r = Math.rint(data[i]);
        if (!(r >= min(type) && r <= max(type))) {
            throw new VolumeFormatException(file, "voxel " + i + " value " + data[i] + " does not fit " + type);
        }
        return type == PixelType.UINT64 && r >= 0x1p63 ? (long) (r - TWO_64) : (long) r;
    }

    static double min(PixelType type) {
        return switch (type) {
            case UINT8, UINT16, UINT32, UINT64 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> -0x1p63;
            case FLOAT32 -> -Float.MAX_VALUE;
            case FLOAT64 -> -Double.MAX_VALUE;
        };
    }

    static double max(PixelType type) {
        return switch (type) {
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case UINT16 -> 65535;
            case INT16 -> Short.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            case UINT64 -> Math.nextDown(TWO_64);
            case INT64 -> Math.nextDown(0x1p63);
            case FLOAT32 -> Float.MAX_VALUE;
            case FLOAT64 -> Double.MAX_VALUE;
        };
    }
}
