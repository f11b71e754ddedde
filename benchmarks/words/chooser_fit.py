"""Fit and measure the sense chooser (chooser16) on the rows of :mod:`.chooser_data`.

A conditional logit: each candidate sense of a token scores the sum of its features'
weights, a softmax over the token's candidates gives each a probability, and the fit
maximises the log of the probability of the candidates that fit the accepted words, with
an L2 penalty (numpy, full-batch Adam from zero weights: no randomness; the folds are drawn
with a fixed seed). The chooser changes the rules' choice only where the best candidate's
score passes the rules' choice by ``margin``.

Measures (``python -m benchmarks.words.chooser_fit ROWS.json``):

* ``cv``: grouped 5-fold cross-validation on the "tuned" rows, folds grouped by marked
  word (a test word never in training): right lines with the rules alone and with the
  chooser, per margin;
* ``p15``: fitted on every "tuned" row, counted on the former fifteenth part;
* ``in_sample``: fitted on "tuned" + "p15", counted on both (the lines that passed and
  fail are listed).

* ``first_sense_cv``: the same folds, the question without the rules: where does the
  chooser overrule CC-CEDICT's first sense, and is it right?
* ``new``: fitted on "tuned" + "p15", counted on chooser16's new lines.

``--write PATH`` writes the weights fitted on every labelled line (for reading; the
chooser is not shipped: benchmarks/words/README.md, chooser16).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

#: L2 penalty (on the summed log-likelihood) and Adam steps of the fit.
L2 = 3.0
STEPS = 300
#: A feature is kept where it appears in this many training tokens at least.
MIN_COUNT = 3
#: Margins tried in cross-validation.
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)
SEED = 15


#: Feature prefixes a variant may leave out: the word's own prior ("w="), and whether
#: and how the rules chose the candidate ("cur").
DROPPED: dict[str, tuple[str, ...]] = {"prior": ("w=",), "cur": ("cur",)}


def usable(row: dict, prior: bool, sources: frozenset[str] | None,
           cur: bool = False) -> list[dict]:
    """The row's candidates with the features the variant reads (no ``w=`` features
    without ``prior``, no "cur" ones without ``cur``); none where the chooser may not act
    on the row's source."""
    if sources is not None and row["source"] not in sources:
        return []
    drop = () if prior else DROPPED["prior"]
    drop += () if cur else DROPPED["cur"]
    if not drop:
        return row["cands"]
    return [c | {"features": [f for f in c["features"] if not f.startswith(drop)]}
            for c in row["cands"]]


def entry_senses(row: dict, prior: bool) -> list[dict]:
    """The row's candidates that are senses of the entry (not a curated line's own
    words), whatever the rules chose: the question "which of the dictionary's senses fits
    here", asked of every labelled line (a line whose first sense needed a rule or a table
    row teaches the most)."""
    return [c for c in usable(row, prior, None) if not any(
        f == "i=x" for f in c["features"])]


def fit(rows: list[dict], *, prior: bool = True, sources: frozenset[str] | None = None,
        l2: float = L2, steps: int = STEPS, entry: bool = False,
        cur: bool = False) -> dict[str, float]:
    """Weights (feature -> weight) fitted on ``rows`` (see the module's docstring);
    ``entry``: on every row's entry senses (:func:`entry_senses`), ``sources`` then only
    saying where the chooser acts; ``cur``: with the features of the rules' choice."""
    counts: dict[str, int] = {}
    items = []
    for row in rows:
        cands = entry_senses(row, prior) if entry else usable(row, prior, sources, cur)
        if len(cands) < 2 or not any(c["fits"] for c in cands):
            continue
        items.append(cands)
        for f in {f for c in cands for f in c["features"]}:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    if not items or not names:
        return {}
    ids = {f: i for i, f in enumerate(names)}
    feat_idx: list[int] = []
    cand_of: list[int] = []  # candidate row of each feature entry
    item_of: list[int] = []  # item of each candidate
    fits: list[float] = []
    ncand = 0
    for k, cands in enumerate(items):
        for c in cands:
            for f in c["features"]:
                i = ids.get(f)
                if i is not None:
                    feat_idx.append(i)
                    cand_of.append(ncand)
            item_of.append(k)
            fits.append(1.0 if c["fits"] else 0.0)
            ncand += 1
    fi = np.array(feat_idx)
    co = np.array(cand_of)
    it = np.array(item_of)
    ok = np.array(fits)
    nitems = len(items)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.1, 0.9, 0.999
    for step in range(1, steps + 1):
        s = np.bincount(co, weights=w[fi], minlength=ncand)
        top = np.full(nitems, -np.inf)
        np.maximum.at(top, it, s)
        e = np.exp(s - top[it])
        z = np.bincount(it, weights=e, minlength=nitems)
        zok = np.bincount(it, weights=e * ok, minlength=nitems)
        # d(-log(zok/z))/ds_c = p_c - p_c*ok_c / P(ok)
        p = e / z[it]
        q = e * ok / zok[it]
        d = p - q
        grad = np.bincount(fi, weights=d[co], minlength=len(names)) + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
    return {f: round(float(x), 4) for f, x in zip(names, w, strict=True) if abs(x) > 1e-4}


