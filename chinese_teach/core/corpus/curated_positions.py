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
