"""Sense choices that reach words above HSK 5 with no curated line (fourteenth session,
words27).

Teachers' sentences meet most of their misses in words of HSK 6, HSK 7-9 and everyday
words outside the lists, glossed from CC-CEDICT by the general rules of
:mod:`.glosses`. These helpers choose among an entry's own senses by what the sentence
shows, never by a word's curated line:

* :func:`own_adjective_first`: after a degree word (很协调) a verb's entry that the
  adjective rule led with a participle ("concerted") leads with the adjective of its own
  the entry gives before it ("harmonious");
* :func:`field_sense_first`: a sense CC-CEDICT labels with a field ("(computing) to
  upgrade", "(traffic) road; track; route") leads when a noun of the class that field
  names stands in the clause (电脑系统 … 升级, 公交线路);
* :func:`correlative_first`: a word said twice in its sentence (一面 … 一面) leads with
  its "simultaneously" sense;
* :func:`object_note_first`: a verb's later sense whose note names the kind of a noun
  after it leads (编制 + 计划 "to put together (a lesson plan, budget etc)");
* :func:`for_a_time_first`: in the adverbial place an entry that leads with a noun leads
  with how long something holds (我一时想不起来 "for a short while").

Each returns the short gloss (one or two senses, then "…") or None to leave the word to
the other rules. Pure functions of the entry's senses and the sentence's words: no
state, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

#: Endings of English words that are adjectives of their own (harmonious, impressive,
#: stylish, comfortable); -al, -ent, -ant and -ed are left out: too many nouns and
#: participles end so (official, agent, plant).
_ADV27_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ical", "istic", "ible", "able", "ive",
                            "ish")
#: Nouns with those endings (a sense that is one of them is no adjective).
_ADV27_NOT_ADJECTIVES = frozenset({
    "relative", "native", "detective", "representative", "executive", "objective",
    "motive", "olive", "archive", "explosive", "adjective", "initiative", "alternative",
    "perspective", "incentive", "directive", "locomotive", "sedative", "laxative",
    "fish", "dish", "wish", "radish", "parish", "polish", "english", "spanish", "rubbish",
    "table", "cable", "fable", "vegetable", "timetable", "constable", "variable",
    "syllable", "receivable", "collectible", "bible", "crucible",
})
_ADV27_WORD = re.compile(r"^[a-z]+$")
#: A participle of one word (concerted, fixed).
_ADV27_PARTICIPLE = re.compile(r"^[a-z]{3,}ed$")


def is_own_adjective(item: str) -> bool:
    """Whether one item of a sense (split at ";") is an English adjective of one word by
    its ending (harmonious, impressive, stylish), not a noun of that ending (relative,
    dish) and not a name (English)."""
    word = item.strip()
    return (len(word) >= 6 and bool(_ADV27_WORD.match(word))
            and word.endswith(_ADV27_ADJECTIVE_ENDINGS) and word not in _ADV27_NOT_ADJECTIVES)


def _items(sense: str) -> list[str]:
    return [x.strip() for x in sense.split(";") if x.strip()]


def _has_own_adjective(sense: str) -> bool:
    """Whether an item of ``sense`` is :func:`is_own_adjective`; a sense with a note
    before its words ("(math.) transitive", "impressive (dialect)") is none."""
    if "(" in sense:
        return False
    return any(is_own_adjective(x.lower()) for x in _items(sense))


def own_adjective_first(senses: Sequence[str], shown: str | None,
                        shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word after a degree word (很协调) where the other adjective rule
    (:func:`.glosses._adjective_first`, whose gloss is ``shown``) led with a participle
    of the verb's entry ("concerted; to coordinate") that the entry gives after an
    adjective of its own (:func:`is_own_adjective`: "harmonious"): the adjectives of
    their own lead, in the entry's order, then the entry's first sense. ``senses``: the
    entry's useful senses, cleaned. None when ``shown`` is None, is led by no participle
    or by one the entry gives first."""
    if shown is None or len(senses) < 2 or not senses[0].startswith("to "):
        return None
    lead = shown.split(";", 1)[0].strip()
    if not _ADV27_PARTICIPLE.match(lead):
        return None
    where = next((i for i, s in enumerate(senses) if lead in _items(s)), None)
    found = [i for i, s in enumerate(senses[1:], start=1) if _has_own_adjective(s)]
    if where is None or not found or found[0] > where:
        return None
    return shorten([senses[i] for i in found[:2]] + [senses[0]])

#: CC-CEDICT field labels and the noun classes (``resources/words/noun_classes.tsv``)
#: whose words in a clause call for that field's sense.
ADV27_FIELD_CLASSES: dict[str, tuple[str, ...]] = {
    "computing": ("software",),
    "traffic": ("vehicles",),
}
_ADV27_FIELD = re.compile(r"\((" + "|".join(ADV27_FIELD_CLASSES) + r")\)")


