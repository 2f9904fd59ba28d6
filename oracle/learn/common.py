"""Shared helpers of the learning oracle: exact CSV writing (repr of floats round-trips float64)."""
import csv
import os

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")


def cell(v):
    if hasattr(v, "item"):  # numpy scalar (np.float64 would otherwise print as "np.float64(...)")
        v = v.item()
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_csv(area, name, header, rows):
    d = os.path.join(GOLDEN, area)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([cell(v) for v in r])


def write_matrix(area, name, columns, matrix, ids=None):
    """Rows of a 2-D array under `columns`, with an optional leading 'id' column."""
    header = (["id"] if ids is not None else []) + list(columns)
    rows = []
    for i, r in enumerate(matrix):
        rows.append(([ids[i]] if ids is not None else []) + [float(v) for v in r])
    write_csv(area, name, header, rows)

