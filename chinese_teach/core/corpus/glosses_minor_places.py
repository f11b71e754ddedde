"""Words whose only dictionary entries are small places (fifteenth session, words33).

CC-CEDICT has some everyday free combinations only as the name of a township, county or
district: 大树 "Tashu township in Kaohsiung county", 山上 "Shanshang township in Tainan
county". Where the text does not mark such a word as a name (这是一棵大树, 山上有一层薄雾)
it is the free combination a learner reads as its parts, so its gloss is its parts' (大
"big" + 树 "tree"), never the township's.

:func:`place_only_parts` gives that gloss; :class:`.glosses.Glosser` asks it before the
dictionary's entry is chosen.

names29 dropped the capital of a name-tagged word wherever it read the common word
(明天下小雨 "light rain"); in encyclopedic text that took the capitals of names the
sentence shows as names (a given name after a surname outside :data:`.names.SURNAMES`, a
place in a list of places or before a kind of place, an era's name before its year).
:func:`name_shown_by_context` gives those back: :func:`.glosses.unmark_common_word_names`
keeps their mark and :func:`.glosses.token_glosses` glosses them as names, so the capital
and the gloss still agree. Pure of Qt; the glosser is passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chinese_teach.core.corpus.glosses import Glosser

#: Last characters that make a word a place's own name (大树乡, 龙门县, 三门峡市): such a
#: word names the place even where no name is marked.
PLACE_KINDS = frozenset("乡镇村县区市州省府")


# -- names a sentence shows (names29's lost capitals) ------------------------------------

#: Kinds of place after a name that :data:`.names.PLACE_ENDINGS` does not hold: 安乐 + 邨
#: "village", 安乐 + 堂 "hall", 青山 + 矶 "rock jetty", 武功 + 水 "river", 仁爱 + 园
#: "garden".
MORE_PLACE_KINDS = frozenset("邨堂矶水园")
#: The list mark: a name-tagged word beside a marked name across it is one of a list of
#: names (海珠、荔湾、…、白云等七个区).
LIST_MARK = "、"


def _surname_alone(glosser: Glosser, word: str) -> bool:
    """Whether ``word`` (one or two characters, standing alone before a name-tagged word)
    is a surname CC-CEDICT gives ("surname Yin") and no learner word (尹, 沮渠; not 元,
    和, 下): the word after it is a given name."""
    if word in glosser.listed():
        return False
    return any(r.proper and any(s.startswith("surname ") for s in r.senses)
               for r in glosser.rows(word) if r.simplified == word)


def name_shown_by_context(glosser: Glosser, tokens: list, pos: int,
                          marked: frozenset[int]) -> bool:
    """Whether the words around the name-tagged word ``tokens[pos]`` show it is a name,
    though it is also a common word (names29 read it as the common word and dropped its
    capital): ``marked`` holds the positions of the tokens that are names in the end.

    * a surname CC-CEDICT gives and no learner word stands alone just before it: a given
      name (尹 + 小龙, 沮渠 + 兴国);
    * a marked name stands just before or after it: one name of several words (江西 +
      新建, 中国 + 新建 + 集团);
    * a marked name stands across a list mark: one of a list of names (越秀、…、白云等七个区;
      唐崖、金峒、龙潭诸土司地);
    * a kind of place of :data:`MORE_PLACE_KINDS` follows it: the place's name (安乐 + 邨,
      武功 + 水, 青山 + 矶);
    * a year of it follows (兴国 + 五年, 兴国 + 二 + 年): an era's name (太平兴国)."""
    from chinese_teach.core.text.pieces import is_number

    tok = tokens[pos]
    before = tokens[pos - 1] if pos > 0 and tokens[pos - 1].end == tok.start else None
    after = tokens[pos + 1] if pos + 1 < len(tokens) and (
        tokens[pos + 1].start == tok.end) else None
    if before is not None and before.is_word:
        if pos - 1 in marked:
            return True
        if len(before.text) <= 2 and _surname_alone(glosser, before.text):
            return True
    if after is not None and after.is_word:
        if pos + 1 in marked:
            return True
        text = after.text
        if text in MORE_PLACE_KINDS:
            return True
        if text.endswith("年") and len(text) > 1 and is_number(text[:-1]):
            return True  # 兴国 + 五年
        nxt = tokens[pos + 2] if pos + 2 < len(tokens) and (
            tokens[pos + 2].start == after.end) else None
        if is_number(text) and nxt is not None and nxt.text == "年":
            return True  # 兴国 + 二 + 年
    for step in (-1, 1):
        mark, other = pos + step, pos + 2 * step
        if 0 <= other < len(tokens) and tokens[mark].text == LIST_MARK and other in marked:
            return True
    return False


def names_at(tokens: list) -> frozenset[int]:
    """The positions of the tokens marked as names (``extra["name"]``)."""
    return frozenset(i for i, t in enumerate(tokens) if t.extra.get("name"))
