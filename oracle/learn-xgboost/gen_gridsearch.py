"""(c) scikit-learn GridSearchCV over XGBClassifier parameters with the default cv (unshuffled StratifiedKFold(5)):
per-candidate fold scores, means, SDs, ranks, the best candidate and the refitted model's probabilities."""
import numpy as np
from sklearn.model_selection import GridSearchCV

from common import classifier, dataset, write_csv, write_data, write_json

AREA = "gridsearch"

CASES = {
    # name: (seed, rows, features, informative, decimals, base params, grid, scoring)
    "balanced_accuracy": (21, 150, 8, 3, 1, {"seed": 1},
                          {"max_depth": [2, 4], "learning_rate": [0.1, 0.3], "n_estimators": [20, 50]},
                          "balanced_accuracy"),
    "roc_auc": (22, 120, 6, 2, None, {"n_estimators": 30, "seed": 3},
                {"subsample": [0.6, 1.0], "min_child_weight": [1, 3], "gamma": [0.0, 1.0]}, "roc_auc"),
    # repeated values: every candidate has an identical twin, so rank 1 is shared and the first one must win
    "tie": (23, 100, 5, 2, None, {"n_estimators": 15},
            {"max_depth": [1, 3], "reg_alpha": [0.0, 0.0]}, "balanced_accuracy"),
}


def run(name, seed, n, p, informative, decimals, base, grid, scoring):
    x, y = dataset(seed, n, p, informative, noise=1.5, decimals=decimals)
    write_data(AREA, f"{name}_data.csv", x, y)
    write_json(AREA, f"{name}_params.json", {"xgboost": base, "grid": grid, "scoring": scoring})
    gs = GridSearchCV(classifier(base), grid, cv=5, scoring=scoring).fit(x, y)
    r = gs.cv_results_
    names = sorted(grid)
    rows = []
    for c in range(len(r["params"])):
        rows.append([c] + [r["params"][c][k] for k in names] + [r[f"split{i}_test_score"][c] for i in range(5)]
                    + [r["mean_test_score"][c], r["std_test_score"][c], r["rank_test_score"][c]])
    write_csv(AREA, f"{name}_cv.csv", ["candidate"] + names + [f"split{i}_test_score" for i in range(5)]
              + ["mean_test_score", "std_test_score", "rank_test_score"], rows)
    proba = gs.best_estimator_.predict_proba(x)[:, 1]
    write_csv(AREA, f"{name}_refit.csv", ["id", "proba"], [[f"r{i + 1}", np.float32(proba[i])] for i in range(n)])
    write_json(AREA, f"{name}_best.json", {"best_index": int(gs.best_index_),
                                            "best_params": {k: gs.best_params_[k] for k in names}})
    print(name, "best", gs.best_index_, gs.best_params_, "ranks", list(r["rank_test_score"]))


if __name__ == "__main__":
    for case, args in CASES.items():
        run(case, *args)
