package org.nacrad.knime.learn.xgboost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.learn.xgboost.XGBoostParams;

/**
 * XGBoost hyper-parameters as settings, named and defaulted as Python xgboost's scikit-learn API (shared by the
 * XGBoost Learner and the RFE node). Keys are a persistent contract.
 */
public final class XGBoostParamSettings {

    final SettingsModelIntegerBounded nEstimators = new SettingsModelIntegerBounded("n_estimators", 100, 1, 100000);
    final SettingsModelIntegerBounded maxDepth = new SettingsModelIntegerBounded("max_depth", 6, 0, 1000);
    final SettingsModelDoubleBounded learningRate = new SettingsModelDoubleBounded("learning_rate", 0.3, 1e-9, 1e3);
    final SettingsModelDoubleBounded subsample = new SettingsModelDoubleBounded("subsample", 1, 1e-9, 1);
    final SettingsModelDoubleBounded colsampleBytree = new SettingsModelDoubleBounded("colsample_bytree", 1, 1e-9,
        1);
    final SettingsModelDoubleBounded minChildWeight = new SettingsModelDoubleBounded("min_child_weight", 1, 0, 1e9);
    final SettingsModelDoubleBounded gamma = new SettingsModelDoubleBounded("gamma", 0, 0, 1e9);
    final SettingsModelDoubleBounded regLambda = new SettingsModelDoubleBounded("reg_lambda", 1, 0, 1e9);
    final SettingsModelDoubleBounded regAlpha = new SettingsModelDoubleBounded("reg_alpha", 0, 0, 1e9);
    final SettingsModelDoubleBounded scalePosWeight = new SettingsModelDoubleBounded("scale_pos_weight", 1, 1e-9,
        1e9);
    final SettingsModelInteger seed = new SettingsModelInteger("xgboost_seed", 0);
    final SettingsModelString treeMethod = new SettingsModelString("tree_method", "hist");

    public List<SettingsModel> models() {
        return new ArrayList<>(List.of(nEstimators, maxDepth, learningRate, subsample, colsampleBytree,
            minChildWeight, gamma, regLambda, regAlpha, scalePosWeight, seed, treeMethod));
    }

    /** The parameters (one native thread per booster; parallelism comes from the CV rounds). */
    public XGBoostParams params() throws InvalidSettingsException {
        XGBoostParams.TreeMethod method;
        try {
            method = XGBoostParams.TreeMethod.valueOf(treeMethod.getStringValue().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Tree method: '" + treeMethod.getStringValue()
                + "' is not one of hist, exact.", e);
        }
        try {
            return new XGBoostParams(nEstimators.getIntValue(), maxDepth.getIntValue(), learningRate.getDoubleValue(),
                subsample.getDoubleValue(), colsampleBytree.getDoubleValue(), minChildWeight.getDoubleValue(),
                gamma.getDoubleValue(), regLambda.getDoubleValue(), regAlpha.getDoubleValue(),
                scalePosWeight.getDoubleValue(), seed.getIntValue(), 1, method, 256);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("XGBoost parameters: " + e.getMessage(), e);
        }
    }

    /** Dialog labels for {@link #models()}, in the same order. */
    public static List<String> labels() {
        return List.of("Trees (n_estimators)", "Max depth", "Learning rate", "Subsample", "Columns per tree",
            "Min child weight", "Gamma", "L2 regularisation (reg_lambda)", "L1 regularisation (reg_alpha)",
            "Positive class weight", "XGBoost seed", "Tree method (hist, exact)");
    }

    /** Adds one dialog component per parameter. */
    public void addTo(DefaultNodeSettingsPane pane) {
        pane.createNewGroup("XGBoost parameters");
        List<SettingsModel> m = models();
        List<String> labels = labels();
        for (int i = 0; i < m.size(); i++) {
            pane.addDialogComponent(m.get(i) instanceof SettingsModelString s ? new DialogComponentString(s,
                labels.get(i)) : new DialogComponentNumber((SettingsModelNumber) m.get(i), labels.get(i), 1));
        }
        pane.closeCurrentGroup();
    }
}
