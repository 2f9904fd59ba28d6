package org.nacrad.image.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/**
 * The synthetic neoadjuvant-chemotherapy cohort every reference workflow runs on: per patient CE-T1 and T2 on one
 * anisotropic MRI grid, CT on its own grid, tumour masks on both grids and a breast-tissue mask, plus
 * {@code manifest.csv} with clinical variables, scanners, outcomes and relative image paths. The generative model is
 * documented in {@code GENERATIVE_MODEL.md} (next to this class in the resources). The same seed gives the same
 * cohort byte for byte, whatever the thread count; patients are rendered in parallel from their own random streams.
 */
public final class SyntheticCohort {

    /** The study's cohort size. */
    public static final int DEFAULT_PATIENTS = 177;

    /** Manifest columns, in order. */
    public static final List<String> COLUMNS = List.of("patient_id", "age", "er", "pr", "her2", "grade",
        "tumour_size_mm", "nodal_status", "mri_scanner", "ct_scanner", "pcr", "response", "recist", "ce_t1_image",
        "t2_image", "mri_tumour_mask", "mri_tissue_mask", "ct_image", "ct_tumour_mask");

    private static final String[] FILES = {"ce_t1.nii.gz", "t2.nii.gz", "mri_tumour_mask.nii.gz",
        "mri_tissue_mask.nii.gz", "ct.nii.gz", "ct_tumour_mask.nii.gz"};

    private SyntheticCohort() {
    }

    /** Writes a new cohort into {@code outDir}, which must not exist or be empty. */
    public static List<Patient> generate(Path outDir, int patients, long seed) throws IOException {
        return generate(outDir, patients, seed, false);
    }

    /**
     * @param overwrite replace an existing non-empty {@code outDir} (it is deleted only once the new cohort is
     *            complete)
     * @return the patients written, in manifest order
     */
    public static List<Patient> generate(Path outDir, int patients, long seed, boolean overwrite) throws IOException {
        if (patients < 1) {
            throw new IllegalArgumentException("the cohort needs at least 1 patient, got " + patients);
        }
        Path target = outDir.toAbsolutePath().normalize();
        if (!overwrite && Files.isDirectory(target) && !isEmpty(target)) {
            throw new IOException(target + " exists and is not empty; choose a new folder or allow overwriting");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        try {
            List<Patient> cohort = write(tmp, patients, seed);
            replace(tmp, target);
            return cohort;
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    private static List<Patient> write(Path dir, int n, long seed) throws IOException {
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> clinical = new ArrayList<>();
        List<SplittableRandom> imaging = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SplittableRandom r = root.split();
            clinical.add(r);
            imaging.add(r.split());
        }
        List<Patient> cohort = ClinicalModel.draw(root, clinical);
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                Patient p = cohort.get(i);
                PatientImages.Rendered r = new PatientImages(p, imaging.get(i)).render();
                Volume[] volumes = {r.ceT1(), r.t2(), r.mriTumour(), r.mriTissue(), r.ct(), r.ctTumour()};
                try {
                    for (int k = 0; k < FILES.length; k++) {
                        VolumeIO.write(volumes[k], dir.resolve(p.id()).resolve(FILES[k]));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writeManifest(dir.resolve("manifest.csv"), cohort);
        return cohort;
    }

    private static void writeManifest(Path file, List<Patient> cohort) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (Patient p : cohort) {
                List<String> row = new ArrayList<>(List.of(p.id(), Integer.toString(p.age()), posNeg(p.erPositive()),
                    posNeg(p.prPositive()), posNeg(p.her2Positive()), Integer.toString(p.grade()),
                    String.format(Locale.ROOT, "%.1f", p.tumourSizeMm()), "N" + p.nodalStatus(),
                    p.mriScanner().label(), p.ctScanner().label(), p.pcr() ? "1" : "0", p.responder() ? "1" : "0",
                    p.recist()));
                for (String f : FILES) {
                    row.add(p.id() + "/" + f);
                }
                w.write(String.join(",", row));
                w.write('\n');
            }
        }
    }

    private static String posNeg(boolean positive) {
        return positive ? "positive" : "negative";
    }

    private static void replace(Path tmp, Path target) throws IOException {
        if (Files.exists(target)) {
            deleteTree(target);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
