package org.nacrad.radiomics.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;
import org.nacrad.radiomics.ComplianceMode;
import org.nacrad.radiomics.RadiomicsSettings;
import org.nacrad.radiomics.roi.BoundingBox;
import org.nacrad.radiomics.roi.DiscretisedRoi;
import org.nacrad.radiomics.roi.Roi;

/**
 * Texture matrices against PyRadiomics' baseline matrices ({@code shared/pyradiomics-data/baseline/matrices}, default
 * settings: bin width 25): GLCM (levels × levels × angles, normalised per angle), GLRLM (levels × run lengths ×
 * angles, counts), GLSZM and GLDM (levels × sizes, counts) and NGTDM (levels × [n, s, level]); PyRadiomics' own
 * matrix test accepts 1e-3, we require 1e-12.
 */
class BaselineMatrixTest {

    /** A .npy array: shape and values in C order. */
    record Npy(int[] shape, double[] values) {

        double at(int... idx) {
            int k = 0;
            for (int d = 0; d < shape.length; d++) {
                k = k * shape[d] + idx[d];
            }
            return values[k];
        }
    }

    static Npy readNpy(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int headerLength = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        String header = new String(b, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertEquals(true, header.contains("'<f8'"), file + ": only little-endian float64 is expected");
        Matcher m = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(header);
        m.find();
        String[] parts = m.group(1).split(",");
        int n = 0;
        int[] shape = new int[parts.length];
        for (String p : parts) {
            if (!p.isBlank()) {
                shape[n++] = Integer.parseInt(p.trim());
            }
        }
        shape = java.util.Arrays.copyOf(shape, n);
        int count = 1;
        for (int s : shape) {
            count *= s;
        }
        ByteBuffer buf = ByteBuffer.wrap(b, 10 + headerLength, 8 * count).order(ByteOrder.LITTLE_ENDIAN);
        double[] raw = new double[count];
        for (int i = 0; i < count; i++) {
            raw[i] = buf.getDouble();
        }
        boolean fortran = header.contains("'fortran_order': True");
        return new Npy(shape, fortran ? toCOrder(raw, shape) : raw);
    }

    private static double[] toCOrder(double[] f, int[] shape) {
        double[] c = new double[f.length];
        int[] idx = new int[shape.length];
        for (int k = 0; k < f.length; k++) {
            int fk = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                fk = fk * shape[d] + idx[d];
            }
            c[k] = f[fk];
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> matricesEqualBaseline() {
        return Stream.of("brain1", "brain2", "breast1").map(c -> DynamicTest.dynamicTest(c, () -> check(c)));
    }

    private static void check(String testCase) throws IOException {
        Path shared = root().getParent().resolve("shared/pyradiomics-data");
        assumeTrue(Files.isDirectory(shared), "shared data folder absent: " + shared);
        Volume image = VolumeIO.read(shared.resolve(testCase + "_image.nrrd"));
        Volume mask = VolumeIO.read(shared.resolve(testCase + "_label.nrrd"));
        DiscretisedRoi roi = DiscretisedRoi.of(Roi.crop(image, mask, BoundingBox.of(mask, 1), 1, 0), 25, null,
            ComplianceMode.PYRADIOMICS);
        RadiomicsSettings s = RadiomicsSettings.defaults();
        Path dir = shared.resolve("baseline/matrices");

        Npy glcm = readNpy(dir.resolve(testCase + "_glcm.npy"));
        List<double[]> p = GrayLevelCooccurrenceMatrix.matrices(roi, s);
        int n = roi.levelCount();
        assertArrayEquals(new int[] {n, n, p.size()}, glcm.shape());
        for (int a = 0; a < p.size(); a++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(glcm.at(i, j, a), p.get(a)[i * n + j], 1e-12, "glcm " + i + "," + j + "," + a);
                }
            }
        }

        Npy glrlm = readNpy(dir.resolve(testCase + "_glrlm.npy"));
        List<LevelSizeMatrix> runs = GrayLevelRunLengthMatrix.matrices(roi, s);
        assertArrayEquals(new int[] {n, runs.get(0).size.length, runs.size()}, glrlm.shape());
        for (int a = 0; a < runs.size(); a++) {
            assertSizeMatrix(glrlm, runs.get(a), a, "glrlm");
        }
        Npy glszm = readNpy(dir.resolve(testCase + "_glszm.npy"));
        LevelSizeMatrix zones = GrayLevelSizeZoneMatrix.matrix(roi, s);
        assertArrayEquals(new int[] {n, zones.size.length}, glszm.shape());
        assertSizeMatrix(glszm, zones, -1, "glszm");
        Npy gldm = readNpy(dir.resolve(testCase + "_gldm.npy"));
        LevelSizeMatrix dependences = GrayLevelDependenceMatrix.matrix(roi, s);
        assertArrayEquals(new int[] {n, dependences.size.length}, gldm.shape());
        assertSizeMatrix(gldm, dependences, -1, "gldm");

        Npy ngtdm = readNpy(dir.resolve(testCase + "_ngtdm.npy"));
        NeighbouringGrayToneDifferenceMatrix.Coefficients c = NeighbouringGrayToneDifferenceMatrix.coefficients(roi, s);
        assertArrayEquals(new int[] {c.level.length, 3}, ngtdm.shape());
        for (int i = 0; i < c.level.length; i++) {
            assertEquals(ngtdm.at(i, 0), c.p[i] * c.nvp, 1e-9, "ngtdm n " + i);
            assertEquals(ngtdm.at(i, 1), c.s[i], 1e-9, "ngtdm s " + i);
            assertEquals(ngtdm.at(i, 2), c.level[i], 0, "ngtdm level " + i);
        }
    }

    private static void assertSizeMatrix(Npy expected, LevelSizeMatrix m, int angle, String what) {
        int nj = m.size.length;
        for (int i = 0; i < m.level.length; i++) {
            for (int j = 0; j < nj; j++) {
                double e = angle < 0 ? expected.at(i, j) : expected.at(i, j, angle);
                assertEquals(e, m.p[i * nj + j], 0, what + " " + i + "," + j + (angle < 0 ? "" : "," + angle));
            }
        }
    }

    private static Path root() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        return p;
    }
}
