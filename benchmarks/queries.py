"""The 1,000 mixed dictionary queries of the search benchmark.

Drawn deterministically from the corpus: hanzi (simplified and traditional),
pinyin with tone numbers, tone marks and no tones, English words, and every
prefix of a pinyin or English query as a teacher types it letter by letter.
"""

from __future__ import annotations

import json
import random

from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.syllables import ToneStyle, join_word

#: How the 1,000 queries are split between kinds (the rest are typed prefixes).
MIX = {"hanzi": 200, "traditional": 80, "numbers": 100, "marks": 80, "plain": 100, "english": 140}


def _frequent_entries(corpus: Corpus, count: int) -> list[tuple]:
    return corpus.query(
        "SELECT simplified, traditional, syllables, definitions FROM entries "
        "WHERE is_proper = 0 ORDER BY freq DESC, id LIMIT ?",
        (count,),
    )


def _english_word(definitions: str) -> str | None:
    for sense in json.loads(definitions):
        words = [w for w in sense.replace("to ", "", 1).split() if w.isalpha()]
        if words:
            return words[0].lower()
    return None


def mixed_queries(corpus: Corpus, total: int = 1000, seed: int = 10) -> list[tuple[str, str]]:
    """``total`` ``(kind, query)`` pairs, the same for the same corpus and seed."""
    rng = random.Random(seed)
    entries = _frequent_entries(corpus, 6000)
    out: list[tuple[str, str]] = []
    scale = total / 1000

    def pick() -> tuple:
        return entries[min(int(rng.expovariate(1 / 800)), len(entries) - 1)]

    for _ in range(round(MIX["hanzi"] * scale)):
        out.append(("hanzi", pick()[0]))
    trad = [e for e in entries if e[1] != e[0]]
    for _ in range(round(MIX["traditional"] * scale)):
        out.append(("traditional", rng.choice(trad)[1]))
    for _ in range(round(MIX["numbers"] * scale)):
        syls = pick()[2].split()
        out.append(("pinyin numbers", rng.choice(["", " "]).join(syls)))
    for _ in range(round(MIX["marks"] * scale)):
        out.append(("pinyin marks", join_word(tuple(pick()[2].split()), ToneStyle.MARKS)))
    for _ in range(round(MIX["plain"] * scale)):
        out.append(("pinyin plain", "".join(s[:-1] for s in pick()[2].split())))
    for _ in range(round(MIX["english"] * scale)):
        word = _english_word(pick()[3])
        if word:
            out.append(("english", word))
    # The rest: what the search box sees while a word is typed, letter by letter.
    while len(out) < total:
        entry = pick()
        if rng.random() < 0.7:
            target = "".join(s[:-1] for s in entry[2].split())
        else:
            target = _english_word(entry[3]) or "hello"
        for end in range(1, len(target) + 1):
            if len(out) < total:
                out.append(("typed prefix", target[:end]))
    return out
