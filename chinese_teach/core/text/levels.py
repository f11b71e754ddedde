"""Words' HSK levels and the learner's one-character verbs, read from the corpus once.

The engine asks for a word's level while it cuts (the learner cut, :mod:`.crossing`)
and whether a character is a learner's verb (听 | 懂). Asked of the corpus word by
word, a text's first thousand characters made some 350 SQL queries; the answers depend
only on the corpus, so they are read here when the engine's tables are built and kept
in its cache file (:mod:`.tables`): a change to what these functions answer must bump
``tables.CACHE_FORMAT``, or caches built before it keep the old answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from chinese_teach.core.corpus.store import Corpus

#: The standard of :func:`read_levels`' first table (the engine's learner levels).
STANDARD = "hsk2021"
#: A character of this HSK level or below whose first sense is a verb's is a learner's
#: verb on its own (:func:`learner_verbs`).
VERB_LEVEL = 4


def read_levels(
    corpus: Corpus, one: Callable[[str, str], str] | None = None
) -> tuple[dict[str, int], dict[str, int]]:
    """Each word's lowest level in HSK 2021, and its lowest level in any standard
    (a word in no list is in neither). ``one(word, word)`` may give the string object
    to keep for a word (one object per word across the engine's tables)."""
    standard: dict[str, int] = {}
    lowest: dict[str, int] = {}
    for listed, std, level in corpus.query(
            "SELECT word, standard, min(level) FROM word_levels GROUP BY word, standard"):
        word = one(listed, listed) if one is not None else listed
        if std == STANDARD:
            standard[word] = level
        if word not in lowest or level < lowest[word]:
            lowest[word] = level
    return standard, lowest


def senses_start(corpus: Corpus, word: str, verb: bool) -> bool:
    """For ``verb``: True when a common dictionary entry of ``word`` has a first sense
    that is a verb's ("to ..."); for not ``verb``: True when none has (and one exists)."""
    firsts = [json.loads(d)[0] for (d,) in corpus.query(
        "SELECT definitions FROM entries WHERE simplified = ? AND is_proper = 0",
        (word,)) if d != "[]"]
    if not firsts:
        return False
    verbs = [f.startswith("to ") for f in firsts]
    return any(verbs) if verb else not any(verbs)


def learner_verbs(corpus: Corpus, lowest: dict[str, int]) -> frozenset[str]:
    """The characters that are a learner's verb on their own: in an HSK list at level
    1-4 (``lowest``: :func:`read_levels`' second table) with a first sense "to ..."
    (看, 写, 听, 穿)."""
    return frozenset(word for word, level in lowest.items()
                     if len(word) == 1 and level <= VERB_LEVEL
                     and senses_start(corpus, word, True))
