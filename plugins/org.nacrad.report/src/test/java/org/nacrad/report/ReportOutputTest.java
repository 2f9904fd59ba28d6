package org.nacrad.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.provenance.Json;
import org.nacrad.report.provenance.Provenance;

/** The whole report on the oracle's inputs: files, figures, page, provenance, determinism and atomic output. */
class ReportOutputTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writesEveryTableFigureAndPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), out);
        for (String f : List.of(Report.SUMMARY, Report.FREQUENCY, Report.TABLE1, Report.COMPARISON, Report.HTML,
            Provenance.FILE_NAME, "figure-metrics-pcr.png", "figure-metrics-response.png",
            "figure-features-pcr.png", "figure-features-response.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (var list = Files.list(out)) {
            assertEquals(10, list.count(), "no staging leftovers");
        }
        CsvTable summary = Golden.csv(out.resolve(Report.SUMMARY));
        assertEquals(List.of("criterion", "model", "metric", "mean", "sd", "partitions"), summary.columns());
        assertEquals(2 * 3 * 6, summary.rows().size());
        CsvTable freq = Golden.csv(out.resolve(Report.FREQUENCY));
        assertEquals(List.of("criterion", "model", "feature", "count"), freq.columns());
        assertEquals(List.of("pcr", "radiomics", "t2_intra_original_glcm_Idmn", 5), freq.rows().get(0));
        // within resnet34 of pcr: descending count, ties by name (age before ct_peri_deep_3)
        assertEquals(List.of("pcr", "resnet34", "age", 4), freq.rows().get(3));
        assertEquals(List.of("pcr", "resnet34", "ct_peri_deep_3", 4), freq.rows().get(4));

        BufferedImage bars = ImageIO.read(out.resolve("figure-metrics-pcr.png").toFile());
        assertNotNull(bars, "PNG decodes");
        assertEquals(1200, bars.getWidth());
        assertEquals(640, bars.getHeight());
        assertTrue(distinctColours(bars) > 6, "bars are drawn in several colours");
        BufferedImage boxes = ImageIO.read(out.resolve("figure-features-pcr.png").toFile());
        assertNotNull(boxes);
        assertTrue(boxes.getWidth() >= 800 && boxes.getHeight() >= 700, boxes.getWidth() + "x" + boxes.getHeight());

        String html = Files.readString(out.resolve(Report.HTML));
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            images++;
            assertTrue(Files.isRegularFile(out.resolve(m.group(1))), m.group(1));
        }
        assertEquals(4, images);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
            "self-contained");
        assertTrue(html.contains("Freeman-Halton exact test") && html.contains("Provenance"));

        Map<?, ?> p = (Map<?, ?>) Json.parse(Files.readString(out.resolve(Provenance.FILE_NAME)));
        assertEquals(4, ((List<?>) p.get("inputs")).size());
        assertEquals(Provenance.sha256(Golden.input("metrics.csv")),
            ((Map<?, ?>) ((List<?>) p.get("inputs")).get(0)).get("sha256"));
    }

    /** Staging must not leave owner-only temporary permissions on the folder or the files. */
    @Test
    void outputsGetTheUsualPermissions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), out);
        Path plainDir = Files.createDirectory(dir.resolve("plain"));
        Path plainFile = Files.createFile(dir.resolve("plain-file"));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plainDir), Files.getPosixFilePermissions(out));
            for (String f : List.of(Report.HTML, Provenance.FILE_NAME, "figure-metrics-pcr.png")) {
                assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(out.resolve(f)),
                    f);
            }
        }
    }

    @Test
    void sameInputsGiveIdenticalFiles(@TempDir Path dir) throws Exception {
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), dir.resolve("a"));
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), dir.resolve("b"));
        try (var list = Files.list(dir.resolve("a"))) {
            for (Path f : list.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())),
                    f.getFileName().toString());
            }
        }
    }

    /** A run folder keeps its other files and its own provenance.json, which the page shows. */
    @Test
    void addsToAnExistingRunFolder(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("run"));
        Files.writeString(out.resolve("predictions.csv"), "x\n1\n");
        new Provenance("nacrad run", "9.9.9", Map.of("xgboost4j", "3.1.1"), Map.of("pcr.knwf", Map.of("XGBoost Learner",
            Map.of("max_depth", 3))), Map.of("seed", 42L), List.of(Golden.input("clinical.csv")))
            .write(out.resolve(Provenance.FILE_NAME));
        byte[] provenance = Files.readAllBytes(out.resolve(Provenance.FILE_NAME));
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), out);
        assertEquals("x\n1\n", Files.readString(out.resolve("predictions.csv")));
        assertArrayEquals(provenance, Files.readAllBytes(out.resolve(Provenance.FILE_NAME)));
        String html = Files.readString(out.resolve(Report.HTML));
        assertTrue(html.contains("9.9.9") && html.contains("xgboost4j") && html.contains("max_depth"), "provenance");
    }

    /** The report's own record is rewritten on a rerun, so it never hashes earlier inputs. */
    @Test
    void rerunRefreshesItsOwnProvenance(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        Report.write(Golden.inputs(), Report.Options.defaults("0.1.0"), out);
        Path clinical = Files.writeString(dir.resolve("clinical.csv"),
            Files.readString(Golden.input("clinical.csv")).replace("P001,", "P999,"));
        Report.write(Report.Inputs.of(Golden.input("metrics.csv"), Golden.input("frequency.csv"),
            Golden.input("features.csv"), clinical, null), Report.Options.defaults("0.1.0"), out);
        Map<?, ?> p = (Map<?, ?>) Json.parse(Files.readString(out.resolve(Provenance.FILE_NAME)));
        assertEquals(Report.PRODUCER, p.get("producer"));
        assertEquals(clinical.toString(), ((Map<?, ?>) ((List<?>) p.get("inputs")).get(3)).get("path"));
    }

    @Test
    void badInputLeavesNoOutput(@TempDir Path dir) throws Exception {
        Path clinical = dir.resolve("clinical.csv");
        Files.writeString(clinical, Files.readString(Golden.input("clinical.csv")).replace("P002,1,", "P002,2,"));
        Report.Inputs in = Report.Inputs.of(Golden.input("metrics.csv"), Golden.input("frequency.csv"),
            Golden.input("features.csv"), clinical, null);
        Path out = dir.resolve("report");
        ReportInputException e = assertThrows(ReportInputException.class,
            () -> Report.write(in, Report.Options.defaults("0.1.0"), out));
        assertTrue(e.getMessage().contains("clinical.csv") && e.getMessage().contains("'pcr'"), e.getMessage());
        assertFalse(Files.exists(out));
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count(), "no staging folder left behind");
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
