"""Where the unsure marks miss: the errors left unmarked, by what decided the reading.

Usage::

    .venv/bin/python benchmarks/pinyin/marks_misses.py --cache FILE.npz [--drop F,G]

``FILE.npz`` is the feature cache of ``marks_fit.py --cache`` (run that first). The score
is fitted as ``marks_fit.py`` fits it: on CPP dev, the classroom sets' blind readings and
their readings of today, the threshold marking ``--budget`` % of CPP dev's hanzi; CPP test
is scored by that fit and each classroom set's blind readings by the fit without the set
(leave one set out). Printed, for CPP test and the pooled blind readings:

* the unmarked errors by the source that decided the reading, the kind of reading, the
  model's log-odds against the reading, whether it disagrees, whether the reading is not
  the character's default, the word's length and ``char_rate``;
* how many errors sit in *cells* (every combination of those features, binned) whose
  error rate is too low to mark: the best any mark over those features could do at the
  budget (cells ranked by their own error rate on the set itself, an optimistic bound),
  and how many errors share their cell with at least 50 right readings.

A blind set (``evaluate.BLIND_SETS``) is never listed; nothing here prints a character.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin import marks_fit  # noqa: E402
from chinese_teach.core.text.polyphones import marks  # noqa: E402

#: Bins of the model's log-odds against the engine's reading (``doubt``).
DOUBT_BINS = (-10.0, -5.0, -2.0, 0.0, 2.0, 5.0)


def column(data: dict, name: str) -> np.ndarray:
    """One feature column of a set."""
    return data["x"][:, marks.FEATURES.index(name)]


def describe(data: dict) -> dict[str, np.ndarray]:
    """Each row's binned description (the axes of the tables and of the cells)."""
    kind = np.array(marks_fit.kinds(data))
    source = np.array([marks_fit.SOURCES[i].value for i in data["source"]])
    doubt = column(data, "doubt")
    no_opinion = column(data, "no_opinion") > 0
    bins = np.digitize(doubt, DOUBT_BINS)
    doubt_bin = np.where(no_opinion, "none", np.array([f"d{b}" for b in bins]))
    wlen = np.minimum(data["wlen"], 4).astype(str)
    rate = column(data, "char_rate")
    rate_bin = np.where(rate > 0.5, "high", np.where(rate < -0.5, "low", "mid"))
    out = {"source": source, "kind": kind, "doubt": doubt_bin,
           "disagrees": column(data, "disagrees").astype(int).astype(str),
           "wlen": wlen, "char_rate": rate_bin}
    if "not_default" in marks.FEATURES and data["x"].shape[1] == len(marks.FEATURES):
        out["not_default"] = column(data, "not_default").astype(int).astype(str)
    return out


def fitted_scores(sets: dict, args: argparse.Namespace) -> dict[str, tuple[np.ndarray, float]]:
    """(scores, threshold) for CPP test (fitted on every training set) and for each
    blind set (fitted without it), as ``marks_fit.py`` fits them."""
    keep = np.array([f not in args.drop.split(",") for f in marks.FEATURES])
    names = marks_fit.training_sets(sets, "both")
    out = {}
    rated = marks_fit.with_rates(sets, names, args.rate_prior)
    w, b = marks_fit.fit_on(rated, names, keep, args)
    dev = rated["CPP dev"]
    thr = marks_fit.threshold(dev["x"][:, keep] @ w + b, dev["counts"], args.budget)
    out["CPP test"] = (rated["CPP test"]["x"][:, keep] @ w + b, thr, rated["CPP test"])
    out["CPP dev"] = (dev["x"][:, keep] @ w + b, thr, dev)
    for held in marks_fit.BLIND_READINGS:
        rest = marks_fit.without(names, held)
        held_out = marks_fit.with_rates(sets, rest, args.rate_prior)
        w, b = marks_fit.fit_on(held_out, rest, keep, args)
        dev = held_out["CPP dev"]
        thr = marks_fit.threshold(dev["x"][:, keep] @ w + b, dev["counts"], args.budget)
        data = held_out[f"{held} (blind)"]
        out[f"{held} (blind)"] = (data["x"][:, keep] @ w + b, thr, data)
    return out


