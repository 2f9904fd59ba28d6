package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** The layered .seg.nrrd made by the oracle (see make_goldens.py write_segmentation) and crafted variants. */
class SegmentationReaderTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void layeredSegmentationGivesOneNamedMaskPerSegmentWithOverlaps() throws IOException {
        Map<String, Object> golden = Goldens.load("segmentation.json");
        Path file = Goldens.inputs().resolve((String) golden.get("file"));
        List<SegmentationReader.Segment> segments = SegmentationReader.read(file);
        List<Map<String, Object>> expected = (List<Map<String, Object>>) golden.get("segments");
        assertEquals(expected.size(), segments.size());
        for (int i = 0; i < segments.size(); i++) {
            SegmentationReader.Segment s = segments.get(i);
            Map<String, Object> e = expected.get(i);
            assertEquals(e.get("id"), s.id());
            assertEquals(e.get("name"), s.name());
            assertEquals(((Number) e.get("label_value")).intValue(), s.labelValue());
            assertEquals(((Number) e.get("layer")).intValue(), s.layer());
            assertArrayEquals(Goldens.doubles(e.get("mask")), s.mask().data(), s.name());
            assertEquals(((Number) e.get("voxels")).intValue(), s.mask().count(1), s.name());
            Geometry g = s.mask().geometry();
            assertArrayEquals(Goldens.ints(golden.get("size")), g.size());
            assertArrayEquals(Goldens.doubles(golden.get("spacing")), g.spacing(), 1e-9);
            assertArrayEquals(Goldens.doubles(golden.get("origin")), g.origin(), 1e-9);
            assertArrayEquals(Goldens.doubles(golden.get("direction")), g.direction(), 1e-9);
        }
        // Ring overlaps Tumor and Necrosis: voxels inside two masks at once exist.
        double[] tumor = segments.get(0).mask().data();
        double[] ring = segments.get(2).mask().data();
        int both = 0;
        for (int i = 0; i < tumor.length; i++) {
            both += tumor[i] == 1 && ring[i] == 1 ? 1 : 0;
        }
        assertTrue(both > 0, "the example is meant to have overlapping segments");
    }

    @Test
    void layeredSegmentationIsRefusedAsAScalarVolume() throws IOException {
        Path file = Goldens.inputs().resolve("layered.seg.nrrd");
        VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> VolumeIO.read(file));
        assertTrue(e.getMessage().contains("SegmentationReader"), e.getMessage());
    }

    @Test
    void threeDimensionalSegmentationWithKeysAndPlainLabelMap() throws IOException {
        Geometry g = Geometry.of(new int[] {3, 2, 1}, new double[] {1, 1, 1}, new double[3]);
        Volume labels = new Volume(g, PixelType.UINT8, new double[] {0, 1, 1, 3, 0, 3});
        Path seg = dir.resolve("two.seg.nrrd");
        NrrdWriter.write(labels, seg, Map.of("Segment0_ID", "a", "Segment0_Name", "Lesion", "Segment0_LabelValue", "3",
            "Segment0_Layer", "0", "Segment1_ID", "b", "Segment1_Name", "Gland", "Segment1_LabelValue", "1",
            "Segment1_Layer", "0"));
        List<SegmentationReader.Segment> s = SegmentationReader.read(seg);
        assertEquals("Lesion", s.get(0).name());
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 1}, s.get(0).mask().data());
        assertEquals("Gland", s.get(1).name());
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 0}, s.get(1).mask().data());

        for (String name : new String[] {"plain.nrrd", "plain.nii.gz"}) {
            Path plain = dir.resolve(name);
            VolumeIO.write(labels, plain);
            List<SegmentationReader.Segment> p = SegmentationReader.read(plain);
            assertEquals(List.of("Label1", "Label3"), p.stream().map(SegmentationReader.Segment::name).toList());
            assertArrayEquals(new double[] {0, 0, 0, 1, 0, 1}, p.get(1).mask().data(), name);
        }
    }

    @Test
    void fractionalLabelsAreAnError() throws IOException {
        Geometry g = Geometry.of(new int[] {2, 1, 1}, new double[] {1, 1, 1}, new double[3]);
        Path f = dir.resolve("prob.nii.gz");
        VolumeIO.write(new Volume(g, PixelType.FLOAT32, new double[] {0, 0.5}), f);
        VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> SegmentationReader.read(f));
        assertTrue(e.getMessage().contains("non-integer value 0.5"), e.getMessage());
    }

    @Test
    void legacyFormatHasOneNonZeroLayerPerSegment() throws IOException {
        Path f = dir.resolve("legacy.seg.nrrd");
        // sizes: 2 layers × 3 × 1 × 1; layer 0 = (255, 0, 255), layer 1 = (0, 1, 1); no LabelValue/Layer keys
        Files.write(f, ("NRRD0004\ntype: uchar\ndimension: 4\nspace: left-posterior-superior\nsizes: 2 3 1 1\n"
            + "space directions: none (1,0,0) (0,1,0) (0,0,1)\nkinds: list domain domain domain\nencoding: raw\n"
            + "space origin: (0,0,0)\nSegment0_ID:=a\nSegment0_Name:=Liver\nSegment1_ID:=b\nSegment1_Name:=Lesion\n\n")
            .getBytes(StandardCharsets.US_ASCII));
        Files.write(f, new byte[] {(byte) 255, 0, 0, 1, (byte) 255, 1}, StandardOpenOption.APPEND);
        List<SegmentationReader.Segment> s = SegmentationReader.read(f);
        assertEquals("Liver", s.get(0).name());
        assertArrayEquals(new double[] {1, 0, 1}, s.get(0).mask().data());
        assertEquals("Lesion", s.get(1).name());
        assertEquals(1, s.get(1).layer());
        assertArrayEquals(new double[] {0, 1, 1}, s.get(1).mask().data());
    }

    @Test
    void segmentInMissingLayerIsAnError() throws IOException {
        Geometry g = Geometry.of(new int[] {2, 1, 1}, new double[] {1, 1, 1}, new double[3]);
        Path seg = dir.resolve("bad.seg.nrrd");
        NrrdWriter.write(new Volume(g, PixelType.UINT8, new double[] {1, 0}), seg,
            Map.of("Segment0_Name", "Tumor", "Segment0_LabelValue", "1", "Segment0_Layer", "2"));
        VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> SegmentationReader.read(seg));
        assertTrue(e.getMessage().contains("Tumor") && e.getMessage().contains("bad.seg.nrrd"), e.getMessage());
    }
}
