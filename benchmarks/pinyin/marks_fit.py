"""Fit the unsure marks of ``core/text/polyphones/marks.py`` on CPP dev and report them.

Usage::

    .venv/bin/python benchmarks/pinyin/marks_fit.py [--cpp DIR] [--cache FILE.npz]

Every sentence of CPP dev, CPP test and the classroom sets is annotated; at every
character the polyphone model knows, the features of :class:`MarkScorer` are taken
(the model asked in the sentence, the source of the reading, the word), with whether
the engine's reading is wrong (CPP: the target character, lexical score as
:mod:`benchmarks.pinyin.evaluate` counts it; classroom sets: every character).

Fitted on CPP dev and the seen classroom sets (every set of ``CLASSROOM_SETS`` outside
``BLIND_SETS``; their readings are checked by hand, each of their characters counts
``--classroom-weight`` times, so the score learns which doubts of the model are right
everyday readings): an L2-regularised logistic regression (standardised features;
5-fold cross-validation by sentence, the CV figures printed beside the others, then
refitted on all of it), and the threshold that marks at most ``--budget`` % of all dev
characters (the characters the model does not know keep the engine's own mark and
count in the budget). CPP test is only reported, and a blind set by its counts only.
The constants to paste into ``marks.py`` are printed last.

After reading changes (other branches), the whole refit is one command::

    .venv/bin/python benchmarks/pinyin/marks_fit.py --cpp ../shared/bench/cpp

then paste the printed ``WEIGHTS``, ``INTERCEPT`` and ``THRESHOLD`` into ``marks.py``.

``--cache`` keeps the features (a second run with the same file only refits).
``--speed N`` instead times, on N characters of CPP dev sentences in paragraphs of about
500 characters, the CPU of annotating them and of the marks added on top (best of three),
and counts the model's rows.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin.doubt_fit import fit_logistic  # noqa: E402
from benchmarks.pinyin.evaluate import (  # noqa: E402
    BLIND_SETS,
    CLASSROOM_SETS,
    DEFAULT_CPP,
    read_classroom,
    read_cpp,
)
from chinese_teach.core.text.engine import TextEngine, get_engine  # noqa: E402
from chinese_teach.core.text.polyphones import marks  # noqa: E402
from chinese_teach.core.text.tokens import Kind, is_hanzi_char  # noqa: E402


def set_rows(engine: TextEngine, items: list[tuple[str, dict[int, str], bool]]) -> dict:
    """Features of one set: ``items`` are (text, expected syllable per scored character,
    whether the expected syllables are CPP labels, scored on the lexical tone)."""
    reader = engine.reader
    engine.unsure_marks("", [])  # builds the scorer
    scorer = engine._mark_scorer
    assert scorer is not None
    xs: list[list[float]] = []
    ys: list[int] = []
    sents: list[int] = []
    kept = hanzi = kept_errors = other_errors = 0
    for n, (text, expected, lexical) in enumerate(items):
        tokens = engine.annotate(text, tone_changes=not lexical)
        simp = engine.lexicon.to_simplified(text)
        rows = {(t, k): x for t, k, x in scorer.rows(simp, tokens)}
        for t, tok in enumerate(tokens):
            if tok.kind is not Kind.HANZI:
                continue
            for k in range(len(tok.text)):
                i = tok.start + k
                hanzi += 1
                wrong = -1
                if i in expected:
                    got = (reader.lexical_tone(text[i], tok.citation[k]) if lexical
                           else tok.pinyin[k])
                    wrong = int(got != expected[i])
                x = rows.get((t, k))
                if x is None:  # the engine's own mark stays
                    kept += tok.unsure[k]
                    if wrong == 1:
                        kept_errors += tok.unsure[k]
                        other_errors += 1
                    continue
                xs.append(x)
                ys.append(wrong)
                sents.append(n)
    return {"x": np.array(xs), "y": np.array(ys), "sent": np.array(sents),
            "counts": np.array([kept, hanzi, kept_errors, other_errors])}


def collect(engine: TextEngine, cpp: Path) -> dict[str, dict]:
    """Features of CPP dev and test and of every classroom set."""
    out = {}
    for split in ("dev", "test"):
        out[f"CPP {split}"] = set_rows(engine, [
            (text, {i: label}, True) for text, i, label in read_cpp(cpp, split)])
    for name, file in CLASSROOM_SETS.items():
        items = []
        for it in read_classroom(HERE / file):
            positions = [i for i, ch in enumerate(it.text) if is_hanzi_char(ch)]
            if len(positions) != len(it.expected):
                continue
            items.append((it.text, dict(zip(positions, it.expected, strict=True)), False))
        out[name] = set_rows(engine, items)
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float,
        weights: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Raw-feature weights and intercept of a logistic fit on standardised features."""
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    w = fit_logistic((x - mu) / sd, y.astype(float), l2=l2, weights=weights)
    raw = w[:-1] / sd
    return raw, float(w[-1] - (raw * mu).sum())


def training_sets(sets: dict[str, dict]) -> list[str]:
    """The sets the score is fitted on: CPP dev and the classroom sets not blind."""
    return ["CPP dev"] + [n for n in sets if n in CLASSROOM_SETS and n not in BLIND_SETS]


