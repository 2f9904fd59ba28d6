package org.nacrad.knime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.nacrad.knime.learn.combat.ComBatApplyNodeFactory;
import org.nacrad.knime.learn.combat.ComBatLearnerNodeFactory;
import org.nacrad.knime.learn.filter.FeatureFilterNodeFactory;
import org.nacrad.knime.learn.mrmr.MrmrLearnerNodeFactory;
import org.nacrad.knime.learn.rfe.RfeNodeFactory;
import org.nacrad.knime.learn.scaler.RobustScalerApplyNodeFactory;
import org.nacrad.knime.learn.scaler.RobustScalerLearnerNodeFactory;
import org.nacrad.knime.learn.smote.SmoteNodeFactory;
import org.nacrad.knime.learn.split.RepeatedSplitNodeFactory;
import org.nacrad.knime.learn.split.RepeatedSplitScorerNodeFactory;
import org.nacrad.knime.learn.stats.PairedMetricTestNodeFactory;
import org.nacrad.knime.learn.stats.StatisticsNodeFactory;
import org.nacrad.knime.learn.xgboost.XGBoostLearnerNodeFactory;
import org.nacrad.knime.learn.xgboost.XGBoostPredictorNodeFactory;
import org.nacrad.replica.harness.NodeHarness;

/** Every learning node's settings survive KNIME's XML format, changed values included; bad values are refused. */
class LearnNodeSettingsTest {

    /** Factory, a key to change, its new value (typed like the default), and an invalid value or null. */
    static Stream<Arguments> nodes() {
        return Stream.of(
            Arguments.of(new ComBatLearnerNodeFactory(), "column_groups", "mri_*;ct_*", "missing_values", "ignore"),
            Arguments.of(new ComBatApplyNodeFactory(), "unseen_batch", "pass_through", "unseen_batch", "drop"),
            Arguments.of(new RobustScalerLearnerNodeFactory(), "quantile_low", 10.0, "quantile_low", 90.0),
            Arguments.of(new RobustScalerApplyNodeFactory(), null, null, null, null),
            Arguments.of(new MrmrLearnerNodeFactory(), "k", 7, "relevance", "chi2"),
            Arguments.of(new FeatureFilterNodeFactory(), null, null, null, null),
            Arguments.of(new SmoteNodeFactory(), "k_neighbors", 3, "k_neighbors", 0),
            Arguments.of(new RepeatedSplitNodeFactory(), "test_fraction", 0.25, "splits", 0),
            Arguments.of(new RepeatedSplitScorerNodeFactory(), "probability_column", "p", null, null),
            Arguments.of(new StatisticsNodeFactory(), "mode", "paired", "mode", "unpaired"),
            Arguments.of(new PairedMetricTestNodeFactory(), "columns", "auc", null, null),
            Arguments.of(new XGBoostLearnerNodeFactory(), "grid", "max_depth=2,3;learning_rate=0.1", "grid",
                "depth=2"),
            Arguments.of(new XGBoostPredictorNodeFactory(), "probability_column", "p_pcr", null, null),
            Arguments.of(new RfeNodeFactory(), "step", 0.1, "step", 1.5));
    }

    private static NodeHarness<?> harness(NodeFactory<? extends NodeModel> f) {
        f.init();
        return NodeHarness.of(f);
    }

    private static String xml(NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static NodeSettingsRO reread(NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void put(NodeSettings s, String key, Object value) {
        if (value instanceof Integer i) {
            s.addInt(key, i);
        } else if (value instanceof Double d) {
            s.addDouble(key, d);
        } else {
            s.addString(key, (String) value);
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void settingsRoundTrip(NodeFactory<? extends NodeModel> f, String key, Object value, String badKey,
        Object badValue) throws Exception {
        NodeHarness<?> h = harness(f);
        NodeSettings defaults = h.saveSettings();
        NodeHarness<?> fresh = harness(f);
        fresh.loadSettings(reread(defaults));
        assertEquals(xml(defaults), xml(fresh.saveSettings()), "defaults survive save/load");
        if (key != null) {
            NodeSettings changed = h.saveSettings();
            put(changed, key, value);
            fresh.loadSettings(reread(changed));
            assertEquals(xml(changed), xml(fresh.saveSettings()), key + " survives save/load");
            assertTrue(xml(fresh.saveSettings()).contains(String.valueOf(value)));
        }
        if (badKey != null) {
            NodeSettings bad = h.saveSettings();
            put(bad, badKey, badValue);
            assertThrows(InvalidSettingsException.class, () -> fresh.loadSettings(bad), badKey + "=" + badValue);
        }
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void descriptionAndIconSitBesideTheFactory(NodeFactory<? extends NodeModel> f) throws IOException {
        String xmlName = f.getClass().getSimpleName() + ".xml";
        try (InputStream in = f.getClass().getResourceAsStream(xmlName)) {
            assertNotNull(in, xmlName);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("http://knime.org/node/v4.1"), xmlName);
            String icon = text.replaceAll("(?s).*icon=\"\\./([^\"]+)\".*", "$1");
            assertNotNull(f.getClass().getResource(icon), icon);
            NodeHarness<?> h = harness(f);
            for (int i = 0; i < h.inPortCount(); i++) {
                assertTrue(text.contains("<inPort index=\"" + i + "\""), xmlName + " in port " + i);
            }
            for (int i = 0; i < h.outPortCount(); i++) {
                assertTrue(text.contains("<outPort index=\"" + i + "\""), xmlName + " out port " + i);
            }
        }
    }
}