def pooled(parts: list[tuple[np.ndarray, float, dict]]) -> tuple[dict, np.ndarray, np.ndarray]:
    """The rows of several sets as one (their own thresholds applied): (data, marked,
    counts summed)."""
    data = {k: np.concatenate([p[2][k] for p in parts])
            for k in ("x", "y", "wlen", "source", "char")}
    marked = np.concatenate([p[0] > p[1] for p in parts])
    counts = sum(p[2]["counts"] for p in parts)
    return data, marked, counts


def table(title: str, desc: dict[str, np.ndarray], y: np.ndarray, marked: np.ndarray) -> None:
    """Errors, unmarked errors and all scored rows along each axis."""
    err = y == 1
    miss = err & ~marked
    print(f"\n{title}: {int(err.sum())} errors among the scored rows, "
          f"{int(miss.sum())} unmarked")
    for axis, values in desc.items():
        cells = sorted(set(values))
        parts = []
        for v in cells:
            at = values == v
            parts.append(f"{v}: {int((miss & at).sum())}/{int((err & at).sum())}/{int(at.sum())}")
        print(f"  {axis:11s} (unmarked/errors/rows) " + "; ".join(parts))


def bound(desc: dict[str, np.ndarray], y: np.ndarray, marked: np.ndarray,
          counts: np.ndarray, budget: float) -> tuple[float, int, int, Counter[str]]:
    """The best any mark over the binned descriptions can do: cells of identical
    descriptions ranked by the error rate of their labelled rows, marking a cell costs
    all its rows (a CPP sentence labels one character; the others are marked as well
    when their cell is). Returns (errors caught at ``budget`` % of hanzi, errors, cells,
    the unmarked errors by how many other readings share their cell)."""
    keys = list(zip(*desc.values(), strict=True))
    rows: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, label in zip(keys, y, strict=True):
        cell = rows[key]
        cell[0] += int(label == 1)
        cell[1] += int(label >= 0)
        cell[2] += 1
    room = int(counts[1] * budget / 100) - int(counts[0])
    ranked = sorted(rows.values(), key=lambda c: c[0] / max(1, c[1]), reverse=True)
    caught, used = float(counts[2]), 0
    for wrong, _, n in ranked:
        if used + n > room:
            caught += wrong * (room - used) / n  # a partial cell: errors spread evenly
            break
        caught += wrong
        used += n
    crowd: Counter[str] = Counter()
    for key, label, m in zip(keys, y, marked, strict=True):
        if label == 1 and not m:
            others = rows[key][2] - rows[key][0]
            crowd[CROWDS[int(np.digitize(others, (10, 50, 500)))]] += 1
    return caught, int((y == 1).sum()) + int(counts[3]), len(rows), crowd


#: How many other readings share an unmarked error's cell (:func:`bound`).
CROWDS = ("< 10", "10-49", "50-499", ">= 500")


def cells(title: str, desc: dict[str, np.ndarray], y: np.ndarray, marked: np.ndarray,
          counts: np.ndarray, budget: float) -> None:
    """Prints :func:`bound`."""
    caught, errors, n, crowd = bound(desc, y, marked, counts, budget)
    print(f"  {title}: {n} cells of identical descriptions, ranked by their own "
          f"error rate: at most {caught:.0f} of {errors} errors "
          f"({100 * caught / max(1, errors):.1f} %) at {budget} % of hanzi")
    print("  unmarked errors by the other readings (right or unlabelled) sharing their "
          "cell: " + "; ".join(f"{k}: {crowd[k]}" for k in CROWDS))


