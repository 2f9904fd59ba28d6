package org.nacrad.image.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Reads 3D Slicer segmentations ({@code .seg.nrrd}) into one named binary mask per segment.
 *
 * <p>Slicer stores segments as label values in one or more layers: a 3D NRRD is one layer; the layered 4D form has
 * a first {@code list} axis (space direction {@code none}) whose entries are layers, so overlapping segments sit in
 * different layers. Each segment is described by {@code Segment<N>_ID}, {@code _Name}, {@code _LabelValue} and
 * {@code _Layer} key/value pairs; segment N is the set of voxels of its layer equal to its label value. Files from
 * Slicer before 4.11 have no label value or layer: one layer per segment, in segment order, non-zero inside. A
 * plain label map (NRRD without segment keys, or NIfTI) yields one segment per non-zero label, named
 * {@code Label<v>}.
 */
public final class SegmentationReader {

    private static final Pattern SEGMENT_KEY = Pattern.compile("Segment(\\d+)_(ID|Name)");

    /** One segment: its Slicer id and name, where it is stored, and its mask (UINT8, 1 inside) on the file's grid. */
    public record Segment(String id, String name, int labelValue, int layer, Volume mask) {
    }

    private SegmentationReader() {
    }

    public static List<Segment> read(Path file) throws IOException {
        if (VolumeIO.Format.of(file) == VolumeIO.Format.NIFTI) {
            Volume labelMap = NiftiReader.read(file);
            Geometry g = labelMap.geometry();
            return labelMapSegments(file, g, new Layers(labelMap.data(), g.size(), -1));
        }
        NrrdReader.Content c = NrrdReader.readAll(file);
        int[] domain = NrrdReader.domainAxes(c.kinds());
        if (domain.length != 3 || c.sizes().length > 4) {
            throw new VolumeFormatException(file, "segmentation must have 3 spatial axes and at most one layer axis");
        }
        int layerAxis = -1;
        for (int a = 0; a < c.sizes().length; a++) {
            if (Arrays.binarySearch(domain, a) < 0) {
                layerAxis = a;
            }
        }
        Geometry g = NrrdReader.geometry(c.header(), domain, c.sizes());
        Layers layers = new Layers(c.values(), c.sizes(), layerAxis);
        Map<String, String> kv = c.header().keyValues;
        TreeSet<Integer> indices = new TreeSet<>();
        for (String key : kv.keySet()) {
            Matcher m = SEGMENT_KEY.matcher(key);
            if (m.matches()) {
                indices.add(Integer.parseInt(m.group(1)));
            }
        }
        if (indices.isEmpty()) {
            if (layers.count != 1) {
                throw new VolumeFormatException(file, "layered segmentation without Segment<N>_ keys");
            }
            return labelMapSegments(file, g, layers);
        }
        List<Segment> out = new ArrayList<>();
        boolean legacy = indices.stream().noneMatch(n -> kv.containsKey("Segment" + n + "_LabelValue"));
        int ordinal = 0;
        for (int n : indices) {
            String p = "Segment" + n + "_";
            String id = kv.getOrDefault(p + "ID", "Segment_" + n);
            String name = kv.getOrDefault(p + "Name", id);
            int value = intValue(file, kv, p + "LabelValue", 1);
            int layer = intValue(file, kv, p + "Layer", legacy && layers.count > 1 ? ordinal : 0);
            if (layer < 0 || layer >= layers.count) {
                throw new VolumeFormatException(file, "segment '" + name + "' is in layer " + layer
                    + " but the file has " + layers.count + " layer(s)");
            }
            Volume mask = legacy ? nonZero(g, layers, layer) : mask(g, layers, layer, value);
            out.add(new Segment(id, name, value, layer, mask));
            ordinal++;
        }
        return out;
    }

    private static int intValue(Path file, Map<String, String> kv, String key, int fallback)
        throws VolumeFormatException {
        String v = kv.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new VolumeFormatException(file, key + " is not an integer: '" + v + "'");
        }
    }

    /** The voxel values of the layers with the layer axis' stride, whatever its position. */
    private static final class Layers {
        final double[] values;
        final int count;
        final int stride;
        final int[] sizes;
        final int layerAxis;

        Layers(double[] values, int[] sizes, int layerAxis) {
            this.values = values;
            this.sizes = sizes;
            this.layerAxis = layerAxis;
            this.count = layerAxis < 0 ? 1 : sizes[layerAxis];
            int s = 1;
            for (int a = 0; a < layerAxis; a++) {
                s *= sizes[a];
            }
            this.stride = s;
        }

        /** Index of voxel v (x fastest over the spatial axes) in layer l. */
        int index(int voxel, int layer) {
            if (layerAxis < 0) {
                return voxel;
            }
            int low = voxel % stride;
            int high = voxel / stride;
            return low + stride * (layer + count * high);
        }
    }

    /** One segment per non-zero label of a single-layer label map. */
    private static List<Segment> labelMapSegments(Path file, Geometry g, Layers layers) throws VolumeFormatException {
        TreeSet<Integer> labels = new TreeSet<>();
        for (double v : layers.values) {
            if (v != 0) {
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                    throw new VolumeFormatException(file, "label map holds the non-integer value " + v);
                }
                labels.add((int) v);
            }
        }
        List<Segment> out = new ArrayList<>();
        for (int label : labels) {
            out.add(new Segment("Label" + label, "Label" + label, label, 0, mask(g, layers, 0, label)));
        }
        return out;
    }

    /** Files from before label values: whatever is non-zero in the segment's layer. */
    private static Volume nonZero(Geometry g, Layers layers, int layer) {
        double[] m = new double[(int) g.voxelCount()];
        for (int v = 0; v < m.length; v++) {
            m[v] = layers.values[layers.index(v, layer)] != 0 ? 1 : 0;
        }
        return new Volume(g, PixelType.UINT8, m);
    }

    private static Volume mask(Geometry g, Layers layers, int layer, int value) {
        double[] m = new double[(int) g.voxelCount()];
        for (int v = 0; v < m.length; v++) {
            m[v] = layers.values[layers.index(v, layer)] == value ? 1 : 0;
        }
        return new Volume(g, PixelType.UINT8, m);
    }
}