def decide(row: dict, weights: dict[str, float], margin: float, *, prior: bool = True,
           sources: frozenset[str] | None = None, cur: bool = False) -> bool:
    """Whether the row's line is right once the chooser has weighed its candidates."""
    cands = usable(row, prior, sources, cur)
    if len(cands) < 2:
        return row["ok"]
    scores = [sum(weights.get(f, 0.0) for f in c["features"]) for c in cands]
    best = max(range(len(cands)), key=scores.__getitem__)
    current = next(i for i, c in enumerate(cands) if c["current"])
    if best != current and scores[best] - scores[current] > margin:
        return cands[best]["fits"]
    return row["ok"]


def folds_by_word(rows: list[dict], k: int = 5, seed: int = SEED) -> list[int]:
    """The fold of each row, every row of one marked word in one fold."""
    words = sorted({r["word"] for r in rows})
    random.Random(seed).shuffle(words)
    fold = {w: i % k for i, w in enumerate(words)}
    return [fold[r["word"]] for r in rows]


def cross_validate(rows: list[dict], *, prior: bool, sources: frozenset[str] | None,
                   k: int = 5, entry: bool = False, cur: bool = False) -> dict:
    """Right lines of ``rows`` with the rules alone and, per margin, with a chooser
    fitted on the other folds (grouped by word)."""
    fold = folds_by_word(rows, k)
    right = {mg: 0 for mg in MARGINS}
    ranked = [0, 0, 0]  # candidate rows; the chooser's best fits; the rules' choice fits
    for f in range(k):
        train = [r for r, x in zip(rows, fold, strict=True) if x != f]
        test = [r for r, x in zip(rows, fold, strict=True) if x == f]
        weights = fit(train, prior=prior, sources=sources, entry=entry, cur=cur)
        for mg in MARGINS:
            right[mg] += sum(decide(r, weights, mg, prior=prior, sources=sources, cur=cur)
                             for r in test)
        for r in test:
            best = ranked_best(r, weights, prior=prior, sources=sources, cur=cur)
            if best is not None:
                ranked[0] += 1
                ranked[1] += best["fits"]
                ranked[2] += next(c for c in r["cands"] if c["current"])["fits"]
    return {"n": len(rows), "rules": sum(r["ok"] for r in rows),
            "chooser": {str(mg): n for mg, n in right.items()},
            "alone": {"candidate_rows": ranked[0], "chooser_best_fits": ranked[1],
                      "rules_fit": ranked[2]}}


def ranked_best(row: dict, weights: dict[str, float], *, prior: bool = True,
                sources: frozenset[str] | None = None, cur: bool = False) -> dict | None:
    """The candidate the chooser ranks first, whatever the margin (None: fewer than two
    candidates)."""
    cands = usable(row, prior, sources, cur)
    if len(cands) < 2:
        return None
    return max(cands, key=lambda c: sum(weights.get(f, 0.0) for f in c["features"]))


def compare(rows: list[dict], weights: dict[str, float], margin: float, *, prior: bool,
            sources: frozenset[str] | None, cur: bool = False) -> dict:
    """Right lines with the rules alone and with the chooser, and the lines each way."""
    got = [decide(r, weights, margin, prior=prior, sources=sources, cur=cur) for r in rows]
    return {"n": len(rows), "rules": sum(r["ok"] for r in rows), "chooser": sum(got),
            "fixed": sum(g and not r["ok"] for g, r in zip(got, rows, strict=True)),
            "broken": [f"{r['word']}: {r['shown']!r} (wanted {r['expected']})"
                       for g, r in zip(got, rows, strict=True) if r["ok"] and not g]}


_DICTIONARY = frozenset({"dictionary", "reference"})
#: name -> (the word's own prior, the sources where the chooser acts, fitted on every
#: row's entry senses, with the features of the rules' choice)
VARIANTS = {
    "all-prior": (True, None, False, False),
    "all-noprior": (False, None, False, False),
    "dict-prior": (True, _DICTIONARY, False, False),
    "dict-noprior": (False, _DICTIONARY, False, False),
    "entry-prior": (True, _DICTIONARY, True, False),
    "entry-noprior": (False, _DICTIONARY, True, False),
    "rules-prior": (True, None, False, True),
    "rules-noprior": (False, None, False, True),
}


