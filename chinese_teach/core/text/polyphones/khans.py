"""汗 hán, the title khan closing a name, beside 汗 hàn, sweat (issue 19, branch cpp18).

现代汉语词典 reads 汗 hán in 可汗 (the khan of the Xianbei, Turks, Uighurs and Mongols), and
CC-CEDICT gives 汗 hán "khan" too; the histories write the title after the name (俺答汗, 林丹汗,
拉藏汗, 札萨克图汗). The dictionary knows a few of those names whole (成吉思汗, 土谢图汗); the
others are cut into the name and a lone 汗, which the model read hàn, sweat (忽图剌汗, 合不勒汗,
藏巴汗 in CPP dev's text, in both halves). What stands before a lone 汗 decides: sweat comes
after a verb of sweating or wiping (出汗, 冒汗, 擦汗), a body or an amount (一身汗, 满头是汗,
很多汗), an adjective of it (冷汗, 虚汗) or a particle of aspect (冒着汗); the title after a
character of a name. Characters that may be either (大汗 "the Great Khan" or "heavy sweat",
为汗, 可汗's 可) are left to the dictionary and the model.
"""

from __future__ import annotations

#: Sweat: what comes before it (a verb of sweating or wiping, a body part, an amount, an
#: adjective of sweat, a particle or a verb of being).
SWEAT_BEFORE = frozenset(
    "出流冒淌滴渗沁擦拭揩抹挥捏发止敛盗自虚冷热细香臭血身头脸额背手脚腋胸心门满浑是了着过点些"
    "把层颗少透下捂落排吸防薄湿上有无没"
)
#: Characters before 汗 that are neither a name's nor plainly sweat's: left to the model
#: (大汗 the Great Khan or heavy sweat, 为汗 "became khan", 他们的汗 "their khan" or "his
#: sweat", 可汗 a word, 和 / 与 between two nouns, 用 / 让 / 被 / 在 before a subject, a
#: pronoun or a person before it: 同学们汗都出来了).
_UNDECIDED = frozenset("大为可和与及同用让被在于个位名之称其该此这那的们我你他她您咱子人")
#: Sweat after it: 汗水, 汗流浃背, 汗珠, 汗如雨下 (the title never has these after it).
SWEAT_AFTER = frozenset("水流珠衫毛腺颜渍液味臭巾津涔如蒸湿透滴斑")  # not 孔 (忽图剌汗孔武有力)
#: An amount before 多 (很多汗, 这么多汗): sweat; 博克多汗 (a title of the Bogd) is a name.
_AMOUNT_BEFORE_DUO = frozenset("很好许太么更不")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def han_reading(before: str, after: str) -> str | None:
    """The reading of a lone 汗 from the text ``before`` and ``after`` it in its run: han2
    after a character of a name (俺答汗, 林丹汗的孙子, 合不勒汗时), han4 after what sweat
    follows (出了一身汗, 擦汗, 冒着汗, 很多汗), or None where neither shows (汗 at the
    start of its run, 大汗, 为汗, 汗水 ...)."""
    if not before or not _cjk(before[-1]) or after[:1] in SWEAT_AFTER:
        return None
    last = before[-1]
    if last == "多":
        return "han4" if before[-2:-1] in _AMOUNT_BEFORE_DUO else "han2"
    if last in SWEAT_BEFORE or before.endswith("阿富"):
        return "han4"
    if last in _UNDECIDED or len(before) < 2 or not _cjk(before[-2]):
        return None  # a one-character run before it (他汗) is no name of a khan
    return "han2"
