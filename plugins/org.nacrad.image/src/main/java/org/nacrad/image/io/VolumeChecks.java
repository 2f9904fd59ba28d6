package org.nacrad.image.io;

import java.nio.file.Path;

import org.nacrad.image.Geometry;
import org.nacrad.image.Volume;

/** Checks nodes run on volumes they have read, with errors naming the file and the voxel. */
public final class VolumeChecks {

    private VolumeChecks() {
    }

    /** Every voxel finite; otherwise an error naming the first NaN/Inf voxel (x, y, z) and how many there are. */
    public static void requireFinite(Volume volume, Path file) throws VolumeFormatException {
        double[] d = volume.data();
        int first = -1;
        long count = 0;
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (first >= 0) {
            Geometry g = volume.geometry();
            int x = first % g.size(0);
            int y = first / g.size(0) % g.size(1);
            int z = first / g.size(0) / g.size(1);
            throw new VolumeFormatException(file, count + " voxel(s) are NaN or infinite, the first at (x, y, z) = ("
                + x + ", " + y + ", " + z + ") with value " + d[first]);
        }
    }

    /** Direction cosines orthonormal within ITK's 1e-4; our readers already enforce this on every file they read. */
    public static void requireOrthonormal(Geometry geometry, Path file) throws VolumeFormatException {
        GeometryChecks.requireOrthonormal(geometry, file);
    }
}
