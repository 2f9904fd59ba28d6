package org.nacrad.image.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.resample.Goldens;

class PeritumoralRingTest {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws IOException {
        return ((List<Map<String, Object>>) Goldens.cases().get("ring")).stream();
    }

    /** Ring against SimpleITK's SignedMaurerDistanceMap reference, and our distances against its map. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithSimpleItk(Map<String, Object> c) throws IOException {
        Volume tumour = Goldens.volume((String) c.get("tumour"));
        Volume tissue = c.get("tissue") == null ? null : Goldens.volume((String) c.get("tissue"));
        List<Volume> excl = new ArrayList<>();
        for (Object e : (List<?>) c.get("exclude")) {
            excl.add(Goldens.volume((String) e));
        }
        double margin = ((Number) c.get("marginMm")).doubleValue();
        PeritumoralRing.Result r = PeritumoralRing.compute(tumour, margin, tissue, excl, (String) c.get("name"));
        double[] expected = Goldens.volume((String) c.get("ring")).data();
        int agree = 0;
        for (int i = 0; i < expected.length; i++) {
            agree += expected[i] == r.ring().data()[i] ? 1 : 0;
        }
        assertTrue(agree >= 0.99 * expected.length, agree + " of " + expected.length + " voxels agree");
        int refCount = ((Number) c.get("ringVoxels")).intValue();
        assertTrue(Math.abs(r.voxelCount() - refCount) <= 0.01 * refCount, r.voxelCount() + " vs " + refCount);

        boolean[] fg = new boolean[expected.length];
        double[] t = tumour.data();
        for (int i = 0; i < fg.length; i++) {
            fg[i] = t[i] != 0;
        }
        double[] d = EuclideanDistance.toForeground(fg, tumour.geometry().size(), tumour.geometry().spacing());
        double[] ref = Goldens.volume((String) c.get("distance")).data();
        for (int i = 0; i < fg.length; i++) {
            if (!fg[i]) { // SimpleITK's map is float32: compare to single precision
                assertEquals(ref[i], d[i], 1e-5 * Math.max(1, ref[i]), "distance at voxel " + i);
            }
        }
    }

    /**
     * A voxelised sphere of radius R grown by D: the shell volume is 4/3·π·((R+D)³ − R³) within 3 %. Distances run
     * between voxel centres, so the outermost tumour centres sit up to half a voxel inside the sphere and the ring
     * comes out slightly thin; the grid here is fine enough relative to D for that bias to stay near 2 %.
     */
    @Test
    void sphereShellVolumeMatchesAnalytic() {
        double r = 15;
        double margin = 10;
        int[] n = {117, 117, 47};
        double[] sp = {0.5, 0.5, 1.25};
        double[] origin = new double[3];
        for (int i = 0; i < 3; i++) {
            origin[i] = -(n[i] - 1) / 2.0 * sp[i] + 0.123 * sp[i];
        }
        Geometry g = Geometry.of(n, sp, origin);
        Volume sphere = Volume.zeros(g, PixelType.UINT8);
        for (int z = 0; z < n[2]; z++) {
            for (int y = 0; y < n[1]; y++) {
                for (int x = 0; x < n[0]; x++) {
                    double[] p = g.indexToPhysical(x, y, z);
                    if (p[0] * p[0] + p[1] * p[1] + p[2] * p[2] <= r * r) {
                        sphere.set(x, y, z, 1);
                    }
                }
            }
        }
        PeritumoralRing.Result res = PeritumoralRing.compute(sphere, margin, null, List.of(), "sphere");
        double analytic = 4.0 / 3.0 * Math.PI * (Math.pow(r + margin, 3) - Math.pow(r, 3));
        assertEquals(analytic, res.volumeMm3(), 0.03 * analytic);
        assertEquals(res.voxelCount() * g.voxelVolume(), res.volumeMm3(), 1e-9);
    }

    @Test
    void emptyRingNamesThePatient() {
        Geometry g = Geometry.of(new int[] {5, 5, 5}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Volume tumour = Volume.zeros(g, PixelType.UINT8);
        tumour.set(2, 2, 2, 1);
        Volume tissue = Volume.zeros(g, PixelType.UINT8);
        EmptyRingException e = assertThrows(EmptyRingException.class,
            () -> PeritumoralRing.compute(tumour, 3, tissue, List.of(), "patient NAC-042"));
        assertEquals("patient NAC-042", e.context());
        assertTrue(e.getMessage().startsWith("patient NAC-042"), e.getMessage());
    }

    @Test
    void masksOnAnotherGridAreRejected() {
        Geometry g = Geometry.of(new int[] {5, 5, 5}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Volume tumour = Volume.zeros(g, PixelType.UINT8);
        tumour.set(2, 2, 2, 1);
        Volume other = Volume.zeros(Geometry.of(new int[] {5, 5, 5}, new double[] {1, 1, 2}, new double[] {0, 0, 0}),
            PixelType.UINT8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PeritumoralRing.compute(tumour, 2, null, List.of(other), "patient NAC-043"));
        assertTrue(e.getMessage().contains("patient NAC-043") && e.getMessage().contains("exclusion mask 1"),
            e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> PeritumoralRing.compute(Volume.zeros(g, PixelType.UINT8), 2, null, List.of(), "patient NAC-044"));
    }

    /** Brute force on a small anisotropic grid: the separable transform is exact. */
    @Test
    void distanceTransformIsExact() {
        int[] size = {9, 7, 5};
        double[] sp = {0.7, 1.3, 2.1};
        boolean[] fg = new boolean[9 * 7 * 5];
        fg[3 + 9 * (2 + 7 * 1)] = true;
        fg[7 + 9 * (5 + 7 * 4)] = true;
        fg[0 + 9 * (6 + 7 * 0)] = true;
        double[] d2 = EuclideanDistance.squaredToForeground(fg, size, sp);
        for (int i = 0; i < fg.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < fg.length; j++) {
                if (fg[j]) {
                    double dx = (i % 9 - j % 9) * sp[0];
                    double dy = ((i / 9) % 7 - (j / 9) % 7) * sp[1];
                    double dz = (i / 63 - j / 63) * sp[2];
                    best = Math.min(best, dx * dx + dy * dy + dz * dz);
                }
            }
            assertEquals(best, d2[i], 1e-9, "voxel " + i);
        }
    }
}
