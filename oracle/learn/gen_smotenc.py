"""Goldens for SMOTENC / SMOTE from imbalanced-learn 0.14: neighbour sets, votes, synthetic rows and the exact random
draws numpy made (recorded by wrapping the RandomState imblearn creates), so Java can replay them."""
import numpy as np
import imblearn.over_sampling._smote.base as smote_base
from imblearn.over_sampling import SMOTE, SMOTENC
from common import write_csv, write_matrix

rng = np.random.RandomState(3)
draws = []


class RecordingRandomState(np.random.RandomState):
    """A RandomState that logs what imblearn draws from it (same stream, same results)."""

    def randint(self, low, high=None, size=None, dtype=int):
        out = super().randint(low, high, size)
        draws.append({"kind": "randint", "high": int(high), "values": [int(v) for v in out]})
        return out

    def uniform(self, low=0.0, high=1.0, size=None):
        out = super().uniform(low, high, size)
        draws.append({"kind": "uniform", "values": [float(v) for v in np.ravel(out)]})
        return out

    def permutation(self, x):
        arr = np.asarray(x)
        idx = super().permutation(len(arr))
        draws.append({"kind": "permutation", "values": [int(v) for v in idx]})
        return arr[idx]


def dataset(n, n_min):
    y = np.array([1] * n_min + [0] * (n - n_min))
    rng.shuffle(y)
    cont = rng.normal(size=(n, 4)) * [1, 3, 0.5, 2] + np.outer(y, [1, 0, 0.5, 0])
    cat1 = rng.randint(0, 2, n).astype(float)
    cat2 = rng.randint(0, 3, n).astype(float)
    X = np.column_stack([cont[:, 0], cat1, cont[:, 1], cont[:, 2], cat2, cont[:, 3]])
    return X, y


def run(name, X, y, sampler_factory, categorical):
    seed = 1234
    reference = sampler_factory(seed).fit_resample(X, y)
    draws.clear()
    original = smote_base.check_random_state
    smote_base.check_random_state = lambda s: RecordingRandomState(s)
    captured = {}
    sampler = sampler_factory(seed)
    generate = sampler._generate_samples

    def capture(Xc, nn_data, nn_num, rows, cols, steps, *args, **kw):
        captured["nn"], captured["rows"], captured["cols"] = nn_num, rows, cols
        return generate(Xc, nn_data, nn_num, rows, cols, steps, *args, **kw)

    sampler._generate_samples = capture
    try:
        Xr, yr = sampler.fit_resample(X, y)
    finally:
        smote_base.check_random_state = original
    assert np.array_equal(Xr, reference[0]) and np.array_equal(yr, reference[1]), "recording changed the result"
    cols = ["x0", "c1", "x2", "x3", "c4", "x5"]
    write_matrix("smote", "%s_input.csv" % name, cols + ["label"], np.column_stack([X, y]))
    write_matrix("smote", "%s_output.csv" % name, cols + ["label"], np.column_stack([Xr, yr]))
    nn = captured["nn"]
    write_csv("smote", "%s_neighbours.csv" % name, ["minority_row"] + ["nn%d" % j for j in range(nn.shape[1])],
              [[i] + list(map(int, nn[i])) for i in range(len(nn))])
    # one line per draw call, in call order; values space-separated (floats as exact repr)
    write_csv("smote", "%s_draws.csv" % name, ["call", "kind", "high", "values"],
              [[i, d["kind"], d.get("high", ""), " ".join(repr(v) for v in d["values"])] for i, d in enumerate(draws)])


def main():
    X, y = dataset(60, 17)
    run("smotenc", X, y, lambda s: SMOTENC(categorical_features=[1, 4], random_state=s), [1, 4])
    run("smotenc_ratio", X, y,
        lambda s: SMOTENC(categorical_features=[1, 4], sampling_strategy=0.6, k_neighbors=3, random_state=s), [1, 4])
    Xs, ys = dataset(50, 12)
    Xs = Xs[:, [0, 2, 3, 5]]
    Xs = np.column_stack([Xs[:, 0], Xs[:, 0] * 0 + Xs[:, 1], Xs[:, 2], Xs[:, 1] * 0.3, Xs[:, 3], Xs[:, 3] - Xs[:, 0]])
    run("smote", Xs, ys, lambda s: SMOTE(random_state=s), [])


if __name__ == "__main__":
    main()
