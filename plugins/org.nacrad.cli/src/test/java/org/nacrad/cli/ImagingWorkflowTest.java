package org.nacrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;
import org.nacrad.cli.workflow.WorkflowCompiler;
import org.nacrad.cli.workflow.WorkflowSource;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;


class ImagingWorkflowTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void catalog() {
        TestRepo.useNodeCatalog();
    }

    @Test
    void volumesFlowThroughWorkflowOwnedStorage() throws Exception {
        Path src = Path.of(ImagingWorkflowTest.class.getResource("/workflows/imaging.yaml").toURI());
        Path knwf = dir.resolve("imaging.knwf");
        KnwfWriter.write(WorkflowCompiler.compile(WorkflowSource.load(src), NodeCatalog.load()), TestRepo.BUNDLE, knwf);
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", knwf.toString(), "--out", out.toString(), "--threads", "2"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        CsvTable t = CsvReader.read(out.resolve("radiomics-extract-7-0.csv"), Map.of());
        assertEquals(3, t.rows().size());
        assertTrue(t.columns().contains("MRI_T2_Intra_original_shape_MeshVolume"));
        assertTrue(t.columns().contains("MRI_T2_Peri_original_glcm_Contrast"));
        assertTrue(!t.columns().contains("MRI_T2_Peri_original_shape_MeshVolume"), "shape once per mask");
        assertEquals(107 + 93, t.columns().stream().filter(c -> c.contains("_original_")).count(),
            "PyRadiomics' default feature counts: 107 with shape, 93 without");
        for (List<Object> row : t.rows()) {
            Path t2 = Path.of((String) row.get(t.columnIndex("t2_image")));
            assertTrue(t2.startsWith(out.resolve("work")), "produced volumes live in the run's work folder: " + t2);
            Volume v = VolumeIO.read(t2);
            assertEquals(1.5, v.geometry().spacing(0), 1e-9, "resampled to the requested spacing");
            assertTrue((Integer) row.get(t.columnIndex("mri_peri_mask_voxels")) > 0);
            assertTrue(Files.exists(Path.of((String) row.get(t.columnIndex("t2_image_bias_field")))));
            Volume ring = VolumeIO.read(Path.of((String) row.get(t.columnIndex("mri_peri_mask"))));
            Volume tumour = VolumeIO.read(Path.of((String) row.get(t.columnIndex("mri_tumour_mask"))));
            for (int i = 0; i < ring.data().length; i++) {
                assertTrue(ring.data()[i] == 0 || tumour.data()[i] == 0, "the ring never overlaps the tumour");
            }
        }
    }
}
