"""Learner glosses decided by a word's place in its clause (issue 15, words32).

Places where CC-CEDICT's first sense is not the one the sentence uses:

* a degree complement: a word after a verb or adjective + 得 that ends its clause and
  whose entry gives an intensifier sense ("extremely", "terribly", "unbearably") reads
  as that intensifier (饿得要命 "extremely", 热得不得了, 闷得慌 "unbearably"), not as its
  first sense ("to cause sb's death", "desperately serious", "to get panicky");
* an adjective's place at a clause's end: after a degree word (很, 真 …) with only
  particles after it, an entry that leads with a verb or a noun phrase and gives an
  adjective of its own later (讨厌 "to dislike … disagreeable", 和睦 "peaceful relations /
  harmonious") leads with that adjective (这个人真讨厌 "disagreeable", 一家人很和睦
  "harmonious"); with an object after it (我很讨厌他) the verb stays first;
* a measure word after 上/下 "last/next" and before the noun it counts (下节课) leads
  with its measure-word sense, as after a demonstrative (这节课);
* before 地, a word whose entry forms no adverb of an adjective sense of its own leads
  with its adverbial phrase ("to one's satisfaction": 满意地点了点头) or with the -ly
  adverb of the adjective its verb sense names ("to be patient": 耐心地 "patiently", "to
  feel happy": 开心地 "happily").

The functions read only the entry's senses and the words around the word; the glosser
(:mod:`.glosses`) calls them where no curated line's condition chose a gloss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from chinese_teach.core.corpus.glosses_beyond_hsk5 import is_own_adjective

#: Words before a measure word that count what follows without a number: 下节课 "the next
#: class", 上节课.
_CLASS32_NEXT_LAST = frozenset({"上", "下"})
#: The measure words of things in a sequence that 上/下 count as last/next (lessons,
#: sessions, trips, episodes, issues: 下节课, 上集); not 起, 盘 …, which 上/下 take as their
#: verb's (下起雨来, 下盘棋).
_CLASS32_IN_SEQUENCE = frozenset({"节", "堂", "届", "趟", "篇", "段", "集", "期"})

#: Senses of an intensifier, as CC-CEDICT words them after 得 ("extremely", "terribly",
#: "(coll.) (after 得) unbearably").
_CLASS32_INTENSIFIERS = ("extremely", "terribly", "awfully", "exceedingly", "unbearably",
                         "dreadfully", "to death")
#: A note before a sense's words: "(coll.) (after 得) unbearably".
_CLASS32_NOTES = re.compile(r"^(?:\([^()]*\)\s*)+")


def _class32_items(sense: str) -> list[str]:
    return [x.strip() for x in sense.split(";") if x.strip()]


def _class32_intensifier(sense: str) -> bool:
    """Whether ``sense`` (its notes taken off) starts with an intensifier."""
    words = _CLASS32_NOTES.sub("", sense).strip().lower()
    return words.startswith(_CLASS32_INTENSIFIERS)


def degree_complement_first(senses: Sequence[str], prev: str, rest: Sequence[str],
                            particles: frozenset[str],
                            shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word standing as the degree complement of a verb or adjective
    (``prev`` is 得, only ``particles`` after it in its clause: 饿得要命。) whose entry
    gives an intensifier sense after another first sense: the intensifier senses lead,
    their notes dropped, then the entry's first ("extremely; terribly; to cause sb's
    death"). None elsewhere, or when the entry has no such sense or leads with one."""
    if prev != "得" or any(w not in particles for w in rest) or len(senses) < 2:
        return None
    if _class32_intensifier(senses[0]):
        return None
    found = [_CLASS32_NOTES.sub("", s).strip() for s in senses[1:]
             if _class32_intensifier(s)]
    if not found:
        return None
    return shorten([*found[:2], senses[0]])


