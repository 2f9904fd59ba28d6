package org.nacrad.image.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

class SyntheticCohortTest {

    @TempDir
    Path tmp;

    /** Same seed, one thread versus the common pool: identical patients and identical bytes. */
    @Test
    void sameSeedGivesIdenticalFiles() throws Exception {
        List<Patient> a = SyntheticCohort.generate(tmp.resolve("a"), 3, 11);
        ForkJoinPool single = new ForkJoinPool(1);
        List<Patient> b = single.submit(() -> SyntheticCohort.generate(tmp.resolve("b"), 3, 11)).get();
        single.shutdown();
        assertEquals(a, b);
        List<Path> files = listFiles(tmp.resolve("a"));
        assertEquals(1 + 3 * 6, files.size());
        for (Path f : files) {
            Path rel = tmp.resolve("a").relativize(f);
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(tmp.resolve("b").resolve(rel)), rel.toString());
        }
    }

    @Test
    void manifestAndVolumesFollowTheSpec() throws IOException {
        Path dir = tmp.resolve("cohort");
        SyntheticCohort.generate(dir, 2, 5);
        List<String> lines = Files.readAllLines(dir.resolve("manifest.csv"));
        assertEquals(String.join(",", SyntheticCohort.COLUMNS), lines.get(0));
        assertEquals(3, lines.size());
        String[] row = lines.get(1).split(",");
        assertEquals("NAC001", row[0]);
        assertTrue(row[7].matches("N[0-3]") && row[5].matches("[123]"), lines.get(1));
        Volume ce = VolumeIO.read(dir.resolve(row[13]));
        Volume t2 = VolumeIO.read(dir.resolve(row[14]));
        Volume tumour = VolumeIO.read(dir.resolve(row[15]));
        Volume tissue = VolumeIO.read(dir.resolve(row[16]));
        Volume ct = VolumeIO.read(dir.resolve(row[17]));
        Volume ctTumour = VolumeIO.read(dir.resolve(row[18]));
        assertArrayEquals(new int[] {96, 96, 32}, ce.geometry().size());
        assertArrayEquals(new double[] {0.8, 0.8, 2.5}, ce.geometry().spacing(), 1e-6);
        assertTrue(t2.geometry().sameGrid(ce.geometry(), 1e-6) && tumour.geometry().sameGrid(ce.geometry(), 1e-6));
        assertArrayEquals(new int[] {64, 64, 40}, ct.geometry().size());
        assertTrue(ctTumour.geometry().sameGrid(ct.geometry(), 1e-6));
        double inTumour = 0;
        double inTissue = 0;
        int nt = 0;
        int ns = 0;
        for (int i = 0; i < ce.data().length; i++) {
            assertTrue(tumour.data()[i] == 0 || tissue.data()[i] == 1, "tumour voxel outside the tissue mask");
            if (tumour.data()[i] == 1) {
                inTumour += ce.data()[i];
                nt++;
            } else if (tissue.data()[i] == 1) {
                inTissue += ce.data()[i];
                ns++;
            }
        }
        assertTrue(nt > 100 && ctTumour.count(1) > 50, "tumour voxels " + nt + " / " + ctTumour.count(1));
        assertTrue(inTumour / nt > 1.5 * inTissue / ns, "the tumour enhances on CE-T1");
    }

    @Test
    void refusesToOverwriteANonEmptyFolderAndLeavesNoTemporaryFiles() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "user data");
        IOException e = assertThrows(IOException.class, () -> SyntheticCohort.generate(dir, 1, 1));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("user data", Files.readString(dir.resolve("keep.txt")));
        SyntheticCohort.generate(dir, 1, 1, true);
        assertTrue(Files.exists(dir.resolve("manifest.csv")) && !Files.exists(dir.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList(), "no temporary folder left");
        }
    }

    /** Clinical model alone on the study size: exact scanner splits, outcome rates near the study's. */
    @Test
    void defaultCohortProportions() {
        List<Patient> c = ClinicalModel.draw(new SplittableRandom(42), streams(42, SyntheticCohort.DEFAULT_PATIENTS));
        assertEquals(24, c.stream().filter(p -> p.mriScanner() == Scanner.MRI_B).count());
        assertEquals(50, c.stream().filter(p -> p.ctScanner() == Scanner.CT_B).count());
        double pcr = c.stream().filter(Patient::pcr).count() / 177.0;
        double resp = c.stream().filter(Patient::responder).count() / 177.0;
        assertTrue(Math.abs(pcr - 0.21) < 0.08, "pCR rate " + pcr);
        assertTrue(Math.abs(resp - 0.70) < 0.08, "response rate " + resp);
        assertTrue(c.stream().allMatch(p -> !p.pcr() || p.responder()), "every pCR is a responder");
    }

    /** On a large cohort the outcome follows the documented directions. */
    @Test
    void outcomeDirections() {
        List<Patient> c = ClinicalModel.draw(new SplittableRandom(3), streams(3, 20000));
        assertTrue(rate(c, p -> !p.erPositive()) > rate(c, Patient::erPositive) + 0.05);
        assertTrue(rate(c, Patient::her2Positive) > rate(c, p -> !p.her2Positive()) + 0.05);
        assertTrue(rate(c, p -> p.grade() == 3) > rate(c, p -> p.grade() < 3));
        assertTrue(rate(c, p -> p.heterogeneity() < 0) > rate(c, p -> p.heterogeneity() > 0) + 0.05);
        assertTrue(rate(c, p -> p.oedema() < 0) > rate(c, p -> p.oedema() > 0) + 0.05);
    }

    private static double rate(List<Patient> c, java.util.function.Predicate<Patient> group) {
        return c.stream().filter(group).filter(Patient::pcr).count() / (double) c.stream().filter(group).count();
    }

    private static List<SplittableRandom> streams(long seed, int n) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(root.split());
        }
        return l;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
