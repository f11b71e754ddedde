"""Positions in a sentence that conditions of the curated table read (table20, issue 15).

Each function answers one condition of :class:`.glosses.Curated` from the words around
the word; :meth:`.glosses.Glosser._condition` passes them the words and the tests it owns.

* :func:`after_ordinal` ("after-ordinal"): 第 + a number right before the word, also where
  the cut gave them apart (第 / 五 / 名, 第二 / 十 / 名): 名 is then a place in a ranking
  (考了全班第五名 "fifth place"), not 名 counting people (三名学生).
* :func:`between_teams` ("versus"): the word stands between two sides of one kind, a
  team, a class or a school on each side (我们班对三班, 中国队对日本队, 我们学校对他们
  学校): 对 is "against; versus" there.
* :func:`after_thing` ("after-thing"): a noun that names no person right before the word
  (考试 + 说明 "instructions", 实验 + 说明了 "to show"), not a person (老师 + 说明了).

table21 (issue 15) added:

* :func:`have_object` ("have-object"): the word is the object of 有/没有 or of a verb of
  meeting or overcoming a problem (谁有 + 困难, 遇到 + 困难, 克服 + 困难): a word that is
  an adjective and a noun is the noun there ("difficulty", not "difficult").
* :func:`modal_then_verb` ("modal-then-verb"): a modal verb next, then a verb (才 + 能 +
  看, 才 + 会 + 说): 才 is "only then" there, also as the piece of 才能 the cut keeps
  whole (先付费 + 才能 + 看), not the noun 才能 "talent" (有 + 才能).
* :func:`before_calendar` ("before-calendar"): a word of the calendar next, a week, a
  month, a year or a term, also one the cut joined with its day (本 + 周五, 本 + 月底,
  本 + 周末): 本 is "this; the current" there.

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable

ORDINAL_PREFIX = "第"

#: The words for a side in a game or a match: a team, a class, a group, a school.
TEAM_WORDS: frozenset[str] = frozenset({
    "队", "班", "组", "学校", "大学", "中学", "小学", "俱乐部", "球队", "代表队"})


def after_ordinal(prev: str, earlier: tuple[str, ...],
                  is_number: Callable[[str], bool]) -> bool:
    """Whether the word stands right after an ordinal: ``prev`` is 第 + a number (第五),
    or a number after 第 (第 / 五) or after 第 + a number it goes on (第二 / 十: the
    twentieth). ``earlier`` is the words before the word, nearest first (``earlier[0]``
    is ``prev``)."""
    if len(prev) > 1 and prev[0] == ORDINAL_PREFIX and is_number(prev[1:]):
        return True
    if not (prev and is_number(prev)) or len(earlier) < 2 or earlier[0] != prev:
        return False
    before = earlier[1]
    return before == ORDINAL_PREFIX or (
        len(before) > 1 and before[0] == ORDINAL_PREFIX and is_number(before[1:]))


def _team_word(word: str) -> str:
    """The team word that ``word`` is or ends with (班, 中国队 → 队), or ""."""
    if word in TEAM_WORDS:
        return word
    return next((t for t in TEAM_WORDS if len(word) > len(t) and word.endswith(t)), "")


def between_teams(prev: str, rest: tuple[str, ...]) -> bool:
    """Whether the word stands between two sides of one kind: ``prev`` is or ends with a
    team word (:data:`TEAM_WORDS`) and one of the next three words is or ends with the same
    (一 / 班 / 对 / 二 / 班, 中国 / 队 / 对 / 日本 / 队)."""
    team = _team_word(prev)
    return bool(team) and any(w == team or (len(w) > len(team) and w.endswith(team))
                              for w in rest[:3])


def after_thing(prev: str, noun_like: Callable[[str], bool],
                is_person: Callable[[str], bool]) -> bool:
    """Whether ``prev`` is a noun that names no person (实验, 事实, 考试: a noun the
    dictionary counts, also where it is a verb too; not 老师 nor 他)."""
    return bool(prev) and noun_like(prev) and not is_person(prev)


#: Verbs whose object is a problem met or overcome, and 有/没有: a word after them that is
#: an adjective and a noun (困难) is the noun (table21).
HAVE_OBJECT_VERBS: frozenset[str] = frozenset({
    "有", "没有", "没", "遇到", "遇上", "碰到", "碰上", "克服", "解决", "面对", "面临", "战胜",
    "不怕", "怕"})
#: Aspect particles: no verb's first word.
_ASPECT = frozenset({"了", "过", "着"})


def have_object(prev: str, rest: tuple[str, ...]) -> bool:
    """Whether the word is the object of ``prev``, 有/没有 or a verb of meeting or
    overcoming a problem (:data:`HAVE_OBJECT_VERBS`: 谁有 + 困难, 遇到 + 困难); not
    before 着/过, which make the word itself a verb."""
    return prev in HAVE_OBJECT_VERBS and not (rest and rest[0] in ("着", "过"))


#: Modal verbs before a verb (才 + 能 + 看, 才 + 会 + 说, 才 + 可以 + 走).
MODALS: frozenset[str] = frozenset({"能", "会", "可以", "能够", "肯", "敢"})


def modal_then_verb(rest: tuple[str, ...], is_verb: Callable[[str], bool]) -> bool:
    """Whether a modal verb (:data:`MODALS`) is next and a verb right after it (才 + 能 +
    看; the piece 才 of the token 才能 is read with 能 and the words after the token: 先付费
    + 才能 + 看); not the noun 才能 "talent" ending its clause (有 + 才能) or before a
    particle."""
    return len(rest) > 1 and rest[0] in MODALS and rest[1] not in _ASPECT and is_verb(rest[1])


#: The words of the calendar that 本 "this" stands before, and the words that start with
#: them (周五, 月底, 周末, 学期末, 年底, 星期一).
CALENDAR_STARTS: tuple[str, ...] = ("周", "月", "年", "星期", "礼拜", "学期", "季度")


def before_calendar(nxt: str) -> bool:
    """Whether ``nxt``, the word after this one, is a word of the calendar or starts with
    one (:data:`CALENDAR_STARTS`: 本 + 周, 本 + 周五, 本 + 月底, 本 + 学期)."""
    return nxt.startswith(CALENDAR_STARTS)
