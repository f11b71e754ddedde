"""Curves of errors marked against characters marked, per feature and combined.

Usage (after :mod:`benchmarks.pinyin.doubt_features` wrote the dumps)::

    .venv/bin/python benchmarks/pinyin/doubt_fit.py DEV.tsv [TEST.tsv] [CLASSROOM.tsv]

For each way of ranking the characters (a single feature, the shipped decision list,
and a small logistic model over all the features), the share of the CPP errors that a
mark on the top-ranked characters catches when 1 %, 1.5 %, 2 % and 3 % of all the
characters are marked. Everything is chosen on dev: the temperature of the model's
probabilities, the logistic model's weights (5-fold cross-validation by sentence for
its dev curve, refitted on all of dev for test), the decision list's thresholds.
Test and the classroom sets are only reported.

Characters the engine reads without any choice (one reading) rank last; readings the
engine marks whatever the policy (pypinyin alone, a polyphone nothing decides) are in
every policy's marks, as they are in the engine.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from chinese_teach import paths  # noqa: E402
from chinese_teach.core.text.polyphones import doubt  # noqa: E402

BUDGETS = (1.0, 1.5, 2.0, 3.0)
SOURCES = ("dictionary", "rule", "model", "fallback")


def load(path: Path) -> list[dict]:
    """The rows of a dump, with numbers parsed (``None`` where a column is empty)."""
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    for r in rows:
        for key in ("p_engine", "p_alone", "margin"):
            r[key] = float(r[key]) if r[key] else None
        r["freq"] = int(r["freq"])
        r["wrong"] = r["wrong"] == "1"
        r["target"] = r["target"] == "1"
        r["unsure"] = r["unsure"] == "1"
        r["sentence"] = r["item"].rsplit(":", 1)[-1]
    return rows


def always_marked(r: dict) -> bool:
    """Marks no threshold of the list changes: pypinyin alone, undecided polyphones,
    dictionaries that disagree (the engine sets them before any model call)."""
    return r["unsure"] and r["src"] == "fallback"


def temperature(rows: list[dict]) -> float:
    """The temperature that best fits the model's probabilities of its own readings
    to how often they are right on dev (grid search on the log-likelihood)."""
    pts = [(r["p_engine"], not r["wrong"]) for r in rows
           if r["target"] and r["src"] == "model" and r["p_engine"] is not None]
    best, best_t = -math.inf, 1.0
    for t in np.arange(0.5, 6.01, 0.05):
        ll = 0.0
        for prob, right in pts:
            p = min(max(prob, 1e-12), 1 - 1e-12)
            # two-way temperature scaling of the chosen reading's log-odds
            z = math.log(p / (1 - p)) / t
            ll -= math.log1p(math.exp(-z if right else z))
        if ll > best:
            best, best_t = ll, float(t)
    return best_t


def curve(rows: list[dict], score: Callable[[dict], float]) -> list[tuple[float, float, int]]:
    """(budget %, errors marked %, errors marked) at each budget: the characters with
    the highest scores are marked, on top of :func:`always_marked`."""
    base = [r for r in rows if always_marked(r)]
    rest = sorted((r for r in rows if not always_marked(r)), key=score, reverse=True)
    errors = sum(r["target"] and r["wrong"] for r in rows)
    out = []
    for budget in BUDGETS:
        room = max(0, int(len(rows) * budget / 100) - len(base))
        chosen = [r for r in rest[:room] if score(r) > -math.inf]
        caught = sum(r["target"] and r["wrong"] for r in base + chosen)
        out.append((budget, 100.0 * caught / errors if errors else 100.0, caught))
    return out


def policy_marks(r: dict, model_below: float = doubt.MODEL_UNSURE_BELOW) -> bool:
    """The shipped decision list, replayed on a dump made with it: its own marks, with
    ``model_below`` in place of its threshold for the model's own readings (a model
    reading marked at or above the shipped threshold was marked for another reason:
    a rare word's reading the model overruled)."""
    if r["src"] == "model" and r["p_engine"] is not None:
        shipped = doubt.MODEL_UNSURE_BELOW
        return r["p_engine"] < model_below or (r["unsure"] and r["p_engine"] >= shipped)
    return r["unsure"]


