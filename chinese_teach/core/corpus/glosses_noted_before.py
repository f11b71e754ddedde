"""A verb's later sense whose note names the noun standing before the verb (issue 15).

CC-CEDICT notes what many verbs' senses are said of: 到期 "to fall due (loan etc); to
expire (visa etc)", 养成 "to cultivate; … to form (a habit)", 回避 "to shun; … to evade (an
issue)". words27's :func:`.glosses_beyond_hsk5.object_note_first` brings such a sense first when
the noun it names stands after the verb (编制 + 一份复习计划). Just as often the noun stands
before the verb in its clause: its subject (我的签证 … 就 + 到期了, 小公司 + 被 … + 收购了),
its topic or a fronted object (这个坏习惯 + 是他小时候 + 养成的, 这个问题 + 他一直在 +
回避). :func:`nouns_before` picks those nouns from the words before the verb, and the
glosser asks ``object_note_first`` with their glosses: the same reading of the notes,
the same guard (the first sense's own note naming the noun keeps the entry's order).

The glosser's exit is :func:`noted_before_first`'s answer, registered in
``gloss_context``: a word with a later noted verb sense is already one its sentence may
decide (words27's check); :func:`has_later_noted_verb_sense` tells the glosser to give
such a word the words before it (``Glosser.decided_by_context``).

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chinese_teach.core.corpus.glosses_beyond_hsk5 import (
    _ADV27_OBJECT_NOTE,
    _kinds,
    object_note_first,
)

#: How many words before the verb are read (its clause, nearest first).
BEFORE_WORDS = 8

#: Words that end the reach back to the verb's subject or topic: a clause's conjunction or
#: a word that starts another predicate's clause (如果 … , 因为 …).
_STOPS = frozenset({"如果", "因为", "所以", "但是", "可是", "虽然", "而且", "然后", "要是"})


def nouns_before(clause_before: Sequence[str], word: str,
                 is_noun: Callable[[str], bool]) -> list[str]:
    """The nouns before ``word`` in its clause (``clause_before``: the words before it,
    nearest first, up to the clause's start) that may be what its sense is said of: words
    of two characters or more that ``is_noun`` accepts (the glosser's test: no person, a
    noun or a word whose gloss leads with no verb or note), nearest first, up to
    :data:`BEFORE_WORDS` words back and not past a conjunction."""
    found: list[str] = []
    for w in clause_before[:BEFORE_WORDS]:
        if w in _STOPS:
            break
        if w != word and len(w) > 1 and is_noun(w):
            found.append(w)
    return found


def clause_before(earlier: Sequence[str], clause_break: str) -> list[str]:
    """The words of the clause before a word's own (``earlier``: the words before it in
    its sentence, nearest first, ``clause_break`` where punctuation parts two clauses),
    nearest first: where the verb's own clause names no noun its note names, the thing it
    is said of may be the topic of the clause before (我的身份证丢了，得去补办 "to reapply
    for (a lost document, card etc)"; words42). Empty for a word in its sentence's first
    clause."""
    if clause_break not in earlier:
        return []
    after = list(earlier[earlier.index(clause_break) + 1:])
    return after[:after.index(clause_break)] if clause_break in after else after


def noted_before_first(senses: Sequence[str], before_glosses: Sequence[str],
                       shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a verb whose entry leads with a verb (``senses``: its useful senses,
    cleaned, across the entries of its reading) when a later sense's note names one of
    the nouns before it (``before_glosses``: their glosses, two senses each): 签证 … 到期
    "to expire (visa etc); to fall due (loan etc)". None when there is no noun before it,
    the first sense's note names it already, or no later note does."""
    if not before_glosses:
        return None
    return object_note_first(senses, "; ".join(before_glosses), shorten)


def has_later_noted_verb_sense(senses: Sequence[str]) -> bool:
    """Whether an entry that leads with a verb (``senses``: its useful senses, cleaned)
    gives, after its first, a verb sense whose note names a kind of thing (到期 "to expire
    (visa etc)"): its sentence may then choose that sense by a noun before it or after it."""
    return len(senses) >= 2 and senses[0].startswith("to ") and any(
        (m := _ADV27_OBJECT_NOTE.match(s)) is not None and bool(_kinds(m.group(1)))
        for s in senses[1:])
