package org.nacrad.knime.learn.xgboost;

import java.util.List;

import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.learn.ModelState;
import org.nacrad.learn.xgboost.FittedXGBoost;

/** A fitted XGBoost classifier with the target column's class values, so predictions speak the table's terms. */
record XGBoostModel(FittedXGBoost model, String targetColumn, String negative, String positive) {

    static final String KIND = "XGBoost";
    private static final String TYPE = "nacrad.knime.xgboost";

    static LearnModelPortObjectSpec spec(List<String> features) {
        return new LearnModelPortObjectSpec(KIND, features, List.of());
    }

    LearnModelPortObject port() {
        ModelState s = new ModelState(TYPE, 1).put("target_column", targetColumn).put("negative", negative)
            .put("positive", positive).put("model", model.toState());
        return new LearnModelPortObject(spec(model.features()), s);
    }

    static XGBoostModel of(LearnModelPortObject port) {
        ModelState s = port.state().require(TYPE, 1);
        return new XGBoostModel(FittedXGBoost.fromState(s.getState("model")), s.getString("target_column"),
            s.getString("negative"), s.getString("positive"));
    }
}
