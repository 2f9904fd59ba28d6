package org.nacrad.cli.deep;

import java.io.IOException;
import java.nio.file.Path;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/** Small image/mask pairs for the MedicalNet tests: a 24×20×12 ramp (1 × 1 × 2 mm) with a box-shaped ROI. */
final class TestVolumes {

    private TestVolumes() {
    }

    /**
     * Writes {@code <name>-image.nii.gz} and {@code <name>-mask.nii.gz}; the ROI starts at x = {@code roiX} and is
     * empty when {@code roiWidth} is 0. Returns {image, mask}.
     */
    static Path[] write(Path dir, String name, int roiX, int roiWidth) throws IOException {
        Geometry g = Geometry.of(new int[] {24, 20, 12}, new double[] {1, 1, 2}, new double[] {0, 0, 0});
        double[] img = new double[(int) g.voxelCount()];
        double[] roi = new double[img.length];
        for (int z = 0, i = 0; z < 12; z++) {
            for (int y = 0; y < 20; y++) {
                for (int x = 0; x < 24; x++, i++) {
                    img[i] = 10 * x + y + 3 * z;
                    roi[i] = x >= roiX && x < roiX + roiWidth && y >= 5 && y < 14 && z >= 3 && z < 9 ? 1 : 0;
                }
            }
        }
        Path image = dir.resolve(name + "-image.nii.gz");
        Path mask = dir.resolve(name + "-mask.nii.gz");
        VolumeIO.write(new Volume(g, PixelType.FLOAT32, img), image);
        VolumeIO.write(new Volume(g, PixelType.UINT8, roi), mask);
        return new Path[] {image, mask};
    }
}
