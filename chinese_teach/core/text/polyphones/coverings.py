"""褪 tùn, taking off what is worn or a shell, beside 褪 tuì, fading (issue 19, cpp17).

现代汉语词典 reads 褪 tùn "使穿着、套着的东西脱离" (褪下一只袖子, 把手镯褪下来) and tuì where
colour fades or feathers moult (褪色, 颜色褪去了, 热情渐渐褪去). The dictionary the engine
reads has 褪去 tuìqù only, and the model reads a lone 褪 tuì, so 他褪去外衣, 旧外壳被褪去 and
把袖子褪下来 were read tuì. What is taken off decides: a garment, a glove, a bracelet or a
shell near 褪 in its clause makes it tùn, unless colour is what goes.
"""

from __future__ import annotations

import re

#: What is worn or covers (衣, 袖子, 手套, 鞋袜, 手镯, 戒指, 外壳, 帽子); not 皮, whose shedding
#: (褪皮) is near the moulting 现代汉语词典 reads tuì (小鸭褪了黄毛).
COVERING = r"(衣|袖|套|鞋|袜|裤|镯|戒指|壳|帽|衫)"
_COVERING = re.compile(COVERING)
#: Colour that fades (褪了色, 颜色褪去): tuì whatever garment is named.
_COLOUR = re.compile(r"色|颜色")
#: The words of 褪 and a complement, and the complement's reading.
_COMPLEMENTS = {"褪去": "qu4", "褪下": "xia4", "褪掉": "diao4"}


def tun_taken_off(word: str, before: str, after: str) -> tuple[str, ...] | None:
    """The reading of 褪去 / 褪下 / 褪掉 when a covering is taken off (他褪去外衣, 旧外壳被
    褪去: tùn), from the text ``before`` and ``after`` the word in its run, or None (颜色
    褪去了, 热情渐渐褪去: the dictionary's tuì)."""
    second = _COMPLEMENTS.get(word)
    if second is None:
        return None
    near = before[-6:] + after[:4]
    if _COLOUR.search(near) or not _COVERING.search(near):
        return None
    return ("tun4", second)