def fit_on(sets: dict[str, dict], names: list[str], keep: np.ndarray, l2: float,
           classroom_weight: float, fold: int | None = None) -> tuple[np.ndarray, float]:
    """The score fitted on the scored characters of ``names`` (all but ``fold`` of the
    five folds by sentence when given); a classroom character counts
    ``classroom_weight`` times, a CPP one once."""
    xs, ys, ws = [], [], []
    for name in names:
        data = sets[name]
        use = data["y"] >= 0
        if fold is not None:
            use &= data["sent"] % 5 != fold
        xs.append(data["x"][use][:, keep])
        ys.append(data["y"][use])
        ws.append(np.full(int(use.sum()), 1.0 if name.startswith("CPP") else classroom_weight))
    return fit(np.vstack(xs), np.concatenate(ys), l2, np.concatenate(ws))


def threshold(scores: np.ndarray, counts: np.ndarray, budget: float) -> float:
    """The score above which marks fill at most ``budget`` % of the set's characters."""
    room = int(counts[1] * budget / 100) - int(counts[0])
    ranked = np.sort(scores)[::-1]
    if room <= 0:
        return float(ranked[0]) if len(ranked) else 0.0
    return float(ranked[room]) if room < len(ranked) else float(ranked[-1]) - 1.0


def report(name: str, data: dict, scores: np.ndarray, thr: float) -> None:
    """Errors marked and characters marked on one set."""
    y, counts = data["y"], data["counts"]
    marked = scores > thr
    errors = int((y == 1).sum()) + int(counts[3])
    caught = int((marked & (y == 1)).sum()) + int(counts[2])
    share = 100.0 * (int(marked.sum()) + int(counts[0])) / counts[1]
    print(f"  {name:22s} errors marked {caught:3d} of {errors:3d} "
          f"({100.0 * caught / max(1, errors):5.1f} %), hanzi marked {share:.2f} %")


def speed(engine: TextEngine, cpp: Path, size: int) -> None:
    """CPU of :meth:`TextEngine.annotate` and of :meth:`TextEngine.unsure_marks` on top."""
    paragraphs, current, total = [], "", 0
    for text, _, _ in read_cpp(cpp, "dev"):
        current += text
        total += len(text)
        if len(current) >= 500:
            paragraphs.append(current)
            current = ""
        if total >= size:
            break
    model = engine.reader.model
    real = model.logits
    rows = [0]

    def counted(queries):
        rows[0] += len(queries)
        return real(queries)

    best_a = best_m = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        annotated = [engine.annotate(p) for p in paragraphs]
        t1 = time.process_time()
        rows[0] = 0
        model.logits = counted
        try:
            for p, toks in zip(paragraphs, annotated, strict=True):
                engine.unsure_marks(p, toks)
        finally:
            del model.logits
        t2 = time.process_time()
        best_a, best_m = min(best_a, t1 - t0), min(best_m, t2 - t1)
    print(f"{total} characters in {len(paragraphs)} paragraphs: annotate {best_a:.2f} s CPU, "
          f"the teacher's marks {best_m:.2f} s CPU more ({100 * best_m / best_a:.0f} %), "
          f"{rows[0]} model rows")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cpp", type=Path, default=DEFAULT_CPP)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--budget", type=float, default=2.0)
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--classroom-weight", type=float, default=5.0,
                    help="how many times a seen classroom character counts in the fit")
    ap.add_argument("--drop", default="", help="features left out (comma-separated)")
    ap.add_argument("--speed", type=int, default=0, help="time the marks on this many characters")
    args = ap.parse_args(argv)
    if args.speed:
        engine = get_engine()
        engine.load()
        speed(engine, args.cpp, args.speed)
        return 0
    if args.cache and args.cache.exists():
        raw = np.load(args.cache)
        sets: dict[str, dict] = defaultdict(dict)
        for key in raw.files:
            name, field = key.rsplit("|", 1)
            sets[name][field] = raw[key]
    else:
        engine = get_engine()
        engine.load()
        sets = collect(engine, args.cpp)
        if args.cache:
            np.savez(args.cache, **{f"{n}|{f}": v for n, d in sets.items() for f, v in d.items()})
    keep = np.array([f not in args.drop.split(",") for f in marks.FEATURES])
    names = training_sets(sets)
    dev = sets["CPP dev"]
    cv = {n: np.zeros(len(sets[n]["y"])) for n in names}
    for f in range(5):
        w, b = fit_on(sets, names, keep, args.l2, args.classroom_weight, fold=f)
        for n in names:
            test = sets[n]["sent"] % 5 == f
            cv[n][test] = sets[n]["x"][test][:, keep] @ w + b
    cv_thr = threshold(cv["CPP dev"], dev["counts"], args.budget)
    print(f"5-fold cross-validation by sentence (budget {args.budget} % of CPP dev, "
          f"classroom weight {args.classroom_weight}):")
    for n in names:
        report(f"{n} (CV)", sets[n], cv[n], cv_thr)
    w, b = fit_on(sets, names, keep, args.l2, args.classroom_weight)
    thr = threshold(dev["x"][:, keep] @ w + b, dev["counts"], args.budget)
    print("Fitted on all of them, threshold chosen on CPP dev:")
    for name, data in sets.items():
        tag = " (blind: counts only)" if name in BLIND_SETS else ""
        report(name + tag, data, data["x"][:, keep] @ w + b, thr)
    full = np.zeros(len(marks.FEATURES))
    full[keep] = w
    print("\nWEIGHTS = (" + ", ".join(f"{v:.6g}" for v in full) + ")")
    print(f"INTERCEPT = {b:.6g}\nTHRESHOLD = {thr:.6g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
