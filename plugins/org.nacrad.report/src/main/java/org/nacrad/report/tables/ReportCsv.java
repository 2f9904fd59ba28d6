package org.nacrad.report.tables;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nacrad.cohort.csv.CsvWriter;

/** Writes a header and rows as RFC 4180 CSV; doubles in their shortest exact form, null as an empty field. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter.writeRecord(w, header);
            for (List<?> row : rows) {
                CsvWriter.writeRecord(w, row);
            }
        }
    }
}
