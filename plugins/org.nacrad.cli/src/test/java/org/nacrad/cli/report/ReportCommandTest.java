package org.nacrad.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.Main;
import org.nacrad.cli.TestRepo;

/** {@code nacrad report} on the report oracle's inputs (oracle/report/golden/inputs). */
class ReportCommandTest {

    private static List<String> args(Path out, String clinical) {
        Path in = TestRepo.root().resolve("oracle/report/golden/inputs");
        return List.of("--metrics", in.resolve("metrics.csv").toString(), "--frequency",
            in.resolve("frequency.csv").toString(), "--features", in.resolve("features.csv").toString(),
            "--clinical", clinical == null ? in.resolve("clinical.csv").toString() : clinical, "--out",
            out.toString(), "--top", "2");
    }

    @Test
    void writesTheReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, new ReportCommand().run(args(out, null)));
        for (String f : List.of("summary.csv", "selection_frequency.csv", "table1.csv", "model_comparison.csv",
            "report.html", "provenance.json", "figure-metrics-pcr.png", "figure-features-response.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(ImageIO.read(out.resolve("figure-features-pcr.png").toFile()).getWidth() > 0);
        assertTrue(Files.readString(out.resolve("summary.csv"))
            .startsWith("criterion,model,metric,mean,sd,partitions\n"));
    }

    /** Per criterion × model tables without criterion/model columns, tagged on the command line: same results. */
    @Test
    void taggedPerModelTablesGiveTheSameSummary(@TempDir Path dir) throws Exception {
        Path in = TestRepo.root().resolve("oracle/report/golden/inputs");
        List<String> lines = Files.readAllLines(in.resolve("metrics.csv"));
        java.util.Map<String, StringBuilder> split = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            split.computeIfAbsent(f[0] + "/" + f[1], k -> new StringBuilder(lines.get(0).split(",", 3)[2] + "\n"))
                .append(f[2]).append('\n');
        }
        List<String> args = new java.util.ArrayList<>();
        int i = 0;
        for (var e : split.entrySet()) {
            Path f = Files.writeString(dir.resolve("scorer-" + i++ + ".csv"), e.getValue());
            args.addAll(List.of("--metrics", e.getKey() + "=" + f));
        }
        args.addAll(List.of("--frequency", in.resolve("frequency.csv").toString(), "--features",
            in.resolve("features.csv").toString(), "--clinical", in.resolve("clinical.csv").toString(), "--out",
            dir.resolve("tagged").toString()));
        assertEquals(0, new ReportCommand().run(args));
        assertEquals(0, new ReportCommand().run(args(dir.resolve("plain"), null)));
        assertEquals(Files.readString(dir.resolve("plain/summary.csv")),
            Files.readString(dir.resolve("tagged/summary.csv")));
        assertEquals(Files.readString(dir.resolve("plain/model_comparison.csv")),
            Files.readString(dir.resolve("tagged/model_comparison.csv")));
    }

    @Test
    void badInputIsAUsageErrorNamingFileAndColumn(@TempDir Path dir) throws Exception {
        Path clinical = Files.writeString(dir.resolve("clin.csv"), "patient_id,pcr\nP001,1\n");
        Main.UsageException e = assertThrows(Main.UsageException.class,
            () -> new ReportCommand().run(args(dir.resolve("out"), clinical.toString())));
        assertTrue(e.getMessage().contains("clin.csv") && e.getMessage().contains("'response'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
        assertThrows(Main.UsageException.class, () -> new ReportCommand().run(List.of("--out", "x")));
    }
}
