/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.VariableType;
import org.nacrad.replica.harness.ToyNodes.CollectingLoopEnd;
import org.nacrad.replica.harness.ToyNodes.CountingLoopStart;
import org.nacrad.replica.harness.ToyNodes.CountingLoopStartFactory;
import org.nacrad.replica.harness.ToyNodes.ToyModel;
import org.nacrad.replica.harness.ToyNodes.ToySpec;

class NodeHarnessTest {

    private static BufferedDataTable twoRows(final ExecutionContext exec) {
        BufferedDataContainer c =
            exec.createDataContainer(new DataTableSpec(new String[]{"v"}, new DataType[]{IntCell.TYPE}));
        c.addRowToTable(new DefaultRow("a", new IntCell(1)));
        c.addRowToTable(new DefaultRow("b", new IntCell(2)));
        c.close();
        return c.getTable();
    }

    @Test
    void settingsGoThroughTheNodeAndSurviveXml() throws Exception {
        NodeHarness<CountingLoopStart> h = NodeHarness.of(new CountingLoopStartFactory());
        NodeSettings s = h.saveSettings();
        s.addInt("iterations", 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        h.loadSettings(NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(5, h.model().m_iterations.getIntValue());
        s.addInt("iterations", 0);
        assertThrows(InvalidSettingsException.class, () -> h.loadSettings(s));
        assertEquals(5, h.model().m_iterations.getIntValue());
    }

    @Test
    void loopEndRequestsIterationsUntilTheStartTerminates() throws Exception {
        ExecutionContext exec = Executions.context();
        NodeHarness<CountingLoopStart> start = NodeHarness.of(new CountingLoopStartFactory());
        NodeHarness<CollectingLoopEnd> end = NodeHarness.wrap(new CollectingLoopEnd());
        NodeHarness.connectLoop(start, end);
        start.setIncomingVariables(List.of(new FlowVariable("workflowVar", "x")));
        BufferedDataTable input = twoRows(exec);

        PortObject[] result;
        int executions = 0;
        do {
            PortObject[] body = start.execute(exec, input);
            end.setIncomingVariables(start.flowVariables());
            result = end.execute(exec, body);
            executions++;
        } while (end.takeContinueLoopRequest());

        assertEquals(3, executions);
        assertEquals(3, start.loopIteration());
        assertEquals(2, start.model().peekFlowVariableInt("currentIteration"));
        assertEquals("x", end.model().peekFlowVariableString("workflowVar"));
        List<String> keys = new ArrayList<>();
        for (DataRow row : (BufferedDataTable)result[0]) {
            keys.add(row.getKey().getString());
        }
        assertEquals(List.of("a#0", "b#0", "a#1", "b#1", "a#2", "b#2"), keys);
        start.reset();
        assertEquals(0, start.loopIteration());
    }

    @Test
    void continueLoopOutsideALoopEndIsACodingError() {
        NodeHarness<ToyNodes.NotALoopEnd> h = NodeHarness.wrap(new ToyNodes.NotALoopEnd());
        assertThrows(IllegalStateException.class, () -> h.execute(Executions.context()));
    }

    @Test
    void pushedVariablesShadowIncomingOnesAndArePerExecution() throws Exception {
        NodeHarness<CountingLoopStart> h = NodeHarness.of(new CountingLoopStartFactory());
        h.setIncomingVariables(List.of(new FlowVariable("currentIteration", 99), new FlowVariable("d", 1.5)));
        h.configure(new DataTableSpec());
        assertEquals(0, h.model().peekFlowVariableInt("currentIteration"));
        assertEquals(1.5, h.model().peekFlowVariableDouble("d"));
        assertEquals(4, h.flowVariables().size());
        h.configure(new DataTableSpec());
        assertEquals(4, h.flowVariables().size());
        assertEquals(3, h.model().peekFlowVariable("maxIterations", VariableType.IntType.INSTANCE));
        // KNIME peeks by exact type: an int variable is not found as double, a double not as string
        assertThrows(NoSuchElementException.class, () -> h.model().peekFlowVariableDouble("maxIterations"));
        assertThrows(NoSuchElementException.class, () -> h.model().peekFlowVariableString("d"));
        assertThrows(IllegalArgumentException.class, () -> h.configure());
    }

    @Test
    void modelPortObjectsRoundTripThroughFiles(@TempDir final Path dir) throws Exception {
        ToyModel model = new ToyModel(new ToySpec("f1", "f2"), 0.5, -2);
        Path file = dir.resolve("model.xml");
        PortObjectFiles.save(model, file);
        assertTrue(Files.readString(file).contains("key=\"port_object\""));
        ToyModel loaded = (ToyModel)PortObjectFiles.load(file, ToyModel.TYPE);
        assertArrayEquals(new double[]{0.5, -2}, loaded.weights());
        assertArrayEquals(new String[]{"f1", "f2"}, loaded.getSpec().features());
        assertEquals(ToySpec.class, ToyModel.TYPE.getPortObjectSpecClass());
    }

    @Test
    void portObjectFilesRefuseClassesOutsideTheExpectedType(@TempDir final Path dir) throws Exception {
        Path file = dir.resolve("evil.xml");
        PortObjectFiles.save(new ToyModel(new ToySpec("f"), 1), file);
        Files.writeString(file, Files.readString(file).replace(ToyModel.class.getName(), "java.lang.Thread"));
        assertThrows(java.io.IOException.class, () -> PortObjectFiles.load(file, ToyModel.TYPE));
    }

    @Test
    void warningsAreClearedBeforeEachRun() throws Exception {
        NodeHarness<ToyNodes.WarnOnEmpty> h = NodeHarness.wrap(new ToyNodes.WarnOnEmpty());
        h.configure(new DataTableSpec());
        assertEquals("Input has no columns", h.warningMessage());
        h.configure(new DataTableSpec(new String[]{"c"}, new DataType[]{IntCell.TYPE}));
        assertNull(h.warningMessage());
        assertFalse(h.continueLoopRequested());
    }
}
