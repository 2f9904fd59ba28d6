"""Report oracle: writes small generated report inputs and the values scipy/numpy compute for them.

Inputs (golden/inputs/): per-partition metrics (2 criteria x 3 models x 5 partitions), selection counts, per-patient
features and a 40-patient clinical table with numeric, 0/1-coded, string and 3-level variables and missing values.
Expected (golden/expected/):
  summary.csv           numpy mean and std(ddof=1) per criterion x model x metric
  model_comparison.csv  best model by mean balanced accuracy; scipy.stats.ttest_rel(best, other) per metric
  table1.csv            per criterion and clinical variable: group n, mean, std(ddof=1) or level counts; the test
                        chosen like the study (Shapiro-Wilk p > 0.05 in both groups -> ttest_ind Student, else
                        mannwhitneyu; 2 levels -> fisher_exact; more -> Freeman-Halton) with statistic and p-value.
Freeman-Halton: scipy has no exact r x c test, so the script enumerates all tables with the observed margins, takes
their probabilities from scipy.stats.random_table(row, col).pmf, sums those <= P_obs * (1 + 1e-7), and checks the
result against scipy's Monte Carlo fisher_exact.
Floats are written with repr (exact float64 round trip). Usage: python gen_report.py
"""
import csv
import itertools
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(7)
METRICS = ["balanced_accuracy", "sensitivity", "specificity", "precision", "f1", "auc"]
CRITERIA = ["pcr", "response"]
MODELS = ["radiomics", "resnet10", "resnet34"]
CATEGORICAL = ["er", "pr", "her2", "grade", "nodal_status"]
N = 40


def write(path, header, rows):
    path = os.path.join(HERE, "golden", path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else repr(v) if isinstance(v, float) else v for v in r])


def metrics_inputs():
    rows, values = [], {}
    base = {"radiomics": 0.68, "resnet10": 0.72, "resnet34": 0.79}
    for c in CRITERIA:
        for m in MODELS:
            for p in range(1, 6):
                v = [float(np.round(np.clip(base[m] + rng.normal(scale=0.06), 0, 1), 4)) for _ in METRICS]
                values[(c, m, p)] = v
                rows.append([c, m, p] + v)
    write("inputs/metrics.csv", ["criterion", "model", "partition"] + METRICS, rows)
    summary = []
    comparison = []
    for c in CRITERIA:
        arr = {m: np.array([values[(c, m, p)] for p in range(1, 6)]) for m in MODELS}
        for m in MODELS:
            for k, name in enumerate(METRICS):
                col = arr[m][:, k]
                summary.append([c, m, name, float(np.mean(col)), float(np.std(col, ddof=1)), 5])
        means = [np.mean(arr[m][:, 0]) for m in MODELS]
        best = MODELS[int(np.argmax(means))]
        for m in MODELS:
            if m == best:
                continue
            for name in ["balanced_accuracy", "auc"]:
                k = METRICS.index(name)
                r = stats.ttest_rel(arr[best][:, k], arr[m][:, k])
                comparison.append([c, best, m, name, float(r.statistic), float(r.pvalue)])
    write("expected/summary.csv", ["criterion", "model", "metric", "mean", "sd", "partitions"], summary)
    write("expected/model_comparison.csv", ["criterion", "best_model", "model", "metric", "statistic", "p_value"],
          comparison)
    return values


def frequency_inputs():
    rows = [
        ["pcr", "resnet34", "t2_intra_deep_17", 5], ["pcr", "resnet34", "ct_peri_deep_3", 4],
        ["pcr", "resnet34", "age", 4], ["pcr", "resnet34", "cet1_intra_deep_250", 3],
        ["pcr", "resnet34", "t2_peri_deep_8", 1], ["pcr", "radiomics", "t2_intra_original_glcm_Idmn", 5],
        ["pcr", "resnet10", "t2_intra_deep_17", 2],
        ["response", "resnet34", "ct_peri_deep_3", 5], ["response", "resnet34", "t2_peri_deep_8", 5],
        ["response", "resnet34", "tumour_size_mm", 2], ["response", "resnet10", "age", 1],
    ]
    write("inputs/frequency.csv", ["criterion", "model", "feature", "count"], rows)


