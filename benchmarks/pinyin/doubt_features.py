"""What the engine knows when it decides a polyphone, per character, for the unsure marks.

Usage::

    .venv/bin/python benchmarks/pinyin/doubt_features.py --split dev  OUT_dev.tsv
    .venv/bin/python benchmarks/pinyin/doubt_features.py --split test OUT_test.tsv
    .venv/bin/python benchmarks/pinyin/doubt_features.py --classroom OUT_classroom.tsv

One line per Chinese character of the texts (CPP ``dev``/``test`` sentences, or every
sentence of the classroom sets), with what is available at decision time:

* ``src``: where the reading came from (dictionary word, rule or collocation, model,
  fallback), ``unsure``: the mark the engine sets today;
* ``p_engine``: the model's probability for the reading when the engine asked it (model
  readings, a word's choice between its dictionary readings, a rare word checked);
* ``p_alone``, ``top``, ``margin``: the model asked independently at every character it
  knows, over all the character's readings: its probability for the engine's reading,
  its own best reading and the gap between its two best (raw, not temperature-scaled;
  :mod:`benchmarks.pinyin.doubt_fit` scales them);
* the word: its length, jieba frequency, HSK word or not, how many CC-CEDICT readings,
  whether the reading is a proper-noun one, whether pypinyin's phrase data reads the
  character otherwise (``phrase``: ``=``, ``!`` or ``-`` when pypinyin lacks the word);
* for CPP the target character's ``label`` and whether the engine is ``wrong`` (lexical
  score, as :mod:`benchmarks.pinyin.evaluate` counts it); for the classroom sets every
  character has its expected syllable (as printed, with 一/不 changes) and is scored;
* ``asked``: why the engine asked the model there, if it did (``model``, ``choice``,
  ``rare``, ``suspect``: see :func:`pending_kind`).

The model is run only for this dump (the engine itself runs it on open positions only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin.evaluate import (  # noqa: E402
    BLIND_SETS,
    CLASSROOM_SETS,
    DEFAULT_CPP,
    hanzi_readings,
    lexical_right,
    read_classroom,
    read_cpp,
)
from chinese_teach.core.text import pinyin as pinyin_mod  # noqa: E402
from chinese_teach.core.text.engine import TextEngine, get_engine  # noqa: E402
from chinese_teach.core.text.polyphones.model import Query  # noqa: E402

COLUMNS = (
    "item", "pos", "char", "word", "k", "src", "unsure", "syl", "p_engine", "p_alone",
    "top", "margin", "word_len", "freq", "hsk", "n_readings", "proper", "phrase",
    "target", "label", "wrong", "asked",
)


class Recorder:
    """Wraps the engine's reader to keep, per character of the last text, its word, the
    word's reading and the model's probability when the engine asked the model."""

    def __init__(self, engine: TextEngine) -> None:
        self.reader = engine.reader
        self.words: dict[int, tuple[str, int, str, str, bool]] = {}
        self.asked: dict[int, float] = {}
        self.kinds: dict[int, str] = {}
        reader = self.reader
        original_runs, original_resolve = reader.read_runs, reader._resolve

        def read_runs(text, runs):
            out = original_runs(text, runs)
            for spans, readings in zip(runs, out, strict=True):
                for (s, e), r in zip(spans, readings, strict=True):
                    for k in range(e - s):
                        self.words[s + k] = (
                            text[s:e], k, r.syllables[k], str(r.sources[k]), r.unsure[k],
                        )
            return out

        def resolve(text, pending, model):
            real_choose = model.choose

            def choose(queries):
                choices = real_choose(queries)
                for p, c in zip(pending, choices, strict=True):
                    if c is not None:
                        self.asked[p.pos] = c.probability
                        self.kinds[p.pos] = pending_kind(p)
                return choices

            model.choose = choose
            try:
                original_resolve(text, pending, model)
            finally:
                del model.choose

        reader.read_runs = read_runs
        reader._resolve = resolve

    def close(self) -> None:
        """Give the reader back its own methods."""
        del self.reader.read_runs, self.reader._resolve

    def read(self, engine: TextEngine, text: str) -> dict[int, tuple]:
        """Per character index of ``text``: (word, k, syllable, source, unsure, p_engine)."""
        self.words, self.asked, self.kinds = {}, {}, {}
        hanzi_readings(engine, text, tone_changes=False)
        return {
            i: (*w, self.asked.get(i), self.kinds.get(i, "")) for i, w in self.words.items()
        }


def pending_kind(p: pinyin_mod._Pending) -> str:
    """Why the engine asked the model: its own reading (``model``), a choice between a
    word's dictionary readings (``choice``), a rare word it may overrule (``rare``), a
    suspect word it may only mark (``suspect``)."""
    if p.only_mark:
        return "suspect"
    if p.readings is None:
        return "rare"
    return "choice" if p.readings else "model"


def model_opinions(engine: TextEngine, text: str, positions: list[int], syls: list[str]):
    """The model's probability for ``syls`` at ``positions``, its best reading and the
    gap between its two best readings, over each character's readings."""
    model = engine.reader.model
    ends = [i for i, ch in enumerate(text) if ch in "。！？!?；;\n\r…"]
    queries = []
    for pos in positions:
        lo = max([e + 1 for e in ends if e < pos], default=0)
        hi = min([e + 1 for e in ends if e >= pos], default=len(text))
        lo, hi = max(lo, pos - pinyin_mod.WINDOW - 1), min(hi, pos + pinyin_mod.WINDOW + 2)
        queries.append(Query(text[lo:hi], pos - lo, model.candidates[text[pos]]))
    if not queries:
        return []
    logits = model.logits(queries)
    out = []
    for q, row, syl in zip(queries, logits, syls, strict=True):
        idx = [model.class_index[s] for s in q.allowed if s in model.class_index]
        names = [s for s in q.allowed if s in model.class_index]
        vals = np.array([row[i] for i in idx], dtype=np.float64)
        probs = np.exp(vals - vals.max())
        probs /= probs.sum()
        order = np.argsort(-probs)
        top = names[int(order[0])]
        margin = float(vals[order[0]] - vals[order[1]]) if len(order) > 1 else 99.0
        p = float(probs[names.index(syl)]) if syl in names else 0.0
        out.append((p, top, margin))
    return out


