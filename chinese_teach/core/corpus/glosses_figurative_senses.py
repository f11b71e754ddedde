"""A word's figurative sense where the sentence says it of its subject (issue 15).

CC-CEDICT gives many nouns and set phrases their literal sense first and the sense a
sentence means of a person or a matter later: 夜猫子 "owl; (fig.) night owl", 老狐狸 "old
fox; fig. cunning person", 拿手好戏 "the role an actor plays best (idiom); (fig.) one's
specialty", 小菜一碟 "a small appetizer; a piece of cake; very easy (idiom)", 空中楼阁
"pavilion in the air (idiom); unrealistic Utopian construction". Said after 是 of its
subject, ending its clause (他是个夜猫子, 做饺子是我妈妈的拿手好戏, 这件事对他来说是小菜一碟),
the word is what the subject is: the figurative sense leads, the literal one goes after
it. Elsewhere (树上有一只夜猫子) the entry's order stands. A word that names a person
already (小学生 "primary school student; (fig.) beginner") keeps its order: 他是小学生 is
literal.

The glosser's exit is :func:`figurative_said_of`'s answer, registered in
``gloss_context`` (a word with such a sense is one its sentence may decide:
:func:`has_later_figurative_sense`).

Pure of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: A figurative sense's mark ("(fig.) night owl", "fig. cunning person"; not "(lit. and
#: fig.) chameleon", which is no later sense).
_FIGURATIVE = re.compile(r"^\(?fig\.\)?\s*")
#: An idiom's mark inside a sense ("very easy (idiom)", "(idiom) to expand …").
_IDIOM = "(idiom)"

#: The words that say what the subject is, as the cut gives them (是, 真是 "truly is", 只是
#: "is only", 就是, 不是 …).
COPULAS = frozenset({"是", "真是", "就是", "只是", "都是", "也是", "简直是", "算是", "不是",
                     "才是", "正是", "确实是", "不过是", "像是"})

#: How many words may stand between the copula and the word (a measure word, a number, an
#: owner and 的: 是 + 我们 + 家 + 的 + 开心果).
REACH = 5


def figurative_index(senses: Sequence[str]) -> tuple[int, str] | None:
    """Where an entry's figurative sense is (``senses``: its useful senses, cleaned) and
    that sense without its mark: the first later sense marked "(fig.)" or "fig." (夜猫子
    "night owl"), else, where the first sense is no idiom's, the first later sense noted
    "(idiom)" (小菜一碟 "a piece of cake; very easy (idiom)"), else what follows an idiom's
    literal first sense after a semicolon (空中楼阁 "pavilion in the air (idiom);
    unrealistic Utopian construction": index 0, "unrealistic Utopian construction").
    None for an entry of one sense with none of these, or whose first sense is the
    figurative one."""
    if not senses or _FIGURATIVE.match(senses[0]):
        return None
    for k, sense in enumerate(senses[1:], 1):
        if _FIGURATIVE.match(sense):
            return k, _FIGURATIVE.sub("", sense, count=1)
    if _IDIOM not in senses[0]:
        for k, sense in enumerate(senses[1:], 1):
            if _IDIOM in sense:
                return k, sense
        return None
    literal, _, other = senses[0].partition("; ")
    if _IDIOM in literal and other:
        return 0, other
    return None


def has_later_figurative_sense(senses: Sequence[str]) -> bool:
    """Whether an entry (``senses``: its useful senses, cleaned) has a figurative sense
    after its literal one (:func:`figurative_index`): a sentence may then bring it first."""
    return figurative_index(senses) is not None


def said_of_subject(clause_before: Sequence[str], rest: Sequence[str],
                    particles: frozenset[str]) -> bool:
    """Whether a word stands where a sentence says what its subject is: a copula (是, 真是,
    只是 …: :data:`COPULAS`) at most :data:`REACH` words before it in its clause
    (``clause_before``: the words before it, nearest first, up to the clause's start),
    and nothing but particles after it in its clause (``rest``):
    他是个夜猫子, 这件事对他来说是小菜一碟。"""
    if any(w not in particles for w in rest):
        return False
    return any(w in COPULAS for w in clause_before[:REACH + 1])


def figurative_said_of(senses: Sequence[str], clause_before: Sequence[str],
                       rest: Sequence[str], particles: frozenset[str],
                       shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word said of its subject after 是 (:func:`said_of_subject`) whose
    entry gives its literal sense first and a figurative one later (``senses``: its useful
    senses, cleaned; :func:`figurative_index`): the figurative sense leads, then the
    senses after it, then the literal first (夜猫子 "night owl; owl"). None elsewhere. The
    caller leaves out a word that names a person (小学生)."""
    if not said_of_subject(clause_before, rest, particles):
        return None
    found = figurative_index(senses)
    if found is None:
        return None
    k, sense = found
    if k == 0:
        return shorten([sense, *senses[1:], senses[0].partition("; ")[0]])
    return shorten([sense, *senses[k + 1:], *senses[:k]])
