"""Words whose only dictionary entries are small places (fifteenth session, words33).

CC-CEDICT has some everyday free combinations only as the name of a township, county or
district: 大树 "Tashu township in Kaohsiung county", 山上 "Shanshang township in Tainan
county". Where the text does not mark such a word as a name (这是一棵大树, 山上有一层薄雾)
it is the free combination a learner reads as its parts, so its gloss is its parts' (大
"big" + 树 "tree"), never the township's.

:func:`place_only_parts` gives that gloss; :class:`.glosses.Glosser` asks it before the
dictionary's entry is chosen. Pure of Qt; the glosser is passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chinese_teach.core.corpus.glosses import Gloss, Glosser

#: Last characters that make a word a place's own name (大树乡, 龙门县, 三门峡市): such a
#: word names the place even where no name is marked.
PLACE_KINDS = frozenset("乡镇村县区市州省府")


def place_only(glosser: Glosser, word: str) -> bool:
    """Whether every CC-CEDICT entry of ``word`` (as written) is a proper noun whose useful
    senses all name a place of a county or smaller (:meth:`.Glosser._default28_minor_place`):
    大树, 山上, 水里; not 向阳 (which has a common entry) or 朝阳 (a prefecture-level
    city too)."""
    from chinese_teach.core.corpus.glosses import _useful

    rows = [r for r in glosser.rows(word) if r.simplified == word]
    if not rows or not all(r.proper for r in rows):
        return False
    names = [s for r in rows for s in r.senses if _useful(s)]
    return glosser._default28_minor_place(names)


def place_only_parts(glosser: Glosser, word: str,
                     syllables: tuple[str, ...] | None) -> Gloss | None:
    """The gloss of a word not marked as a name whose only entries are small places, made
    of learner words: its parts, each with its first sense ("大 big + 树 tree"), as a
    learner word made of learner words is glossed; None for any other word (a word with a
    common entry, one that ends in a kind of place: 大树乡, or one not made of learner
    words)."""
    from chinese_teach.core.corpus.glosses import Gloss, _first_sense

    if len(word) < 2 or word[-1] in PLACE_KINDS or not place_only(glosser, word):
        return None
    parts = glosser.parts(word, syllables)
    if not parts:
        return None
    short = " + ".join(f"{piece} {_first_sense(gloss)}" for piece, gloss in parts)
    return Gloss(short, (), "parts", parts=parts)
