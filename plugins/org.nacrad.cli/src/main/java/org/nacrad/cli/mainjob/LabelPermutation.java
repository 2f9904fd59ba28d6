package org.nacrad.cli.mainjob;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.nacrad.cli.Main;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.cohort.csv.CsvWriter;

/**
 * A copy of a manifest whose outcome columns are shuffled across patients (one seeded permutation for all of them,
 * so their joint distribution is kept): with the link between images and outcome broken, an honest protocol must
 * score at chance — the leakage check of the study protocol.
 */
final class LabelPermutation {

    private LabelPermutation() {
    }

    static void write(Path manifest, Path out, List<String> outcomes, long seed) throws IOException, Main.UsageException {
        CsvTable t = ClinicalTable.read(manifest);
        int n = t.rows().size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        List<Integer> cols = new ArrayList<>();
        for (String c : outcomes) {
            int i = t.columnIndex(c);
            if (i < 0) {
                throw new Main.UsageException(manifest + ": no outcome column '" + c + "'");
            }
            cols.add(i);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvWriter.writeRecord(w, t.columns());
            for (int i = 0; i < n; i++) {
                List<Object> row = new ArrayList<>(t.rows().get(i));
                for (int c : cols) {
                    row.set(c, t.rows().get(perm[i]).get(c));
                }
                CsvWriter.writeRecord(w, row);
            }
        }
    }
}
