"""What the nineteenth session's words40 reads of the dictionary and the sentence (issue 15).

* :func:`brand_only_names`: a word marked as a name whose every CC-CEDICT name sense is a
  company or a brand (山水 "Sansui, Japanese company", 乐天 "Lotte (South Korean
  conglomerate)", 小米 "Xiaomi, Chinese electronics company") beside a common entry
  ("landscape", "carefree", "millet"): the common word leads, unless the next word makes
  the brand's product or the firm itself (:func:`brand_may_stand`: 大众 + 汽车, 小米 +
  手机). :meth:`.glosses.Glosser.common_word_not_name` asks it, as it asks for minor
  places (向阳 "facing the sun"); the gloss is then the word's own or a rule's that reads
  the word's entry, so ``gloss_context`` needs no new helper.

* :data:`VERB_LEADERS`: words after which the curated condition "verb-place" holds
  besides the adverbs and auxiliaries it read before (怎么 + 分 "to divide", 一起 + 分,
  主要 + 出口 "to export"): a word that is a noun and a verb is the verb there.

Pure of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A name sense that names a company or a brand: "Sansui, Japanese company", "Lay's
#: (brand)", "Volkswagen (automobile manufacturer)", "Lotte (South Korean conglomerate)".
_BRAND = re.compile(
    r"\b(?:company|corporation|brand|manufacturer|conglomerate|Co\.|Inc\b|Ltd\b)", re.I)

#: Words after a brand's name that make it the brand: its firm, or a product it names
#: (大众 + 汽车, 小米 + 手机, 宝马 + 车).
BRAND_NEXT = frozenset({
    "公司", "集团", "品牌", "牌", "汽车", "车", "轿车", "手机", "电脑", "电视", "产品",
    "股份", "旗舰店", "专卖店", "商店", "超市", "门店", "总部", "手表"})


def brand_only_names(names: Sequence[str]) -> bool:
    """Whether every one of ``names`` (the useful name senses of a word's proper entries)
    names a company or a brand, and there is one at least: 山水 "Sansui, Japanese
    company", 精工 "Seiko, Japanese watch and electronics company". A word with a place's
    or a person's name beside its brand (朝日 "Asahi (Japanese place name, company name
    etc)" names a place too) is not."""
    return bool(names) and all(
        _BRAND.search(s) and "place" not in s and "person" not in s for s in names)


def brand_may_stand(rest: Sequence[str]) -> bool:
    """Whether the next word (``rest[0]``) makes a brand-marked word the brand: its firm or
    a product (大众 + 汽车, 小米 + 手机, 现代 + 公司)."""
    return bool(rest) and rest[0] in BRAND_NEXT


#: Words before a verb that also stand where a noun may follow (怎么 + 回事 is no verb's
#: place, but 怎么 + 分, 一起 + 分, 主要 + 出口 are): the curated condition "verb-place"
#: reads them besides the adverbs and auxiliaries of ``glosses`` (a word that is a noun and
#: a verb, 分 "minute" / "to divide", is the verb after them).
VERB_LEADERS = frozenset({"怎么", "怎样", "如何", "一起", "一块儿", "主要", "大多", "大都"})
