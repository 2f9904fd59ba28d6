"""Goldens for metrics (sklearn.metrics), RobustScaler (sklearn.preprocessing) and StratifiedKFold folds."""
import numpy as np
from sklearn.metrics import (balanced_accuracy_score, f1_score, precision_score, recall_score, roc_auc_score,
                             confusion_matrix)
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import RobustScaler
from common import write_csv, write_matrix

rng = np.random.RandomState(20261127)


def metrics_cases():
    rows = []
    preds = []
    for case in range(8):
        n = 20 + 7 * case
        y = rng.randint(0, 2, n)
        y[0], y[1] = 0, 1
        # scores with deliberate ties (rounded) in half of the cases
        p = rng.uniform(size=n)
        if case % 2 == 0:
            p = np.round(p, 1)
        yhat = (p >= 0.5).astype(int)
        tn, fp, fn, tp = confusion_matrix(y, yhat, labels=[0, 1]).ravel()
        rows.append([case, balanced_accuracy_score(y, yhat), recall_score(y, yhat),
                     recall_score(y, yhat, pos_label=0), precision_score(y, yhat, zero_division=0),
                     f1_score(y, yhat, zero_division=0), roc_auc_score(y, p), int(tp), int(fp), int(tn), int(fn)])
        for i in range(n):
            preds.append([case, int(y[i]), int(yhat[i]), float(p[i])])
    write_csv("metrics", "metrics_expected.csv",
              ["case", "balanced_accuracy", "sensitivity", "specificity", "precision", "f1", "auc",
               "tp", "fp", "tn", "fn"], rows)
    write_csv("metrics", "metrics_input.csv", ["case", "truth", "predicted", "probability"], preds)


def scaler_cases():
    n, p = 23, 6
    X = rng.normal(size=(n, p)) * [1, 10, 0.1, 5, 1, 1] + [0, 100, -3, 0, 0, 7]
    X[:, 4] = np.round(X[:, 4])  # ties
    X[:, 5] = 7.0               # constant column -> scale 1
    cols = ["f%d" % i for i in range(p)]
    write_matrix("scaling", "train.csv", cols, X)
    Xnew = rng.normal(size=(9, p)) * 3
    write_matrix("scaling", "apply.csv", cols, Xnew)
    settings = [("default", True, True, (25.0, 75.0), False), ("q10_90", True, True, (10.0, 90.0), False),
                ("no_center", False, True, (25.0, 75.0), False), ("no_scale", True, False, (25.0, 75.0), False),
                ("q0_100", True, True, (0.0, 100.0), False), ("unit_variance", True, True, (25.0, 75.0), True),
                ("unit_variance_q5_95", True, True, (5.0, 95.0), True)]
    rows = []
    for name, wc, ws, q, uv in settings:
        s = RobustScaler(with_centering=wc, with_scaling=ws, quantile_range=q, unit_variance=uv).fit(X)
        center = s.center_ if wc else np.zeros(p)
        scale = s.scale_ if ws else np.ones(p)
        rows.append([name, wc, ws, q[0], q[1], uv] + list(center) + list(scale))
        write_matrix("scaling", "apply_%s.csv" % name, cols, s.transform(Xnew))
    write_csv("scaling", "fits.csv", ["setting", "with_centering", "with_scaling", "q_low", "q_high", "unit_variance"]
              + ["center_" + c for c in cols] + ["scale_" + c for c in cols], rows)


def fold_cases():
    """StratifiedKFold without shuffling (RFECV's default cv) for several label vectors."""
    rows = []
    for case, (n, k) in enumerate([(141, 5), (37, 5), (50, 3), (23, 4)]):
        y = (rng.uniform(size=n) < 0.35).astype(int)
        y[:k], y[k:2 * k] = 0, 1
        rng.shuffle(y)
        folds = np.empty(n, dtype=int)
        for f, (_, test) in enumerate(StratifiedKFold(n_splits=k).split(np.zeros(n), y)):
            folds[test] = f
        rows += [[case, k, int(y[i]), int(folds[i])] for i in range(n)]
    write_csv("split", "sklearn_stratified_kfold.csv", ["case", "k", "label", "fold"], rows)


if __name__ == "__main__":
    metrics_cases()
    scaler_cases()
    fold_cases()