def rows_for(engine: TextEngine, rec: Recorder, item: str, text: str,
             expected: dict[int, str]) -> list[tuple]:
    """The dump's rows for one text; ``expected`` gives the scored characters."""
    reader, lexicon = engine.reader, engine.lexicon
    model = reader.model
    got = rec.read(engine, text)
    polys = [i for i in sorted(got) if model.knows(text[i])]
    opinions = dict(zip(polys, model_opinions(engine, text, polys, [got[i][2] for i in polys]),
                        strict=True))
    rows = []
    for i in sorted(got):
        word, k, syl, src, unsure, p_engine, asked = got[i]
        p_alone, top, margin = opinions.get(i, (None, "", None))
        readings = lexicon.common_readings(word) if len(word) > 1 else ()
        phrase = pinyin_mod._phrase_reading(word) if len(word) > 1 else None
        proper = any(r[k] == syl for r in lexicon.proper.get(word, ())) if len(word) > 1 else False
        label = expected.get(i, "")
        if label:
            if item.startswith("cpp"):
                wrong = int(not lexical_right(reader, text[i], syl, label))
            else:
                wrong = int(syl != label)
        else:
            wrong = ""
        rows.append((
            item, i, text[i], word, k, src, int(unsure), syl,
            "" if p_engine is None else f"{p_engine:.10g}",
            "" if p_alone is None else f"{p_alone:.10g}", top,
            "" if margin is None else f"{margin:.4f}",
            len(word), lexicon.freq.get(word, 0), int(word in lexicon.hsk_words),
            len(readings), int(proper),
            "-" if phrase is None else ("=" if phrase[k] == syl else "!"),
            int(bool(label)), label, wrong, asked,
        ))
    return rows


def classroom_expected(engine: TextEngine, text: str, expected: tuple[str, ...]) -> dict[int, str]:
    """The expected syllable of every Chinese character of a classroom sentence, in
    citation form where the engine's shown syllable differs only by 一/不 changes."""
    got = hanzi_readings(engine, text, tone_changes=True)
    positions = sorted(got)
    out = {}
    for i, want in zip(positions, expected, strict=True):
        shown, citation, _ = got[i]
        # score on the citation: a right 一/不 change counts the citation as right
        out[i] = citation if shown == want else want
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--split", default="dev", help="CPP split (dev or test)")
    ap.add_argument("--cpp", type=Path, default=DEFAULT_CPP)
    ap.add_argument("--classroom", action="store_true", help="the classroom sets instead")
    args = ap.parse_args(argv)
    engine = get_engine()
    engine.load()
    rec = Recorder(engine)
    n = 0
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        if args.classroom:
            for name, file in CLASSROOM_SETS.items():
                if name in BLIND_SETS:  # its readings would show its misses
                    continue
                for j, it in enumerate(read_classroom(HERE / file)):
                    part = "tuning" if not it.held_out else it.part.replace(" ", "")
                    expected = classroom_expected(engine, it.text, it.expected)
                    for row in rows_for(engine, rec, f"{name.replace(' ', '_')}:{part}:{j}",
                                        it.text, expected):
                        fh.write("\t".join(map(str, row)) + "\n")
                        n += 1
        else:
            for j, (text, i, label) in enumerate(read_cpp(args.cpp, args.split)):
                for row in rows_for(engine, rec, f"cpp_{args.split}:{j}", text, {i: label}):
                    fh.write("\t".join(map(str, row)) + "\n")
                    n += 1
    rec.close()
    print(f"{n} characters written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