def first_sense_cv(rows: list[dict], *, prior: bool, k: int = 5) -> dict:
    """The question without the rules (grouped by word, fitted on entry senses): on each
    row with two entry senses or more, one of which fits, the chooser overrules the
    entry's first sense where its best sense scores ``margin`` more; per margin, the lines
    this fixes and breaks against always showing the first sense."""
    fold = folds_by_word(rows, k)
    out = {str(mg): {"fixed": 0, "broken": 0} for mg in MARGINS}
    n = first = 0
    for f in range(k):
        weights = fit([r for r, x in zip(rows, fold, strict=True) if x != f], prior=prior,
                      entry=True)
        for r in (r for r, x in zip(rows, fold, strict=True) if x == f):
            cands = entry_senses(r, prior)
            head = [c for c in cands if "i=0" in c["features"]]
            if len(cands) < 2 or not head or not any(c["fits"] for c in cands):
                continue
            n += 1
            first += head[0]["fits"]
            scores = [sum(weights.get(x, 0.0) for x in c["features"]) for c in cands]
            best = max(range(len(cands)), key=scores.__getitem__)
            gain = scores[best] - sum(weights.get(x, 0.0) for x in head[0]["features"])
            for mg in MARGINS:
                if cands[best] is not head[0] and gain > mg:
                    out[str(mg)]["fixed"] += cands[best]["fits"] and not head[0]["fits"]
                    out[str(mg)]["broken"] += head[0]["fits"] and not cands[best]["fits"]
    return {"rows": n, "first_sense_fits": first, "per_margin": out}


def sweep(rows: list[dict], weights: dict[str, float], *, prior: bool,
          sources: frozenset[str] | None, cur: bool = False) -> dict:
    """:func:`compare` at every margin of :data:`MARGINS` (counts only)."""
    out = {}
    for mg in MARGINS:
        c = compare(rows, weights, mg, prior=prior, sources=sources, cur=cur)
        out[str(mg)] = {"right": c["chooser"], "fixed": c["fixed"], "broken": len(c["broken"])}
    return {"n": len(rows), "rules": sum(r["ok"] for r in rows), "per_margin": out}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--variant", default="all", help="a name of VARIANTS or 'all'")
    parser.add_argument("--measure", default="cv",
                        help="cv, first_sense_cv, p15, in_sample, new (comma separated)")
    parser.add_argument("--margin", type=float, default=3.0,
                        help="the margin of in_sample and new (p15 reports every margin)")
    parser.add_argument("--write", type=Path, default=None,
                        help="write the weights fitted on every labelled line (JSON)")
    args = parser.parse_args(argv)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    tuned = [r for r in rows if r["part"] == "tuned"]
    p15 = [r for r in rows if r["part"] == "p15"]
    new = [r for r in rows if r["part"] == "new"]
    measures = set(args.measure.split(","))
    names = list(VARIANTS) if args.variant == "all" else [args.variant]
    report: dict = {}
    for name in names:
        prior, sources, entry, cur = VARIANTS[name]
        out = report[name] = {}
        margin = args.margin
        if "cv" in measures:
            out["cv"] = cross_validate(tuned, prior=prior, sources=sources, entry=entry,
                                       cur=cur)
        if "first_sense_cv" in measures:
            out["first_sense_cv"] = first_sense_cv(tuned, prior=prior)
        if "p15" in measures:
            out["p15"] = sweep(p15, fit(tuned, prior=prior, sources=sources, entry=entry, cur=cur),
                               prior=prior, sources=sources, cur=cur)
        if "in_sample" in measures:
            w = fit(tuned + p15, prior=prior, sources=sources, entry=entry, cur=cur)
            out["in_sample"] = {
                part: compare(part_rows, w, margin, prior=prior, sources=sources, cur=cur)
                for part, part_rows in (("tuned", tuned), ("p15", p15))}
        if "new" in measures and new:
            w = fit(tuned + p15, prior=prior, sources=sources, entry=entry, cur=cur)
            c = compare(new, w, margin, prior=prior, sources=sources, cur=cur)
            firsts = [(r["word"], ranked_best(r, w, prior=prior, sources=sources, cur=cur))
                      for r in new if r["cands"]]
            c["ranked_first"] = [f"{word}: {best['sense'] if best else None}"
                                 for word, best in firsts]
            out["new"] = c
        if args.write:
            w = fit(tuned + p15 + new, prior=prior, sources=sources, entry=entry, cur=cur)
            model = {"about": "benchmarks/words/chooser_fit.py (chooser16): conditional logit "
                     "fitted on senses.tsv's labelled lines (not shipped)", "variant": name,
                     "margin": margin, "l2": L2, "steps": STEPS, "min_count": MIN_COUNT,
                     "weights": dict(sorted(w.items()))}
            args.write.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n",
                                  encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
