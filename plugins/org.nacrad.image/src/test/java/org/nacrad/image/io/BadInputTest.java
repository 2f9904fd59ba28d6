package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** Each bad input gives a {@link VolumeFormatException} naming file and problem; failed writes leave nothing. */
class BadInputTest {

    @TempDir
    Path dir;

    private static Volume small(PixelType type) {
        Geometry g = Geometry.of(new int[] {4, 3, 2}, new double[] {1, 1, 2}, new double[] {1, 2, 3});
        double[] d = new double[24];
        for (int i = 0; i < d.length; i++) {
            d[i] = i;
        }
        return new Volume(g, type, d);
    }

    /** A valid NIfTI-1 file's bytes (header + data, uncompressed) made by our writer. */
    private byte[] niftiBytes() throws IOException {
        Path f = dir.resolve("valid.nii");
        NiftiWriter.write(small(PixelType.INT16), f);
        return Files.readAllBytes(f);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static void assertRefused(Path file, Executable read, String... words) {
        VolumeFormatException e = assertThrows(VolumeFormatException.class, read);
        assertTrue(e.getMessage().contains(file.toString()), "message names the file: " + e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().toLowerCase().contains(w.toLowerCase()), "message says '" + w + "': "
                + e.getMessage());
        }
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = gzip(niftiBytes());
        Path f = dir.resolve("truncated.nii.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length / 2));
        assertRefused(f, () -> VolumeIO.read(f), "truncated");
        Path g = dir.resolve("no-trailer.nii.gz");
        Files.write(g, Arrays.copyOf(gz, gz.length - 4)); // all data, CRC/size trailer cut
        assertRefused(g, () -> VolumeIO.read(g));
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] gz = gzip(niftiBytes());
        for (int i = 20; i < 60; i++) {
            gz[i] ^= (byte) 0x5a;
        }
        Path f = dir.resolve("corrupt.nii.gz");
        Files.write(f, gz);
        assertRefused(f, () -> VolumeIO.read(f), "gzip");
        Path n = dir.resolve("corrupt.nrrd");
        NrrdWriter.write(small(PixelType.INT16), n);
        byte[] b = Files.readAllBytes(n);
        for (int i = b.length - 30; i < b.length - 10; i++) {
            b[i] ^= (byte) 0x33;
        }
        Files.write(n, b);
        assertRefused(n, () -> VolumeIO.read(n));
    }

    @Test
    void truncatedRawData() throws IOException {
        byte[] b = niftiBytes();
        Path f = dir.resolve("short.nii");
        Files.write(f, Arrays.copyOf(b, b.length - 10));
        assertRefused(f, () -> VolumeIO.read(f), "truncated");
        Path h = dir.resolve("short-header.nii");
        Files.write(h, Arrays.copyOf(b, 200));
        assertRefused(h, () -> VolumeIO.read(h), "header");
    }

    @Test
    void unknownAndUnsupportedNiftiDatatype() throws IOException {
        byte[] b = niftiBytes();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(70, (short) 999);
        Path f = dir.resolve("datatype999.nii");
        Files.write(f, b);
        assertRefused(f, () -> VolumeIO.read(f), "unknown NIfTI datatype", "999");
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(70, (short) 32);
        Path c = dir.resolve("complex.nii");
        Files.write(c, b);
        assertRefused(c, () -> VolumeIO.read(c), "complex64");
    }

    @Test
    void fourDimensionalAndTwoDimensionalNifti() throws IOException {
        byte[] b = niftiBytes();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        bb.putShort(40, (short) 4);
        bb.putShort(48, (short) 2); // dim[4] = 2 volumes
        byte[] data = Arrays.copyOfRange(b, 352, b.length);
        byte[] twice = Arrays.copyOf(b, b.length + data.length);
        System.arraycopy(data, 0, twice, b.length, data.length);
        Path f = dir.resolve("four.nii");
        Files.write(f, twice);
        assertRefused(f, () -> VolumeIO.read(f), "4D", "3D volume is needed");

        bb.putShort(48, (short) 1); // a singleton 4th dimension is 3D, as in SimpleITK
        Path s = dir.resolve("singleton.nii");
        Files.write(s, b);
        assertArrayEquals(new int[] {4, 3, 2}, VolumeIO.read(s).geometry().size());

        bb.putShort(40, (short) 2);
        Path t = dir.resolve("two.nii");
        Files.write(t, b);
        assertRefused(t, () -> VolumeIO.read(t), "2D");
    }

    @Test
    void fourDimensionalAndTwoDimensionalNrrd() throws IOException {
        Path f = dir.resolve("four.nrrd");
        Files.write(f, ("NRRD0004\ntype: uchar\ndimension: 4\nsizes: 2 2 2 2\nencoding: raw\n\n")
            .getBytes(StandardCharsets.US_ASCII));
        Files.write(f, new byte[16], StandardOpenOption.APPEND);
        assertRefused(f, () -> VolumeIO.read(f), "4D");
        Path t = dir.resolve("two.nrrd");
        Files.write(t, "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 2 2\nencoding: ascii\n\n1 2 3 4\n"
            .getBytes(StandardCharsets.US_ASCII));
        assertRefused(t, () -> VolumeIO.read(t), "2D");
    }