def _leads_with_adjective(sense: str) -> bool:
    """Whether a sense's first item is a word of its own (harmonious, "sharp (e.g. knife
    blade)"), an adjective before its infinitive or another ("unpleasant to hear", "simple
    and honest"), or has a note before it ("(of clothing) tight"): such an entry is read as
    it stands. A verb ("to dislike") or a noun phrase ("peaceful relations") is not."""
    items = _class32_items(sense)
    first = items[0] if items else ""
    if first.startswith("("):
        return True
    if first.startswith("to "):
        return False
    words = re.sub(r"\([^()]*\)", " ", first).split()
    # one word, its note dropped ("sharp (e.g. knife blade)"), or an adjective before its
    # infinitive or another adjective ("unpleasant to hear", "simple and honest")
    return len(words) <= 1 or words[1] in ("to", "and", "or")


def clause_end_adjective_first(senses: Sequence[str], after_degree: bool,
                               rest: Sequence[str], particles: frozenset[str],
                               shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word after a degree word that ends its clause (only ``particles``
    after it: 真讨厌。, 很和睦。) whose entry leads with a verb ("to dislike") or a noun
    phrase of more than one word ("peaceful relations") and gives, later, adjectives of
    one word of their own (:func:`.glosses_beyond_hsk5.is_own_adjective`: "disagreeable",
    "harmonious"): the senses holding those adjectives lead, then the entry's first.
    None elsewhere (我很讨厌他: an object follows), or for an entry led by a sense of
    one word or by a note."""
    if not after_degree or any(w not in particles for w in rest) or len(senses) < 2:
        return None
    if _leads_with_adjective(senses[0]):
        return None
    found = [s for s in senses[1:] if "(" not in s
             and any(is_own_adjective(x.lower()) for x in _class32_items(s))]
    if not found:
        return None
    return shorten([*found[:2], senses[0]])


def counted_after_next_or_last(word: str, prev: str, earlier: Sequence[str],
                               rest: Sequence[str], noun_like: Callable[[str], bool]) -> bool:
    """Whether ``word``, a measure word of things in a sequence (节, 集, 期 …), stands after
    上/下 "last/next" with the noun it counts after it (下 + 节 + 课, 上 + 节 + 课): the
    word is read like one after a demonstrative (这节课). Not where no noun follows, nor
    when ``earlier`` (the words before, nearest first) is given and does not start with
    上/下."""
    if word not in _CLASS32_IN_SEQUENCE or prev not in _CLASS32_NEXT_LAST or not rest or (
            not noun_like(rest[0])):
        return False
    # ``earlier`` may be left empty where the glosser has no need of it
    return not earlier or tuple(earlier[:1]) == (prev,)


#: A verb sense that names a state by an adjective: "to be patient", "to feel happy".
_CLASS32_STATE = re.compile(r"^to (?:be|feel) ([a-z]+)$")
#: Endings of the adjective after "to be" that no other test knows as one ("patient").
_CLASS32_STATE_ENDINGS = ("ent", "ant")
#: An adverbial phrase of a sense: "to one's satisfaction", "with pleasure".
_CLASS32_PHRASE = re.compile(r"^(?:to one's|with) [a-z' -]+$")


def adverb_before_de(senses: Sequence[str], is_adjective: Callable[[str], bool],
                     ly_adverb: Callable[[str], str | None],
                     shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word before 地 whose entry gave no adverb of its own (the glosser's
    adverbial rule found none): the first item of its senses that is an adverbial phrase
    ("to one's satisfaction") or a verb of a state named by an adjective (``is_adjective``,
    or one in -ent/-ant: "to be patient" -> ``ly_adverb`` "patiently") leads, then the
    entry's first sense.
    None when no item is either."""
    for sense in senses:
        for item in _class32_items(_CLASS32_NOTES.sub("", sense)):
            if _CLASS32_PHRASE.match(item):
                return shorten([item] + [x for x in senses[:1] if x != sense])
            state = _CLASS32_STATE.match(item)
            if state and (is_adjective(state.group(1))
                          or state.group(1).endswith(_CLASS32_STATE_ENDINGS)):
                adverb = ly_adverb(state.group(1))
                if adverb:
                    return shorten([adverb, senses[0]])
    return None