FEATURES = (
    "src_dictionary", "src_rule", "src_model", "model_doubt", "model_disagrees",
    "log_freq", "hsk", "in_word", "several_readings", "phrase_disagrees", "proper",
    "suspect", "char_error_rate",
)


def features(r: dict, suspects: frozenset[str], char_rate: dict[str, float],
             temp: float) -> list[float]:
    """The logistic model's inputs for one character."""
    p = r["p_alone"] if r["p_alone"] is not None else 1.0
    p = min(max(p, 1e-9), 1 - 1e-9)
    doubt_logit = -math.log(p / (1 - p)) / temp  # high when the model doubts
    return [
        float(r["src"] == "dictionary"), float(r["src"] == "rule"), float(r["src"] == "model"),
        doubt_logit, float(bool(r["top"]) and r["top"] != r["syl"]),
        math.log10(r["freq"] + 1), float(r["hsk"] == "1"), float(int(r["word_len"]) > 1),
        float(int(r["n_readings"]) > 1), float(r["phrase"] == "!"), float(r["proper"] == "1"),
        float(r["word"] in suspects), char_rate.get(r["char"], 0.0),
    ]


def char_error_rates(rows: list[dict], prior: float = 0.02, weight: float = 20.0
                     ) -> dict[str, float]:
    """Per character, the share of its CPP targets the engine reads wrong, smoothed
    towards ``prior`` with ``weight`` pseudo-counts."""
    n: dict[str, int] = defaultdict(int)
    e: dict[str, int] = defaultdict(int)
    for r in rows:
        if r["target"]:
            n[r["char"]] += 1
            e[r["char"]] += r["wrong"]
    return {c: (e[c] + prior * weight) / (n[c] + weight) for c in n}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30,
                 weights: np.ndarray | None = None) -> np.ndarray:
    """Weights (last: intercept) of an L2-regularised logistic regression (Newton);
    ``weights`` counts each row that many times (all 1 when not given)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    sw = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * l2
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (sw * (p - y)) + reg @ w
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + reg
        w -= np.linalg.solve(hess, grad)
    return w


def logistic_scores(train: list[dict], apply: list[dict], suspects: frozenset[str],
                    temp: float) -> tuple[dict[int, float], np.ndarray, np.ndarray]:
    """Scores for the polyphones of ``apply`` by a model fitted on ``train``'s targets
    (standardised features); also the weights and the features' scales."""
    rates = char_error_rates(train)
    xs = np.array([features(r, suspects, rates, temp) for r in train if r["target"]])
    ys = np.array([float(r["wrong"]) for r in train if r["target"]])
    mu, sd = xs.mean(axis=0), xs.std(axis=0) + 1e-9
    w = fit_logistic((xs - mu) / sd, ys)
    out = {}
    for r in apply:
        if r["p_alone"] is None and not r["unsure"]:
            continue
        x = (np.array(features(r, suspects, rates, temp)) - mu) / sd
        out[id(r)] = float(x @ w[:-1] + w[-1])
    return out, w, sd


def cross_validated(rows: list[dict], suspects: frozenset[str], temp: float,
                    folds: int = 5) -> dict[int, float]:
    """Logistic scores for dev, each sentence scored by a model fitted without it."""
    by_fold: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        by_fold[int(r["sentence"]) % folds].append(r)
    scores: dict[int, float] = {}
    for f in range(folds):
        train = [r for g, rs in by_fold.items() if g != f for r in rs]
        s, _, _ = logistic_scores(train, by_fold[f], suspects, temp)
        scores.update(s)
    return scores


def print_curve(name: str, rows: list[dict], score: Callable[[dict], float]) -> None:
    """One line of the table."""
    cells = "  ".join(f"{b:.1f} %: {pct:5.1f} % ({n:3d})" for b, pct, n in curve(rows, score))
    print(f"  {name:44s} {cells}")


