"""Evaluate the word layer on the hand-written sets of ``benchmarks/words``.

* cutting: word-boundary precision, recall and F1 of the engine's learner-sized words on
  ``cut_gold.txt``, beside plain jieba (``jieba.lcut``);
* senses: share of ``senses.tsv`` lines whose first shown sense fits (an expected word
  starting one of its words: :func:`sense_fits`), tuned and held-out parts,
  the misses of each apart (``misses``, ``held_out_misses``: a tuning session reads only the
  first)
  (a word inside a longer token, 路 in 路上, is looked up among that token's parts);
* names: on ``names.tsv``, the names the engine marks against the hand-marked ones (a
  missed, differently cut or false name is an error), tuned and held-out parts;
* graded texts: the estimated level and the coverage of ``graded/*.txt`` for a class at
  the text's level (file names start with the level: ``1-family.txt``).

Run: ``.venv/bin/python -m benchmarks.words.evaluate``. The report gives the held-out part's
counts but not its misses (only how many), so that running it never makes the part seen;
``--held-out-misses`` prints them too (the part is then seen and moves into the tuned part).
``--held-out-counts`` prints only the held-out sense counts: the blind figure of a new
held-out part. Each ``# held-out: NAME`` line starts a part counted apart too
(``held_out_parts``), so that a blind batch above an older held-out part gets its own figure.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def _boundaries(words: list[str]) -> set[int]:
    out, pos = set(), 0
    for w in words[:-1]:
        pos += len(w)
        out.add(pos)
    return out


def boundary_f1(gold: list[list[str]], cut: list[list[str]]) -> float:
    """F1 of the boundaries inside each sentence (sentence ends are not counted)."""
    tp = fp = fn = 0
    for g, c in zip(gold, cut, strict=True):
        gb, cb = _boundaries(g), _boundaries(c)
        tp += len(gb & cb)
        fp += len(cb - gb)
        fn += len(gb - cb)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _gold_lines() -> list[list[str]]:
    lines = (HERE / "cut_gold.txt").read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


def evaluate_cutting(engine) -> dict:
    import jieba

    gold = _gold_lines()
    ours = [[t.text for t in engine.annotate("".join(g)) if t.text.strip()] for g in gold]
    plain = [[w for w in jieba.lcut("".join(g)) if w.strip()] for g in gold]
    return {"sentences": len(gold), "f1_ours": round(boundary_f1(gold, ours), 4),
            "f1_jieba": round(boundary_f1(gold, plain), 4)}


def sense_fits(shown: str, expected: str) -> bool:
    """Whether the first sense of ``shown`` holds one of ``expected``'s words (``|``
    separated) at the start of one of its words: "measure" fits "(measure word for …)",
    "probabl" fits "probably", but "or" does not fit "still (as before)"."""
    first = shown.split(";", maxsplit=1)[0].lower()
    return any(re.search(r"(?<![a-z])" + re.escape(e.lower()), first)
               for e in expected.split("|"))


def evaluate_senses(engine, corpus) -> dict:
    from chinese_teach.core.corpus.glosses import token_glosses

    parts: dict[str, list[bool]] = {"tuned": [], "held_out": []}
    misses: dict[str, list[str]] = {"tuned": [], "held_out": []}
    by_label: dict[str, list[bool]] = {}
    part = "tuned"
    label = ""
    for line in (HERE / "senses.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            part = "held_out"
            label = held_out_label(line)
            by_label.setdefault(label, [])
            continue
        if not line.strip() or line.startswith("#"):
            continue
        sentence, word, expected = line.split("\t")
        toks = engine.annotate(sentence)
        glosses: dict[str, str] = {}
        inside: dict[str, str] = {}  # a word inside a longer token: its part's gloss
        for t, g in zip(toks, token_glosses(toks, corpus), strict=True):
            if g is not None:
                glosses[t.text] = g.short
                for piece, short in g.parts:
                    inside.setdefault(piece, short)
        glosses = inside | glosses
        shown = glosses.get(word, "")
        ok = sense_fits(shown, expected)
        parts[part].append(ok)
        if part == "held_out":
            by_label[label].append(ok)
        if not ok:
            misses[part].append(f"{sentence} {word}: {shown!r} (wanted {expected})")
    return {k: _counts(v) for k, v in parts.items()} | {
        "held_out_parts": {k: _counts(v) for k, v in by_label.items()},
        "misses": misses["tuned"], "held_out_misses": misses["held_out"]}


def held_out_label(line: str) -> str:
    """The name of the held-out part a marker line starts: ``# held-out: the twelfth
    held-out part`` names "the twelfth held-out part" (a bare ``# held-out`` "held-out").
    Every line after the first marker is held out; each marker starts a part of its own,
    counted apart in ``held_out_parts``."""
    return line[len("# held-out"):].lstrip(" :").strip() or "held-out"


def _counts(results: list[bool]) -> dict:
    return {"n": len(results), "right": sum(results),
            "share": round(sum(results) / len(results), 4) if results else None}


def evaluate_names(engine) -> dict:
    """Sentences whose marked names are exactly the expected ones, and name precision
    and recall, for the tuned and held-out parts of ``names.tsv``."""
    parts: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    part = "tuned"
    for line in (HERE / "names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            part = "held_out"
            continue
        if not line.strip() or line.startswith("#"):
            continue
        sentence, names = line.split("\t")
        expected = sorted(names.split()) if names.strip() != "-" else []
        found = sorted(t.text for t in engine.annotate(sentence) if t.extra.get("name"))
        c = parts.setdefault(part, {"n": 0, "right": 0, "tp": 0, "fp": 0, "fn": 0})
        c["n"] += 1
        c["right"] += found == expected
        rest = list(expected)
        for name in found:
            if name in rest:
                rest.remove(name)
                c["tp"] += 1
            else:
                c["fp"] += 1
        c["fn"] += len(rest)
        if found != expected:
            misses.append(f"{sentence} found {found} (wanted {expected})")
    out: dict = {}
    for k, c in parts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        out[k] = {"n": c["n"], "right": c["right"], "share": round(c["right"] / c["n"], 4),
                  "precision": round(p, 4), "recall": round(r, 4), "false_names": c["fp"]}
    return out | {"misses": misses}


def evaluate_graded(engine, corpus) -> list[dict]:
    from chinese_teach.core.corpus.levels import Level, Standard
    from chinese_teach.core.text.analyze import KnownWords, analyze, level_index

    index = level_index(corpus)
    out = []
    for path in sorted((HERE / "graded").glob("*.txt")):
        level = int(path.name.split("-", 1)[0])
        known = KnownWords.from_level(index, Level(Standard.HSK2021, level))
        result = analyze(engine.segment(path.read_text(encoding="utf-8")), index,
                         Standard.HSK2021, known=known)
        out.append({"text": path.name, "level": level, "estimated": result.estimated_level,
                    "coverage": round(result.coverage or 0, 4),
                    "unknown": result.unknown_words})
    return out


def held_out_counts(senses: dict) -> dict:
    """The held-out part's figures alone, without its misses (for a blind measurement)."""
    return {"held_out": senses["held_out"], "held_out_parts": senses.get("held_out_parts", {})}


def without_held_out_misses(senses: dict) -> dict:
    """The sense figures with the held-out misses replaced by their number, so that a
    report read while tuning never shows a held-out sentence."""
    out = dict(senses)
    out["held_out_misses"] = len(senses["held_out_misses"])
    return out


def main(argv: list[str] | None = None) -> None:
    import argparse

    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    parser = argparse.ArgumentParser(description="Evaluate the word layer on benchmarks/words.")
    parser.add_argument("--held-out-counts", action="store_true",
                        help="print only the held-out sense counts, not its misses")
    parser.add_argument("--held-out-misses", action="store_true",
                        help="print the held-out part's misses too (the part is then seen)")
    args = parser.parse_args(argv)
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    if args.held_out_counts:
        print(json.dumps(held_out_counts(evaluate_senses(engine, corpus)), indent=1))
        return
    senses = evaluate_senses(engine, corpus)
    if not args.held_out_misses:
        senses = without_held_out_misses(senses)
    report = {"cutting": evaluate_cutting(engine), "senses": senses,
              "names": evaluate_names(engine), "graded": evaluate_graded(engine, corpus)}
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