def field_sense_first(senses: Sequence[str], clause: Iterable[str],
                      in_class: Callable[[str, str], bool],
                      shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word whose entry labels a later sense with a field of
    :data:`ADV27_FIELD_CLASSES` ("(computing) to upgrade", "(traffic) road; track;
    route") when a word of that field's noun class stands in its clause (``clause``:
    the words before and after it in its clause; ``in_class(word, class)``): that sense
    leads, then the entry's first. None when the first sense has the field already, no
    sense has it, or no word of the class is there."""
    if len(senses) < 2 or _ADV27_FIELD.search(senses[0]):
        return None
    labelled = [(i, m.group(1)) for i, s in enumerate(senses[1:], start=1)
                if (m := _ADV27_FIELD.search(s))]
    if not labelled:
        return None
    words = [w for w in clause if w]
    for i, field in labelled:
        if any(in_class(w, c) for w in words for c in ADV27_FIELD_CLASSES[field]):
            return shorten([senses[i], senses[0]] + [s for s in senses[1:] if s != senses[i]])
    return None


_ADV27_AT_ONCE = re.compile(r"\bsimultaneous|\bat the same time\b")


def correlative_first(word: str, senses: Sequence[str], *, rest: Sequence[str],
                      earlier: Sequence[str], following: Sequence[str],
                      shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word of two or more characters said twice in its sentence (一面吃饭
    一面看手机: ``rest``, ``earlier`` and ``following`` are the words around it), whose
    entry has a sense "simultaneously" or "at the same time" that it does not lead with:
    that sense leads. None elsewhere."""
    if len(word) < 2 or len(senses) < 2 or _ADV27_AT_ONCE.search(senses[0]):
        return None
    if word not in rest and word not in earlier and word not in following:
        return None
    for sense in senses[1:]:
        if _ADV27_AT_ONCE.search(sense):
            return shorten([sense, senses[0]])
    return None


def sentence_may_choose(senses: Sequence[str]) -> bool:
    """Whether an entry has, after its first sense, one that :func:`field_sense_first` or
    :func:`correlative_first` may bring first: its sentence may then decide the word."""
    return any(_ADV27_FIELD.search(x) or _ADV27_AT_ONCE.search(x) for x in senses[1:])


#: A verb's sense with a note naming what it is done to: "to stage (a play)", "to lower
#: (prices, wages etc)", "to put together (a lesson plan, budget etc)"; not a note of
#: whom it is said ("(of …)"), of register or of meaning ("(fig.)", "(coll.)").
_ADV27_OBJECT_NOTE = re.compile(
    r"^to [^()]*\((?!of |fig|lit|coll|old|dialect|literary|archaic|computing|TCM)([^()]*)\)")
#: Words of a note or a gloss that name no kind of thing.
_ADV27_NOTE_STOPWORDS = frozenset({
    "etc", "sth", "sb", "one", "ones", "someone", "something", "the", "and", "for", "with",
    "from", "into", "onto", "that", "this", "its", "his", "her", "their", "other", "others",
    "such", "some", "any", "all", "also", "esp", "e.g", "i.e", "used", "person", "people",
    "thing", "things", "way", "time", "make", "made", "take", "have", "get", "give", "put",
})
_ADV27_NOTE_WORD = re.compile(r"[a-z]{3,}")


def _kinds(text: str) -> set[str]:
    """The words of ``text`` that may name a kind of thing, singular (plans -> plan)."""
    out: set[str] = set()
    for word in _ADV27_NOTE_WORD.findall(text.lower()):
        if word in _ADV27_NOTE_STOPWORDS:
            continue
        out.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return out


def object_note_first(senses: Sequence[str], object_gloss: str,
                      shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a verb whose entry leads with a verb (``senses``: its useful senses,
    cleaned, across the entries of its reading) when a later verb sense's note names what
    its object is (编制 + 计划: "to put together (a lesson plan, budget etc)"; the glosses
    of the nouns after it, ``object_gloss``: "plan; project"): that sense leads, then
    the entry's first. None when the first sense's note names the object already, or no later note
    does."""
    if len(senses) < 2 or not senses[0].startswith("to "):
        return None
    wanted = _kinds(object_gloss)
    if not wanted:
        return None
    first = _ADV27_OBJECT_NOTE.match(senses[0])
    if first and _kinds(first.group(1)) & wanted:
        return None
    for sense in senses[1:]:
        found = _ADV27_OBJECT_NOTE.match(sense)
        if found and _kinds(found.group(1)) & wanted:
            return shorten([sense, senses[0]])
    return None


_ADV27_FOR_A_TIME = re.compile(r"^for (?:a |the )(?:short |little |long )?(?:while|moment|time)\b")


def for_a_time_first(senses: Sequence[str], shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a word in the adverbial place (after its subject, before its verb: 我一时
    想不起来) whose entry leads with a noun ("a period of time") and gives a sense of how
    long something holds ("for a short while", "for a moment", "for the time being"):
    that sense leads, then the entry's first. None when the entry leads with a verb, an
    adverb of that kind already, or has none."""
    if len(senses) < 2 or senses[0].startswith(("to ", "for ")):
        return None
    for sense in senses[1:]:
        for item in _items(sense):
            if _ADV27_FOR_A_TIME.match(item):
                return shorten([item, senses[0]])
    return None