def cell_table(train: list[dict], prior: float = 5.0) -> tuple[dict[tuple, float], float]:
    """Each cell's error rate over the labelled rows of ``train`` (smoothed toward the
    mean with ``prior`` rows): a lookup table over the binned descriptions, what a
    shallow tree shipped as a table would be; and the rate of a cell never seen."""
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for data in train:
        desc = describe(data)
        for key, label in zip(zip(*desc.values(), strict=True), data["y"], strict=True):
            if label >= 0:
                counts[key][0] += int(label == 1)
                counts[key][1] += 1
    wrong = sum(c[0] for c in counts.values())
    rows = sum(c[1] for c in counts.values())
    p0 = wrong / max(1, rows)
    return {k: (e + prior * p0) / (n + prior) for k, (e, n) in counts.items()}, p0


def table_marks(table: tuple[dict[tuple, float], float], data: dict) -> np.ndarray:
    """The lookup table's rate for each row of ``data``."""
    rates, p0 = table
    desc = describe(data)
    return np.array([rates.get(k, p0) for k in zip(*desc.values(), strict=True)])


def table_figures(sets: dict, budget: float) -> None:
    """The lookup table fitted on CPP dev and the blind readings, threshold on CPP dev:
    CPP test, and each blind set with the table fitted without it."""
    names = marks_fit.training_sets(sets, "blind")
    parts = {}
    for target, train in [("CPP test", names)] + [
            (f"{h} (blind)", marks_fit.without(names, h)) for h in marks_fit.BLIND_READINGS]:
        rated = marks_fit.with_rates(sets, train, 2.0)  # char_rate without the target
        table = cell_table([rated[n] for n in train])
        dev = rated["CPP dev"]
        thr = marks_fit.threshold(table_marks(table, dev), dev["counts"], budget)
        parts[target] = (table_marks(table, rated[target]), thr, rated[target])
    total = np.zeros(4)
    for target, (scores, thr, data) in parts.items():
        marked = scores > thr
        y, counts = data["y"], data["counts"]
        row = np.array([(y == 1).sum() + counts[3], (marked & (y == 1)).sum() + counts[2],
                        marked.sum() + counts[0], counts[1]])
        if target != "CPP test":
            total += row
        else:
            print(f"  lookup table, {target}: {row[1]:.0f} of {row[0]:.0f} errors marked at "
                  f"{100 * row[2] / row[3]:.2f} % of hanzi")
    print(f"  lookup table, blind readings (leave one set out): {total[1]:.0f} of "
          f"{total[0]:.0f} errors marked at {100 * total[2] / total[3]:.2f} % of hanzi")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--budget", type=float, default=1.95)
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--classroom-weight", type=float, default=2.0)
    ap.add_argument("--blind-weight", type=float, default=5.0)
    ap.add_argument("--error-weight", type=float, default=marks_fit.ERROR_WEIGHT)
    ap.add_argument("--rate-prior", type=float, default=2.0)
    ap.add_argument("--drop", default="")
    args = ap.parse_args(argv)
    raw = np.load(args.cache)
    sets: dict[str, dict] = defaultdict(dict)
    for key in raw.files:
        name, field = key.rsplit("|", 1)
        sets[name][field] = raw[key]
    scored = fitted_scores(sets, args)
    groups = {
        "CPP test": [scored["CPP test"]],
        "CPP dev (in-sample)": [scored["CPP dev"]],
        "blind readings, leave one set out": [v for k, v in scored.items()
                                              if k.endswith("(blind)")],
    }
    for title, parts in groups.items():
        data, marked, counts = pooled(parts)
        desc = describe(data)
        use = data["y"] >= 0
        table(title, {k: v[use] for k, v in desc.items()}, data["y"][use], marked[use])
        for budget in (2.0, 5.0):
            cells(title, desc, data["y"], marked, counts, budget)
    print("\nThe same cells as a lookup table fitted on the training rows "
          f"(threshold at {args.budget} % of CPP dev):")
    table_figures(sets, args.budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
