package org.nacrad.learn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.ModelState;
import org.nacrad.learn.combat.ComBat;
import org.nacrad.learn.combat.ComBatCovariates;
import org.nacrad.learn.combat.FittedComBat;
import org.nacrad.learn.combat.UnseenBatchPolicy;

class ModelStateJsonTest {

    @Test
    void everyValueTypeRoundTripsExactly() {
        ModelState s = new ModelState("t", 3).put("s", "a \"quoted\"\nline").put("d", 0.1 + 0.2).put("b", true)
                .put("nan", new double[] {Double.NaN, Double.NEGATIVE_INFINITY, 1e-300})
                .put("i", new int[] {3, -1}).put("names", List.of("x", "y,z"))
                .put("m", new double[][] {{1, 2}, {}, {Math.PI}});
        ModelState r = ModelStateJson.read(ModelStateJson.write(s), "test");
        assertEquals("t", r.type());
        assertEquals(3, r.version());
        assertEquals("a \"quoted\"\nline", r.getString("s"));
        assertEquals(0.1 + 0.2, r.getDouble("d"));
        assertTrue(r.getBoolean("b"));
        assertArrayEquals(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, 1e-300}, r.getDoubles("nan"));
        assertArrayEquals(new int[] {3, -1}, r.getInts("i"));
        assertEquals(List.of("x", "y,z"), r.getStrings("names"));
        assertArrayEquals(new double[] {Math.PI}, r.getMatrix("m")[2]);
    }

    @Test
    void aSavedComBatModelGivesIdenticalResults() {
        double[][] v = new double[8][];
        for (int i = 0; i < 8; i++) {
            v[i] = new double[] {Math.sin(i), Math.cos(i * 0.7) * (i < 4 ? 2 : 1)};
        }
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b"), v);
        List<String> batches = List.of("s1", "s1", "s1", "s1", "s2", "s2", "s2", "s2");
        FittedComBat model = new ComBat().fit(m, batches, ComBatCovariates.none(8));
        FittedComBat loaded = FittedComBat.fromState(ModelStateJson.read(ModelStateJson.write(model.toState()), "x"));
        assertArrayEquals(model.transform(m, batches, ComBatCovariates.none(8), UnseenBatchPolicy.ERROR).data().toArray(),
                loaded.transform(m, batches, ComBatCovariates.none(8), UnseenBatchPolicy.ERROR).data().toArray());
        assertThrows(IllegalArgumentException.class,
                () -> org.nacrad.learn.FeatureSelection.fromState(model.toState()), "wrong model type");
        assertEquals(2, new BinaryLabels(new int[] {1, 0, 1}).count(1));
    }
}
