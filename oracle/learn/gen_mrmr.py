"""Goldens for mRMR from mrmr-selection 0.2.8 `mrmr_classif` (F relevance, Pearson redundancy, FCQ)."""
import numpy as np
import pandas as pd
from mrmr import mrmr_classif
from sklearn.metrics import mutual_info_score
from common import write_csv, write_matrix

rng = np.random.RandomState(11)


def dataset(n, p):
    y = np.array([1] * (n // 3) + [0] * (n - n // 3))
    rng.shuffle(y)
    X = rng.normal(size=(n, p))
    X[:, :8] += np.outer(y, rng.uniform(0.3, 1.5, 8))          # relevant block
    X[:, 8:14] = X[:, :6] * rng.uniform(0.5, 2, 6) + rng.normal(scale=0.3, size=(n, 6))  # redundant copies
    X[:, 14] = 2 * X[:, 0] + 1                                # perfectly correlated with f00
    X[:, 15] = 3.0                                            # constant: relevance 0, never selected
    X[:, 16] = np.round(X[:, 16])                             # ties
    return X, y


def main():
    cases = []
    for name, n, p, ks in [("a", 60, 30, [1, 5, 10, 29]), ("b", 45, 50, [4, 12]), ("c", 141, 300, [14, 30])]:
        X, y = dataset(n, p)
        cols = ["%s%02d" % ("m" if j < p // 2 else "c", j) for j in range(p)]
        write_matrix("mrmr", "data_%s.csv" % name, cols + ["label"], np.column_stack([X, y]))
        df = pd.DataFrame(X, columns=cols)
        ys = pd.Series(y)
        for k in ks:
            for denom in ["mean", "max"]:
                sel = mrmr_classif(df, ys, K=k, denominator=denom, show_progress=False, n_jobs=1)
                cases.append([name, "all", k, denom, " ".join(sel)])
        sel = mrmr_classif(df, ys, K=ks[1], relevance="ks", show_progress=False, n_jobs=1)
        cases.append([name, "all", ks[1], "mean-ks", " ".join(sel)])
        # column groups run separately (the study's MRI / CT stage)
        for group in ["m", "c"]:
            gcols = [c for c in cols if c.startswith(group)]
            sel = mrmr_classif(df[gcols], ys, K=ks[1], show_progress=False, n_jobs=1)
            cases.append([name, group, ks[1], "mean", " ".join(sel)])
    write_csv("mrmr", "selections.csv", ["dataset", "group", "k", "denominator", "selected"], cases)
    # plug-in mutual information of discrete codings (our MI option) against sklearn.metrics.mutual_info_score
    rows = []
    for case, (n, ka, kb) in enumerate([(60, 10, 2), (141, 10, 10), (30, 3, 5)]):
        a = rng.randint(0, ka, n)
        b = (a + rng.randint(0, kb, n)) % kb
        rows.append([case, ka, kb, " ".join(map(str, a)), " ".join(map(str, b)), mutual_info_score(a, b)])
    write_csv("mrmr", "mutual_information.csv", ["case", "levels_a", "levels_b", "a", "b", "mi"], rows)


if __name__ == "__main__":
    main()
