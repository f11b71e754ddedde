"""Count CPP dev errors by the layer that decided them and by the role of their word.

Usage (from the repository root)::

    python -m benchmarks.pinyin.error_cells TARGETS.tsv [--half A] [--list]

``TARGETS.tsv`` is what ``halves.py targets`` wrote. For every wrong target of the half
named (both halves without ``--half``) the sentence is read again, and the error is
put in a cell: *source* x *role*.

The source is the layer that decided the printed reading:

- ``word-table``: the engine's reviewed table (``rules.WORD_READINGS``);
- ``cedict-one``: a CC-CEDICT word with one common reading;
- ``cedict-choose``: a CC-CEDICT word with several readings (the model chose);
- ``cedict-overruled``: a rare CC-CEDICT word whose reading the model overruled;
- ``phrase``: a word only pypinyin's phrase data knows;
- ``single``: a one-character word with one everyday reading (``SINGLE_READINGS``);
- ``rule``: a context rule or a collocation;
- ``model``: the model alone, on a character outside any dictionary word;
- ``fallback``: pypinyin's default reading of the character.

The role is the jieba posseg tag of the word holding the character, with the tags of the
words either side (``v|n|uj``). With ``--list`` each error is printed with its cell, and,
for the model's errors, the signals the dictionary holds that the model lacks: a
CC-CEDICT word of two or three characters around the target whose reading gives the
character the label (``cedict``), pypinyin's phrase reading of such a span (``phrase``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin.evaluate import DEFAULT_CPP, read_cpp  # noqa: E402
from benchmarks.pinyin.halves import half_of, parse  # noqa: E402


def decided_by(reader, word: str, src: str) -> str:
    """The cell's source for a token ``word`` whose character came from ``src``."""
    from chinese_teach.core.text.pinyin import phrase_reading
    from chinese_teach.core.text.polyphones.rules import WORD_READINGS

    if src == "rule":
        return "rule"
    if len(word) == 1:
        return {"model": "model", "fallback": "fallback"}.get(src, "single")
    readings = reader.lexicon.common_readings(word)
    if src == "model":
        return "cedict-overruled" if readings else "model"
    if word in WORD_READINGS:
        return "word-table"
    if len(readings) == 1:
        return "cedict-one"
    if readings:
        return "cedict-choose"
    if phrase_reading(word):
        return "phrase"
    return "fallback" if src == "fallback" else src


def signals(reader, text: str, i: int, label: str) -> list[str]:
    """Dictionary spans around ``text[i]`` (2-3 characters) that read it ``label``."""
    from chinese_teach.core.text.pinyin import phrase_reading

    found = []
    for length in (2, 3):
        for start in range(i - length + 1, i + 1):
            if start < 0 or start + length > len(text):
                continue
            span = text[start:start + length]
            k = i - start
            for r in reader.lexicon.common_readings(span):
                if len(r) == length and r[k] == label:
                    found.append(f"cedict:{span}")
                    break
            p = phrase_reading(span)
            if p and len(p) == length and p[k] == label:
                found.append(f"phrase:{span}")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", type=Path)
    ap.add_argument("--cpp", type=Path, default=DEFAULT_CPP)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)

    import jieba.posseg as pseg

    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    reader = engine.reader
    items = read_cpp(args.cpp, "dev")
    with args.targets.open(encoding="utf-8") as fh:
        wrong = [t for t in parse(fh) if not t.right
                 and (args.half is None or half_of(t.line) == args.half)]
    cells: Counter[tuple[str, str]] = Counter()
    sources: Counter[str] = Counter()
    for t in wrong:
        text, i, label = items[t.line]
        word, src = text[i], "fallback"
        for tok in engine.annotate(text, tone_changes=False):
            if tok.pinyin is not None and tok.start <= i < tok.start + len(tok.text):
                word, src = tok.text, str(tok.sources[i - tok.start])
                break
        source = decided_by(reader, word, src)
        pairs, pos = [], 0
        for w, flag in pseg.lcut(text):
            pairs.append((pos, pos + len(w), flag))
            pos += len(w)
        at = next(k for k, (s, e, _) in enumerate(pairs) if s <= i < e)
        tag = pairs[at][2]
        left = pairs[at - 1][2] if at else "^"
        right = pairs[at + 1][2] if at + 1 < len(pairs) else "$"
        cells[(source, tag)] += 1
        sources[source] += 1
        if args.list:
            extra = " ".join(signals(reader, text, i, label)) if source in (
                "model", "fallback") else ""
            print(f"{t.line}\t{t.char} {label} got {t.lexical}\t{source}\t{left}|{tag}|{right}"
                  f"\t{word}\t{t.sentence}\t{extra}")
    print(f"{len(wrong)} errors; by source: "
          + ", ".join(f"{s} {n}" for s, n in sources.most_common()))
    for (source, tag), n in cells.most_common():
        print(f"{n}\t{source}\t{tag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
