"""Independent chance-level reference for a permuted-label main job (not a golden; run by hand).

Reads the feature table a `bin/nacrad main-job --permute-labels` run wrote (run/feature-table-93-0.csv, whose
outcome columns hold the shuffled labels) and scores a leakage-free scikit-learn pipeline on it: robust scaling and
top-k ANOVA-F selection fitted inside each stratified 80/20 split, then logistic regression. If this pipeline also
scores above 0.5 on the same permuted labels, the excess is a chance association of that one labelling with the
features, not leakage in NACRad.

usage: python permuted_chance.py RUN_DIR/feature-table-93-0.csv CRITERION FEATURE_PREFIX [--k 14] [--split-seeds 5]
e.g.   python permuted_chance.py out/perm/run/feature-table-93-0.csv pcr R10_
"""
import argparse
import warnings

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler

CLINICAL = ["age", "er", "pr", "her2", "grade", "tumour_size_mm", "nodal_status"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("criterion")
    ap.add_argument("prefix")
    ap.add_argument("--k", type=int, default=14)
    ap.add_argument("--split-seeds", type=int, default=5)
    a = ap.parse_args()
    warnings.filterwarnings("ignore")  # constant random-network columns make f_classif warn
    t = pd.read_csv(a.table)
    cols = [c for c in t.columns if c.startswith(a.prefix) and not c.endswith("_weights")] + CLINICAL
    x = t[cols].to_numpy(dtype=float)
    y = t[a.criterion].to_numpy()
    for seed in range(a.split_seeds):
        ba, auc = [], []
        for tr, te in StratifiedShuffleSplit(10, test_size=0.2, random_state=seed).split(x, y):
            model = make_pipeline(RobustScaler(), SelectKBest(f_classif, k=a.k),
                                  LogisticRegression(max_iter=2000, class_weight="balanced", C=0.1))
            p = model.fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
            ba.append(balanced_accuracy_score(y[te], (p > 0.5).astype(int)))
            auc.append(roc_auc_score(y[te], p))
        print("split seed %d: balanced accuracy %.3f, AUC %.3f" % (seed, np.mean(ba), np.mean(auc)))


if __name__ == "__main__":
    main()
