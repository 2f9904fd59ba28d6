package org.nacrad.image;

/**
 * A 3D scalar volume: geometry plus one primitive array of voxel values (x fastest). Values are held as doubles
 * whatever the stored type, which is exact for every integer type up to 2^53 and for float32; {@link #pixelType()}
 * remembers the stored type. The array is owned by the volume; {@link #data()} exposes it without copying so that
 * algorithms do not duplicate large volumes.
 */
public final class Volume {

    private final Geometry geometry;
    private final PixelType pixelType;
    private final double[] data;

    public Volume(Geometry geometry, PixelType pixelType, double[] data) {
        if (data.length != geometry.voxelCount()) {
            throw new IllegalArgumentException(
                "voxel array has " + data.length + " values but the grid has " + geometry.voxelCount());
        }
        this.geometry = geometry;
        this.pixelType = pixelType;
        this.data = data;
    }

    public static Volume zeros(Geometry geometry, PixelType pixelType) {
        long n = geometry.voxelCount();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("volume too large: " + n + " voxels");
        }
        return new Volume(geometry, pixelType, new double[(int) n]);
    }

    public Geometry geometry() {
        return geometry;
    }

    public PixelType pixelType() {
        return pixelType;
    }

    /** The backing array (not a copy). */
    public double[] data() {
        return data;
    }

    public double get(int x, int y, int z) {
        return data[geometry.index(x, y, z)];
    }

    public void set(int x, int y, int z, double value) {
        data[geometry.index(x, y, z)] = value;
    }

    /** Same geometry and pixel type, new values. */
    public Volume withData(double[] values) {
        return new Volume(geometry, pixelType, values);
    }

    public Volume withData(double[] values, PixelType type) {
        return new Volume(geometry, type, values);
    }

    /** Number of voxels equal to {@code label}. */
    public int count(int label) {
        int n = 0;
        for (double v : data) {
            if (v == label) {
                n++;
            }
        }
        return n;
    }
}
