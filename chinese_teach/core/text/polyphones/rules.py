"""Context rules for frequent polyphones, and the preferred readings of ambiguous words.

Each rule looks at a one-character word and its neighbours in the same run of
Chinese text and either gives a reading or declines (``None``), leaving the
choice to the model. Rules are kept to patterns that are right in everyday
teaching text; they were checked on CPP dev (never on CPP test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: Numerals and demonstratives that come before a measure word.
NUMERALS = set("一二两三四五六七八九十百千万几半每这那哪某多")
PRONOUNS = {"我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们", "大家", "您"}

#: Multi-character words whose CC-CEDICT entries give several readings, with the
#: reading textbooks print for the everyday sense (the others stay "unsure").
WORD_READINGS: dict[str, tuple[str, ...]] = {
    w: tuple(r.split())
    for w, r in {
        "不是": "bu4 shi4",
        "东西": "dong1 xi5",
        "地方": "di4 fang5",
        "起来": "qi3 lai5",
        "出来": "chu1 lai5",
        "说道": "shuo1 dao4",
        "当时": "dang1 shi2",
        "过去": "guo4 qu4",
        "结果": "jie2 guo3",
        "精神": "jing1 shen2",
        "土地": "tu3 di4",
        "告诉": "gao4 su5",
        "多少": "duo1 shao5",
        "过来": "guo4 lai5",
        "人家": "ren2 jia1",
        "女人": "nv3 ren2",
        "当年": "dang1 nian2",
        "故事": "gu4 shi5",
        "高中": "gao1 zhong1",
        "妻子": "qi1 zi5",
        "教学": "jiao4 xue2",
        "说法": "shuo1 fa3",
        "好吃": "hao3 chi1",
        "好处": "hao3 chu5",
        "大夫": "dai4 fu5",
        "正当": "zheng4 dang1",
        "尽量": "jin3 liang4",
        "转向": "zhuan3 xiang4",
        "当日": "dang1 ri4",
        "所长": "suo3 zhang3",
        "便宜": "pian2 yi5",
        "利害": "li4 hai5",
        "尽快": "jin3 kuai4",
        "罢了": "ba4 le5",
        "生意": "sheng1 yi5",
        "当天": "dang1 tian1",
        "本事": "ben3 shi5",
        "得罪": "de2 zui5",
        "开通": "kai1 tong1",
        "温和": "wen1 he2",
        "好事": "hao3 shi4",
        "尽可能": "jin3 ke3 neng2",
        "转动": "zhuan4 dong4",
        "老公": "lao3 gong1",
        "大爷": "da4 ye5",
        "重重": "chong2 chong2",
        "工夫": "gong1 fu5",
        "琢磨": "zuo2 mo5",
        "供养": "gong1 yang3",
        "跟前": "gen1 qian2",
        "恶心": "e3 xin1",
        "当晚": "dang1 wan3",
        "看好": "kan4 hao3",
        "公道": "gong1 dao4",
        "大方": "da4 fang5",
        "口音": "kou3 yin1",
        "结实": "jie1 shi5",
        "地道": "di4 dao5",
        "澄清": "cheng2 qing1",
        "把手": "ba3 shou3",
        "下场": "xia4 chang3",
        "出息": "chu1 xi5",
        "大意": "da4 yi5",
        "裁缝": "cai2 feng5",
        "上头": "shang4 tou5",
        "款式": "kuan3 shi4",
        "卷子": "juan4 zi5",
        "省事": "sheng3 shi4",
        "背着": "bei1 zhe5",
        "好学": "hao4 xue2",
        "得了": "de2 le5",
        "为人": "wei2 ren2",
        "重点": "zhong4 dian3",
        "言语": "yan2 yu3",
        "同行": "tong2 xing2",
        "分量": "fen4 liang5",
        "空地": "kong4 di4",
        "本色": "ben3 se4",
        "照应": "zhao4 ying4",
        "倒数": "dao4 shu3",
        "片子": "pian4 zi5",
    }.items()
}


@dataclass(frozen=True, slots=True)
class Context:
    """A one-character word with its neighbours (words and raw text of the run)."""

    char: str
    prev: str  # previous word ("" at the start of the run)
    next: str  # next word
    before: str  # text of the run before the word
    after: str  # text of the run after the word


Rule = Callable[[Context], str | None]


def _last(s: str) -> str:
    return s[-1] if s else ""


def _first(s: str) -> str:
    return s[0] if s else ""


#: One-character words whose everyday reading is fixed: their other readings
#: live inside words the dictionary knows (参与 yù, 中奖 zhòng, 几乎 jī ...).
SINGLE_READINGS: dict[str, str] = {
    "和": "he2", "中": "zhong1", "大": "da4", "上": "shang4", "与": "yu3", "会": "hui4",
    "属": "shu3", "区": "qu1", "克": "ke4", "省": "sheng3", "王": "wang2", "化": "hua4",
    "可": "ke3", "约": "yue1", "说": "shuo1", "万": "wan4", "号": "hao4", "叶": "ye4",
    "度": "du4", "广": "guang3", "作": "zuo4", "合": "he2", "比": "bi3", "间": "jian1",
    "过": "guo4", "车": "che1", "委": "wei3", "语": "yu3", "几": "ji3", "没": "mei2",
    "要": "yao4", "看": "kan4", "正": "zheng4", "发": "fa1", "便": "bian4", "好": "hao3",
    "是": "shi4", "那": "na4", "哪": "na3", "么": "me5", "吗": "ma5", "呢": "ne5",
    "吧": "ba5", "啊": "a5", "个": "ge4", "们": "men5", "把": "ba3", "给": "gei3",
    "少": "shao3", "教": "jiao1", "难": "nan2", "只": "zhi3", "差": "cha4",
}


def _de_particle(ctx: Context) -> str | None:
    return "de5"


def _le(ctx: Context) -> str | None:
    if ctx.prev in ("不", "得") and ctx.before[-2:-1] not in ("", "了"):
        return None  # 吃不了 / 受得了: leave to the model
    return "le5"


def _zhe(ctx: Context) -> str | None:
    if _first(ctx.after) in ("火", "凉", "迷") or ctx.prev in ("不", "得"):
        return "zhao2"
    return "zhe5"


_DEI_BEFORE = PRONOUNS | {"就", "还", "也", "都", "总", "又", "可", "必须", "我们"}
_NOT_DEI_NEXT = set("到了很太好多出知分奖")


def _dei(ctx: Context) -> str | None:
    nxt = _first(ctx.after)
    if nxt == "" or ctx.prev == "":
        return None
    if ctx.prev in _DEI_BEFORE and nxt not in _NOT_DEI_NEXT:
        return "dei3"
    return None


def _hai(ctx: Context) -> str | None:
    if _first(ctx.after) in set("给钱书债款") or _last(ctx.before) in set("归偿退"):
        return "huan2"
    return "hai2"


_CHANG_AFTER = {
    "很", "太", "真", "非常", "多", "这么", "那么", "特别", "比较", "最", "更", "不", "好", "挺",
    "越来越", "较", "过", "还", "也", "都", "那样", "这样", "又",
}


def _chang(ctx: Context) -> str | None:
    if _first(ctx.after) in set("得大高出"):
        return "zhang3"
    if ctx.prev in _CHANG_AFTER:
        return "chang2"
    return None


_XING_AFTER = {"不", "很", "也", "就", "都", "可", "真", "还", "才", "可以", "那", "这", "也不"}


def _xing(ctx: Context) -> str | None:
    if ctx.prev in _XING_AFTER:
        return "xing2"
    if ctx.after == "" and ctx.prev not in NUMERALS:
        return "xing2"
    return None


def _jiao(ctx: Context) -> str | None:
    return "jiao4" if "睡" in ctx.before[-3:] else "jue2"


def _zhi(ctx: Context) -> str | None:
    if _last(ctx.before) in NUMERALS and ctx.after:
        return "zhi1"
    return "zhi3"


_CROPS = set("树花菜地田草粮瓜豆")


def _zhong_plant(ctx: Context) -> str | None:
    after_numeral = _last(ctx.before) in NUMERALS
    if _first(ctx.after) in _CROPS and not after_numeral:
        return "zhong4"
    if after_numeral or ctx.prev.endswith(("这", "那")):
        return "zhong3"
    return None


def _er(ctx: Context) -> str | None:
    return "r5" if ctx.before else None


RULES: dict[str, Rule] = {
    "的": _de_particle,
    "了": _le,
    "着": _zhe,
    "得": _dei,
    "还": _hai,
    "长": _chang,
    "行": _xing,
    "觉": _jiao,
    "只": _zhi,
    "种": _zhong_plant,
    "儿": _er,
}


def rule_reading(ctx: Context) -> str | None:
    """The reading a context rule gives for ``ctx.char``, or ``None``."""
    rule = RULES.get(ctx.char)
    if rule is not None:
        return rule(ctx)
    return SINGLE_READINGS.get(ctx.char) if ctx.prev != "" or ctx.next != "" else None
