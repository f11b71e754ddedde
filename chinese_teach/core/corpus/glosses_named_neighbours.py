"""A noun's later sense that names another noun of its sentence leads (issue 15, words42).

CC-CEDICT says which thing many of a noun's later senses belong to, in a note or in a
modifier: 桶 "bucket; (trash) can", 单元 "unit …; (in a residential building) entrance or
staircase", 盆 "basin; flower pot", 泡沫 "foam; (soap) bubble; (economic) bubble", 流量
"flow rate …; data traffic; network traffic; website traffic; mobile data". Where another
noun of the sentence is that thing (厨余垃圾 … 桶, 这栋楼的三单元, 这盆花, 经济 … 泡沫, 手机流量,
网站的流量), that sense is the one meant: :func:`neighbour_sense_first` brings it first. It
reads the nouns' glosses as words27 reads a verb's object (:func:`.glosses_beyond_hsk5._kinds`).

Only nouns: an entry that leads with a verb is left to the verb rules; a sense of the
entry's first group that names a noun of the sentence keeps the order.

Pure of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chinese_teach.core.corpus.glosses_beyond_hsk5 import _kinds

#: A sense led by a note in brackets: "(trash) can", "(in a residential building) entrance".
_LED_BY_NOTE = re.compile(r"^\(([^()]+)\)\s+([a-z][a-z ]*)$")
#: A note that says no thing (a field, a register, a grammatical remark).
_NO_THING_NOTE = re.compile(
    r"^(?:of |fig|lit|coll|old|dialect|literary|archaic|bound|tw|slang|loanword|abbr|onom|"
    r"measure|classifier|particle|used|as |after |before |when |often|usu|esp|idiom|formal|"
    r"followed|respectful|humble|polite|honorific|derog|attributive|not |in fixed)", re.I)
#: Modifiers that name no thing ("not good", "very satisfactory" of 难 and 美).
_NO_THING_MODIFIERS = frozenset({"not", "very", "too", "more", "most", "much", "quite", "really",
                                 "less", "least", "rather", "fairly", "pretty", "extremely"})
#: A sense of two words, a modifier and its noun: "flower pot", "mobile data".
_TWO_WORDS = re.compile(r"^([a-z]+) ([a-z]+)$")


def sub_senses(senses: Sequence[str]) -> list[list[str]]:
    """An entry's senses (useful, cleaned), each split at its semicolons."""
    return [[part.strip() for part in sense.split(";") if part.strip()] for sense in senses]


def named_things(sense: str) -> set[str]:
    """The things a noun's sense names besides its head: the words of a leading note
    ("(trash) can": trash; "(in a residential building) entrance": residential, building)
    or of a two-word sense's modifier ("flower pot": flower; "mobile data": mobile).
    Empty for another sense."""
    note = _LED_BY_NOTE.match(sense)
    if note:  # one thing: not a field's list ("(sports or online gaming) rapid dispatch …")
        text = note.group(1)
        return set() if _NO_THING_NOTE.match(text) or " or " in text or "," in text else (
            _kinds(text))
    pair = _TWO_WORDS.match(sense)
    return _kinds(pair.group(1)) - _NO_THING_MODIFIERS if pair else set()


def has_named_later_sense(senses: Sequence[str]) -> bool:
    """Whether a noun's entry (``senses``: its useful senses, cleaned; not led by a verb)
    gives, after its first sense, one that names a thing (:func:`named_things`): its
    sentence may then choose it."""
    if not senses or senses[0].startswith("to "):
        return False
    return any(named_things(x) for group in sub_senses(senses)[1:] for x in group)


def neighbour_sense_first(senses: Sequence[str], neighbour_glosses: Sequence[str],
                          shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a noun (``senses``: its useful senses, cleaned) whose later sense names
    a thing that another noun of its sentence is (``neighbour_glosses``: those nouns'
    glosses, two senses each): that sense leads, then the entry's first (桶 + 垃圾 "(trash)
    can; bucket"). None for an entry led by a verb, where a sense of the first group names
    one of the nouns, or where no later sense does."""
    if not neighbour_glosses or not senses or senses[0].startswith("to "):
        return None
    wanted = _kinds("; ".join(neighbour_glosses))
    if not wanted:
        return None
    groups = sub_senses(senses)
    if any(named_things(x) & wanted for x in groups[0]):
        return None
    for group in groups[1:]:
        for sense in group:
            if named_things(sense) & wanted:
                return shorten([sense, groups[0][0]])
    return None
