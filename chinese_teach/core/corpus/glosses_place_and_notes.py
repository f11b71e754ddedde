"""Sense choices by class, from the misses of the twelfth and thirteenth sense parts
(sixteenth session, words31).

Each helper fixes a kind of miss for every word it touches, not one line:

* :func:`dictionary_cut`: a token the dictionary lacks and that learner words do not
  cover (新闻联播, 古钱币, 单程票: jieba keeps them whole, CC-CEDICT has no entry) is
  cut into the fewest dictionary words, so that it knows its parts (新闻 + 联播) and
  is glossed from them instead of showing nothing;
* :func:`without_borrowing_note`: a sense that opens with a note on where the word was
  borrowed from ("(orthographic borrowing from Japanese 民宿 "minshuku") guesthouse")
  starts with its meaning;
* :func:`nouns_before_adjectives`: in a noun's place (after 的 or a measure word) the
  noun senses of a verb's entry lead, before a sense that is an adjective (进口 after
  一个: "entrance", not "imported"; 软件的应用 "application", not "practical");
* :func:`clock_time_before`: a number + 点 (or 分, 刻, 点半 …) in a sentence that
  names a time of day is the time when something is done: the verb after it is no
  noun counted by 点 (今天早上八点发射的: "to launch", not "emission");
* :func:`object_of_have`: after 有 a word that is a verb and a noun is the noun, where
  the entry's first other sense is a noun (有耐心 "patience"; 有补充 keeps "to add"); so
  after a verb of serving as or becoming (:func:`object_of_as`: 留作纪念 "memento");
* :func:`remote_field_last`: a first sense labelled with a field a learner's sentence does
  not mean (astronomy, Chinese opera, music …) follows the figurative sense after it (巨星
  "superstar", 亮相 "to make a public appearance");
* :func:`order_before_measure`: 上/下 before 一 + a measure word is "last"/"next", as
  before 一个 (离开上一家公司), unless a subject or a modal makes it the verb (我们下一盘棋).

Pure functions of words and senses: no state, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable

from chinese_teach.core.corpus.glosses_beyond_hsk5 import is_own_adjective
from chinese_teach.core.text.pieces import fewest_pieces, is_number

#: A piece of :func:`dictionary_cut` that is a learner word or a number (preferred) ...
_LEARNER_PIECE = 0
#: ... and one that is only a dictionary word of two characters or more.
_DICTIONARY_PIECE = 1


def dictionary_cut(word: str, listed: Container[str],
                   has_common_entry: Callable[[str], bool]) -> list[str] | None:
    """``word`` cut into the fewest pieces that are learner words (``listed``), numbers
    or dictionary words of two characters or more with a common (not proper-noun) entry
    (``has_common_entry``); of two such cuts, the one with fewer dictionary-only pieces.
    None when it cannot be cut so (a lone character the lists lack is never a piece: 葡萄
    is no 葡 + 萄)."""
    if len(word) < 3:
        return None

    def weight(piece: str) -> int | None:
        if piece in listed or is_number(piece):
            return _LEARNER_PIECE
        if len(piece) > 1 and has_common_entry(piece):
            return _DICTIONARY_PIECE
        return None

    found = fewest_pieces(word, weight)
    if found is None:
        return None
    pieces, pos = [], 0
    for length in found[0]:
        pieces.append(word[pos:pos + length])
        pos += length
    return pieces


#: A sense that opens with where the word was borrowed from, not with what it means.
_BORROWING_NOTE = re.compile(
    r"^\((?:orthographic )?(?:borrowing|loanword|loan)(?: from [^()]*(?:\([^()]*\)[^()]*)*)?\)"
    r"\s+(?=\S)")


def without_borrowing_note(sense: str) -> str:
    """``sense`` without a leading note on its borrowing ("(orthographic borrowing from
    Japanese 民宿 "minshuku") guesthouse" -> "guesthouse", "(loanword) humor" -> "humor");
    a sense that is only such a note is kept whole."""
    return _BORROWING_NOTE.sub("", sense, count=1)


#: A past participle of one word (imported, applied, civilized; not "speed", "hundred").
_PARTICIPLE = re.compile(r"^[a-z]{3,}(?<!e)(?<!hundr)ed$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _adjective_sense(sense: str) -> bool:
    """Whether a sense reads as an adjective: its first ";"-part, without bracketed
    notes, is one word that is a past participle (imported, applied) or has an
    adjective's own ending (practical, harmonious: :func:`.glosses_beyond_hsk5.is_own_adjective`;
    approval, music, relative stay nouns)."""
    head = _BRACKETED.sub("", sense.split(";", 1)[0]).strip().lower()
    return bool(_PARTICIPLE.match(head)) or is_own_adjective(head)


def nouns_before_adjectives(nouns: Iterable[str]) -> list[str]:
    """The senses of a verb's entry that are no verb, for a noun's place: the ones that
    read as nouns first, those that read as adjectives after them (进口: "entrance;
    inlet", then "imported"); the order is kept when every sense is of one kind."""
    nouns = list(nouns)
    kept = [x for x in nouns if not _adjective_sense(x)]
    if not kept:
        return nouns
    return kept + [x for x in nouns if _adjective_sense(x)]


#: Units of a clock time after a number (八点, 八点半, 十分, 一刻).
_CLOCK_UNITS = frozenset({"点", "点钟", "点半", "分", "刻", "半"})
#: Words that name a time of day or a day: with one earlier in the sentence, a number +
#: 点 is a clock time.
_TIMES_OF_DAY = frozenset({
    "早上", "上午", "中午", "下午", "晚上", "傍晚", "夜里", "半夜", "凌晨", "早晨", "今天",
    "明天", "昨天", "后天", "前天", "今晚", "明晚", "昨晚", "每天", "周末", "星期一", "星期二",
    "星期三", "星期四", "星期五", "星期六", "星期天", "星期日"})


def clock_time_before(prev: str, earlier: tuple[str, ...]) -> bool:
    """Whether ``prev`` (the word just before, ``earlier``: the words before it, nearest
    first) ends a clock time (早上 + 八 + 点, 今天八点半): a time when something is done,
    not a measure word counting the word after it (两点建议 keeps 点 as a measure word:
    no time of day before it)."""
    if not prev:
        return False
    unit = prev
    number_before = len(earlier) > 1 and is_number(earlier[1])
    if not (unit in _CLOCK_UNITS and number_before):
        k = 0
        while k < len(prev) and is_number(prev[:k + 1]):
            k += 1
        unit = prev[k:]
        if not (k > 0 and unit in _CLOCK_UNITS):
            return False
    return any(w in _TIMES_OF_DAY for w in earlier[1:8])


#: The verb whose object :func:`object_of_have` reads.
HAVE = "有"


def object_of_have(prev: str, rest: tuple[str, ...]) -> bool:
    """Whether the word after ``prev`` is 有's object (有耐心, 很有经验): 有 itself, not
    有 opening a clause of its own verb (有 + 人 …) — the word has a noun's place."""
    return prev == HAVE and not (rest and rest[0] in ("了", "过", "着"))


def needs_earlier_words(prev: str) -> bool:
    """Whether the word after ``prev`` needs its sentence's earlier words read for
    :func:`clock_time_before` (``prev`` may end a clock time: 点, 八点, 点半)."""
    return bool(prev) and (prev in _CLOCK_UNITS or prev[-1] in "点分刻半")


#: Words after which a noun's phrase has ended: particles, 是/有/在 and the adverbs and
#: degree words that open a predicate (软件的应用 + 很 + 广).
_PHRASE_ENDS = frozenset({
    "的", "了", "吗", "呢", "吧", "啊", "呀", "啦", "是", "有", "在", "也", "都", "还", "就",
    "又", "不", "没", "没有", "很", "太", "真", "特别", "比较", "非常", "最", "更", "挺",
    "已经", "一直", "越来越"})


def ends_noun_phrase(rest: tuple[str, ...]) -> bool:
    """Whether a word in a noun's place heads its phrase: nothing follows it in its
    clause, or a particle, 是/有/在 or an adverb does (一个进口，…; 应用很广). Before
    another noun it tells of that noun (一种进口水果 "imported"), so
    :func:`nouns_before_adjectives` leaves it alone."""
    return not rest or rest[0] in _PHRASE_ENDS


#: Verbs whose object is what something serves as or becomes (留作纪念, 作为代表, 当成礼物,
#: 变成习惯): a word after them that is a verb and a noun is the noun.
AS_VERBS = frozenset({"作", "作为", "当作", "当成", "看作", "看成", "成为", "变成"})


def object_of_as(prev: str) -> bool:
    """Whether the word after ``prev`` is what something serves as or becomes (留作 +
    纪念 "memento", 作为 + 代表 "representative"): a noun's place, read strictly like 当's
    role (the entry's order stands where its first other sense may be no noun)."""
    return prev in AS_VERBS


#: Words before 上/下 that make it a verb with its amount (我们下一盘棋, 再上一节课), not
#: "last"/"next" before 一 + a measure word.
_VERB_BEFORE = frozenset({
    "我", "你", "他", "她", "我们", "你们", "他们", "她们", "咱们", "大家", "再", "先", "又",
    "还", "要", "想", "去", "来", "能", "会", "可以", "得", "该", "没", "不", "别", "就", "才",
    "都", "也", "快", "一起"})


#: Items counted in order that CC-CEDICT gives no "classifier for" sense (一页, 一课, 一站).
_COUNTED_ITEMS = frozenset({"页", "课", "站", "集", "期", "届", "轮", "关", "题"})


def order_before_measure(word: str, prev: str, rest: tuple[str, ...],
                         is_measure: Callable[[str], bool]) -> bool:
    """Whether 上 or 下 stands before 一 + a measure word as "last" or "next" (离开上一家公司,
    请看下一页, 上一课的生词), as it does before 一个 or 一次; not after a subject or a
    modal, where it is the verb (我们下一盘棋)."""
    return (word in ("上", "下") and rest[:1] == ("一",) and len(rest) > 1
            and (rest[1] in _COUNTED_ITEMS or is_measure(rest[1])) and prev not in _VERB_BEFORE)


#: Fields of a first sense that a learner's everyday sentence does not mean when the entry
#: gives a figurative sense right after it (巨星 "(astronomy) giant star", then "(fig.)
#: superstar"); not military, sports, biology or physics, whose first sense stays (失守,
#: 助攻, 寄生虫, 惯性).
_REMOTE_FIELDS = ("astronomy", "Chinese opera", "theater", "theatre", "music", "Buddhism",
                  "Taoism", "TCM", "martial arts", "calligraphy")
_FIELD_LABEL = re.compile(r"^\((?:" + "|".join(map(re.escape, _REMOTE_FIELDS)) + r")\)\s"
                          r"|\s\((?:" + "|".join(map(re.escape, _REMOTE_FIELDS)) + r")\)$")
_FIGURATIVE_MARK = re.compile(r"^\(?fig\.\)?\s*")


def remote_field_last(senses: tuple[str, ...] | list[str]) -> list[str] | None:
    """The senses with a remote field's first sense put after the figurative one that
    follows it (巨星: "superstar (of opera, basketball etc)" before "(astronomy) giant
    star"; 亮相 "to make a public appearance" before "to strike a pose (Chinese opera)");
    "fig." is dropped from the new first. None for another entry, and for a first sense
    that names someone (阎王 "(Buddhism) Yama, the King of Hell"): the name is not shown
    to a learner, so the figurative sense keeps its mark ("(fig.) cruel and tyrannical
    person", not a literal "cruel and tyrannical person")."""
    if len(senses) < 2 or not _FIELD_LABEL.search(senses[0]) or not _FIGURATIVE_MARK.match(
            senses[1]) or _FIELD_LABEL.sub("", senses[0]).strip()[:1].isupper():
        return None
    return [_FIGURATIVE_MARK.sub("", senses[1], count=1), *senses[2:], senses[0]]
