"""Goldens for statistical tests (scipy.stats) and special functions (scipy.special)."""
import itertools
import math

import numpy as np
from scipy import special, stats
from common import write_csv

rng = np.random.RandomState(5)
samples, results, tables = [], [], []


def add_samples(case, *groups):
    for g, values in enumerate(groups):
        for v in values:
            samples.append([case, g, float(v)])


def shapiro_cases():
    k = 0
    for n in [3, 4, 5, 6, 7, 11, 12, 20, 50, 177]:
        for kind in ["normal", "exponential"]:
            x = rng.normal(size=n) if kind == "normal" else rng.exponential(size=n)
            case = "sw%d" % k
            k += 1
            add_samples(case, x)
            r = stats.shapiro(x)
            results.append([case, "shapiro", r.statistic, r.pvalue])
    x = np.round(rng.normal(size=30), 1)  # ties
    add_samples("sw_ties", x)
    r = stats.shapiro(x)
    results.append(["sw_ties", "shapiro", r.statistic, r.pvalue])


def two_sample_cases():
    k = 0
    for n1, n2, shift, scale in [(10, 12, 0.5, 1), (30, 25, 0.2, 3), (5, 40, 1.0, 0.5), (3, 3, 2.0, 1), (120, 57, 0.1, 1)]:
        x = rng.normal(size=n1)
        y = rng.normal(loc=shift, scale=scale, size=n2)
        case = "t%d" % k
        k += 1
        add_samples(case, x, y)
        for name, eq in [("student", True), ("welch", False)]:
            r = stats.ttest_ind(x, y, equal_var=eq)
            results.append([case, name, r.statistic, r.pvalue])
    for n in [5, 10, 31]:
        x = rng.normal(size=n)
        y = x + rng.normal(loc=0.3, scale=0.5, size=n)
        case = "t%d" % k
        k += 1
        add_samples(case, x, y)
        r = stats.ttest_rel(x, y)
        results.append([case, "paired", r.statistic, r.pvalue])


def mwu_cases():
    k = 0
    configs = [(5, 7, False), (3, 12, False), (8, 8, False), (8, 30, False), (2, 4, False), (9, 9, False),
               (20, 25, False), (6, 6, True), (15, 18, True), (40, 3, True)]
    for n1, n2, ties in configs:
        x = rng.normal(size=n1)
        y = rng.normal(loc=0.7, size=n2)
        if ties:
            x, y = np.round(x), np.round(y)
        case = "mw%d" % k
        k += 1
        add_samples(case, x, y)
        r = stats.mannwhitneyu(x, y)
        results.append([case, "mannwhitneyu", r.statistic, r.pvalue])


def fisher_cases():
    k = 0
    for t in [[[3, 1], [1, 3]], [[8, 2], [1, 5]], [[0, 5], [6, 2]], [[20, 15], [30, 60]], [[1, 0], [0, 1]],
              [[10, 10], [10, 10]], [[2, 7], [8, 2]], [[50, 43], [41, 43]], [[0, 0], [3, 4]]]:
        case = "fe%d" % k
        k += 1
        for i in range(2):
            for j in range(2):
                tables.append([case, i, j, t[i][j]])
        r = stats.fisher_exact(t)
        results.append([case, "fisher", r.statistic, r.pvalue])


def freeman_halton(table):
    """Independent enumeration: all tables with the same margins, p = sum of P <= P_obs * (1 + 1e-7)."""
    table = np.asarray(table)
    rows, cols = table.sum(1), table.sum(0)
    n = table.sum()
    lf = lambda v: math.lgamma(v + 1)
    const = sum(lf(v) for v in rows) + sum(lf(v) for v in cols) - lf(n)
    logp = lambda t: const - sum(lf(v) for v in np.ravel(t))
    obs = logp(table)
    r, c = table.shape
    total = 0.0

    def rec(i, left_cols, acc):
        nonlocal total
        if i == r - 1:
            t = acc + [list(left_cols)]
            lp = logp(t)
            if lp <= obs + math.log1p(1e-7):
                total += math.exp(lp)
            return
        for row in itertools.product(*[range(v + 1) for v in left_cols]):
            if sum(row) == rows[i]:
                rec(i + 1, [a - b for a, b in zip(left_cols, row)], acc + [list(row)])

    rec(0, list(cols), [])
    return math.exp(obs), min(1.0, total)


def freeman_halton_cases():
    k = 0
    for t in [[[3, 5, 2], [6, 1, 4]], [[10, 4, 6, 2], [3, 8, 2, 9]], [[2, 3, 1], [1, 2, 4], [3, 0, 2]],
              [[12, 9, 5], [7, 14, 3]], [[0, 4, 3], [5, 0, 2]]]:
        case = "fh%d" % k
        k += 1
        for i, row in enumerate(t):
            for j, v in enumerate(row):
                tables.append([case, i, j, v])
        stat, p = freeman_halton(t)
        results.append([case, "freeman_halton", stat, p])
    # a 2x2 table through the same enumeration must agree with fisher_exact
    stat, p = freeman_halton([[8, 2], [1, 5]])
    assert abs(p - stats.fisher_exact([[8, 2], [1, 5]]).pvalue) < 1e-12


def special_cases():
    rows = []
    for x in [0.1, 0.5, 1.0, 1.5, 2.5, 7.3, 10.0, 33.3, 100.0, 171.5, 1234.5]:
        rows.append(["gammaln", x, 0.0, 0.0, special.gammaln(x)])
    for x, a, b in [(0.2, 2, 3), (0.9, 0.5, 0.5), (0.01, 5, 0.5), (0.5, 50, 0.5), (0.999, 10, 20), (0.3, 150, 0.5),
                    (0.7, 1.5, 80)]:
        rows.append(["betainc", x, a, b, special.betainc(a, b, x)])
    for z in [-30.0, -20.0, -8.5, -3.2, -1.0, -0.1, 0.0, 0.7, 2.0, 5.5]:
        rows.append(["ndtr", z, 0.0, 0.0, special.ndtr(z)])
    for p in [1e-300, 1e-20, 0.001, 0.05, 0.25, 0.5, 0.75, 0.975, 0.999999]:
        rows.append(["ndtri", p, 0.0, 0.0, special.ndtri(p)])
    for t, df in [(-0.5, 3), (-2.2, 10), (-6.0, 5), (-1.3, 175), (-12.0, 40), (-0.01, 1), (-3.3, 2.7)]:
        rows.append(["stdtr", t, df, 0.0, special.stdtr(df, t)])
    write_csv("stats", "special.csv", ["function", "x", "a", "b", "value"], rows)


if __name__ == "__main__":
    shapiro_cases()
    two_sample_cases()
    mwu_cases()
    fisher_cases()
    freeman_halton_cases()
    special_cases()
    write_csv("stats", "samples.csv", ["case", "group", "value"], samples)
    write_csv("stats", "tables.csv", ["case", "row", "col", "count"], tables)
    write_csv("stats", "results.csv", ["case", "test", "statistic", "pvalue"], results)
