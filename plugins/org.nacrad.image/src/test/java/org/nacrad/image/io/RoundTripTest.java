package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** What we write we read back: same voxels and type, geometry to the precision the format stores. */
class RoundTripTest {

    @TempDir
    Path dir;

    /** An oblique, left-handed grid: 30° about z, then z flipped. */
    private static Geometry oblique() {
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        return new Geometry(new int[] {7, 6, 5}, new double[] {0.7, 0.8, 2.5}, new double[] {-12.5, 30.25, 7},
            new double[] {c, -s, 0, s, c, 0, 0, 0, -1});
    }

    private static Volume ramp(PixelType type) {
        Geometry g = oblique();
        double[] d = new double[(int) g.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = type.isInteger() ? (i * 37) % 200 - (type.name().startsWith("U") ? 0 : 100) : i * 0.1 - 3;
        }
        return new Volume(g, type, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v.nii", "v.nii.gz", "v.nrrd", "v.nhdr"})
    void everyTypeRoundTrips(String name) throws IOException {
        for (PixelType type : PixelType.values()) {
            Volume v = ramp(type);
            Path f = dir.resolve(type + "-" + name);
            VolumeIO.write(v, f);
            Volume back = VolumeIO.read(f);
            assertEquals(type, back.pixelType(), f.toString());
            double[] expected = v.data().clone();
            if (type == PixelType.FLOAT32) {
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = (float) expected[i];
                }
            }
            assertArrayEquals(expected, back.data(), f.toString());
            // NIfTI-1 stores geometry as float; NRRD stores spacing × direction as decimal text.
            double tol = name.startsWith("v.nii") ? 1e-5 : 1e-12;
            assertArrayEquals(v.geometry().spacing(), back.geometry().spacing(), tol, f.toString());
            assertArrayEquals(v.geometry().origin(), back.geometry().origin(), 30 * tol, f.toString());
            assertArrayEquals(v.geometry().direction(), back.geometry().direction(), tol, f.toString());
            assertArrayEquals(v.geometry().size(), back.geometry().size());
        }
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotTemporaryOnes() throws IOException {
        Path f = dir.resolve("perm.nii.gz");
        VolumeIO.write(ramp(PixelType.INT16), f);
        Path reference = Files.createFile(dir.resolve("plain-file"));
        if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
        }
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temporary file left beside the output");
        }
    }
}
