"""A verb's curated object line read for the object found away from it (collo21, issue 15).

The learner table (``resources/words/learner_glosses.tsv``) writes many of a one-character
verb's senses as ``object:`` lines (打 ``object:篮球|足球|…`` "to play (a ball game, cards)";
开 ``object:药|药方|…`` "to write out (a prescription, a receipt)"), and the glosser reads
them for the words right after the verb. collo19-21's readers
(:func:`.glosses_collocation_objects.governed_object`) find the object elsewhere too: named
before with the same verb (打篮球 + 打得很好; 这个章 + 盖得不清楚，重新 + 盖), after 的是 (里面装
+ 的是 + 什么东西), past a long modifier with 的 or a complement. :func:`object_line_gloss`
gives that object the line the table wrote for it.

The glosser asks it only where no curated line's condition held, before collo18's vote
(:func:`.glosses_collocation.collocation_first`), and only where :func:`line_may_speak`:
not for a topic (车 + 开了 may be the car's doing), nor for an object after 把 or before
被 or 是 … 的 whose verb moves it somewhere (把孩子 + 带到公园 "to take", not 带孩子 "to
look after"; 把三个孩子 + 养大了 "to bring up" is read). Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from chinese_teach.core.corpus.glosses_collocation import object_head

#: The readers of an object before its verb that the table's lines may speak for when the
#: verb does not move it (:func:`line_may_speak`).
_FRONTED = frozenset({"ba", "passive", "cleft"})

#: First characters of a direction or place after a verb: it moves its object (带 + 到公园,
#: 放 + 在门口, 拿 + 走, 搬 + 进去).
_MOVED = frozenset("到在进回去来上下出过起走开往向")


def line_may_speak(kind: str, rest: Sequence[str]) -> bool:
    """Whether the table's object line may be read for an object that the reader ``kind``
    (:data:`.glosses_collocation_objects.CONSTRUCTIONS`) found, the verb's clause going on
    with ``rest``: past a complement or a modifier, after 的是, named with it, yes; right
    after it, no (the glosser reads the table there itself, and 出 + 五十块 stands for 钱
    only to the dictionary words: 出钱 "to pay", not the table's 出 + 主意|钱 "to
    produce"); a topic, no (it may be the doer); after 把 or before 被 or 是 … 的, unless a
    direction or a place follows the verb (把孩子 + 带到公园: the table's 带孩子 "to look
    after" is no sense of taking somewhere)."""
    if kind in ("after", "topic"):
        return False
    if kind in _FRONTED:
        return not (rest and rest[0][:1] in _MOVED)
    return True


def object_matches(obj: str, options: Container[str]) -> bool:
    """Whether ``obj`` is one of an ``object:`` line's ``options``: the word itself (a
    class option "@food" holds its words), or a one-character option that is the word's
    first character (开 + 空调 by 空, as the glosser reads the table) or its head (中药:
    药; 绿豆汤: 汤: :func:`.glosses_collocation.object_head`)."""
    if obj in options:
        return True
    return len(obj) > 1 and any(
        frozenset.__contains__(options, c) if isinstance(options, frozenset) else c in options
        for c in dict.fromkeys((obj[0], object_head(obj))))


def object_line_gloss(lines: Iterable[tuple[Container[str], str]], obj: str) -> str | None:
    """The gloss of the first of ``lines`` (each an ``object:`` line's options and gloss, in
    the table's order) whose options hold ``obj`` (:func:`object_matches`); None when none
    does (collo21: 打 + 篮球 named before, 装 + 的是 + 东西)."""
    for options, gloss in lines:
        if object_matches(obj, options):
            return gloss
    return None
