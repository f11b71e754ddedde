"""Places in a sentence that the eighteenth session's words39 reads (issue 15).

Each function here reads the words around a word and is asked by
:meth:`.glosses.Glosser.gloss` or by its curated conditions; none returns a gloss of its
own that a sentence chose (they widen the places where an existing rule speaks), so
``gloss_context`` needs no new helper.

* :func:`negated_next`: the curated condition "before-negated": the next word is a
  negation, or a word the cut joined with its 不/没 (并 + 不难, 并 + 不对: "(not) at all").

* :func:`counted_before_predicate`: a one-character word counted by a measure word (这个
  + 站, 这把 + 锁) with its clause's predicate next (下车, 已经坏了, 是): the word is the
  counted thing, a noun, as where it ends its clause (words38's 一个 + 伤).

* :func:`counted_token`: a demonstrative or a number kept with its measure word as one
  token (这个 + 盖, 那个 + 印): the word after it stands where words38's
  ``counted_thing_place`` reads a counted thing after 这 + 个 cut apart.

* :func:`counted_about`: a unit after a number, its measure word and an approximate 多
  (四个多 + 小时, 一个多 + 月): the word after the unit follows an amount counted by a
  number, as after 三 + 年 (the curated condition "after-count": 四个多小时 + 就 + 能到).

* :func:`ordinal_noun_place`: a word after an ordinal that a possessive 的 or 是 leads to
  (他的 + 第一 + 反应, 我们的 + 第二 + 选择): a noun's place, as after a measure word.

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chinese_teach.core.text.pieces import is_number

#: Negations that may stand alone before a word or start a word the cut joined (不难, 没有).
NEGATIONS = ("不", "没", "未", "非")

#: Words after a counted one-character word that make it a verb, not the thing counted:
#: an aspect particle, 得 of a complement, a direction or a result (这个画得好, 一个站起来).
_VERB_MARKS = frozenset({
    "得", "着", "了", "过", "起来", "起", "上", "下", "出", "进", "回", "过来", "过去", "到",
    "在", "给", "完", "好", "成", "住", "走", "开", "一下", "一会儿"})

#: Words that start a clause's predicate after its subject (这个站 + 离 + 这儿很远, 这把锁 +
#: 已经 + 坏了, 这个印 + 是 + …).
_PREDICATE_STARTS = frozenset({
    "是", "不", "没", "没有", "很", "太", "真", "都", "也", "还", "就", "又", "已经", "特别",
    "非常", "比较", "有点儿", "有点", "可以", "能", "会", "要", "应该", "离", "比", "怎么",
    "为什么", "真的", "一直", "总是", "经常"})


def negated_next(nxt: str) -> bool:
    """Whether ``nxt``, the word after a word, is a negation or starts with one as a word
    the cut joined (不难, 不对, 没有): the curated condition "before-negated"."""
    return bool(nxt) and nxt.startswith(NEGATIONS)


#: Words whose object a verb follows (把 + 这个 + 带回家): a counted phrase after them
#: may be a demonstrative standing alone, the verb next its verb, not a counted thing's.
HANDLED_BY = frozenset({"把", "将", "被", "让", "叫", "给"})


def counted_before_predicate(rest: Sequence[str], noun_like: Callable[[str], bool],
                             is_verb: Callable[[str], bool], before_count: str = "") -> bool:
    """Whether the words after a counted one-character word (``rest``, the next first)
    start its clause's predicate: an adverb or a word of :data:`_PREDICATE_STARTS`, a
    verb that is no complement nor particle (这个站 + 下车, 这把锁 + 已经, 这个盖 + 打不开;
    a verb the dictionary also gives a noun's senses, 下车, counts), or a negated word the
    cut joined (不见了). False before a noun that is no verb (the word then describes
    it), before 的, and before a particle or a complement that makes the word a verb
    itself (这个 + 画 + 得 + 很好). ``before_count`` is the word before the counting words
    (这个, 这 + 个): after 把/被 … (:data:`HANDLED_BY`) the demonstrative may stand alone,
    its verb next (你把这个 + 带 + 回家吧), so the word is left to the verb rules."""
    if not rest or before_count in HANDLED_BY:
        return False
    nxt = rest[0]
    if nxt in _VERB_MARKS or nxt == "的":
        return False
    if nxt in _PREDICATE_STARTS:
        return True
    return is_verb(nxt) or (not noun_like(nxt) and nxt[:1] in NEGATIONS)


#: Words that count what follows a measure word kept with them in one token (这个, 每个).
_COUNTING_FIRST = frozenset({"这", "那", "哪", "每", "几"})


def counted_token(prev: str, is_measure: Callable[[str], bool],
                  is_word: Callable[[str], bool] = lambda w: False) -> bool:
    """Whether ``prev`` is a demonstrative or a one-character number with its measure word
    in one token (这个, 那个, 一个, 这把): the word after it is a counted thing. Not a
    measure word of time or of doing (这次, 一下), nor a longer token, nor a dictionary
    word of its own (``is_word``) but with 个/位 (一起 "together" is no 一 + 起: 一起 + 去)."""
    if len(prev) != 2 or prev[1] in ("次", "下", "回", "遍", "点", "天", "年"):
        return False
    if prev[1] not in ("个", "位") and is_word(prev):
        return False
    first, unit = prev
    return (first in _COUNTING_FIRST or is_number(first)) and (
        unit in ("个", "位") or is_measure(unit))


def counted_about(earlier: Sequence[str], is_measure: Callable[[str], bool]) -> bool:
    """Whether ``earlier`` (the words before a word, nearest first) ends an amount whose
    number stands before a measure word and an approximate 多/来/几 (四 + 个 + 多 + 小时,
    一 + 个 + 多 + 月, 两 + 个 + 多 + 星期): the word after it follows an amount."""
    if len(earlier) < 4 or earlier[1] not in ("多", "来", "几"):
        return False
    unit, measure, number = earlier[0], earlier[2], earlier[3]
    return bool(unit) and (measure == "个" or is_measure(measure)) and is_number(number)


def ordinal_noun_place(prev: str, earlier: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the word after ``prev`` stands in a noun's place after an ordinal (第一,
    第二 …) that 的 or 是 leads to, or with 是 after it (他的 + 第一 + 反应, 是 + 第二 +
    选择, 第一 + 选择 + 是): ``earlier`` holds the words before the word, nearest first,
    ``prev`` first; ``rest`` the words after it. Not 第一 + 个 (a measure word's own
    place) nor 他第一到 (no 的, 是 around)."""
    if not (prev.startswith("第") and len(prev) > 1 and is_number(prev[1:])):
        return False
    led = len(earlier) > 1 and earlier[0] == prev and earlier[1] in ("的", "是")
    return led or tuple(rest[:1]) == ("是",)
