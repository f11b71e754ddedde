"""Places in a sentence that the seventeenth session's words38 reads (issue 15).

Each function here reads the words around a word (or its dictionary senses) and is asked
by :meth:`.glosses.Glosser.gloss`; none returns a gloss of its own that a sentence chose
(they move the place the glosser reads), so ``gloss_context`` needs no new helper.

* :func:`number_before_about`: a measure word after a number and an approximate 多/来/几
  (一百多 + 名 + 老师, 三千多 + 米, 十几 + 张): the number counts it as if it stood next
  to it, so the measure word's "after a number" readings hold (三 + 名, 五百 + 米).

* :func:`object_class_note_first`: a one-character verb whose later sense's note names the
  kind of its object, read from the object's gloss or from the noun class it is of (踢 +
  足球 "to play (e.g. soccer)", 弹 + 钢琴 "to play (a string instrument)": 钢琴 is of the
  class instruments; 订 + 报纸 "to subscribe to (a newspaper etc)").

* :func:`attributive_place` and :func:`later_adjective_first`: a word whose entry leads
  with a noun and gives an adjective later, before 的 and a person or a noun of a class
  that it describes, after no possessor (一名 + 专业 + 的 + 摄影师 "professional", 过上 +
  幸福 + 的 + 生活 "happy"; not 我们 + 专业 + 的 + 老师, nor 有 + 耐心 + 的 + 老师).

* :func:`noun_sense_first`: a one-character word after a counted measure word
  (:func:`counted_thing_place`), ending its clause,
  whose entry leads with a verb (一个 + 伤 "injury", 一个 + 扣 "button"): its first noun
  sense leads.

* :func:`unit_after_number`: the word before a word is a unit counted by the number
  before it (八百 + 克 + 左右, 两 + 升): the condition "after-amount" holds, though
  CC-CEDICT names no classifier sense of 克, 升 or 厘米.

* :func:`person_noun`: a word of two characters or more of the noun class people is a
  person for every rule that reads one (接 + 客户 "to meet", before-person lines).

* :func:`stand_in_nouns`: a measure word after a demonstrative or a number, with no noun
  after it, stands for the noun it counts; where its CC-CEDICT classifier note names a noun
  class (件 "classifier for events, things, clothes etc": clothes), the words before a word
  read a noun of that class in its place (这件有点儿肥 "loose", 这件太瘦了 "(of clothing)
  tight").

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from chinese_teach.core.corpus.glosses_beyond_hsk5 import object_note_first
from chinese_teach.core.text.pieces import is_number

#: Words of an approximate amount between a number and its measure word (一百多名, 三十来个,
#: 十几张; 余 in writing: 三十余名).
ABOUT_AFTER_NUMBER = frozenset({"多", "来", "几", "余"})


def number_before_about(prev: str, earlier: tuple[str, ...], word: str,
                        is_measure: Callable[[str], bool]) -> tuple[str, tuple[str, ...]] | None:
    """The number and the words before ``word`` read without the 多/来/几/余 between the
    number and ``word`` (``prev`` is that word, ``earlier`` the words before ``word``
    nearest first, ``prev`` first): ``("一百", earlier[1:])`` for 一百 + 多 + 名; None
    unless ``prev`` is such a word right after a number and ``word`` is a measure word
    (``is_measure``: CC-CEDICT names it a classifier). 很 + 多 + 名 (no number) and 多 +
    年 after no number are left."""
    if prev not in ABOUT_AFTER_NUMBER or earlier[:1] != (prev,) or len(earlier) < 2:
        return None
    number = earlier[1]
    if not is_number(number) or not is_measure(word):
        return None
    return number, earlier[1:]


def about_after_number(prev: str, before_prev: str) -> bool:
    """Whether ``prev`` is an approximate 多/来/几/余 right after the number ``before_prev``
    (一百 + 多): the word after it then needs its sentence's earlier words read
    (:func:`number_before_about`)."""
    return prev in ABOUT_AFTER_NUMBER and is_number(before_prev)


def counted_unit(senses: Iterable[str]) -> bool:
    """Whether an entry's senses name it a unit that a number counts the way it counts a
    measure word: CC-CEDICT's "meter (classifier)" (米)."""
    return any(s.endswith("(classifier)") for s in senses)


class _Class(Protocol):
    name: str
    notes: frozenset[str]

    def has(self, word: str) -> bool: ...


#: Senses whose note names no object: a preposition's (到 "to (a place)") and a motion's,
#: whose note names where one goes (钻 "to enter (a hole)": 钻了一个洞 drills it).
_NO_OBJECT_NOTE = ("to (", "to enter", "to go ", "to come ", "to get into", "to get in ")

#: Classes whose name is too wide to name a verb's object in a note: 家 is of places, but
#: 到 "to (a place)" and 去 "to go (to a place)" read no object's kind.
_WIDE_CLASSES = frozenset({"times", "adjectives", "ways", "places", "people", "love", "land",
                           "life", "character", "jobs"})


#: (the classes last asked, noun -> its class words): :func:`class_words`.
_CLASS_WORDS: list[tuple[Mapping[str, _Class], dict[str, str]]] = []


