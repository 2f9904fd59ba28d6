package org.nacrad.knime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.learn.ModelState;
import org.nacrad.replica.harness.PortObjectFiles;

/** The model port stores spec and fitted state exactly (model files of the CLI use the same format). */
class LearnModelPortObjectTest {

    @TempDir
    Path dir;

    @Test
    void modelSurvivesSaveAndLoad() throws Exception {
        ModelState state = new ModelState("test.kind", 1).put("centre", new double[] {0.1, 1.0 / 3, -2e-300})
            .put("names", List.of("a", "b")).put("nested", new ModelState("inner", 2).put("x", 1.5));
        LearnModelPortObject model = new LearnModelPortObject(
            new LearnModelPortObjectSpec("Robust Scaler", List.of("a", "b"), List.of("scanner")), state);
        Path f = dir.resolve("m.model");
        PortObjectFiles.save(model, f);
        LearnModelPortObject back = (LearnModelPortObject) PortObjectFiles.load(f, LearnModelPortObject.TYPE);
        assertEquals(model.getSpec(), back.getSpec());
        assertArrayEquals(new double[] {0.1, 1.0 / 3, -2e-300}, back.state().getDoubles("centre"), 0.0);
        assertEquals(List.of("a", "b"), back.state().getStrings("names"));
        assertEquals(1.5, back.state().getState("nested").getDouble("x"));
    }

    @Test
    void applyNodesRefuseModelsOfAnotherKind() {
        LearnModelPortObjectSpec spec = new LearnModelPortObjectSpec("ComBat", List.of("a"), List.of("scanner"));
        assertThrows(InvalidSettingsException.class, () -> LearnModelPortObjectSpec.require(spec, "Robust Scaler"));
    }
}