def patients():
    pcr = (rng.uniform(size=N) < 0.35).astype(int)
    response = np.where(pcr == 1, 1, (rng.uniform(size=N) < 0.45).astype(int))
    ids = ["P%03d" % (i + 1) for i in range(N)]
    age = np.round(rng.normal(50, 9, size=N) + 3 * pcr, 1)
    size = np.round(np.exp(rng.normal(3.2, 0.6, size=N)) * (1 - 0.3 * response), 1)
    er = (rng.uniform(size=N) < 0.6 - 0.3 * pcr).astype(int)
    pr = np.where(rng.uniform(size=N) < 0.5, "positive", "negative")
    her2 = (rng.uniform(size=N) < 0.3 + 0.3 * pcr).astype(int)
    grade = rng.choice([1, 2, 3], size=N, p=[0.2, 0.45, 0.35])
    nodal = rng.choice(["N0", "N1", "N2"], size=N, p=[0.4, 0.4, 0.2])
    clinical = {"age": [float(v) for v in age], "er": [int(v) for v in er], "pr": list(pr),
                "her2": [int(v) for v in her2], "grade": [int(v) for v in grade],
                "tumour_size_mm": [float(v) for v in size], "nodal_status": list(nodal)}
    clinical["age"][5] = None  # missing values are left out per variable
    clinical["nodal_status"][11] = None
    rows = [[ids[i], int(pcr[i]), int(response[i])] + [clinical[k][i] for k in clinical] for i in range(N)]
    write("inputs/clinical.csv", ["patient_id", "pcr", "response"] + list(clinical), rows)

    feats = {"t2_intra_deep_17": rng.normal(size=N) + 1.2 * pcr, "ct_peri_deep_3": rng.exponential(size=N),
             "cet1_intra_deep_250": rng.normal(5, 2, size=N), "t2_peri_deep_8": rng.normal(size=N) - response,
             "t2_intra_original_glcm_Idmn": rng.uniform(0.8, 1.0, size=N)}
    rows = [[ids[i], int(pcr[i]), int(response[i])] + [float(feats[k][i]) for k in feats] for i in range(N)]
    write("inputs/features.csv", ["patient_id", "pcr", "response"] + list(feats), rows)
    return {"pcr": pcr, "response": response}, clinical


def normal(v):
    return len(v) >= 3 and np.ptp(v) > 0 and stats.shapiro(v).pvalue > 0.05


def freeman_halton(table):
    table = np.asarray(table)
    rows, cols = table.sum(1), table.sum(0)
    dist = stats.random_table(rows, cols)
    p_obs = dist.pmf(table)
    total = 0.0
    for first in itertools.product(*[range(v + 1) for v in cols]):
        if sum(first) != rows[0]:
            continue
        t = np.array([first, cols - np.array(first)])
        p = dist.pmf(t)
        if p <= p_obs * (1 + 1e-7):
            total += p
    mc = stats.fisher_exact(table, method=stats.MonteCarloMethod(n_resamples=200000, rng=np.random.default_rng(1)))
    assert abs(mc.pvalue - total) < 0.01, (mc.pvalue, total)
    return float(p_obs), min(1.0, float(total))


def table1(outcomes, clinical):
    rows = []
    for c in CRITERIA:
        y = outcomes[c]
        for name, values in clinical.items():
            keep = [i for i in range(N) if values[i] is not None]
            if name in CATEGORICAL:
                labels = [str(values[i]) for i in keep]
                levels = sorted(set(labels))
                table = [[sum(1 for i, l in zip(keep, labels) if y[i] == g and l == lv) for lv in levels]
                         for g in (0, 1)]
                if len(levels) == 2:
                    r = stats.fisher_exact(table)
                    test, stat, p = "Fisher's exact test", float(r.statistic), float(r.pvalue)
                else:
                    stat, p = freeman_halton(table)
                    test = "Freeman-Halton exact test"
                n0, n1 = sum(table[0]), sum(table[1])
                for k, lv in enumerate(levels):
                    rows.append([c, name, "categorical", lv, n0, n1, None, None, None, None, table[0][k],
                                 table[1][k], test, stat, p])
            else:
                g0 = np.array([values[i] for i in keep if y[i] == 0])
                g1 = np.array([values[i] for i in keep if y[i] == 1])
                if normal(g0) and normal(g1):
                    r = stats.ttest_ind(g0, g1, equal_var=True)
                    test = "Student t-test"
                else:
                    r = stats.mannwhitneyu(g0, g1)
                    test = "Mann-Whitney U"
                rows.append([c, name, "numeric", None, len(g0), len(g1), float(np.mean(g0)),
                             float(np.std(g0, ddof=1)), float(np.mean(g1)), float(np.std(g1, ddof=1)), None, None,
                             test, float(r.statistic), float(r.pvalue)])
    write("expected/table1.csv", ["criterion", "variable", "kind", "level", "n_0", "n_1", "mean_0", "sd_0", "mean_1",
                                  "sd_1", "count_0", "count_1", "test", "statistic", "p_value"], rows)
    return rows


if __name__ == "__main__":
    metrics_inputs()
    frequency_inputs()
    outcomes, clinical = patients()
    for r in table1(outcomes, clinical):
        if r[3] is None or r[3] == sorted(set(str(v) for v in clinical[r[1]] if v is not None))[0]:
            print(r[0], r[1], r[12], r[14])