def class_words(noun: str, classes: Mapping[str, _Class]) -> str:
    """The names of the noun classes ``noun`` is of that have no note words of their own
    and are no wide class (:data:`_WIDE_CLASSES`), as a gloss-like text (钢琴:
    "instruments"); "" for none. A class with note words is left out: its notes name
    several kinds (food: "food, meat, vegetables, dish"), and 咸菜 is no meat (腌).
    Kept per noun for the ``classes`` last asked (issue 23, speed22b: a 10k reader asked
    every class of about 700 nouns, 30,000 tests, at each verb they follow)."""
    kept = _CLASS_WORDS[0] if _CLASS_WORDS else None
    if kept is None or kept[0] is not classes or len(kept[1]) > 50_000:
        kept = (classes, {})
        _CLASS_WORDS[:] = [kept]
    found = kept[1].get(noun)
    if found is None:
        found = kept[1][noun] = "; ".join(
            c.name for c in classes.values()
            if c.has(noun) and not c.notes and c.name not in _WIDE_CLASSES)
    return found


def object_class_note_first(senses: Sequence[str], nouns: Sequence[str],
                            gloss_of: Callable[[str], str], classes: Mapping[str, _Class],
                            shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a one-character verb (``senses``: its useful senses, cleaned, across
    the entries of its reading) whose later sense's note names the kind of the nouns
    after it (``nouns``: its object's words): that sense leads, then the first
    (:func:`.glosses_beyond_hsk5.object_note_first`). A noun's kinds are the words of its own
    gloss's first two senses (``gloss_of``) and of the classes it is of
    (:func:`class_words`: 钢琴 is of instruments). A preposition's sense, "to" and a note
    only (到 "to (a place)"), and a motion's (钻 "to enter (a hole)") name no verb's object
    and are left out. None when no noun is
    given or no later note names its kind."""
    if not nouns:
        return None
    senses = [s for s in senses if not s.startswith(_NO_OBJECT_NOTE)]
    text = "; ".join(filter(None, (
        *(";".join(gloss_of(n).split(";")[:2]) for n in nouns),
        *(class_words(n, classes) for n in nouns))))
    return object_note_first(senses, text, shorten)


#: Words between a verb and its object that are no part of it (烧 + 了 + 一壶 + 水).
_BEFORE_OBJECT = frozenset({"了", "过", "着", "一下", "一下儿", "上", "完", "好"})


def object_words(rest: Sequence[str], gloss_of: Callable[[str], str],
                 noun_like: Callable[[str], bool]) -> list[str]:
    """The words of the object after a verb (``rest``: the words after it in its clause):
    past an aspect particle, 一下 and an amount (a number, a measure word), the nouns up
    to the first word that is neither a noun (``noun_like``) nor glossed as a thing (a
    gloss led by "to " or "(" is a verb's, a measure word's or a particle's). 订 + 一份 +
    报纸: [报纸]."""
    out: list[str] = []
    for w in rest[:5]:
        shown = gloss_of(w)
        if not out and (w in _BEFORE_OBJECT or is_number(w) or w[:1] in "一两几这那哪每"
                        or shown.startswith("(measure word")):
            continue
        if not noun_like(w) and (not shown or shown.startswith(("to ", "("))):
            break
        out.append(w)
    return out


#: Endings of an English sense that make it no noun (interesting, useful, famous, active).
#: (Not -al, -y, -ent: animal, economy, student are nouns.)
_ADJECTIVE_LIKE = ("ing", "ful", "ous", "ive", "able", "ible", "ic", "ed")

#: Words after which a noun is what one has, not a quality: 有 + 耐心 + 的 + 老师.
_HAVING = frozenset({"有", "没有", "没", "很有", "富有", "具有"})


def attributive_place(prev: str, rest: Sequence[str], is_head: Callable[[str], bool],
                      is_possessor: Callable[[str], bool]) -> bool:
    """Whether a word stands where it describes the noun after 的 (``rest``: the words
    after it in its clause): 的 next, then a head noun (``is_head``: a person or a noun of
    a class: 摄影师, 生活, 节日), and the word before it (``prev``) is no possessor
    (``is_possessor``: a person or a noun; 我们 + 专业 + 的 + 老师 "our major's teachers")
    nor 有 (有 + 耐心 + 的 + 老师: a noun one has)."""
    return (len(rest) > 1 and rest[0] == "的" and is_head(rest[1])
            and prev not in _HAVING and not (prev and is_possessor(prev)))


def later_adjective_first(senses: Sequence[str], is_adjective: Callable[[str], bool],
                          related: str | None,
                          shorten: Callable[[list[str]], str], *,
                          curated: bool = False) -> str | None:
    """The gloss of a word whose entry leads with a noun (``senses``: its useful senses)
    in an adjective's place: the adjective of its first noun (``related``, the glosser's
    :func:`~.glosses._adjective_first`: health -> "healthy") or else, where ``senses``
    are a curated line's (``curated``), its first later sense that is an adjective
    (``is_adjective``: 专业 "professional") leads, then its first sense; an entry's
    unrelated adjective is not read (大量 "great amount … generous"). None when the
    first sense is a verb's or an adjective already (also by its ending: 有意思
    "interesting"), or no later sense is one."""
    if len(senses) < 2:
        return None
    first = senses[0].split(" (")[0]
    if first.startswith("to ") or is_adjective(senses[0]) or (
            first.endswith(_ADJECTIVE_LIKE)):  # 有意思 "interesting": an adjective
        return None
    if related is not None:
        return related
    if not curated:  # 大量 "great amount … generous": an unrelated adjective of the entry
        return None
    for sense in senses[1:]:
        if is_adjective(sense):
            return shorten([sense, senses[0]])
    return None


#: Senses that name no thing: a bound form, a classifier, a cross-reference.
_NO_THING = ("(bound form)", "(classifier", "classifier for", "variant of", "old variant",
             "see ", "used in", "(measure word", "(particle", "also pr.", "verb suffix")
#: Measure words of time and of doing, after which a verb comes (几点 + 起, 三天 + 到, 一次 +
#: 去): no noun is counted.
_TIME_AND_DOING = frozenset("点分刻秒次遍下回趟顿阵声步天年月日周岁")
#: Words before a measure word that count it (besides numbers).
_COUNTING = frozenset({"这", "那", "哪", "每", "几", "半"})


def counted_thing_place(prev: str, before_prev: str, is_measure: Callable[[str], bool]) -> bool:
    """Whether a word stands where a counted thing does: after a measure word (``prev``,
    ``is_measure``; 个 and 位 always) that a number or a demonstrative (``before_prev``)
    counts, and no measure word of time or of doing (几点 + 起, 一次 + 去): 一个 + 伤,
    这张 + 卡. Not after 听 of 我听完了 (no number before it)."""
    return (bool(prev) and prev not in _TIME_AND_DOING
            and (is_number(before_prev) or before_prev in _COUNTING)
            and (prev in ("个", "位") or is_measure(prev)))


def noun_sense_first(senses: Sequence[str], shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a one-character word in a noun's place (after a measure word, at its
    clause's end: 一个 + 伤) whose entry (``senses``: its useful senses) leads with a verb
    ("to injure"): its first sense that is no verb, bound form nor classifier ("injury")
    leads, then its first. None when the entry leads with no verb or has no such sense."""
    if len(senses) < 2 or not senses[0].startswith("to "):
        return None
    for sense in senses[1:]:
        if not sense.startswith("to ") and not sense.startswith(_NO_THING) and (
                sense[:1].isalpha()):
            return shorten([sense, senses[0]])
    return None


def unit_after_number(prev: str, earlier: Sequence[str]) -> bool:
    """Whether ``prev`` (the word before a word; ``earlier``: the words before it, nearest
    first, ``prev`` first) stands right after a number, so that it counts an amount of
    what it names (八百 + 克, 两 + 升, 三十 + 厘米): the word after it follows an amount."""
    return bool(prev) and len(earlier) > 1 and earlier[0] == prev and (
        is_number(earlier[1])) and not is_number(prev)


def person_noun(word: str, classes: Mapping[str, _Class]) -> bool:
    """Whether ``word`` (two characters or more) is of the noun class people of
    ``resources/words/noun_classes.tsv`` (客户, 司机, 顾客): a person. One-character words
    of the class (人) are left to the glosser's own list."""
    people = classes.get("people")
    return len(word) > 1 and people is not None and people.has(word)


def class_named_by_measure(senses: Iterable[str], classes: Mapping[str, _Class]) -> str | None:
    """The name of the noun class whose note words a measure word's classifier sense names
    (件 "classifier for events, things, clothes etc": clothes; a plural read as its
    singular, books as book); None for none or for more than one."""
    named: set[str] = set()
    for sense in senses:
        if not sense.startswith("classifier for "):
            continue
        words = {w.strip(" .()").lower() for w in sense.removeprefix("classifier for ")
                 .replace(" etc", "").split(",")}
        words |= {w[:-1] for w in words if w.endswith("s")}  # books -> book
        named |= {name for name, c in classes.items() if c.notes & words}
    return next(iter(named)) if len(named) == 1 else None


def stand_in_nouns(earlier: tuple[str, ...], stand_in: Callable[[str], str | None],
                   noun_like: Callable[[str], bool], clause_break: str) -> tuple[str, ...]:
    """``earlier`` (the words before a word, nearest first) with each measure word of the
    word's own clause that stands alone — a demonstrative or a number before it, no noun
    after it (这 + 件 + 有点儿) — replaced by ``stand_in(measure)``, a noun of the class
    its classifier note names (:func:`class_named_by_measure`), where there is one."""
    out = list(earlier)
    for k in range(1, len(out) - 1):
        if out[k] == clause_break:
            break
        before, after = out[k + 1], out[k - 1]
        if not (before in _COUNTING or is_number(before)) or noun_like(after):
            continue
        noun = stand_in(out[k])
        if noun is not None:
            out[k] = noun
    return tuple(out)
