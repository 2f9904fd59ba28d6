package org.nacrad.cli.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic radiomics cohort as CSV: outcome (about one third positive), a scanner batch that shifts and scales
 * every feature, age, a text grade, and MRI/CT feature blocks. With a signal, responders differ in mri_f1 (+1.5 SD),
 * ct_f2 (+1.5 SD) and mri_f3 (+0.8 SD); without, the outcome is drawn independently of everything else.
 */
final class LearnData {

    static final int FEATURES_PER_MODALITY = 15;
    private static final String[] SCANNERS = {"A", "B", "C"};
    private static final double[] SHIFT = {0, 1, -0.5};
    private static final double[] SCALE = {1, 1.5, 0.8};

    private LearnData() {
    }

    /** Writes the cohort; {@code idColumn} is "RowID" for {@code nacrad node} inputs, "patient_id" for manifests. */
    static Path write(Path file, String idColumn, int rows, boolean signal, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(idColumn + ",outcome,scanner,age,grade");
        for (String m : new String[] {"mri", "ct"}) {
            for (int f = 1; f <= FEATURES_PER_MODALITY; f++) {
                sb.append(',').append(m).append("_f").append(f);
            }
        }
        sb.append('\n');
        for (int r = 0; r < rows; r++) {
            int y = rng.nextDouble() < 0.35 ? 1 : 0;
            int s = rng.nextInt(3);
            int outcome = signal ? y : (rng.nextDouble() < 0.35 ? 1 : 0);
            sb.append(String.format(Locale.ROOT, "P%03d,%d,%s,%d,G%d", r + 1, outcome, SCANNERS[s],
                40 + rng.nextInt(30), 1 + rng.nextInt(3)));
            for (String m : new String[] {"mri", "ct"}) {
                for (int f = 1; f <= FEATURES_PER_MODALITY; f++) {
                    double v = gaussian(rng);
                    if (y == 1 && (m.equals("mri") && f == 1 || m.equals("ct") && f == 2)) {
                        v += 1.5;
                    } else if (y == 1 && m.equals("mri") && f == 3) {
                        v += 0.8;
                    }
                    sb.append(String.format(Locale.ROOT, ",%.6f", v * SCALE[s] + SHIFT[s]));
                }
            }
            sb.append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
