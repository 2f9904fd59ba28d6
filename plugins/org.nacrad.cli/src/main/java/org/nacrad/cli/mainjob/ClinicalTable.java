package org.nacrad.cli.mainjob;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nacrad.cli.Main;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.cohort.csv.CsvWriter;

/** Column subsets of a manifest: the clinical table of the report, and outcome permutations for leakage checks. */
final class ClinicalTable {

    private ClinicalTable() {
    }

    /** Writes the given columns of {@code manifest}, in that order, to {@code out}. */
    static void write(Path manifest, Path out, List<String> columns) throws IOException, Main.UsageException {
        CsvTable t = read(manifest);
        int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = t.columnIndex(columns.get(i));
            if (idx[i] < 0) {
                throw new Main.UsageException(manifest + ": no column '" + columns.get(i) + "'");
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvWriter.writeRecord(w, columns);
            for (List<Object> row : t.rows()) {
                List<Object> fields = new ArrayList<>();
                for (int i : idx) {
                    fields.add(row.get(i));
                }
                CsvWriter.writeRecord(w, fields);
            }
        }
    }

    static CsvTable read(Path manifest) throws IOException, Main.UsageException {
        try {
            return CsvReader.read(manifest, Map.of("patient_id", org.nacrad.cohort.csv.ColumnType.STRING));
        } catch (CsvFormatException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }
}
