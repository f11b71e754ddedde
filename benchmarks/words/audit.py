"""Audit of first senses by word class: which HSK 1-4 words do not lead with the sense a
learner needs for their part of speech.

The part of speech is jieba's dictionary tag (``v`` verb, ``a`` adjective, ``p``
preposition, ``q`` measure word, ``d`` adverb, ``n`` noun), which is rough but
independent of CC-CEDICT's sense order. A word is listed when

* it is a measure word (tag ``q``, or its entry has a "classifier for …" sense) and,
  after a numeral (三 + the word), its first sense shown is not a measure-word sense;
* it is a preposition (tag ``p``) and its first sense is a verb's ("to leave");
* it is a verb (tag ``v``) and its first sense is no verb's (a noun: "cane");
* it is an adjective or adverb (tag ``a``/``d``) and its first sense is a verb's.

The list is for a person to read: a word listed may be right (a verb whose learner sense
is a noun's too: 会 "meeting" after 开), and a word not listed may still lead with the
wrong one of its verb senses (送 "to send" where "to give" is meant); those are found by
reading the curated table against the HSK list.

Run: ``.venv/bin/python -m benchmarks.words.audit [--max-level 4]``.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

#: First words of an English sense that make it a preposition's or a conjunction's.
PREPOSITIONS = frozenset({
    "from", "towards", "toward", "at", "in", "on", "by", "for", "with", "than", "according",
    "about", "along", "until", "till", "since", "except", "besides", "apart", "regarding",
    "concerning", "as", "via", "through", "into", "facing", "instead", "(marks", "(passive",
    "(distance)", "(in", "away", "to", "and", "or", "because", "if",
})

_FIRST_WORD = re.compile(r"[(\w][\w)'-]*")


@dataclass(frozen=True)
class Flag:
    """One word whose first sense does not fit its class."""

    word: str
    level: int
    tag: str
    kind: str  # "measure", "preposition", "verb", "adjective"
    shown: str  # the learner gloss shown, in the context checked


def jieba_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its dictionary."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin).parent / "dict.txt"
    tags: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    return tags


def first_sense(short: str) -> str:
    """The first sense of a learner gloss."""
    return short.split(";", 1)[0].strip()


def is_verb_sense(sense: str) -> bool:
    """A verb's sense: "to leave", "to be called" (not "to" alone, a preposition)."""
    return sense.startswith("to ") and not sense.startswith(("to (", "to; "))


def is_measure_sense(sense: str) -> bool:
    """A measure word's sense, as the learner gloss writes it."""
    return "measure word" in sense or "classifier" in sense


def has_classifier(glosser, word: str) -> bool:
    """True when the word's entry has a "classifier for …" sense."""
    return any(s.startswith("classifier for") for r in glosser.rows(word)
               if r.simplified == word and not r.proper for s in r.senses)


def audit(glosser, levels: dict[str, int], tags: dict[str, str]) -> list[Flag]:
    """Every listed word of ``levels`` whose first sense does not fit its class."""
    flags: list[Flag] = []
    for word, level in sorted(levels.items(), key=lambda x: (x[1], x[0])):
        tag = tags.get(word, "")
        reading = glosser.lone_reading(word)  # 没 méi, not mò; 重 zhòng
        alone = glosser.gloss(word, reading).short
        first = first_sense(alone)
        if not alone:
            continue
        if tag == "q" or (len(word) == 1 and has_classifier(glosser, word)):
            counted = glosser.gloss(word, reading, prev="三").short
            if not is_measure_sense(first_sense(counted)) and not _unit(first_sense(counted)):
                flags.append(Flag(word, level, tag, "measure", counted))
            continue
        if tag == "p":
            head = _FIRST_WORD.match(first)
            if is_verb_sense(first) or not head or head.group(0).lower() not in PREPOSITIONS:
                flags.append(Flag(word, level, tag, "preposition", alone))
        elif tag == "v" and not is_verb_sense(first) and any(
                is_verb_sense(s) for r in glosser.rows(word) for s in r.senses):
            flags.append(Flag(word, level, tag, "verb", alone))
        elif tag in ("a", "d") and is_verb_sense(first):
            flags.append(Flag(word, level, tag, "adjective" if tag == "a" else "adverb", alone))
    return flags


#: Units a learner meets after a number that are their own sense (三岁, 五块, 八点).
_UNITS = re.compile(
    r"\b(?:year|yuan|o'clock|minute|hour|day|time|jin|metre|meter|gram|kilo\w*|\w*meter"
    r"|\w*liter|dollar|foot|cup|bowl|box|bag|cent|mao|kuai|week|month|point|degree|floor"
    r"|storey|piece|pair|kind|type|level|grade|generation|household|series)s?\b")


def _unit(sense: str) -> bool:
    return bool(_UNITS.search(sense))


def hsk_levels(corpus, max_level: int) -> dict[str, int]:
    """The HSK 2021 words up to ``max_level`` and their levels."""
    out: dict[str, int] = {}
    for word, level in corpus.query(
            "SELECT word, level FROM word_levels WHERE standard = 'hsk2021' AND level <= ?",
            (max_level,)):
        out.setdefault(word, level)
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the flagged words, one per line, by class."""
    from chinese_teach.core.corpus.glosses import glosser
    from chinese_teach.core.corpus.store import open_corpus

    args = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    args.add_argument("--max-level", type=int, default=4)
    ns = args.parse_args(argv)
    corpus = open_corpus()
    levels = hsk_levels(corpus, ns.max_level)
    flags = audit(glosser(corpus), levels, jieba_tags())
    for kind in ("measure", "preposition", "verb", "adjective", "adverb"):
        group = [f for f in flags if f.kind == kind]
        print(f"## {kind}: {len(group)}")
        for f in group:
            print(f"{f.word}\tHSK {f.level}\t{f.tag}\t{f.shown}")
    print(f"## {len(flags)} of {len(levels)} words listed")


if __name__ == "__main__":
    main()
