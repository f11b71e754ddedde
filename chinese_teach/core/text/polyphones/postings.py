"""上调 of a person posted up to a unit, shàngdiào (issue 19, branch cpp17).

现代汉语词典 has two words 上调: shàngdiào "调到上级机关工作" (a person moved up to a
higher unit) and shàngtiáo "(价格等) 向上调整" (a price or a rate raised). The dictionary the
engine reads gives the price's shàngtiáo only, so biographies read 他自天津青年队上调天津队
wrong. Which one it is shows in what follows: a unit (a team, a ministry, a committee, the
headquarters) or a direction (到, 往, 至) makes it the posting; a price, a rate, a fee or a
wage keeps the price's reading.
"""

from __future__ import annotations

import re

#: The reading of the posting.
SHANGDIAO = ("shang4", "diao4")

#: What is raised: a price, a rate, a fee, a wage, a target (油价上调, 上调贷款利率).
_RAISED = re.compile(r"[价率费税薪息额幅]|工资|标准|比例|预期|目标|评级|额度|上限|下限")

#: Where a person is posted: a direction, or a unit within a few characters (上调国家队,
#: 上调总部, 上调省委工作, 上调师部).
_POSTED_TO = re.compile(
    r"(到|往|至|入|进|回)[^一二三四五六七八九十百千万两零半]"
    r"|.{0,5}?(队|部|委|局|厅|院|署|军|师|团|处|司|中央|机关|总部|省委|市委|县委|机构|单位)"
)


def shangdiao_posted(before: str, after: str) -> bool:
    """True when 上调, with ``before`` and ``after`` it in its run, moves a person up to a
    unit (上调国家队, 上调到市教育局), not a price up (上调贷款利率, 油价上调了, 利率上调至
    百分之五: an amount after the direction)."""
    if _RAISED.search(after[:8]) or _RAISED.search(before[-6:]):
        return False
    return bool(_POSTED_TO.match(after))