def report_policy(name: str, rows: list[dict], marks: Callable[[dict], bool]) -> None:
    """Accuracy, errors marked, hanzi marked of a policy on one set."""
    targets = [r for r in rows if r["target"]]
    wrong = [r for r in targets if r["wrong"]]
    caught = sum(marks(r) for r in wrong)
    share = 100.0 * sum(marks(r) for r in rows) / len(rows)
    print(f"  {name:34s} accuracy {100.0 * (1 - len(wrong) / len(targets)):6.2f} %  errors "
          f"marked {caught:3d} of {len(wrong):3d} ({100.0 * caught / max(1, len(wrong)):5.1f} %)"
          f"  hanzi marked {share:.2f} %")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev", type=Path)
    ap.add_argument("others", type=Path, nargs="*", help="test and classroom dumps")
    args = ap.parse_args(argv)
    suspects = frozenset(
        paths.resource("polyphones", "suspect_words.txt").read_text(encoding="utf-8").split()
    )
    dev = load(args.dev)
    temp = temperature(dev)
    print(f"temperature of the model's probabilities on dev: {temp:.2f}")
    errors = [r for r in dev if r["target"] and r["wrong"]]
    agree = [r for r in errors if r["top"] == r["syl"] and r["phrase"] != "!"
             and r["src"] != "fallback"]
    for above in (0.5, 0.999, 0.9999, doubt.MODEL_UNSURE_BELOW):
        sure = sum((r["p_alone"] or 0) >= above for r in agree)
        print(f"dev errors where every source agrees on the wrong reading (the model's best "
              f"is the engine's, at or above {above}; pypinyin does not differ): {sure} of "
              f"{len(errors)} ({100.0 * sure / len(errors):.1f} %)")

    def safe(p: float | None) -> float:
        return -math.inf if p is None else -p

    singles: dict[str, Callable[[dict], float]] = {
        "model's doubt of the engine's reading": lambda r: safe(r["p_alone"]),
        "model's own readings by probability": lambda r: (
            safe(r["p_engine"]) if r["src"] == "model" else -math.inf),
        "top-2 margin of the model (small first)": lambda r: (
            -math.inf if r["margin"] is None else -r["margin"]),
        "rare word (low jieba count)": lambda r: (
            -math.log10(r["freq"] + 1) if r["p_alone"] is not None else -math.inf),
        "suspect word": lambda r: (
            float(r["word"] in suspects) if r["p_alone"] is not None else -math.inf),
        "several dictionary readings": lambda r: (
            float(int(r["n_readings"]) > 1) if r["p_alone"] is not None else -math.inf),
        "pypinyin reads the word otherwise": lambda r: (
            float(r["phrase"] == "!") if r["p_alone"] is not None else -math.inf),
    }
    rates = char_error_rates(dev)
    print("\nCurves on CPP dev (errors marked when this share of all characters is marked):")
    for name, fn in singles.items():
        print_curve(name, dev, fn)
    print_curve("character's error rate on dev (in-sample)", dev, lambda r: (
        rates.get(r["char"], -1.0) if r["p_alone"] is not None else -math.inf))
    cv = cross_validated(dev, suspects, temp)
    print_curve("logistic, all features (5-fold CV)", dev, lambda r: cv.get(id(r), -math.inf))
    print("\nThe shipped decision list (doubt.py), and its model threshold varied:")
    for below in (0.999, 0.9999, 0.99995, 0.99999, doubt.MODEL_UNSURE_BELOW, 0.999999):
        report_policy(f"model below {below}", dev, lambda r, b=below: policy_marks(r, b))
    _, w, _ = logistic_scores(dev, dev, suspects, temp)
    print("\nLogistic weights fitted on all of dev (standardised features):")
    print("  " + ", ".join(f"{n} {v:+.2f}" for n, v in zip((*FEATURES, "intercept"), w,
                                                             strict=True)))
    for path in args.others:
        rows = load(path)
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            groups[r["item"].rsplit(":", 1)[0]].append(r)
        for name, grp in sorted(groups.items()):
            print(f"\n{name}:")
            report_policy("shipped decision list", grp, policy_marks)
            if any(r["item"].startswith("cpp") for r in grp[:1]):
                for below in (0.9999, 0.99995, 0.99999, 0.999999):
                    report_policy(f"... with the model below {below}", grp,
                                  lambda r, b=below: policy_marks(r, b))
                scores, _, _ = logistic_scores(dev, grp, suspects, temp)
                print_curve("logistic fitted on dev", grp, lambda r, s=scores: s.get(id(r),
                                                                                  -math.inf))
                print_curve("model's doubt of the engine's reading", grp,
                            singles["model's doubt of the engine's reading"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
