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
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("criterion,model,metric,mean,sd,partitions\n"));
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