    @Test
    void absurdSizesAreRefusedBeforeAllocating() throws IOException {
        byte[] b = niftiBytes();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 1; i <= 3; i++) {
            bb.putShort(40 + 2 * i, Short.MAX_VALUE);
        }
        Path f = dir.resolve("huge.nii");
        Files.write(f, b);
        assertRefused(f, () -> VolumeIO.read(f), "too large");
        Path n = dir.resolve("huge.nrrd");
        Files.writeString(n, "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2000000000 2000000000 2000000000\n"
            + "encoding: raw\n\n");
        assertRefused(n, () -> VolumeIO.read(n), "too large");
    }

    @Test
    void nanAndInfiniteVoxels() throws IOException {
        Volume v = small(PixelType.FLOAT32);
        v.data()[5] = Double.NaN;
        v.data()[7] = Double.POSITIVE_INFINITY;
        Path f = dir.resolve("nan.nii.gz");
        VolumeIO.write(v, f);
        Volume back = VolumeIO.read(f);
        assertRefused(f, () -> VolumeChecks.requireFinite(back, f), "2 voxel(s)", "(1, 1, 0)");
        VolumeChecks.requireFinite(small(PixelType.FLOAT32), f); // finite volumes pass
    }

    @Test
    void missingFiles() throws IOException {
        for (String name : new String[] {"absent.nii", "absent.nii.gz", "absent.nrrd", "absent.nhdr"}) {
            Path f = dir.resolve(name);
            assertRefused(f, () -> VolumeIO.read(f), "not found");
            VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> VolumeIO.read(f));
            assertEquals(f, e.file());
            assertEquals("file not found", e.problem());
        }
        Path seg = dir.resolve("absent.seg.nrrd");
        assertRefused(seg, () -> SegmentationReader.read(seg), "not found");
        Path h = dir.resolve("lost-data.nhdr");
        Files.writeString(h, "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nendian: little\nencoding: raw\n"
            + "data file: lost-data.raw\n");
        VolumeFormatException e = assertThrows(VolumeFormatException.class, () -> VolumeIO.read(h));
        assertTrue(e.getMessage().contains("lost-data.raw") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void nonOrthonormalDirection() throws IOException {
        Path f = dir.resolve("skewed.nrrd");
        Files.writeString(f, "NRRD0004\ntype: uchar\ndimension: 3\nspace: left-posterior-superior\nsizes: 2 1 1\n"
            + "space directions: (1,0,0) (0.5,1,0) (0,0,1)\nencoding: ascii\n\n1 2\n");
        assertRefused(f, () -> VolumeIO.read(f), "not orthonormal");
        Geometry skew = new Geometry(new int[] {2, 1, 1}, new double[] {1, 1, 1}, new double[3],
            new double[] {1, 0.5, 0, 0, 1, 0, 0, 0, 1});
        Volume v = new Volume(skew, PixelType.UINT8, new double[] {1, 2});
        for (String name : new String[] {"skewed-out.nii.gz", "skewed-out.nrrd"}) {
            Path out = dir.resolve(name);
            assertRefused(out, () -> VolumeIO.write(v, out), "orthonormal");
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void unknownExtensionAndNotAVolume() throws IOException {
        Path f = dir.resolve("scan.mha");
        assertRefused(f, () -> VolumeIO.read(f), "unknown volume format");
        Path n = dir.resolve("text.nii");
        Files.writeString(n, "just some text, long enough to be read as a header".repeat(10));
        assertRefused(n, () -> VolumeIO.read(n), "not a NIfTI file");
        Path r = dir.resolve("no-sizes.nrrd");
        Files.writeString(r, "NRRD0004\ntype: uchar\ndimension: 3\nencoding: raw\n\n");
        assertRefused(r, () -> VolumeIO.read(r), "sizes");
    }

    @Test
    void failedWriteLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
        Volume bad = small(PixelType.INT16);
        bad.data()[20] = 1e6; // does not fit int16: the writer fails after the header and some data
        for (String name : new String[] {"out.nii.gz", "out.nii", "out.nrrd", "out.nhdr"}) {
            Path f = dir.resolve("fresh").resolve(name);
            assertRefused(f, () -> VolumeIO.write(bad, f), "does not fit");
            assertFalse(Files.exists(f), name);
            try (var left = Files.list(f.getParent())) {
                assertEquals(0, left.count(), "nothing left behind for " + name);
            }
            Path existing = dir.resolve("kept").resolve(name);
            VolumeIO.write(small(PixelType.INT16), existing);
            byte[] before = Files.readAllBytes(existing);
            assertThrows(VolumeFormatException.class, () -> VolumeIO.write(bad, existing));
            assertArrayEquals(before, Files.readAllBytes(existing), "old file intact: " + name);
        }
    }
}
