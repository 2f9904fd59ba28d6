package org.nacrad.cli.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.knime.deep.MedicalNetFeatureNodeFactory;
import org.nacrad.replica.harness.Executions;
import org.nacrad.replica.harness.NodeHarness;

/** The node on its own: output table and provenance, progress per patient, cancellation, bad patients named. */
class MedicalNetFeatureNodeTest {

    @TempDir
    Path dir;

    private final List<String> messages = new ArrayList<>();

    private NodeHarness<?> node() throws InvalidSettingsException {
        NodeHarness<?> h = NodeHarness.of(new MedicalNetFeatureNodeFactory());
        NodeSettings s = h.saveSettings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("image_column", "image");
        m.put("mask_column", "mask");
        m.put("depth", "10");
        m.put("weights_source", "seeded-random");
        m.put("resize", 16);
        m.put("batch_size", 1);
        SettingsOverrides.applyAll(s, m);
        h.loadSettings(s);
        return h;
    }

    /** Patients P1..Pn; the ROI of {@code emptyRoi} (1-based, 0 = none) is empty. */
    private BufferedDataTable patients(ExecutionContext exec, int n, int emptyRoi) throws Exception {
        DataTableSpec spec = new DataTableSpec(new DataColumnSpec[] {
            new DataColumnSpecCreator("image", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", StringCell.TYPE).createSpec()});
        BufferedDataContainer c = exec.createDataContainer(spec);
        for (int p = 1; p <= n; p++) {
            Path[] pair = TestVolumes.write(dir, "P" + p, 4 + p, p == emptyRoi ? 0 : 8);
            c.addRowToTable(new DefaultRow("P" + p, new StringCell(pair[0].toString()),
                new StringCell(pair[1].toString())));
        }
        c.close();
        return c.getTable();
    }

    @Test
    void appendsFeaturesAndRecordsTheWeightsInAColumnAndAFlowVariable() throws Exception {
        NodeHarness<?> h = node();
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = patients(exec, 3, 0);
        DataTableSpec expected = (DataTableSpec) h.configure(in.getDataTableSpec())[0];
        BufferedDataTable out = (BufferedDataTable) h.execute(exec, in)[0];
        DataTableSpec spec = out.getDataTableSpec();
        assertTrue(expected.equalStructure(spec), "configure announces the output columns");
        assertEquals(2 + 512 + 1, spec.getNumColumns(), "input columns kept, 512 features, weights");
        assertEquals("MRI_T2_Intra_0000", spec.getColumnSpec(2).getName());
        assertEquals("MRI_T2_Intra_0511", spec.getColumnSpec(513).getName());
        assertEquals(3, out.size());
        String seeded = "seeded random initialisation (not pretrained), seed 42";
        for (DataRow row : out) {
            assertEquals(seeded, ((StringValue) row.getCell(514)).getStringValue());
        }
        assertTrue(h.flowVariables().stream().anyMatch(v -> v.getName().equals("MRI_T2_Intra_weights")
            && v.getValueAsString().equals(seeded)), h.flowVariables().toString());
    }

    @Test
    void cancelStopsBetweenPatientsAfterPerPatientProgress() throws Exception {
        NodeHarness<?> h = node();
        ExecutionContext exec = Executions.context((f, msg) -> messages.add(msg),
            () -> messages.stream().anyMatch(msg -> msg != null && msg.startsWith("Patient P2")));
        BufferedDataTable in = patients(exec, 3, 0);
        h.configure(in.getDataTableSpec());
        assertThrows(CanceledExecutionException.class, () -> h.execute(exec, in));
        assertTrue(messages.contains("Patient P1 (1 of 3)"), messages.toString());
        assertTrue(messages.contains("Extracted 1 of 3 patients"), "P1 done before the cancel: " + messages);
        assertTrue(messages.stream().noneMatch(msg -> msg != null && msg.startsWith("Patient P3")), messages.toString());
    }

    @Test
    void aPatientWithAnEmptyRoiIsNamed() throws Exception {
        NodeHarness<?> h = node();
        ExecutionContext exec = Executions.context();
        BufferedDataTable in = patients(exec, 2, 2);
        h.configure(in.getDataTableSpec());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> h.execute(exec, in));
        assertTrue(e.getMessage().contains("Patient P2") && e.getMessage().contains("mask is empty"), e.getMessage());
    }

    @Test
    void configureNamesMissingColumnsAndAnUnsetCheckpoint() throws Exception {
        NodeHarness<?> h = node();
        DataTableSpec imageOnly = new DataTableSpec(new DataColumnSpec[] {
            new DataColumnSpecCreator("image", StringCell.TYPE).createSpec()});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> h.configure(imageOnly));
        assertTrue(e.getMessage().contains("'mask'"), e.getMessage());

        NodeSettings s = h.saveSettings();
        SettingsOverrides.apply(s, "weights_source", "checkpoint");
        h.loadSettings(s);
        DataTableSpec both = new DataTableSpec(new DataColumnSpec[] {
            new DataColumnSpecCreator("image", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", StringCell.TYPE).createSpec()});
        e = assertThrows(InvalidSettingsException.class, () -> h.configure(both));
        assertTrue(e.getMessage().contains("resnet_10_23dataset.pth"), e.getMessage());
    }
}
