"""Goldens for imbalanced-learn 0.14 SMOTEN on all-categorical data: the k+1 neighbours of every minority row (the row
itself included), the base-row draws numpy made (recorded through the RandomState imblearn creates) and the output,
so Java can replay the draws and match bit for bit."""
import numpy as np
import imblearn.over_sampling._smote.base as smote_base
from imblearn.metrics.pairwise import ValueDifferenceMetric
from imblearn.over_sampling import SMOTEN
from sklearn.preprocessing import OrdinalEncoder
from common import write_csv, write_matrix

draws = []


class RecordingRandomState(np.random.RandomState):
    """Logs randint draws; SMOTEN's legacy choice(n, size, replace=True) is one randint(0, n, size) on self."""

    def randint(self, low, high=None, size=None, dtype=int):
        out = super().randint(low, high, size)
        draws.append({"kind": "randint", "low": int(low), "high": int(high), "values": [int(v) for v in out]})
        return out


def dataset(seed, n, n_min, levels, n_min_class=1):
    """Categorical columns whose level frequencies depend on the class; codes are arbitrary sorted values."""
    rng = np.random.RandomState(seed)
    y = np.array([n_min_class] * n_min + [1 - n_min_class] * (n - n_min))
    rng.shuffle(y)
    cols = []
    for values in levels:
        p_min = rng.dirichlet(np.ones(len(values)))
        p_maj = rng.dirichlet(np.ones(len(values)))
        cols.append([values[rng.choice(len(values), p=p_min if v == n_min_class else p_maj)] for v in y])
    return np.array(cols, dtype=float).T, y


def minority_distances(X, y):
    """The VDM distances SMOTEN's nearest-neighbour search sees among the minority rows."""
    enc = OrdinalEncoder(dtype=np.int32)
    Xe = enc.fit_transform(X)
    vdm = ValueDifferenceMetric(n_categories=[len(c) for c in enc.categories_]).fit(Xe, y)
    counts = np.bincount(y)
    return vdm.pairwise(Xe[y == np.argmin(counts)])


def unambiguous(X, y, k):
    """True when each row's k+1 nearest rows are strictly ordered and strictly nearer than the (k+2)-th, so any
    tie-breaking gives the same neighbour lists."""
    d = minority_distances(X, y)
    for row in d:
        s = np.sort(row)
        if np.any(np.diff(s[:k + 2]) <= 0):
            return False
    return True


def pick(seed0, n, n_min, levels, ks, **kw):
    """The first seed from seed0 whose data set has no neighbour ties for every k in ks."""
    for seed in range(seed0, seed0 + 5000):
        X, y = dataset(seed, n, n_min, levels, **kw)
        if all(unambiguous(X, y, k) for k in ks):
            return X, y
    raise AssertionError("no tie-free data set found")


def run(name, X, y, factory):
    seed = 1234
    reference = factory(seed).fit_resample(X, y)
    draws.clear()
    original = smote_base.check_random_state
    smote_base.check_random_state = lambda s: RecordingRandomState(s)
    sampler = factory(seed)
    captured = {}
    make = sampler._make_samples

    def capture(X_class, klass, y_dtype, nn_indices, n_samples):
        captured["nn"] = nn_indices
        return make(X_class, klass, y_dtype, nn_indices, n_samples)

    sampler._make_samples = capture
    try:
        Xr, yr = sampler.fit_resample(X, y)
    finally:
        smote_base.check_random_state = original
    assert np.array_equal(Xr, reference[0]) and np.array_equal(yr, reference[1]), "recording changed the result"
    nn = captured["nn"]
    k = nn.shape[1] - 1
    assert unambiguous(X, y, k)
    # imblearn's search is metric="precomputed" on the VDM matrix: check the neighbours are its row-wise order
    assert np.array_equal(nn, np.argsort(minority_distances(X, y), axis=1, kind="stable")[:, :k + 1])
    assert len(draws) == 1 and draws[0]["low"] == 0 and draws[0]["high"] == len(nn), draws
    assert np.array_equal(draws[0]["values"], np.random.RandomState(seed).randint(0, len(nn), len(draws[0]["values"])))
    cols = ["c%d" % j for j in range(X.shape[1])]
    write_matrix("smote", "%s_input.csv" % name, cols + ["label"], np.column_stack([X, y]))
    write_matrix("smote", "%s_output.csv" % name, cols + ["label"], np.column_stack([Xr, yr]))
    write_csv("smote", "%s_neighbours.csv" % name, ["minority_row"] + ["nn%d" % j for j in range(nn.shape[1])],
              [[i] + list(map(int, nn[i])) for i in range(len(nn))])
    write_csv("smote", "%s_draws.csv" % name, ["call", "kind", "high", "values"],
              [[i, d["kind"], d["high"], " ".join(repr(v) for v in d["values"])] for i, d in enumerate(draws)])


def main():
    levels = [[0, 1], [1, 2, 3], [0, 1, 2, 3], [-1, 0.5, 2]]
    X, y = pick(11, 60, 17, levels, [5, 3])
    run("smoten", X, y, lambda s: SMOTEN(random_state=s))
    run("smoten_ratio", X, y, lambda s: SMOTEN(sampling_strategy=0.6, k_neighbors=3, random_state=s))
    # three columns, minority class 0
    Xb, yb = pick(500, 48, 13, [[1, 2, 3], [0, 1], [0, 2, 4, 6]], [4], n_min_class=0)
    run("smoten_class0", Xb, yb, lambda s: SMOTEN(k_neighbors=4, random_state=s))


if __name__ == "__main__":
    main()
