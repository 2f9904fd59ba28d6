package org.nacrad.radiomics;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.radiomics.roi.BoundingBox;

/**
 * PyRadiomics-style provenance entries ({@code radiomics/generalinfo.py}): image and mask hash (SHA-1 of the raw
 * voxel buffer: image in its stored type, mask as UInt32, little-endian, as SimpleITK's {@code Hash}), grid, bounding
 * box, voxel and component counts, centre of mass, intensity summaries.
 */
final class Diagnostics {

    private Diagnostics() {
    }

    static void image(Map<String, String> out, String stage, Volume image) {
        String p = "diagnostics_Image-" + stage + "_";
        if (stage.equals("original")) {
            out.put(p + "Hash", sha1(image, image.pixelType()));
            out.put(p + "Dimensionality", "3D");
        }
        out.put(p + "Spacing", tuple(image.geometry().spacing()));
        out.put(p + "Size", tuple(image.geometry().size()));
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : image.data()) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        out.put(p + "Mean", number(sum / image.data().length));
        out.put(p + "Minimum", number(min));
        out.put(p + "Maximum", number(max));
    }

    static void mask(Map<String, String> out, String stage, Volume image, Volume mask, int label) {
        String p = "diagnostics_Mask-" + stage + "_";
        if (stage.equals("original")) {
            out.put(p + "Hash", sha1(mask, PixelType.UINT32));
        }
        Geometry g = mask.geometry();
        out.put(p + "Spacing", tuple(g.spacing()));
        out.put(p + "Size", tuple(g.size()));
        BoundingBox box = BoundingBox.of(mask, label);
        if (box == null) {
            return;
        }
        out.put(p + "BoundingBox", box.toString());
        out.put(p + "VoxelNum", Integer.toString(box.voxelCount()));
        out.put(p + "VolumeNum", Integer.toString(components(mask, label, box)));
        double[] c = new double[3];
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        boolean sameGrid = image != null && image.geometry().sameGrid(g, Geometry.DEFAULT_TOLERANCE);
        double[] m = mask.data();
        int i = 0;
        for (int z = 0; z < g.size(2); z++) {
            for (int y = 0; y < g.size(1); y++) {
                for (int x = 0; x < g.size(0); x++, i++) {
                    if (BoundingBox.isLabel(m[i], label)) {
                        c[0] += x;
                        c[1] += y;
                        c[2] += z;
                        if (sameGrid) {
                            double v = image.data()[i];
                            sum += v;
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
            }
        }
        for (int d = 0; d < 3; d++) {
            c[d] /= box.voxelCount();
        }
        out.put(p + "CenterOfMassIndex", tuple(c));
        out.put(p + "CenterOfMass", tuple(g.indexToPhysical(c[0], c[1], c[2])));
        if (sameGrid) {
            out.put(p + "Mean", number(sum / box.voxelCount()));
            out.put(p + "Minimum", number(min));
            out.put(p + "Maximum", number(max));
        }
    }

    /** Number of 26-connected components of the label (SimpleITK ConnectedComponent, fully connected). */
    static int components(Volume mask, int label, BoundingBox box) {
        Geometry g = mask.geometry();
        int nx = g.size(0), ny = g.size(1), nz = g.size(2);
        double[] m = mask.data();
        boolean[] seen = new boolean[m.length];
        int[] stack = new int[box.voxelCount()];
        int count = 0;
        for (int start = 0; start < m.length; start++) {
            if (seen[start] || !BoundingBox.isLabel(m[start], label)) {
                continue;
            }
            count++;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int k = stack[--top];
                int x = k % nx, y = (k / nx) % ny, z = k / (nx * ny);
                for (int dz = -1; dz <= 1; dz++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = x + dx, yy = y + dy, zz = z + dz;
                            if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) {
                                continue;
                            }
                            int j = g.index(xx, yy, zz);
                            if (!seen[j] && BoundingBox.isLabel(m[j], label)) {
                                seen[j] = true;
                                stack[top++] = j;
                            }
                        }
                    }
                }
            }
        }
        return count;
    }

    /** SHA-1 hex of the voxel buffer written little-endian in {@code type}. */
    static String sha1(Volume v, PixelType type) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            ByteBuffer buf = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (double d : v.data()) {
                if (buf.remaining() < 8) {
                    md.update(buf.array(), 0, buf.position());
                    buf.clear();
                }
                switch (type) {
                    case UINT8, INT8 -> buf.put((byte) (long) d);
                    case UINT16, INT16 -> buf.putShort((short) (long) d);
                    case UINT32, INT32 -> buf.putInt((int) (long) d);
                    case UINT64, INT64 -> buf.putLong((long) d);
                    case FLOAT32 -> buf.putFloat((float) d);
                    case FLOAT64 -> buf.putDouble(d);
                }
            }
            md.update(buf.array(), 0, buf.position());
            StringBuilder sb = new StringBuilder();
            for (byte b : md.digest()) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    static String tuple(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(number(v[i]));
        }
        return sb.append(')').toString();
    }

    static String tuple(int[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.append(')').toString();
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%s", Double.toString(v));
    }
}
