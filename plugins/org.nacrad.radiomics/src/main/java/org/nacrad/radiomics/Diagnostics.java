package org.nacrad.radiomics;

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
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        out.put(p + "Mean", number(sum / image.data().length));
        out.put(p + "Minimum", number(min));
        out.put(p + "Maximum", number(max));
    }

    static void mask(Map<String, String> out, String stage, Volume image, Volume mask, int label) {
        mask(out, stage, image, mask, label, BoundingBox.of(mask, label));
    }

    /** As {@link #mask(Map, String, Volume, Volume, int)} with the label's box already known (null if absent). */
    static void mask(Map<String, String> out, String stage, Volume image, Volume mask, int label, BoundingBox box) {
        String p = "diagnostics_Mask-" + stage + "_";
        if (stage.equals("original")) {
            out.put(p + "Hash", sha1(mask, PixelType.UINT32));
        }
        Geometry g = mask.geometry();
        out.put(p + "Spacing", tuple(g.spacing()));
        out.put(p + "Size", tuple(g.size()));
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
        for (int z = box.z(); z < box.z() + box.sizeZ(); z++) {
            for (int y = box.y(); y < box.y() + box.sizeY(); y++) {
                for (int x = box.x(); x < box.x() + box.sizeX(); x++) {
                    int i = g.index(x, y, z);
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
        // the label's box with a one-voxel margin, so neighbour offsets need no bounds checks
        int nx = box.sizeX() + 2, ny = box.sizeY() + 2, nz = box.sizeZ() + 2;
        boolean[] open = new boolean[nx * ny * nz];
        int[] roi = new int[box.voxelCount()];
        Geometry g = mask.geometry();
        double[] m = mask.data();
        int k = 0;
        for (int z = 0; z < box.sizeZ(); z++) {
            for (int y = 0; y < box.sizeY(); y++) {
                int src = g.index(box.x(), box.y() + y, box.z() + z);
                int dst = ((z + 1) * ny + y + 1) * nx + 1;
                for (int x = 0; x < box.sizeX(); x++) {
                    if (BoundingBox.isLabel(m[src + x], label)) {
                        open[dst + x] = true;
                        roi[k++] = dst + x;
                    }
                }
            }
        }
        int[] offsets = new int[26];
        int o = 0;
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dz != 0 || dy != 0 || dx != 0) {
                        offsets[o++] = (dz * ny + dy) * nx + dx;
                    }
                }
            }
        }
        int[] stack = new int[roi.length];
        int count = 0;
        for (int start : roi) {
            if (!open[start]) {
                continue;
            }
            count++;
            int top = 0;
            stack[top++] = start;
            open[start] = false;
            while (top > 0) {
                int v = stack[--top];
                for (int d : offsets) {
                    if (open[v + d]) {
                        open[v + d] = false;
                        stack[top++] = v + d;
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
            int width = switch (type) {
                case UINT8, INT8 -> 1;
                case UINT16, INT16 -> 2;
                case UINT32, INT32, FLOAT32 -> 4;
                case UINT64, INT64, FLOAT64 -> 8;
            };
            double[] data = v.data();
            byte[] chunk = new byte[width * 65536];
            for (int from = 0; from < data.length; from += 65536) {
                int to = Math.min(data.length, from + 65536);
                int k = 0;
                if (type == PixelType.FLOAT32 || type == PixelType.FLOAT64) {
                    for (int i = from; i < to; i++) {
                        long bits = type == PixelType.FLOAT32 ? Float.floatToRawIntBits((float) data[i])
                            : Double.doubleToRawLongBits(data[i]);
                        k = put(chunk, k, bits, width);
                    }
                } else if (width == 2) {
                    for (int i = from; i < to; i++) {
                        int bits = (int) data[i];
                        chunk[k++] = (byte) bits;
                        chunk[k++] = (byte) (bits >>> 8);
                    }
                } else if (width == 4) {
                    for (int i = from; i < to; i++) {
                        long bits = (long) data[i];
                        chunk[k++] = (byte) bits;
                        chunk[k++] = (byte) (bits >>> 8);
                        chunk[k++] = (byte) (bits >>> 16);
                        chunk[k++] = (byte) (bits >>> 24);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        k = put(chunk, k, (long) data[i], width);
                    }
                }
                md.update(chunk, 0, k);
            }
            StringBuilder sb = new StringBuilder();
            for (byte b : md.digest()) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    private static int put(byte[] chunk, int k, long bits, int width) {
        for (int b = 0; b < width; b++) {
            chunk[k++] = (byte) (bits >>> (8 * b));
        }
        return k;
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
