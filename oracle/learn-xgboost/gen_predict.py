"""(a) XGBClassifier probabilities and importances on generated data: the Java wrapper must reproduce them."""
import numpy as np

from common import classifier, dataset, write_csv, write_data, write_json

AREA = "predict"

CASES = {
    # name: (seed, rows, features, informative, decimals, params)
    "defaults": (1, 80, 6, 3, None, {"n_estimators": 20}),
    "regularised": (2, 177, 12, 4, 2, {"n_estimators": 50, "max_depth": 3, "learning_rate": 0.1,
                                       "subsample": 0.8, "colsample_bytree": 0.7, "min_child_weight": 2,
                                       "gamma": 0.5, "reg_lambda": 2.0, "reg_alpha": 0.1,
                                       "scale_pos_weight": 1.5, "seed": 42}),
    "exact": (2, 177, 12, 4, 2, {"n_estimators": 50, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8,
                                 "colsample_bytree": 0.7, "seed": 42, "tree_method": "exact"}),
    "many_rows": (3, 600, 8, 3, None, {}),  # more distinct values than max_bin: real quantile cuts
}


def run(name, seed, n, p, informative, decimals, params):
    x, y = dataset(seed, n, p, informative, decimals=decimals)
    n_train = int(n * 0.75)
    split = ["train"] * n_train + ["test"] * (n - n_train)
    write_data(AREA, f"{name}_data.csv", x, y, split)
    write_json(AREA, f"{name}_params.json", params)
    model = classifier(params).fit(x[:n_train], y[:n_train])
    proba = model.predict_proba(x)[:, 1]
    cls = model.predict(x)
    write_csv(AREA, f"{name}_proba.csv", ["id", "proba", "class"],
              [[f"r{i + 1}", np.float32(proba[i]), int(cls[i])] for i in range(n)])
    booster = model.get_booster()
    types = ["weight", "gain", "cover", "total_gain", "total_cover"]
    scores = {t: booster.get_score(importance_type=t) for t in types}
    fi = model.feature_importances_
    rows = []
    for j in range(p):
        rows.append([f"x{j + 1}"] + [float(scores[t].get(f"f{j}", 0.0)) for t in types] + [fi[j]])
    write_csv(AREA, f"{name}_importance.csv", ["feature"] + types + ["feature_importances_"], rows)


if __name__ == "__main__":
    for case, args in CASES.items():
        run(case, *args)
