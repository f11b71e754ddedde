"""A one-character verb's sense chosen by the object it governs (collo18, issue 15).

CC-CEDICT holds thousands of verb-object words whose gloss says which sense of their verb
they use: 打电话 "to make a telephone call" uses 打's "to make", 补课 "to make up for
missed lesson" 补's "to make up for", 交朋友 "to make friends" 交's "to make friends"
(得分 "to score" names no sense of 得's: such words decide nothing). Before an object, a
one-character verb takes the sense that the dictionary words it forms with that object, or
with objects like it, use:

1. **the same object**: the verb and the object make a dictionary word (打 + 了一个 +
   电话: 打电话);
2. **an object sharing its head**: words of the verb whose other part has the object's
   head character (:func:`object_head`: the last, or the one before a noun suffix; 中 +
   病毒: 中毒; 交 + 笔友: 交友);
3. **an object of its class**: words of the verb whose other part is of a noun class the
   object is of (not too wide a class: :func:`class_test`), two words at least.

The first of these that finds a word whose gloss's verb (its head verb, "make" of "to make
a telephone call"; "be poisoned" for a light verb, "to be"/"to get") is the head verb of one
sense of the verb decides; a sense that more of those words use wins, and a tie between
two senses decides nothing. The chosen sense leads, then the sense the word shows
anyway. None where that sense leads already or no word decides.

The glosser asks :func:`collocation_first` for a one-character word that shows a verb,
a noun or an adjective first (梳 "a comb"; not 跟 "with"), with an object after it
(:func:`object_nouns`: past 了/过, an amount and a measure word, a run of nouns that ends
the object), where no curated line's condition held, unless it completes the verb before
it (:func:`completes_a_verb`: 蒙 + 住 + 了眼睛). On the tuned lines of one character
(6,945) it changes 11 first senses, fixes 4 and breaks none. A sense the shown gloss
prints already (its first two items) stays where it is. Pure of Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

#: A verb whose head alone says too little: its next word joins it ("be hit", "get rid").
_LIGHT_VERBS = frozenset({"be", "get", "become", "have", "make", "take", "give", "go",
                          "come", "put", "set", "do"})

#: Words of a gloss that are no verb's head: articles, particles and CC-CEDICT's notes.
_SKIP = frozenset({"a", "an", "the", "sb", "sth", "sb's", "one's", "oneself", "etc",
                   "e.g.", "i.e."})

_NOTE = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z][a-z'-]*")


class Compound(Protocol):
    """A dictionary word that begins with the verb (its entry's fields the rule reads)."""

    simplified: str
    syllables: tuple[str, ...]
    senses: tuple[str, ...]
    proper: bool


def sense_items(senses: Iterable[str]) -> list[str]:
    """The items of ``senses``, split at semicolons, stripped (CC-CEDICT gives "to turn on;
    to put in operation" as one sense)."""
    return [i.strip() for s in senses for i in s.split(";") if i.strip()]


#: Words between a verb and its object that are no part of it (交 + 了 + 很多 + 朋友).
_BEFORE_OBJECT = frozenset({"了", "过", "一下", "一下儿", "很", "多", "很多", "许多", "不少",
                            "一些", "好多", "好几", "这么多", "那么多", "多少", "几"})

#: Words after a noun that make it a modifier or a place, not the object (桌子 + 上 + 的
#: + 杯子, 桌子 + 上).
_NOT_OBJECT_END = frozenset({"的", "上", "里", "下", "中", "外", "前", "后", "边", "上边",
                             "里边", "旁边", "上面", "里面", "和", "跟", "与"})


def object_nouns(rest: Sequence[str], gloss_of: Callable[[str], str],
                 noun_like: Callable[[str], bool],
                 is_number: Callable[[str], bool]) -> list[str]:
    """The nouns of the object of a verb (``rest``: the words after it in its clause): past
    了/过, a quantity word (很多) and an amount (a number, 一件, 这个: a word glossed as
    a measure word's), the run of nouns (``noun_like`` and not glossed as a verb: 毛衣
    "(wool) sweater"; or a word glossed as no verb nor with a note, right before one: 中国
    + 朋友) up to the first word that is not one; [] when no
    noun follows, or the run is a modifier or a place (a noun before 的, 上, 里 …:
    :data:`_NOT_OBJECT_END`)."""
    i = 0
    while i < len(rest) and i < 4 and (
            rest[i] in _BEFORE_OBJECT or is_number(rest[i])
            or "(measure word" in gloss_of(rest[i])):
        i += 1
    run: list[str] = []
    while i < len(rest) and not gloss_of(rest[i]).startswith("to ") and (
            noun_like(rest[i]) or (  # 中国 + 朋友: a word before a noun describes it
                i + 1 < len(rest) and rest[i] not in _NOT_OBJECT_END
                and not gloss_of(rest[i]).startswith("(") and noun_like(rest[i + 1]))):
        run.append(rest[i])
        i += 1
    if run and not noun_like(run[-1]):
        return []
    if i < len(rest) and rest[i] in _NOT_OBJECT_END:
        return []
    return run


#: Characters that end a noun without being its head (杯子: 杯, 石头: 石).
_NOUN_SUFFIXES = frozenset("子儿头们")


#: One-character words that complete the verb before them (蒙 + 住, 存 + 进, 拿 + 走): their
#: object is the verb's, not theirs.
_RESULT_CHARS = frozenset("住进出上下回过起开到走掉完好成懂见在给倒满光透坏错清动")

#: One-character words before a verb that are no verb it completes (要 + 回 + 家, 去 + 上 + 课).
_BEFORE_A_VERB = frozenset("要想能会得该敢肯去来愿别快再先又也还就才都不没")


def completes_a_verb(word: str, prev: str, gloss_of: Callable[[str], str]) -> bool:
    """Whether ``word`` is a result or direction after the one-character verb ``prev``
    (``gloss_of``: its gloss leads with "to "): 蒙 + 住 + 了眼睛, 存 + 进 + 了银行; the
    object after it is the verb's, and 住手 "to stop" says nothing of it."""
    return (word in _RESULT_CHARS and len(prev) == 1 and prev not in _BEFORE_A_VERB
            and gloss_of(prev).startswith("to "))


def object_head(obj: str) -> str:
    """The character that heads the noun ``obj``: its last, or the one before a noun
    suffix (杯子: 杯; 病毒: 毒)."""
    if len(obj) > 1 and obj[-1] in _NOUN_SUFFIXES:
        return obj[-2]
    return obj[-1]


#: English words that lead a function word's gloss: a preposition's, a conjunction's, an
#: adverb's (跟 "with", 对 "towards", 就 "then").
_FUNCTION_LEADS = frozenset({
    "with", "and", "for", "from", "at", "in", "on", "by", "than", "towards", "toward", "as",
    "if", "because", "or", "but", "again", "also", "already", "still", "very", "just", "only",
    "not", "all", "both", "then", "to", "about", "according", "since", "until", "till",
    "each", "every", "this", "that", "more", "most", "even", "too", "once", "after", "before",
    "into", "onto", "via", "per", "while", "when", "whether", "so", "of", "up", "down"})


def _function_word(item: str) -> bool:
    """Whether ``item`` (the first item a word shows) is a function word's: a note
    ("(measure word for …)", "(particle …)"), or led by a preposition, a conjunction or
    an adverb (:data:`_FUNCTION_LEADS`; "to" only when no verb follows it: "to (a
    place)")."""
    text = item.strip().lower()
    if not text or text.startswith("("):
        return True
    if verb_key(text) is not None:
        return False
    return text.split()[0].strip(",") in _FUNCTION_LEADS


def verb_key(item: str) -> str | None:
    """The head verb of a verb's gloss item ("to make a telephone call": "make"; "to be
    hit by": "be hit"; "(of a vehicle) to start": "start"); None for an item that is no
    verb's ("flower", "since"). A light verb (:data:`_LIGHT_VERBS`) takes the next word
    with it, so "to make friends" and "to make a call" differ ("make friends", "make"):
    an article between them ends the key."""
    text = _NOTE.sub(" ", item.lower()).strip()
    if not text.startswith("to "):
        return None
    words = text[3:].split()
    if not words or not _WORD.fullmatch(words[0]):
        return None
    head = words[0]
    if head in _LIGHT_VERBS and len(words) > 1 and words[1] not in _SKIP and (
            _WORD.fullmatch(words[1])):
        return f"{head} {words[1]}"
    return head


def _compound_keys(compound: Compound) -> list[str]:
    """The head verbs of the first two senses of a compound's entry (one per sense)."""
    keys = []
    for sense in compound.senses[:2]:
        for item in sense_items([sense])[:1]:
            key = verb_key(item)
            if key is not None:
                keys.append(key)
    return keys


def _object_part(verb: str, compound: Compound) -> str:
    """The part of ``compound`` after its verb (打电话: 电话)."""
    return compound.simplified[len(verb):]


def matching_compounds(verb: str, syllable: str, obj: str, compounds: Sequence[Compound],
                       in_class: Callable[[str, str], bool]) -> list[list[Compound]]:
    """The words of ``verb`` read ``syllable`` (``compounds``: its dictionary words of
    two or three characters) for the object ``obj``, nearest first: the same object, those
    sharing its head, those of its class (``in_class(word, object)``: a narrow noun class
    holds both)."""
    own = _own_words(verb, syllable, compounds)
    same = [c for c, part, _ in own if part == obj]
    head = object_head(obj)
    sharing = [c for c, part, its_head in own if part != obj and its_head == head]
    kind = [c for c, part, its_head in own if part != obj and its_head != head
            and in_class(part, obj)]
    return [same, sharing, kind]


#: (verb, reading) -> the compounds list read and its own words (:func:`_own_words`).
_OWN: dict[tuple[str, str], tuple[Sequence[Compound], list[tuple[Compound, str, str]]]] = {}


def _own_words(verb: str, syllable: str,
               compounds: Sequence[Compound]) -> list[tuple[Compound, str, str]]:
    """The common words of ``compounds`` that begin with ``verb`` read ``syllable``, each
    with its object part and that part's head, in order; kept per verb and reading for the
    same ``compounds`` (a verb's hundreds of words are read once, not at each object:
    issue 23, speed20)."""
    kept = _OWN.get((verb, syllable))
    if kept is not None and kept[0] is compounds:
        return kept[1]
    own = [(c, part, object_head(part)) for c in compounds
           if not c.proper and c.simplified.startswith(verb)
           and c.syllables[:1] == (syllable,) and len(c.simplified) > len(verb)
           for part in (_object_part(verb, c),)]
    if len(_OWN) > 4096:
        _OWN.clear()
    _OWN[(verb, syllable)] = (compounds, own)
    return own


def chosen_item(verb_items: Sequence[str], tiers: Sequence[Sequence[Compound]]) -> str | None:
    """The item of ``verb_items`` (the verb's sense items) whose head verb the nearest
    tier of ``tiers`` that uses any of them uses most; None when no word of any tier uses
    one, or two items tie. The class tier (the third) needs two words: one word of a
    class is often a figure of speech (做文章 "to make a fuss")."""
    keyed = [(verb_key(i), i) for i in verb_items]
    by_key: dict[str, str] = {}
    for key, item in keyed:
        if key is not None:
            by_key.setdefault(key, item)
    for n, tier in enumerate(tiers):
        votes: dict[str, int] = {}
        for compound in tier:
            for key in dict.fromkeys(_compound_keys(compound)):
                if key in by_key:
                    votes[key] = votes.get(key, 0) + 1
                    break  # a word votes once, for its first sense that matches
        if not votes:
            continue
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if (len(ranked) > 1 and ranked[0][1] == ranked[1][1]) or (n == 2 and ranked[0][1] < 2):
            return None
        return by_key[ranked[0][0]]
    return None


def collocation_first(verb: str, syllable: str, verb_items: Sequence[str], shown: str,
                      *, objects: Sequence[str], compounds: Sequence[Compound],
                      in_class: Callable[[str, str], bool],
                      shorten: Callable[[list[str]], str],
                      same_word_only: bool = False, head_words: bool = False) -> str | None:
    """The gloss of the one-character verb ``verb`` read ``syllable`` (numbered, lower
    case) before its object (``objects``: the object's words, its head last) where the
    dictionary words it forms with that object or objects like it use one of its sense
    items (``verb_items``: its items, the curated line's first; :func:`chosen_item`):
    that item leads, then the first item of ``shown`` (the gloss the word shows anyway).
    None when no object is given, ``shown`` leads with a function word's sense (a
    preposition's "with", a measure word's note: :func:`_function_word`), no word decides,
    or the chosen item's head verb is that of one of the two items ``shown`` prints first
    (a learner reads it already: 拍 + 手 stays "to pat; to clap", 钻 + 洞 "to drill; to
    bore"). The verb-object word of the object itself whose verb is none of the verb's
    senses decides first: its verb leads (:func:`own_word_item`, collo20).
    ``same_word_only``: only the word of the verb and the object itself speaks (an object
    read as the clause's topic, which may be the verb's doer). ``head_words``: the object is
    a thing (no place, person or time), so the word of the verb and the object's head may
    decide too where the object is a kind of its head (开 + 中药: 开药, collo21)."""
    shown_items = sense_items([shown])[:2]
    if not objects or not objects[-1] or not shown_items or _function_word(shown_items[0]):
        return None  # (跟 + 别人 "with", not 跟人 "(of a woman) to marry sb")
    tiers = matching_compounds(verb, syllable, objects[-1], compounds, in_class)
    if same_word_only:
        tiers = tiers[:1]
    item = own_word_item(verb, syllable, objects[-1], verb_items, compounds, head_of_kind=(
        in_class if head_words and not same_word_only else None)) or chosen_item(
        verb_items, tiers)
    if item is None or verb_key(item) in {verb_key(i) for i in shown_items}:
        return None
    return shorten([item, shown_items[0]])


def own_word_item(verb: str, syllable: str, obj: str, verb_items: Sequence[str],
                  compounds: Sequence[Compound], *,
                  head_of_kind: Callable[[str, str], bool] | None = None) -> str | None:
    """The first sense item of the dictionary word that ``verb`` (read ``syllable``) makes
    with its object ``obj`` where that word's verb is none of the verb's own senses
    (collo20): 出 + 钱: 出钱 "to pay" (出 has no "pay"), 打 + 针: 打针 "to give or have an
    injection", 吃 + 药 "to take medicine". The word is the verb and the object itself (the
    verb and the object's first character are not: 去 + 国家 is no 去国 "to leave one's
    country"). None where no such word has a verb's sense first (走后门 "lit. to enter …"),
    the word has more than one sense (赔钱 "to lose money" / "to pay for damages": which
    one, the word can't say), or the head verb of one of its first sense's items is one of
    the verb's items (``verb_items``: 发短信 "to text; to send SMS messages" uses 发's "to
    send"; collo18's vote speaks for those). ``head_of_kind`` (collo21; ``in_class(word,
    object)`` of :func:`class_test`): where the verb and the object make no word, the word
    of the verb and the object's head character (:func:`object_head`) speaks the same way
    when the object is a kind of its head, both of one noun class (开 + 中药: 开药 "to
    prescribe medicine"; 抽 + 香烟: 抽烟 "to smoke"; not 用 + 电脑: 用脑 "to undertake mental
    work", nor 刷 + 手机: 刷机 "to replace firmware"); the caller gives it for a thing only
    (去 + 中国 is no 去国 "to leave one's country")."""
    own = _own_words(verb, syllable, compounds)
    words = [c for c, part, _ in own if part == obj]
    head = object_head(obj)
    if not words and head_of_kind is not None and len(obj) > 1 and head_of_kind(head, obj):
        words = [c for c, part, _ in own if part == head]
    keys = {verb_key(i) for i in verb_items} - {None}
    for compound in words:
        first = sense_items(compound.senses[:1])
        if not first:
            continue
        key = verb_key(first[0])
        if key is None or len(compound.senses) > 1 or any(
                verb_key(i) in keys for i in first):
            return None  # 赔钱 "to lose money / to pay for damages": which, the word can't say
        return first[0]
    return None


#: Noun classes too wide to tell a verb's senses apart: 人 and 孩子 are people, but 接人
#: "to meet a person" says nothing of 接 + 孩子's object being met or answered.
WIDE_CLASSES = frozenset({"times", "adjectives", "ways", "places", "people", "love", "land",
                          "life", "character", "jobs"})


class _Class(Protocol):
    name: str

    def has(self, word: str) -> bool: ...


def class_test(classes: Iterable[_Class]) -> Callable[[str, str], bool]:
    """``in_class(word, obj)`` for :func:`matching_compounds`: both are of one class of
    ``classes`` that is not too wide (:data:`WIDE_CLASSES`): 牙 and 门牙 of the body,
    票 and 火车票 of none."""
    kept = [c for c in classes if c.name not in WIDE_CLASSES]
    # :func:`matching_compounds` asks of one object with each of a verb's hundreds of words:
    # the classes that hold the object are found once per object (issue 23, speed20)
    last: list = [None, kept]  # the object last asked, the kept classes that hold it

    def in_class(word: str, obj: str) -> bool:
        if obj != last[0]:
            last[0], last[1] = obj, [c for c in kept if c.has(obj)]
        return any(c.has(word) for c in last[1])
    return in_class


class _Query(Protocol):
    def query(self, sql: str, params: tuple = ...) -> Iterable[tuple]: ...


class _Entry:
    """A dictionary word's fields that the rule reads; its senses are parsed from the
    entry's JSON when first read (a verb has hundreds of words, of which the rule reads
    the senses of the few its object matches: issue 23, speed20)."""

    __slots__ = ("_definitions", "_senses", "proper", "simplified", "syllables")

    def __init__(self, simplified: str, syllables: tuple[str, ...], definitions: str,
                 proper: bool) -> None:
        self.simplified = simplified
        self.syllables = syllables
        self._definitions = definitions
        self._senses: tuple[str, ...] | None = None
        self.proper = proper

    @property
    def senses(self) -> tuple[str, ...]:
        """The entry's senses, in order."""
        if self._senses is None:
            self._senses = tuple(json.loads(self._definitions))
        return self._senses


#: Per corpus: verb -> its dictionary words of two or three characters.
_COMPOUNDS: dict[int, dict[str, list[_Entry]]] = {}


def verb_compounds(corpus: _Query, verb: str) -> list[_Entry]:
    """The dictionary words of two or three characters that begin with ``verb`` (common
    and proper entries, in the corpus's order), kept per corpus."""
    store = _COMPOUNDS.setdefault(id(corpus), {})
    if len(_COMPOUNDS) > 4:
        _COMPOUNDS.clear()
        store = _COMPOUNDS.setdefault(id(corpus), {})
    found = store.get(verb)
    if found is None:
        found = store[verb] = [
            _Entry(s, tuple(syl.lower().split()), d, bool(p))
            for s, syl, d, p in corpus.query(
                "SELECT simplified, syllables, definitions, is_proper FROM entries "
                "WHERE simplified > ? AND simplified < ? AND length(simplified) BETWEEN 2 AND 3 "
                "ORDER BY id", (verb, verb + "\uffff"))]
    return found
