"""Helpers of the XGBoost model-selection oracle: generated data sets, parameter mapping, exact CSV/JSON output."""
import csv
import json
import os

import numpy as np
import xgboost as xgb

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")


def cell(v):
    if isinstance(v, np.floating):
        v = float(v)  # float32 widens exactly; repr round-trips
    elif hasattr(v, "item"):
        v = v.item()
    return repr(v) if isinstance(v, float) else str(v)


def write_csv(area, name, header, rows):
    d = os.path.join(GOLDEN, area)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([cell(v) for v in r])


def write_json(area, name, obj):
    d = os.path.join(GOLDEN, area)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def dataset(seed, n, p, informative, noise=1.0, decimals=None):
    """Gaussian features; the label is a noisy linear threshold of the first `informative` features. Values are
    optionally rounded (ties in values exercise the split finder)."""
    rng = np.random.RandomState(seed)
    x = rng.randn(n, p)
    if decimals is not None:
        x = np.round(x, decimals)
    w = np.linspace(1.5, 0.5, informative)
    y = (x[:, :informative] @ w + noise * rng.randn(n) > 0.3).astype(int)
    return x, y


def write_data(area, name, x, y, split=None):
    header = ["id", "split", "label"] + [f"x{j + 1}" for j in range(x.shape[1])]
    rows = []
    for i in range(x.shape[0]):
        rows.append([f"r{i + 1}", "all" if split is None else split[i], int(y[i])] + [float(v) for v in x[i]])
    write_csv(area, name, header, rows)


def classifier(params):
    """XGBClassifier from our parameter names (XGBoostParams): seed -> random_state, nthread -> n_jobs."""
    p = dict(params)
    kw = {"random_state": p.pop("seed", 0), "n_jobs": p.pop("nthread", 1)}
    kw.update(p)
    return xgb.XGBClassifier(**kw)
