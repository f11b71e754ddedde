"""Two classes of the learner cut above HSK 5 (fifteenth session, words33).

* **A string no dictionary has, holding a noun a learner looks up whole.** jieba keeps
  红烧鱼, 热身运动, 公交线路, 中国女排 as words; CC-CEDICT has none of them, so the learner
  cut cut them into learner words alone: 红 / 烧 / 鱼, 热 / 身 / 运动, 公 / 交 / 线路.
  Each holds a CC-CEDICT noun outside the lists that a learner looks up whole (红烧
  "simmer-fried (dish)", 热身 "warm-up", 公交 "public transportation", 女排 "women's
  volleyball"): :func:`fewer_with_dictionary_words` cuts such a string into the fewest
  pieces where a piece may also be such a noun (jieba's noun tags), and the learner cut
  takes it where it has fewer pieces than the cut into learner words alone (红烧 / 鱼).
  An adverb, a preposition or a number word is no such noun: 请 稍 等, 往 前 走, 好 几 个
  keep the learner words ``cut_gold.txt`` cuts them into, and so does a direction phrase
  (向 右 转: 右转 is tagged a noun).
* **A head the HSK lists themselves form words with.** A three-character CC-CEDICT word
  of a two-character learner word and a one-character head (购物 + 车) is cut in two
  unless the head is bound (cut30's :data:`.learner.BOUND_HEADS`). The HSK lists decide
  the granularity of the other heads: where they list three such words or more with the
  same head (车: 出租车, 自行车, 摩托车, 电动车, 二手车, 机动车; 会: 运动会, 音乐会 …; 站, 节,
  病, 费, 证, 社, 店 …) a word of that head is a word a learner looks up whole (购物车
  "shopping cart", 加油站); where they list none (药, 鞋, 票) the word is a free
  combination read as its parts (感冒 药, 运动 鞋, 火车 票). :func:`listed_heads` finds
  the heads from the lists; 人 and 们 stay apart (the learner cut's own convention: 德国
  人, 年轻 人, 孩子 们), and so do heads that are no noun (说, 于, 上, 不, 是, 来, 样: 如果说
  and 基本上 are listed as adverbs and conjunctions, not as kinds of a thing).

No Qt; pure functions over the word lists.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Container, Iterable
from types import CodeType

from chinese_teach.core.text.pieces import fewest_pieces

#: First characters of direction phrases (右转, 向东, 往前): kept in learner words, as the
#: cut of a direction phrase (向 右 转, 向 右 转弯: :data:`.learner.CUT22_DIRECTIONS`) has
#: them.
DIRECTIONS = frozenset("左右前后东西南北上下里外向往朝")
#: Last characters of a noun and a place word (水上, 村里, 门外): a free combination a
#: learner reads as its parts (水 上, as 山 上), never one piece of this rule.
LOCATIVES = frozenset("上下里中外内前后边")

#: How many listed words of a head make it a head the lists form words with.
LISTED_HEAD_MINIMUM = 3

#: Heads never kept whole by :func:`listed_heads`: people and the plural, which the learner
#: cut keeps apart by its convention (德国 人, 年轻 人, 孩子 们), days (星期 日 as 星期 六,
#: 第二 天, as ``cut_gold.txt`` cuts the days of the week), and heads that end
#: adverbs, conjunctions and prepositions the lists have (如果说, 基本上, 有利于, 不得不,
#: 要不是, 多年来, 怎么样), not kinds of a thing.
NOT_LISTED_HEADS = frozenset("人们日天说于上下不是来样了的里中")


def listed_heads(vocab: Iterable[str], dictionary: Container[str],
                 minimum: int = LISTED_HEAD_MINIMUM) -> frozenset[str]:
    """The one-character heads with which the learner lists (``vocab``) hold at least
    ``minimum`` three-character dictionary words of a two-character learner word and the
    head, itself a learner word (车: 出租车, 自行车, 摩托车 …), less
    :data:`NOT_LISTED_HEADS`."""
    words = set(vocab)
    counts: dict[str, int] = {}
    for w in words:
        if len(w) == 3 and w[:2] in words and w[2] in words and w in dictionary:
            counts[w[2]] = counts.get(w[2], 0) + 1
    return frozenset(h for h, n in counts.items() if n >= minimum and h not in NOT_LISTED_HEADS)


def listed_heads_key() -> str:
    """A digest of what decides :func:`listed_heads` besides its inputs: the function's
    compiled code, :data:`LISTED_HEAD_MINIMUM` and :data:`NOT_LISTED_HEADS`. The engine's
    tables keep the heads found when they were built under this key
    (:func:`.tables.build_tables`); heads kept under another key are stale and are found
    again (:func:`stored_heads`). Costs tens of microseconds."""
    digest = hashlib.md5(usedforsecurity=False)
    _digest_code(digest, listed_heads.__code__)
    digest.update(f"{LISTED_HEAD_MINIMUM}:{''.join(sorted(NOT_LISTED_HEADS))}".encode())
    return digest.hexdigest()


def _digest_code(digest: hashlib._Hash, code: CodeType) -> None:
    """Feed ``digest`` what ``code`` does: its bytecode, names and constants (nested code
    objects likewise), not where it lives (file, line numbers), so that the same rule
    installed elsewhere keeps its key."""
    digest.update(code.co_code)
    digest.update(marshal.dumps((code.co_names, code.co_varnames)))
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _digest_code(digest, const)
        else:
            digest.update(repr(const).encode())


def stored_heads(stored: object) -> frozenset[str] | None:
    """The heads kept by the engine's tables (``(key, heads)`` as :func:`.tables.build_tables`
    writes them), or None when they are missing or were found by other code or constants
    than these (the learner cut then finds them itself)."""
    if (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == listed_heads_key()
            and isinstance(stored[1], frozenset)):
        return stored[1]
    return None


def fewer_with_dictionary_words(
    word: str, learner_weight: Callable[[str], int | None], dictionary: Container[str],
    proper_only: Callable[[str], bool], *, unlisted: int, nouns: Container[str],
    names: Container[str] = frozenset(),
) -> tuple[int, ...] | None:
    """``word`` (a string no dictionary has) cut into the fewest pieces where a piece is a
    learner word (weighed by ``learner_weight``), a number, or a CC-CEDICT word of two
    characters or more that is a noun (``nouns``: jieba's tags), no proper noun only and
    no name jieba tags (``names``: 拉拉, 卡拉 of 克拉拉, 卡拉瓦), that starts no direction
    phrase (:data:`DIRECTIONS`) and ends in no place word (:data:`LOCATIVES`) (weight
    ``unlisted``); None when no such cut holds a dictionary word outside the lists (the
    learner cut then stands)."""

    def weight(piece: str) -> int | None:
        found = learner_weight(piece)
        if found is not None:
            return found
        if len(piece) > 1 and piece[0] not in DIRECTIONS and piece[-1] not in LOCATIVES and (
                piece in nouns and piece in dictionary and piece not in names
                and not proper_only(piece)):
            return unlisted
        return None

    found = fewest_pieces(word, weight)
    if found is None:
        return None
    lengths = found[0]
    pos, uses_dictionary = 0, False
    for length in lengths:
        if learner_weight(word[pos:pos + length]) is None:
            uses_dictionary = True
        pos += length
    return lengths if uses_dictionary else None
