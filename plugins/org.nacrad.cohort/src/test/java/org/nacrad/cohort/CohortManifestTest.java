package org.nacrad.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvTable;

class CohortManifestTest {

    @TempDir
    Path dir;

    @Test
    void resolvesRelativePathsAgainstTheManifestFolder() throws Exception {
        Path m = dir.resolve("cohort/manifest.csv");
        Files.createDirectories(m.getParent());
        Files.writeString(m, "patient_id,age,t2_image,t2_mask\n007,51,img/p7.nii.gz,/abs/m.nii.gz\n");
        CsvTable t = CohortManifest.read(m, "patient_id", List.of(), Map.of());
        assertEquals("007", t.rows().get(0).get(0), "ids stay strings even when numeric");
        assertEquals(m.getParent().resolve("img/p7.nii.gz").toString(), t.rows().get(0).get(2));
        assertEquals("/abs/m.nii.gz", t.rows().get(0).get(3));
        assertEquals(List.of("t2_image", "t2_mask"), CohortManifest.detectPathColumns(t.columns()));
    }

    @Test
    void duplicateOrMissingIdsNameTheLine() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "patient_id,x\nA,1\nA,2\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
            () -> CohortManifest.read(m, "patient_id", List.of(), Map.of()));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'A'"), e.getMessage());
        Files.writeString(m, "pid,x\nA,1\n");
        assertThrows(CsvFormatException.class, () -> CohortManifest.read(m, "patient_id", List.of(), Map.of()));
    }
}
