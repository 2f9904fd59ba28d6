"""Goldens for ComBat from neuroCombat 0.2.12 (fit on training rows, estimates, apply to new rows)."""
import contextlib
import io

import numpy as np
import pandas as pd
from neuroCombat import neuroCombat
from common import write_csv, write_matrix

rng = np.random.RandomState(7)
SIZES = {"siteA": 12, "siteB": 10, "siteC": 8, "siteD": 10}
P = 15


def make(sizes, p):
    batch = [b for b, k in sizes.items() for _ in range(k)]
    n = len(batch)
    age = rng.randint(30, 75, n).astype(float)          # integers: exact in neuroCombat's float32 cast
    sex = rng.choice(["F", "M"], n)
    stage = rng.choice(["T1", "T2", "T3"], n)
    base = rng.normal(size=(n, p)) * rng.uniform(0.5, 3, p) + rng.uniform(-5, 5, p)
    shift = {b: rng.normal(scale=1.0, size=p) for b in sizes}
    scale = {b: rng.uniform(0.6, 1.8, size=p) for b in sizes}
    X = np.array([base[i] * scale[batch[i]] + shift[batch[i]] for i in range(n)])
    X += np.outer(age - 50, rng.normal(scale=0.05, size=p)) + np.outer(sex == "M", rng.normal(size=p))
    X += np.outer(stage == "T3", rng.normal(scale=0.5, size=p))
    return X, pd.DataFrame({"batch": batch, "age": age, "sex": sex, "stage": stage})


def run(X, covars, **kw):
    with contextlib.redirect_stdout(io.StringIO()):
        return neuroCombat(dat=X.T.copy(), covars=covars, batch_col="batch", **kw)


def design(covars, cat, num):
    """neuroCombat's design matrix, rebuilt to obtain the covariate betas it does not return."""
    cols = [pd.get_dummies(covars["batch"]).sort_index(axis=1).values.astype(float)]
    for c in cat:
        cols.append(pd.get_dummies(covars[c]).sort_index(axis=1).values.astype(float)[:, 1:])
    for c in num:
        cols.append(covars[[c]].values.astype(float))
    return np.hstack(cols)


def scenario(prefix, sizes, new_sizes, p, cases):
    """Writes <prefix>train/new data and, per case, <prefix>out_/gamma_/delta_/new_out_ files; returns case rows."""
    X, covars = make(sizes, p)
    feats = ["f%02d" % j for j in range(p)]
    ids = ["p%02d" % i for i in range(len(X))]
    write_matrix("combat", prefix + "train.csv", feats, X, ids)
    write_csv("combat", prefix + "train_covariates.csv", ["id", "batch", "age", "sex", "stage"],
              [[ids[i]] + list(covars.iloc[i]) for i in range(len(X))])
    Xn, covn = make(new_sizes, p)
    idn = ["n%02d" % i for i in range(len(Xn))]
    write_matrix("combat", prefix + "new.csv", feats, Xn, idn)
    write_csv("combat", prefix + "new_covariates.csv", ["id", "batch", "age", "sex", "stage"],
              [[idn[i]] + list(covn.iloc[i]) for i in range(len(Xn))])
    batches = list(sizes)
    rows = []
    for name, kw, with_cov in cases:
        cat, num = (["sex", "stage"], ["age"]) if with_cov else ([], [])
        out = run(X, covars, categorical_cols=cat, continuous_cols=num, **kw)
        write_matrix("combat", prefix + "out_%s.csv" % name, feats, out["data"].T, ids)
        est = out["estimates"]
        g, d = np.asarray(est["gamma.star"]), np.asarray(est["delta.star"])
        write_matrix("combat", prefix + "gamma_%s.csv" % name, feats, g, batches)
        write_matrix("combat", prefix + "delta_%s.csv" % name, feats, d, batches)
        # new rows: z = (x - stand - m)/sqrt(v); (z - g_b)/sqrt(d_b)*sqrt(v) + stand + m, with covariate betas
        # from the same least-squares fit neuroCombat performs
        D = design(covars, cat, num)
        B = np.linalg.solve(D.T @ D, D.T @ X)
        nb = len(batches)
        v = np.asarray(est["var.pooled"]).ravel()
        grand = np.asarray(est["stand.mean"])[:, 0]
        Dn = design(pd.concat([covars, covn]), cat, num)[len(X):]
        m = Dn[:, nb:] @ B[nb:]
        bidx = [batches.index(b) for b in covn["batch"]]
        z = (Xn - grand - m) / np.sqrt(v)
        new = (z - g[bidx]) / np.sqrt(d[bidx]) * np.sqrt(v) + grand + m
        # without covariates this is neuroCombatFromTraining's formula (that function itself fails under numpy 2:
        # it calls int() on a one-element array)
        # self-check: the same formula on the training rows reproduces neuroCombat's output
        mt = D[:, nb:] @ B[nb:]
        bt = [batches.index(b) for b in covars["batch"]]
        zt = (X - grand - mt) / np.sqrt(v)
        assert np.allclose((zt - g[bt]) / np.sqrt(d[bt]) * np.sqrt(v) + grand + mt, out["data"].T, rtol=1e-10)
        write_matrix("combat", prefix + "new_out_%s.csv" % name, feats, new, idn)
        rows.append([prefix, name, kw.get("eb", True), kw.get("parametric", True), kw.get("mean_only", False),
                     with_cov])
    return rows


def main():
    small = [("param_cov", dict(eb=True, parametric=True), True),
             ("nonparam_cov", dict(eb=True, parametric=False), True),
             ("param_nocov", dict(eb=True, parametric=True), False),
             ("nonparam_nocov", dict(eb=True, parametric=False), False),
             ("noeb_cov", dict(eb=False), True),
             ("meanonly_param_cov", dict(eb=True, parametric=True, mean_only=True), True),
             ("meanonly_nonparam_cov", dict(eb=True, parametric=False, mean_only=True), True)]
    rows = scenario("", SIZES, {"siteA": 3, "siteB": 2, "siteC": 2, "siteD": 3}, P, small)
    # the study's size: 177 patients on 3 scanners (unbalanced), more features
    large = [("param_cov", dict(eb=True, parametric=True), True),
             ("nonparam_cov", dict(eb=True, parametric=False), True)]
    rows += scenario("large_", {"scannerX": 92, "scannerY": 61, "scannerZ": 24},
                     {"scannerX": 4, "scannerY": 3, "scannerZ": 3}, 40, large)
    write_csv("combat", "cases.csv", ["data", "case", "eb", "parametric", "mean_only", "covariates"], rows)


if __name__ == "__main__":
    main()
