"""A noun-led entry's adjective right before the person it describes (issue 15, words42).

words38 brings a noun-led entry's adjective first before 的 and its noun (专业的摄影师
"professional"). Just as often the word stands right before the noun, without 的: 一名 +
职业 + 网球运动员, 一位 + 专业 + 摄影师, 那个 + 职业 + 球员. :func:`bare_attributive_place`
tells that place where the noun is a person (a person is described, not named: 职业教育
"vocational education" and 专业课 keep their nouns); the glosser then asks words38's
:func:`.glosses_counted_objects.later_adjective_first`, with the entry's own adjective
(:func:`stem_adjective`: 职业 "occupation; profession; vocation … professional") as the
related one.

Pure of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: The shortest stem a noun and its adjective share (profession -> professional).
STEM = 6


def bare_attributive_place(prev: str, rest: Sequence[str], is_person: Callable[[str], bool],
                           is_noun: Callable[[str], bool]) -> bool:
    """Whether a word stands right before the person it describes (``rest``: the words
    after it in its clause): a person next (职业 + 歌手), or a noun then a person (职业 +
    网球 + 运动员); and the word before it (``prev``) is no owner (``is_person`` or
    ``is_noun``: 我们 + 专业 + 老师 "our major's teachers")."""
    if not rest or (prev and (is_person(prev) or is_noun(prev))):
        return False
    return is_person(rest[0]) or (len(rest) > 1 and is_noun(rest[0]) and is_person(rest[1]))


def stem_adjective(senses: Sequence[str], is_adjective: Callable[[str], bool],
                   shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss led by an entry's later adjective that shares a stem of :data:`STEM`
    letters with a noun of its first sense (``senses``: its useful senses; 职业
    "occupation; profession; vocation", "professional" -> "professional; occupation; …").
    None for an entry with no such adjective, or whose first sense is a verb's."""
    if len(senses) < 2 or senses[0].startswith("to "):
        return None
    nouns = [re.split(r"[ (]", part.strip(), maxsplit=1)[0].lower()
             for part in senses[0].split(";")]
    for sense in senses[1:]:
        word = sense.lower()
        if not word.isalpha() or not is_adjective(sense):
            continue
        if any(len(n) >= STEM and word != n and word.startswith(n[:STEM]) for n in nouns):
            return shorten([sense, senses[0]])
    return None
