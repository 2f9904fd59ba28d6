package org.nacrad.report.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    /** FIPS 180-2 test vector: SHA-256("abc"). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void recordsVersionsSettingsSeedsAndInputHashes(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("cohort.csv"), "abc");
        Path out = dir.resolve("provenance.json");
        new Provenance("nacrad run", "0.1.0", Map.of("xgboost4j", "3.1.1"),
            Map.of("pcr.knwf", Map.of("Repeated Stratified Split", Map.of("splits", 10, "test_fraction", 0.2))),
            Map.of("seed", 42L), List.of(in)).write(out);
        Map<?, ?> p = (Map<?, ?>) Json.parse(Files.readString(out));
        assertEquals(Provenance.FORMAT, p.get("format"));
        assertEquals("nacrad run", p.get("producer"));
        assertEquals("0.1.0", p.get("nacrad_version"));
        assertEquals(System.getProperty("java.version"), ((Map<?, ?>) p.get("java")).get("version"));
        assertEquals(Map.of("xgboost4j", "3.1.1"), p.get("libraries"));
        assertEquals(Map.of("seed", 42L), p.get("seeds"));
        assertEquals(Map.of("splits", 10L, "test_fraction", 0.2),
            ((Map<?, ?>) ((Map<?, ?>) p.get("workflows")).get("pcr.knwf")).get("Repeated Stratified Split"));
        Map<?, ?> file = (Map<?, ?>) ((List<?>) p.get("inputs")).get(0);
        assertEquals(SHA256_ABC, file.get("sha256"));
        assertEquals(3L, file.get("bytes"));
        assertEquals(in.toString(), file.get("path"));
        try (var list = Files.list(dir)) {
            assertEquals(2, list.count(), "no temporary file left");
        }
    }

    @Test
    void missingInputIsNamed(@TempDir Path dir) {
        Path gone = dir.resolve("gone.nii.gz");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
            () -> new Provenance("nacrad run", "0.1.0", Map.of(), Map.of(), Map.of(), List.of(gone))
                .write(dir.resolve("p.json")));
        assertTrue(e.getMessage().contains("gone.nii.gz"), e.getMessage());
    }

    @Test
    void jsonEscapesAndRejectsNonFinite() {
        String s = Json.write(Map.of("k", "a\"b\\c\nd\u0001"));
        assertEquals(Map.of("k", "a\"b\\c\nd\u0001"), Json.parse(s));
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
    }
}
