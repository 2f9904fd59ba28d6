"""(b) scikit-learn RFECV with XGBClassifier on generated data, default cv (unshuffled StratifiedKFold(5)) and
balanced accuracy: selected set, ranking and the cv score curve."""
import numpy as np
from sklearn.feature_selection import RFECV
from sklearn.model_selection import StratifiedKFold

from common import classifier, dataset, write_csv, write_data, write_json

AREA = "rfecv"

CASES = {
    # name: (seed, rows, features, informative, decimals, xgb params, step, min_features_to_select)
    "step1": (11, 120, 15, 4, None, {"n_estimators": 30, "max_depth": 3}, 1, 1),
    "fraction": (12, 140, 20, 5, 1, {"n_estimators": 25, "max_depth": 2, "learning_rate": 0.2}, 0.15, 3),
    "sampled": (13, 130, 12, 3, None, {"n_estimators": 30, "max_depth": 3, "subsample": 0.7,
                                       "colsample_bytree": 0.6, "seed": 5}, 2, 2),
    # stumps, few rounds: most features are never split on, so importance ties (0) decide eliminations
    "zero_importance": (14, 100, 12, 3, None, {"n_estimators": 5, "max_depth": 1}, 1, 1),
    # the study's setting: XGBoost defaults at the cohort size, about as many features as mRMR passes on (10 %)
    "defaults": (15, 177, 14, 5, None, {}, 1, 1),
}


def run(name, seed, n, p, informative, decimals, params, step, min_features):
    x, y = dataset(seed, n, p, informative, noise=1.5, decimals=decimals)
    write_data(AREA, f"{name}_data.csv", x, y)
    write_json(AREA, f"{name}_params.json", {"xgboost": params, "step": step,
                                              "min_features_to_select": min_features})
    folds = np.zeros(n, dtype=int)
    for f, (_, test) in enumerate(StratifiedKFold(5).split(x, y)):
        folds[test] = f
    write_csv(AREA, f"{name}_folds.csv", ["id", "fold"], [[f"r{i + 1}", folds[i]] for i in range(n)])
    rfe = RFECV(classifier(params), step=step, min_features_to_select=min_features, cv=5,
                scoring="balanced_accuracy").fit(x, y)
    r = rfe.cv_results_
    k = sum(1 for key in r if key.startswith("split") and key.endswith("_test_score"))
    write_csv(AREA, f"{name}_curve.csv", ["n_features", "mean_test_score", "std_test_score"]
              + [f"split{i}_test_score" for i in range(k)],
              [[r["n_features"][j], r["mean_test_score"][j], r["std_test_score"][j]]
               + [r[f"split{i}_test_score"][j] for i in range(k)] for j in range(len(r["n_features"]))])
    write_csv(AREA, f"{name}_selection.csv", ["feature", "support", "ranking"],
              [[f"x{j + 1}", int(rfe.support_[j]), rfe.ranking_[j]] for j in range(p)])
    print(name, "selected", rfe.n_features_, "of", p)


if __name__ == "__main__":
    for case, args in CASES.items():
        run(case, *args)
