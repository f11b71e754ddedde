"""Context rules for frequent polyphones, and the preferred readings of ambiguous words.

Each rule looks at a one-character word and its neighbours in the same run of
Chinese text and either gives a reading or declines (``None``), leaving the
choice to the model. Rules are kept to patterns that are right in everyday
teaching text; they were checked on CPP dev (never on CPP test).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chinese_teach.core.text.polyphones.class19 import word_in_context_class19
from chinese_teach.core.text.polyphones.collocations import (
    AMOUNT,
    COLLOCATIONS,
    NUMBER_AFTER,
    SURNAMES,
    collocation_reading,
    surname_reading,
)
from chinese_teach.core.text.polyphones.coverings import tun_taken_off
from chinese_teach.core.text.polyphones.khans import han_reading
from chinese_teach.core.text.polyphones.offices import DAFU, HISTORY_WORD_READINGS, office_dafu
from chinese_teach.core.text.polyphones.postings import SHANGDIAO, shangdiao_posted

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
        "穿着": "chuan1 zhe5",
        "明朝": "ming2 chao2",
        "累死": "lei4 si3",
        "花儿": "hua1 r5",  # the folk songs 花儿 huā'ér are rare in class
        # Where dictionaries differ, the learner's standard (HSK lists, 现代汉语词典):
        # see the table of conventions in benchmarks/pinyin/README.md.
        "照顾": "zhao4 gu4",
        "做生意": "zuo4 sheng1 yi5",  # 生意 shēngyi "business" (CC-CEDICT's 做生意: yì)
        "骨朵": "gu1 duo5",
        "花骨朵": "hua1 gu1 duo5",
        "字帖": "zi4 tie4",
        "大伯子": "da4 bai3 zi5",
        "卡住": "qia3 zhu4",
        "掉色": "diao4 shai3",
        "炸鸡": "zha2 ji1",
        "猪圈": "zhu1 juan4",
        "羊圈": "yang2 juan4",
        "把儿": "ba4 r5",
        # 核 is hú only in the spoken erhua words (杏核儿, 枣核儿: 现代汉语词典), see
        # WORD_BEFORE_OBJECT; 桃核, 杏核 alone are hé as both dictionaries write them
        # tripe is dǔ (猪肚 zhūdǔ, 现代汉语词典; CC-CEDICT zhūdù), the belly dù (肚子)
        "猪肚": "zhu1 du3",
        "牛肚": "niu2 du3",
        "羊肚": "yang2 du3",
        "憎恶": "zeng1 wu4",
        "泄露": "xie4 lou4",
        "厚薄": "hou4 bo2",
        "弹片": "dan4 pian4",
        "芥蓝": "gai4 lan2",
        # Drying by wiping, sun or air (the model took 干 for gàn in these rare words)
        "擦干": "ca1 gan1",
        "晒干": "shai4 gan1",
        "吹干": "chui1 gan1",
        "做作业": "zuo4 zuo4 ye4",  # 做 + 作业 (not 做作 zuòzuo "affected" + 业)
        "差事": "chai1 shi5",  # an errand, a job (CC-CEDICT also chà shì "not up to standard")
        "藏猫猫": "cang2 mao1 mao1",  # hide-and-seek (CC-CEDICT; the lexicon had zàng)
        # The dictionary's reading, which the model overruled (现代汉语词典, CC-CEDICT)
        "猜中": "cai1 zhong4",
        "菌子": "jun4 zi5",
        "旋床": "xuan4 chuang2",
        "绿林好汉": "lu4 lin2 hao3 han4",  # as 绿林 lùlín (现代汉语词典)
        # 片儿 piānr in the erhua words for pictures and films (现代汉语词典)
        "动画片儿": "dong4 hua4 pian1 r5",
        "画片儿": "hua4 pian1 r5",
        "相片儿": "xiang4 pian1 r5",
        "唱片儿": "chang4 pian1 r5",
        "吱声": "zi1 sheng1",  # 不吱声: to make a sound (现代汉语词典)
        "鸡冠花": "ji1 guan1 hua1",  # the cockscomb flower: 冠 guān, a crest
        "卷柏": "juan3 bai3",  # the spikemoss genus (现代汉语词典; pypinyin's phrase: juàn)
        "调休": "tiao2 xiu1",  # to take a day off in lieu (现代汉语词典, CC-CEDICT)
        "难为": "nan2 wei5",  # to press someone, to be kind of (现代汉语词典 nán·wei, CC-CEDICT)
        # 数不清的星星: counting (shǔ), 不 light in the potential complement
        "数不清": "shu3 bu5 qing1",
        "数不过来": "shu3 bu5 guo4 lai5",
        # a long time (现代汉语词典 长时间 chángshíjiān; CC-CEDICT lacks the word, and the
        # model read its 长 zhǎng in 因儿童长时间玩游戏)
        "长时间": "chang2 shi2 jian1",
        "轴重": "zhou2 zhong4",  # an axle load (the model read 轴重按25吨设计 chóng)
        # several (数 shù, as 数年, 数百, 数万 in CC-CEDICT; the model read 搁浅数日 shǔ)
        "数日": "shu4 ri4",
        "数天": "shu4 tian1",
        "数十": "shu4 shi2",
        "数千": "shu4 qian1",
        "天监": "tian1 jian1",  # the era of Emperor Wu of Liang (502-519), 天监五年
        # a Xiongnu queen (现代汉语词典 yānzhī, CC-CEDICT): the model, asked because the word
        # is rare, overruled 氏 to shì in 颛渠阏氏 (cpp14)
        "阏氏": "yan1 zhi1",
        # tunnel warfare (现代汉语词典 dìdàozhàn; CC-CEDICT lacks the word, and its parts read
        # 地道 as dìdao "authentic")
        "地道战": "di4 dao4 zhan4",
        "发夹": "fa4 jia1",  # a hairpin, fà (现代汉语词典, CC-CEDICT; the model read fā)
        "眼泡": "yan3 pao1",  # the upper eyelid, pāo (现代汉语词典)
        # the potential complement's 不 light (GB/T 16159: 听不懂 tīng bu dǒng), in the
        # dictionary's phrases that hold it (CC-CEDICT reads their 不 bù)
        "说不出话来": "shuo1 bu5 chu1 hua4 lai2",
        "说不出话": "shuo1 bu5 chu1 hua4",
    }.items()
}
WORD_READINGS.update(HISTORY_WORD_READINGS)  # 光禄大夫 dàfū, 大月氏 zhī (offices.py, cpp15)


@dataclass(frozen=True, slots=True)
class Context:
    """A one-character word with its neighbours (words and raw text of the run)."""

    char: str
    prev: str  # previous word ("" at the start of the run)
    next: str  # next word
    before: str  # text of the run before the word
    after: str  # text of the run after the word
    #: nouns of one or two characters (jieba's tags), for the locative 上
    nouns: frozenset[str] = field(default=frozenset(), compare=False)
    #: punctuation or the end of the text follows the run (see ``collocations.CLAUSE_END``)
    clause_end: bool = False
    #: digits follow the run (see ``collocations.NUMBER_AFTER``): 轴重 | 23吨
    number_after: bool = False


Rule = Callable[[Context], str | None]


def _last(s: str) -> str:
    return s[-1] if s else ""


def _first(s: str) -> str:
    return s[0] if s else ""


def _past_ge(after: str) -> str:
    """The text after a verb past a bare measure 个 (倒个水, 系个扣子: the object)."""
    return after[1:] if after.startswith("个") else after


#: One-character words whose everyday reading is fixed: their other readings
#: live inside words the dictionary knows (参与 yù, 中奖 zhòng, 几乎 jī ...).
SINGLE_READINGS: dict[str, str] = {
    "弄": "nong4",  # 你在弄什么: to do, to handle (lòng lives in the words 弄堂, 里弄)
    "和": "he2", "大": "da4", "上": "shang4", "与": "yu3", "会": "hui4",
    "属": "shu3", "区": "qu1", "克": "ke4", "省": "sheng3", "王": "wang2", "化": "hua4",
    "可": "ke3", "约": "yue1", "说": "shuo1", "万": "wan4", "号": "hao4", "叶": "ye4",
    "度": "du4", "广": "guang3", "作": "zuo4", "合": "he2", "比": "bi3", "间": "jian1",
    "过": "guo4", "车": "che1", "委": "wei3", "语": "yu3", "几": "ji3", "没": "mei2",
    "要": "yao4", "正": "zheng4", "发": "fa1", "便": "bian4", "好": "hao3",
    "是": "shi4", "那": "na4", "哪": "na3", "么": "me5", "吗": "ma5", "呢": "ne5",
    "吧": "ba5", "啊": "a5", "个": "ge4", "们": "men5", "把": "ba3", "给": "gei3",
    "少": "shao3", "教": "jiao1", "难": "nan2", "差": "cha4", "并": "bing4",
    # alone, 肖 is the surname Xiāo (肖方; xiào lives in 肖像, 生肖, 惟妙惟肖), 胖 is
    # fat, pàng (pán only in 心广体胖), 豁 is to split open, huō (墙上豁了一个口子;
    # huò lives in 豁然, 豁达, 豁免, huá in 豁拳)
    "肖": "xiao1", "胖": "pang4", "豁": "huo1",
}


def _de_particle(ctx: Context) -> str | None:
    if ctx.prev == "打" and _first(ctx.after) in _DI1_NEXT:
        return "di1"  # 我们打的去吧: to take a taxi (的士)
    return "de5"


#: What follows 打的 "to take a taxi": going somewhere.
_DI1_NEXT = frozenset({"去", "回", "回家", "回去", "回来", "过去", "过来", "到", "走"})
#: A prize, a rank or an illness after 得了: the verb dé (考试得了第一名, 得了冠军, 得了满分,
#: 得了一场大病, 得了感冒).
_PRIZE = re.compile(
    r"(第[一二三四五六七八九十\d]+名?|冠军|亚军|季军|金牌|银牌|铜牌|满分|一百分"
    r"|[一二三四五六七八九十百\d]+分|[一二三特]等奖|大奖|奖"
    r"|(一场)?(大|重)?病|(重)?感冒|流感|肺炎|癌症)"
)


def _le(ctx: Context) -> str | None:
    two_back = ctx.before[-2:-1]
    if (
        ctx.prev in ("不", "得") and two_back and two_back not in _PRONOUN_CHARS + "了"
        and not ctx.after.startswith(("解", "结"))
        and not (ctx.prev == "得" and two_back in ctx.nouns)  # 队得了冠军: dé le
        and not (ctx.prev == "得" and _PRIZE.match(ctx.after))  # 考试得了第一名: dé le
    ):
        return "liao3"  # 吃不了, 受得了: "can manage"
    return "le5"


#: What burns or lights: 着 after it (and an adverb) before a closing 了 is zháo (路灯都着了).
_ALIGHT = ("灯", "火", "炉子", "炉火", "柴", "煤", "蜡烛", "房子", "森林")


def _zhe(ctx: Context) -> str | None:
    if _first(ctx.after) in ("火", "凉", "迷") or ctx.prev in ("不", "得", "找", "睡", "猜"):
        return "zhao2"
    if ctx.after.startswith(("什么急", "啥急", "什么凉", "什么迷")):
        return "zhao2"  # 你着什么急: 着急 split by 什么
    if ctx.after == "了" and ctx.clause_end and ctx.before.rstrip("都也又已经早就").endswith(
        _ALIGHT
    ):
        return "zhao2"  # 路灯都着了, 火着了: burning, lit
    return "zhe5"


#: Words before 过 that make it the verb guò "to pass, to spend" or a complement, never the
#: particle: adverbs, modals and time words (已经过了十点, 再过几天, 要过马路, 没过了小路 mò,
#: 打得过, 打不过), pronouns (他过了河) and the particles of a modifier (慢慢地过, 的).
_GUO_NOT_AFTER = frozenset({
    "没", "不", "也", "都", "就", "还", "又", "才", "再", "刚", "刚刚", "已", "已经", "快", "要",
    "能", "会", "可以", "能够", "得", "别", "该", "应该", "一起", "正在", "在", "先", "马上", "很",
    "太", "最", "更", "好", "好好", "怎么", "怎样", "如何", "这样", "那样", "一直", "将", "即将",
    "不能", "不会", "不要", "不想", "难以", "无法", "一", "刚一", "地", "的", "今天", "明天",
    "昨天", "今年", "明年", "去年", "每年", "每天", "自己", "谁", "大家", "它们",
    # a particle or a preposition before it (消耗了过多的糖类, 挨肩而过, 以过舟, 与过厅, 则过之)
    "了", "而", "以", "把", "从", "向", "往", "朝", "与", "和", "则",
    # a connective that opens the clause: no verb before 过 (可是过了一个月, 后来过了很多年,
    # 如果过了八点, 于是过了一年)
    "可是", "但是", "但", "可", "却", "后来", "然后", "接着", "所以", "于是", "结果", "如果",
    "要是", "假如", "而且", "并且", "因为", "虽然", "然而", "只要", "直到", "等到",
})
#: What follows 过 the verb or a complement: 来/去 (拿 | 过 | 来), 得 (日子过得很快), the body
#: turned (转过身, 背过身去, 回过头, 扭过脸, 回过神), 于, 了头 (过于, 睡过了头), 着 (过着快乐的
#: 生活) and a festival or the days one lives (过新年, 过春节, 过生日, 过日子).
_GUO_VERB_BEFORE = ("来", "去", "得", "头", "了头", "身", "脸", "神", "于", "着", "新年", "春节",
                    "生日", "日子", "中秋", "元旦", "圣诞")
#: 过 "too" before an adjective that closes the clause or comes before 的/地/而/了 (流血过多,
#: 下滑道过低而坠毁, 过多的糖类); not before a word (去过多少, 吃过早饭, 念过大学).
_GUO_TOO = re.compile(
    r"(多|少|高|低|快|慢|大|小|长|短|重|早|晚|热|冷|度|量)($|[的地而了])"
    # ... or an adjective of excess before what it leads to, a modal or a time clause, which
    # no object of the particle starts with (流血过多昏迷, 喝酒过多导致, 水温过高会, 车速过快就,
    # 用力过猛, 温度过低时; 去过多次, 见过少将 and 去过多伦多 keep the particle)
    r"|(多|少|高|低|快|慢|猛)(导致|引起|造成|昏迷|死亡|[会就也时则便即而，]|$)"
)
#: 过 "past, over" an amount closing its clause (年过八十, 人口过千, 游客过万, 年分娩量过1万):
#: a number after the particle counts something (去过两次, 住过三年, 去过3次), so the clause
#: ends with that count's measure, not with the number.
_GUO_OVER = re.compile(r"[一二三四五六七八九十两百千万亿半]+(万|亿|千|百|岁|人次)?$")
#: Verbs of motion, turning and handing over: 过 after them is the complement guò "past,
#: across, over" (现代汉语词典: 走过, 穿过, 跳过, 飞过), also where the dictionary has no word
#: for the pair (刮过操场, 游过长江, 转过身, 接过书包); 走过 and 穿过 are words of their own.
_GUO_MOTION = frozenset(
    "走跑飞游爬跳穿跨越渡划刮吹流滑掠扫漂驶迈钻挤踏趟蹚涉淌滚冲闪转回扭侧掉翻绕递传拿接抢夺开"
    "轧碾熬挺撑逃躲避瞒淹漫退撤"  # 车轮轧过了石头; getting through or away: 熬过了冬天, 逃过了
    # 这一难, 瞒过了他; over or back across: 江水淹过甲板, 退过了河
)
#: Verbs that lead, ride or carry a one-character noun across (引兵过天门岭, 骑马过草原, 坐船
#: 过长江, 牵牛过小桥, 挥师过黄河): 过 after that noun is the second verb, "to cross".
_GUO_LEAD_VERBS = frozenset("引率领带牵骑坐乘驾驱挥赶撑划")
#: Verb-object words of those verbs: split by 过 they have the particle (游过泳 yóuguo yǒng,
#: 开过车, 爬过山: an experience).
_GUO_MOTION_OBJECTS = frozenset({
    "游泳", "跑步", "跳舞", "跳绳", "爬山", "滑冰", "滑雪", "走路", "开车", "开会", "开刀", "开门",
    "划船",
})


#: Holidays and spans of rest one spends (过周末, 怎么过暑假, 在外婆家过的寒假; cpp18), beside the
#: festivals of :data:`_GUO_VERB_BEFORE`; and a date of the lunar or solar calendar (有过八月十六的
#: 习俗: to celebrate the 16th of the eighth month).
_GUO_HOLIDAYS = ("周末", "暑假", "寒假", "假期", "长假", "节日", "国庆", "端午", "元宵", "重阳",
                 "除夕", "大年", "年三十", "七夕", "儿童节", "情人节", "母亲节", "父亲节", "教师节",
                 "感恩节", "双休日")
_GUO_DATE = re.compile(r"(正|腊|[一二三四五六七八九十]{1,2})月(初)?[一二三四五六七八九十廿]{1,3}")
#: Verbs whose experience of a holiday is the particle's (参加过国庆阅兵, 经历过春节).
_GUO_EXPERIENCED = frozenset({"参加", "经历", "体验", "见", "见识", "看", "去", "到", "赶上",
                              "遇到", "遇上", "碰上"})
#: Adjectives of comparison: 过 after them with what is surpassed after it is the verb
#: "to exceed" (高过我, 高过一头, 强过所有对手, or a noun after it: 高过爸爸; cpp18); the
#: particle of a past state closes its clause or has a span after it (他以前也胖过, 红过一阵).
_GUO_COMPARED = frozenset("高强快远多重美亮深贵矮低少胖瘦")  # not 长 / 大 (长过痘, 大过年的)
_GUO_SURPASSED = re.compile(
    r"(我|你|他|她|它|您|咱|所有|任何|其他|其它|别的|别人|同龄|对手|一头|一筹|半头|往年|去年|以往"
    r"|平时|历届|同期|[一二两三四五六七八九十几数]+倍)"
)


def _guo_spent_or_exceeded(ctx: Context) -> bool:
    """True for 过 "to spend" a holiday or a date (过周末, 在外婆家过的寒假, 有过八月十六的
    习俗) or "to exceed" after an adjective of comparison (高过我, 高过一头)."""
    prev, after = ctx.prev, ctx.after
    if prev in _GUO_COMPARED and (_GUO_SURPASSED.match(after) or ctx.next in ctx.nouns):
        return True  # 高过我, 高过一头, 高过爸爸
    spent = after[1:] if after.startswith("的") else after
    return prev not in _GUO_EXPERIENCED and (
        spent.startswith(_GUO_HOLIDAYS) or _GUO_DATE.match(spent) is not None)


def _guo(ctx: Context) -> str | None:
    """过 right after a verb is the aspect particle ·guo (现代汉语词典: 吃过饭再去, completion;
    他去年来过北京, an experience; HSK textbooks print qùguo): before an object, 了, 吗, an
    amount (去过两次) or the end of its clause. It keeps guò where it is the verb or a
    complement:

    * at the start of its clause, after a pronoun or a noun of two characters (他过了河,
      妹妹过了小河), after an adverb, a modal, a time word, 地/的, 了/而 or a preposition
      (:data:`_GUO_NOT_AFTER`: 再过几天, 要过马路, 打不过, 挨肩而过);
    * after a verb with 着 and its object (趟着水过了河: the second verb), or after a verb
      of leading or riding and its noun of one character (引兵过天门岭, 坐船过长江);
    * before 来/去 (拿 | 过 | 来: a directional complement), 得 (日子过得很快), 着 (过着),
      the body turned (背过身去, 回过头), 于, 了头 (过于, 睡过了头), a festival (过新年) and
      an adjective of degree closing its phrase (过低而坠毁: "too") or before what the
      excess leads to (流血过多昏迷, 水温过高会烫伤);
    * before an amount closing its clause (年过八十, 人口过千, 分娩量过1万: "over");
    * before a holiday or a date it spends (过周末, 在外婆家过的寒假, 有过八月十六的习俗), and
      after an adjective of comparison before what it surpasses (高过我, 高过一头);
    * after a verb of motion, turning or handing over (:data:`_GUO_MOTION`), as 现代汉语词典
      writes its complement "past, across" (走过, 穿过, 跳过, 飞过): 刮过操场, 转过身; unless
      过 splits one of its verb-object words (游过泳, 开过车, 爬过山: the particle). Chosen
      where unsure: 我跑过马拉松 and 他拿过我的书 may be experiences, but 现代汉语词典's
      examples of motion verbs + 过 are all guò, so they keep guò.

    Words the dictionary writes with 过 (经过, 通过, 难过, 不过, 超过, 度过, 走过, 穿过, 跳过, 错过)
    keep its reading: this rule sees 过 alone or inside a word the dictionary lacks (见过 |
    面: jiànguo)."""
    prev, after = ctx.prev, ctx.after
    if not prev or after.startswith(_GUO_VERB_BEFORE) or _GUO_TOO.match(after):
        return "guo4"
    if ctx.clause_end and _GUO_OVER.match(after):
        return "guo4"  # 年过八十, 人口过千: over an amount
    if _guo_spent_or_exceeded(ctx):
        return "guo4"  # 过周末, 有过八月十六的习俗; 高过我: spending, exceeding
    if ctx.number_after and not after and prev in ctx.nouns:
        return "guo4"  # 年分娩量过1万: a noun's figure over an amount in digits
    if prev in _GUO_NOT_AFTER or prev in PRONOUNS or (len(prev) >= 2 and prev in ctx.nouns):
        return "guo4"
    if (len(prev) == 1 and prev in ctx.nouns and ctx.before[-2:-1] in _GUO_LEAD_VERBS) or (
        len(prev) == 2 and prev[0] in _GUO_LEAD_VERBS and prev[1] in ctx.nouns
    ):
        return "guo4"  # 引兵 | 过天门岭, 坐船 | 过长江: leading or riding across
    if ctx.before[:-len(prev)].endswith("着"):
        return "guo4"  # 趟着水过了河: the second verb after a verb with 着 and its object
    if prev[-1] in _GUO_MOTION and not any(
        after.startswith(word[1:]) for word in _GUO_MOTION_OBJECTS if word[0] == prev[-1]
    ):
        return "guo4"
    return "guo5"


_PRONOUN_CHARS = "我你他她它您们咱"
_DEI_BEFORE = PRONOUNS | {"就", "还", "也", "都", "总", "又", "可", "必须", "明天", "今天", "现在"}
_DE2_NEXT = set("分票奖益以知名病到罪手意逞释赦")  # 得释, 得赦: was released, pardoned (dé)
#: Words after a clause-initial 得 that make it "must": 得去看医生, 得赶紧走.
_DEI_NEXT = frozenset(
    {"去", "走", "赶紧", "赶快", "马上", "早点", "早点儿", "先", "快点", "快点儿"}
)


#: Verbs after a noun's 得 that make it "must" (这个菜得放盐, 这件事得告诉他): after a
#: verb 得 is the complement marker (说得对), so only a noun subject and a verb that
#: cannot be a degree complement decide.
_DEI_VERBS_AFTER_NOUN = frozenset({
    "放", "加", "去", "走", "买", "做", "写", "带", "用", "吃", "喝", "等", "找", "交", "洗",
    "告诉", "准备", "注意", "小心", "问", "请", "换", "修", "改", "重新", "马上", "赶紧",
    "先", "多", "少",
})


def _de(ctx: Context) -> str | None:
    nxt = _first(ctx.after)
    if nxt == "":
        return None
    if ctx.prev == "":
        # 得去看医生, 得赶紧走 starting a clause: "must" (得子, 得佛像 are the verb)
        return "dei3" if ctx.next in _DEI_NEXT else None
    if nxt == "了" and (ctx.prev in ctx.nouns or _PRIZE.match(ctx.after[1:])):
        return "de2"  # 我们队得了冠军, 他考试得了第一名
    if ctx.prev in ctx.nouns and ctx.next in _DEI_VERBS_AFTER_NOUN:
        return "dei3"  # 这个菜得放一点儿盐: a noun subject, then "must" + verb
    if ctx.prev in _DEI_BEFORE:
        if nxt == "了" or nxt in _DE2_NEXT:
            return "de2"  # 她得了第一名
        return "dei3"  # 我得走了, 我们得好好准备
    if nxt in _DE2_NEXT:
        return None
    return "de5"  # 跑得很快, 写得不对: the complement marker


_ADVERBIAL_NOT = set("土本田草当各外此该陆大天山草园荒耕种盆内场基营")
_PLACE_NEXT = set("上下里区方面球铁图址点板毯主位带道壳震")
#: A verb of one character said twice around 了 (点了点头, 笑了笑).
_DONE_TWICE = re.compile(r"(.)了\1")
#: 一片一片, 一步一步: a measure said twice, "one by one", before an adverbial 地.
_ONE_BY_ONE = re.compile(r"一(.)一\1$")


def _di(ctx: Context) -> str | None:
    prev, nxt = ctx.prev, _first(ctx.after)
    if _last(ctx.before) == "之" or (ctx.number_after and not ctx.after):
        return "di4"  # 兵家必争之地, 黄冈县和黄陂县之地; 购地16亩: land, before its amount
    if (
        ctx.after.startswith("一下") and len(prev) == 1 and prev not in NUMERALS
        and prev not in "块片在到的这那田草土"
    ):
        return "de5"  # 脸刷地一下白了, 呼地一下: a sound word as an adverbial
    if nxt and ((len(prev) == 2 and prev[0] == prev[1]) or (
        len(ctx.before) >= 2 and ctx.before[-1] == ctx.before[-2]
    )):
        return "de5"  # 静静地下着, 哗哗地下: a reduplicated adverb, not 地下
    if _ONE_BY_ONE.search(ctx.before) and nxt:
        return "de5"  # 一片一片地剪, 一步一步地走: one by one (一片地 "a plot" is dì)
    if len(prev) >= 2 and _last(prev) not in _ADVERBIAL_NOT and _DONE_TWICE.match(ctx.after):
        return "de5"  # 满意地点了点头: a verb said twice around 了, so 地 is its adverbial's
    if nxt in _PLACE_NEXT or _last(prev) in NUMERALS or _last(prev) in set("块片在到的这那"):
        return "di4"
    if len(prev) >= 2 and _last(prev) not in _ADVERBIAL_NOT and nxt:
        return "de5"  # 慢慢地走, 认真地听, 高兴地说
    if len(ctx.before) >= 2 and ctx.before[-1] == ctx.before[-2] and nxt:
        return "de5"  # 悄悄地走, 闷闷不乐地 (a reduplicated adverb inside a longer word)
    return None


def _hai(ctx: Context) -> str | None:
    nxt = _first(ctx.after)
    if nxt in set("给钱书债款") or _last(ctx.before) in set("归偿退"):
        return "huan2"
    if nxt == "个" and _first(_past_ge(ctx.after)) in set("钱书债"):
        return "huan2"  # 去图书馆还个书: a verb with a bare 个 before its object
    if ctx.after in ("", "了") or ("把" in ctx.before[-6:] and nxt in ("了", "")):
        return "huan2"  # 按时还, 把书还了
    if "把" in ctx.before[-8:] and nxt in ("到", "回"):
        return "huan2"  # 把书还到图书馆, 把钱还回去: returned to (我还到过北京 has no 把)
    return "hai2"


_CHANG_AFTER = {
    "很", "太", "真", "非常", "多", "这么", "那么", "特别", "比较", "最", "更", "不", "好", "挺",
    "越来越", "较", "过", "还", "也", "都", "那样", "这样", "又",
}


#: Units a length is measured in: 两米长, 五公里长, 三尺长 read cháng.
_LENGTH_UNITS = ("米", "公里", "千米", "厘米", "毫米", "尺", "寸", "丈", "英里", "英尺", "公尺")
_CHINESE_DIGITS = set("〇零壹贰叁肆伍陆柒捌玖拾佰")


def _after_measure(before: str, units: tuple[str, ...]) -> bool:
    """True if ``before`` ends with a number and one of ``units`` (两米, 五公里, 3厘米)."""
    for unit in units:
        if before.endswith(unit):
            rest = before[:-len(unit)]
            return rest == "" or rest[-1] in NUMERALS or rest[-1] in _CHINESE_DIGITS
    return False


#: What one grows to be, after 长 + 这么/那么 (长这么高, 长那么胖): 长 is zhǎng.
_GROWN = frozenset("大高胖壮")


#: Nouns of a span of time or a distance: 长 right after them, closing its phrase, says how
#: long it is (寿命长, 工期长，, 存续期长而, 保质期长的; cpp18). 期 closes many of them (周期,
#: 花期, 任期, 疗程's 程 the others).
_SPANS = ("期", "寿命", "时间", "时长", "距离", "路程", "里程", "行程", "航程", "射程", "疗程",
          "年限", "时限", "跨度", "间隔", "历史", "工时")
#: What may follow that 长: the end of its run, 而, 的, 达 / 于 (时间长达十年), 短 (夜长昼短),
#: an amount of comparison; not 了, 出, 成, 满, which may be growth (这段时期长了不少).
_SPAN_CLOSERS = ("而", "的", "达", "于", "短", "、", "一些", "些", "一点")


def _span_long(ctx: Context) -> bool:
    """True if 长 says how long a span of time or a distance is (寿命长, 工期长, 存续期长而)."""
    return ctx.before.endswith(_SPANS) and (
        ctx.after == "" or ctx.after.startswith(_SPAN_CLOSERS))


def _chang(ctx: Context) -> str | None:
    if _after_measure(ctx.before, _LENGTH_UNITS):
        return "chang2"  # 两米长: a length
    if _first(ctx.after) in set("得大高出") or (
            ctx.after[:2] in ("这么", "那么") and ctx.after[2:3] in _GROWN):
        return "zhang3"  # 我长这么大: grown up; 你儿子长这么高了: grown tall
    if ctx.prev in _CHANG_AFTER or ctx.prev in ("够", "不够", "足够") or (
        "比" in ctx.before[-6:] and not ctx.after.startswith(("了", "出", "成"))
    ):
        return "chang2"  # 不够长, 这条比那条长: the adjective (比 ... 长了 may be grown)
    if _span_long(ctx):
        return "chang2"  # 寿命长, 工期长: how long a span is
    return None


_XING_AFTER = {"不", "很", "也", "就", "都", "可", "真", "还", "才", "可以", "那", "这", "也不"}


def _xing(ctx: Context) -> str | None:
    prev_char, nxt = _last(ctx.before), _first(ctx.after)
    if (prev_char in NUMERALS and prev_char != "一") or nxt in set("字诗文"):
        return "hang2"  # 二十行字, 一行字
    if ctx.prev in _XING_AFTER:
        return "xing2"
    if ctx.after == "" and prev_char not in NUMERALS:
        return "xing2"
    return None


#: What follows 觉 jué in the words it starts (觉得, 觉悟 ...), even after 睡 (睡醒后觉得).
_JUE_NEXT = frozenset("得悟醒察着出")


def _jiao(ctx: Context) -> str | None:
    if "睡" in ctx.before[-3:] or (
        _first(ctx.after) == "睡" and ctx.prev in ("这", "那", "这一", "那一")
    ):
        return "jiao4"  # 这觉睡得真舒服: this sleep
    # 睡觉 split by a measure phrase or a complement (睡了三个小时的觉, 睡不着觉), and
    # 一觉睡到中午: sleep, not 觉得
    if _first(ctx.after) not in _JUE_NEXT and (
        "睡" in ctx.before[-10:] or (ctx.prev == "一" and _first(ctx.after) in ("睡", "醒"))
    ):
        return "jiao4"
    return "jue2"


def _zhi(ctx: Context) -> str | None:
    if _last(ctx.before) in NUMERALS and ctx.after:
        return "zhi1"
    return "zhi3"


_CROPS = set("树花菜地田草粮瓜豆玉稻麦葱蒜")


#: People who grow things, before 种的 (奶奶种的西红柿: zhòng; 物种的, 该种的 stay zhǒng).
_GROWERS = frozenset({
    "奶奶", "爷爷", "妈妈", "爸爸", "外婆", "外公", "姥姥", "姥爷", "农民", "老师", "叔叔", "阿姨",
    "伯伯", "哥哥", "姐姐", "弟弟", "妹妹", "同学", "同学们", "邻居", "自己", "大家", "学生",
    "学生们", "孩子", "孩子们", "老人", "老农", "园丁",
})
#: An amount of plants after 种 (几棵树, 两亩地, 三盆花): the verb (几种 is the measure).
_PLANTED_AMOUNT = re.compile(r"[了过上]?([一两三四五六七八九十百几]+|一些|些)(棵|株|亩|盆|垄|排)")
#: Words before 种 that make it the verb "to plant" (在种, 要种, 去种 ...).
_ZHONG_VERB_AFTER = {
    "在", "正在", "要", "想", "会", "能", "去", "来", "没", "不", "别", "再", "还", "也", "都",
    "喜欢", "爱", "开始", "准备", "打算", "应该", "可以",
}


def _zhong_plant(ctx: Context) -> str | None:
    after_numeral = _last(ctx.before) in NUMERALS
    nxt = _first(ctx.after)
    if after_numeral or ctx.prev.endswith(("这", "那", "哪", "某", "此", "该")):
        return "zhong3"  # 三种语言, 这种水果
    if nxt in _CROPS or nxt in ("了", "过", "着") or _first(_past_ge(ctx.after)) in _CROPS:
        return "zhong4"  # 种花, 我们种了很多花, 种个树
    if ctx.after.startswith("种子"):
        return "zhong4"  # 种 + 种子: to sow seeds (the cut's 种种 | 子 -> 种 | 种子)
    if _PLANTED_AMOUNT.match(ctx.after):
        return "zhong4"  # 在院子里种几棵树, 种两亩玉米: an amount of what is planted
    if nxt in ("不", "得") and ctx.after[1:2] in ("活", "好", "出", "完", "下", "成"):
        return "zhong4"  # 种不活, 种得好: a potential or a result complement
    if ctx.prev in _ZHONG_VERB_AFTER or (
        (ctx.prev in PRONOUNS or ctx.prev in _GROWERS or ctx.prev == "谁") and nxt == "的"
    ):
        return "zhong4"  # 农民在种玉米, 我种的花, 奶奶种的西红柿
    return None


def _er(ctx: Context) -> str | None:
    # Erhua after a one-character word (花儿, 门儿); 儿 after longer words is "child".
    return "r5" if len(ctx.prev) == 1 else None


_WEI4_NEXT = PRONOUNS | {"了", "什么", "何", "人民", "大家", "国家", "社会", "别人", "祖国", "此",
                         "顾客", "学生", "孩子", "病人", "老人", "客人", "读者", "观众"}
_WEI2_PREV = set("成作称选改认以被视分化变")
#: 为 before "this/that matter" is wèi, "for" (为这件事, 为那次比赛).
_WEI4_THIS = re.compile(r"(这|那)(件|个|次|种|些|场|点|份|段)")


#: 为 wèi "for, on behalf of" before whom one serves (cpp19): a beneficiary of up to three
#: characters or none (为之效力, 为国效力, 为球队效力, 为其效命, 为朝廷效忠, 为公司卖命, 为效力),
#: then a verb of serving; not 为具有法律效力 (a copula before a noun phrase) nor 为服务业.
_WEI4_SERVE = re.compile(
    r"[^有具的法律是，。]{0,3}?(效力|效命|效劳|效忠|卖命|献身|尽忠|出力|服务)(?![业员区器站费型类性])"
)


#: 为 wèi "for" before whom or what one provides for, avenges, prays for or defends (cpp21):
#: 为贫困学生提供, 为死去的兄弟报仇, 为丰收祈祷, 为被告人辩护. The beneficiary (one to ten
#: characters) starts with no preposition (他的任务为向居民提供: a copula) and holds no 所 (为…所
#: is the passive) nor a clause's edge; a verb right after 为 (业务为提供贷款) is a copula too.
_WEI4_FOR = re.compile(
    r"(?![向对在从于以将把])[^，。！？；：、“”《》（）所是为]{1,10}?"
    r"(提供|报仇|复仇|祈祷|祈福|辩护|送行|伸冤|求情|争光|增光|出谋划策|撑腰|着想|操心)"
)
#: 为 wèi of a purpose before 而 and what is done for it (cpp21): 为庆祝胜利而举行, 为方便游客观赏
#: 月季而辟建, 为放弃化学武器而斗争; not 而成 (城墙为石砌而成: a copula), nor 为…所 or 为…不容
#: (the passive), nor after 以 (以金雀花为帽饰而得名: 以X为Y).
_WEI4_PURPOSE = re.compile(
    r"(?![向对在从于以将把])([^，。！？；：、“”《》（）所是为]{1,12}?)而(?![成已且言论是])"
)
#: 为 after these is always "for" (专为儿童创作, 特为此事而来).
_WEI4_DEVOTED = ("专", "特", "特意", "特地", "专门")
#: A modal ending in 以 before 为 "for" (可以为面包提供): not the copula of 以X为Y.
_MODAL_YI = ("可以", "足以", "得以", "难以", "用以", "借以", "藉以")


def _wei_for(ctx: Context) -> bool:
    """True if 为 is wèi "for" before a beneficiary and a verb of providing, avenging, praying
    or defending (:data:`_WEI4_FOR`), before a purpose and 而 (:data:`_WEI4_PURPOSE`), or after
    专/特意 (:data:`_WEI4_DEVOTED`)."""
    if ctx.before.endswith(_WEI4_DEVOTED):
        return True
    if _last(ctx.before) in _WEI2_PREV and not ctx.before.endswith(_MODAL_YI):
        return False
    if _WEI4_FOR.match(ctx.after):
        return True
    purpose = _WEI4_PURPOSE.match(ctx.after)
    return bool(purpose) and "不容" not in purpose.group(1) and "以" not in ctx.before[-8:]


#: 别难为他了, 难为你了: the word 难为 nánwei cut 难 | 为 by the segmenter, a person last.
_HARD_ON = re.compile(r"(我|你|他|她|您|我们|你们|他们|人家|孩子)(了|啊|呀|吗|呢)?$")


def _wei(ctx: Context) -> str | None:
    if ctx.prev == "难" and _HARD_ON.match(ctx.after):
        return "wei5"
    if _wei_for(ctx):
        return "wei4"  # 为贫困学生提供, 为兄弟报仇, 专为儿童创作 (cpp21)
    if _last(ctx.before) in _WEI2_PREV:
        return "wei2"
    if ctx.next in _WEI4_NEXT or _first(ctx.after) == "了":
        return "wei4"  # 为你感到高兴, 为大家做事
    if _WEI4_SERVE.match(ctx.after):
        return "wei4"  # 为之效力, 为国效力, 为球队效力: serving someone (cpp19)
    if _WEI4_THIS.match(ctx.after) and "所" not in ctx.after[:12]:
        # 为这件事争了半天: for this matter (成为这个, 选为这 are above; 为这个宗教所动
        # is the passive 为…所, wéi)
        return "wei4"
    return None


def _dou(ctx: Context) -> str | None:
    if _last(ctx.before) in set("建定迁国古旧陪首帝"):
        return None
    return "dou1"


_CHONG_NEXT = set("说写做来读听装修建复叠逢")


#: A weight before its number: 重963吨, 轴重23吨, 重达455公斤 (``0``: digits follow the run).
_WEIGHT = re.compile(r"(约|达|逾|近)?(0|" + AMOUNT + r"(吨|千克|公斤|克|斤|磅))")


def _zhong_heavy(ctx: Context) -> str | None:
    if _WEIGHT.match(ctx.after + NUMBER_AFTER if ctx.number_after else ctx.after):
        return "zhong4"  # 结构上使用了重963吨的拱形钢梁: a weight (重复, 重新 are words)
    if _first(ctx.after) in _CHONG_NEXT and ctx.prev not in _CHANG_AFTER:
        return "chong2"  # 重说一遍, 重写
    if ctx.prev in _CHANG_AFTER or _first(ctx.after) in ("了", "量"):
        return "zhong4"  # 很重, 太重了
    if "比" in ctx.before[-6:] or ctx.after.startswith(("多了", "得多", "一点", "一些")):
        return "zhong4"  # 比那个重多了: the adjective in a comparison
    return None


def _zhong_middle(ctx: Context) -> str | None:
    if _last(ctx.before) in set("射打猜考看选命击"):
        return "zhong4"
    return "zhong1"


def _kan(ctx: Context) -> str | None:
    if ctx.next in ("孩子", "门", "家", "小孩", "小孩儿", "病人", "东西", "行李"):
        return "kan1" if ctx.next in ("孩子", "门", "小孩", "小孩儿", "行李") else "kan4"
    return "kan4"


_KONG_BLANK = re.compile(r"了?[一两二三四五六七八九十几]+(行|格|页|个字|道题)")


#: An amount a vessel holds: 盛十斤水, 盛两碗饭 (chéng).
_HOLDS = re.compile(r"[一两二三四五六七八九十百几半多少]+(斤|升|公斤|碗|杯|桶|瓢|勺|盆|盘)")


def _kong(ctx: Context) -> str | None:
    if ctx.prev in ("有", "没", "没有"):
        return "kong4"  # 有空吗
    if ctx.prev in ("一点儿", "一点", "点儿") and ctx.after.startswith(("都没", "也没")):
        return "kong4"  # 一点儿空都没有: not a moment free
    if _KONG_BLANK.match(ctx.after) or ctx.after.startswith(("下了", "出")):
        return "kong4"  # 空两格, 空了一行, 空出一个座位: leave blank, make free
    return None


#: Words before 数 that make it the verb "to count" (他在数星星, 仔细数一遍).
_SHU3_AFTER = frozenset(
    {"会", "数", "再", "来", "请", "你", "我", "他", "她", "在", "正在", "仔细", "认真",
     "慢慢", "重新", "挨个", "一起", "先", "帮", "帮我"}
)


def _shu(ctx: Context) -> str | None:
    nxt = _first(ctx.after)
    if nxt == "次" and ctx.prev not in ("一", "几", "两"):
        return "shuo4"  # 他数次来过这里: several times
    if nxt in set("了到一过完不钱") or ctx.prev in _SHU3_AFTER or ctx.after.startswith(
        ("第一", "第二", "第三")
    ):  # 他的个子在班里数第一: ranks
        return "shu3"  # 数了数钱, 数到一百, 他在数星星
    return None


def _liang(ctx: Context) -> str | None:
    if _first(ctx.after) in set("一了过体身") or ctx.prev in PRONOUNS | {"请", "来", "去", "再"}:
        return "liang2"  # 量一下, 量体温
    return None


def _zhuan(ctx: Context) -> str | None:
    if ctx.after.startswith(("一圈", "圈", "动", "来转去")):
        return "zhuan4"
    return None


#: What can collapse or go bankrupt, then how long it ran (开了不到一年, 建了没几年) and 就
#: before 倒了 closing the clause: the collocation's window may no longer hold the subject.
_COLLAPSED_AFTER_SPAN = re.compile(
    r"(公司|工厂|厂|企业|商店|店|饭馆|餐馆|银行|超市|房子|房屋|楼|墙|桥)"
    r"(开|办|建|盖|修|经营|营业|撑|坚持)了?(不到|没|才|只|还不到)?"
    r"[一两三四五六七八九十几半多个]+(年|个月|月|天|星期|周)(多)?(就|便|还是|终于)$"
)


def _dao(ctx: Context) -> str | None:
    if _first(ctx.after) in ("在", "下"):
        return "dao3"  # 倒在地上
    if ctx.after == "了" and ctx.clause_end and _COLLAPSED_AFTER_SPAN.search(ctx.before):
        return "dao3"  # 那家超市开了不到一年就倒了: went bankrupt
    if _first(_past_ge(ctx.after)) in ("一", "水", "茶", "酒", "杯"):  # 倒个水
        return "dao4"
    return None


#: What one ties on: 系了一条红围巾, 系着领带 (jì).
_TIED_ON = re.compile(
    r"(了|着)?(一|两)?(条|个)?(红|蓝|白|黑|新|花|漂亮的)?(围巾|领带|红领巾|丝巾|腰带|围裙|鞋带|蝴蝶结)"
)


def _xi(ctx: Context) -> str | None:
    if _first(ctx.after) in ("好", "上", "紧") or "带" in ctx.after[:4] or _TIED_ON.match(
        ctx.after
    ) or (
        _past_ge(ctx.after).startswith(("扣子", "扣儿", "纽扣", "扣"))  # 系个扣子: to button
    ) or (
        ctx.prev.endswith("带") and _first(ctx.after) in ("得", "了", "着", "在")  # 鞋带系得太紧
    ) or (
        _first(ctx.after) == "在" and "把" in ctx.before[-6:]
    ):  # 把绳子系在树上
        return "ji4"  # 系好安全带
    return None


#: What is rowed or paddled: 划 after one of them in its clause is huá (拿起桨用力划, 持桨划行).
_ROWED = frozenset("桨船舟艇筏橹")
#: What follows 划 huà "to mark off, to transfer" (划分, 划定, 划拨, 划入, 划到账户, 划出).
_HUA4_NEXT = ("分", "定", "拨", "归", "入", "出", "清", "为", "成", "到", "掉", "去", "一", "了一")


def _hua(ctx: Context) -> str | None:
    """划 huá of rowing, paddling or gliding across (现代汉语词典 划 huá ① 拨水前进): before
    船/桨/水/得, after 船, before a motion complement (划向对岸, 划行, 划过, 划来划去), or
    after an oar or a boat earlier in its clause (拿起桨用力划); not before what marks off
    or transfers (划分, 划到你的账户, 划了一条线: huà)."""
    after = ctx.after
    if _first(after) in ("船", "得", "桨", "水") or ctx.prev == "船":
        return "hua2"
    if _first(after) in ("向", "行", "过") or after.startswith("来") or (
        after.startswith("去") and ctx.before.endswith("划来")
    ):
        return "hua2"  # 划向对岸, 划行, 鸭子划来划去
    if not after.startswith(_HUA4_NEXT) and any(c in _ROWED for c in ctx.before[-8:]):
        return "hua2"  # 他拿起桨用力划
    return None


def _tu(ctx: Context) -> str | None:
    return "tu4" if ctx.after == "了" or ctx.after.startswith("血") else None


def _he(ctx: Context) -> str | None:
    if ctx.after.startswith(("一声", "了一声")):
        return "he4"  # 大喝一声, 他喝了一声: to shout
    return "he1"


def _san(ctx: Context) -> str | None:
    if _last(ctx.before) in set("包架松带发绳") and ctx.after[:1] in ("了", ""):
        return "san3"
    return None


#: What follows the one-character word 切 qiè: it starts the written words 切勿, 切莫,
#: 切忌, 切记 when the segmenter leaves them apart.
_QIE4_NEXT = frozenset("勿莫忌记")


#: What follows the verb 切 "to cut": an aspect particle, a result or a shape.
_QIE1_NEXT = frozenset("菜肉瓜片块开成断了着过好碎丝丁段条下掉")
#: Words before the verb 切 (妈妈在切西瓜, 我来切, 帮我切一下).
_QIE1_AFTER = frozenset({"在", "正在", "先", "再", "帮", "帮我", "给", "要", "想", "会", "来",
                         "去", "别", "把", "又", "还"} | PRONOUNS)


def _qie(ctx: Context) -> str | None:
    """切 alone as the verb "to cut" is qiē (妈妈在切西瓜, 切了一块蛋糕, 把瓜切开); qiè
    lives in words (一切, 亲切, 密切, 切实) and in 切勿, 切莫 at the start of a warning.
    In a name (切罗基, 库切) the model decides."""
    nxt = _first(ctx.after)
    if nxt in _QIE4_NEXT:
        return None
    if nxt in _QIE1_NEXT or ctx.prev in _QIE1_AFTER or "刀" in ctx.before[-3:]:
        return "qie1"
    return None


def _cheng(ctx: Context) -> str | None:
    if any(x in ctx.after[:4] for x in ("碗", "饭", "汤", "菜")):
        return "cheng2"
    if ctx.prev in ("能", "能够", "可以", "只能", "装得下") or _HOLDS.match(ctx.after) or (
        ctx.after.startswith(("不下", "得下"))
    ):
        return "cheng2"  # 这个桶能盛十斤水: to hold (盛开, 盛大 are words)
    if _first(ctx.after) in ("到", "进", "在") and "把" in ctx.before[-8:]:
        return "cheng2"  # 把菜盛到盘子里: ladle into
    return None


def _tiao(ctx: Context) -> str | None:
    if _first(ctx.after) == "起" and any(x in ctx.after[:6] for x in ("水", "担", "桶", "筐")):
        return "tiao1"  # 挑起两桶水: carry on a pole
    if any(x in ctx.before[-6:] for x in ("竿", "杆", "棍")) or any(
        x in ctx.after[:6] for x in ("灯笼", "帘子", "门帘", "窗帘")
    ):
        return "tiao3"  # 用竹竿挑着灯笼, 挑起门帘: raised on the end of a pole
    if "眉" in ctx.after[:5]:
        return "tiao3"  # 挑了挑眉毛: raised eyebrows
    return "tiao3" if _first(ctx.after) in set("战拨衅起开") else "tiao1"


def _shan(ctx: Context) -> str | None:
    if _first(ctx.after) in ("风", "扇") or ctx.before.endswith("用手"):
        return "shan1"
    if _last(ctx.before) in NUMERALS:
        return "shan4"  # 一扇门: the measure word
    if _first(ctx.after) in ("着", "了", "起", "过", "动", "走", "灭", "凉"):
        return "shan1"  # 扇着扇子, 扇了他一巴掌, 扇灭: the verb (扇子, 门扇 are words)
    return None


#: Work that is done (活儿干了, 事情干完了): 干 after these nouns is the verb.
_WORK_DONE = ("活", "活儿", "事", "事儿", "事情", "工作", "家务", "农活")
#: What may follow 干 + 了 at the end of a clause where a noun becomes dry.
_GAN1_CLAUSE_ENDS = frozenset({"了", "了吗", "了吧", "了呢", "了没有", "了没", "了啊", "了呀"})


_GAN1_CUP = re.compile(r"了?(一|这|那|两|三)?杯")
#: Adverbs and lengths of time between a thing and 干了 (衣服一会儿就干了, 地面很快就干了,
#: 毛巾没多久就干了): stripped to find the clause's subject.
_SOON = re.compile(
    r"(一会儿|一会|没一会儿|一下子|很快|马上|不久|没多久|半天|几分钟|一天|一夜|一上午|一下午"
    r"|(不到|没|才|只)?[一两三四五六七八九十几半]+个?(多)?(整)?(小时|钟头|上午|下午|晚上|早上"
    r"|白天|夜|天|分钟)"
    r"|早就|早|已经|终于|都|全都|全|也|就|快)+$"
)
#: A verb of drying (+ 了) before the time and 就干了: the thing dried became dry (衣服晒了一会儿
#: 就干了, 头发吹了几分钟就干了).
_DRYING_DONE = ("晒了", "晾了", "吹了", "烘了", "烤了", "擦了", "晒", "晾", "吹", "烘")
#: A subject that ends with one of these is a person, who does (他们一会儿就干了: gàn).
_PERSON_ENDS = ("们", "人", "员", "生", "师", "工", "者", "傅", "家", "子们")
#: A question of time or manner right before 干 (什么时候干, 怎么干): with a person or a
#: task before it in the clause (这件事你打算什么时候干), 干 is the verb gàn.
_GAN4_ASK = ("什么时候", "怎么", "怎样", "何时", "哪天", "几点", "多久")
#: Verbs of intent between the doer and the question (你打算什么时候干, 他准备怎么干).
_GAN4_INTENT = re.compile(r"(打算|准备|想|要|应该|该|能|会|得|计划)$")
#: 干 + a trade (干这行, 干一行, 干哪一行) or a result 完 (干完了): the verb gàn.
_GAN4_TRADE = re.compile(r"(这|那|哪)?一?行|完")


def _dried_subject(ctx: Context) -> bool:
    """True if the clause before 干了 is a thing, then adverbs or a length of time (衣服一会儿
    就干了, 地面很快就干了), or only those (，没多久就干了: the thing was named before)."""
    subject = _SOON.sub("", ctx.before)
    if not subject:
        return ctx.before != ""
    if subject.endswith(_DRYING_DONE):
        return True  # 衣服晒了一会儿就干了: what was dried became dry
    if subject.endswith(_WORK_DONE) or subject.endswith(_PERSON_ENDS):
        return False
    if subject[-1] in _PRONOUN_CHARS:
        return False
    return subject[-2:] in ctx.nouns or subject[-1:] in ctx.nouns


def _asked_doer(before: str) -> bool:
    """True if ``before`` ends with a question of time or manner (什么时候, 怎么) and,
    past a verb of intent, a person or a task (这件事你打算什么时候干: gàn)."""
    ask = next((q for q in _GAN4_ASK if before.endswith(q)), None)
    if ask is None:
        return False
    doer = _GAN4_INTENT.sub("", before[:-len(ask)])
    return doer.endswith(_WORK_DONE) or doer.endswith(_PERSON_ENDS) or (
        doer[-1:] in _PRONOUN_CHARS
    )


def _gan(ctx: Context) -> str | None:
    if _GAN4_TRADE.match(ctx.after):
        return "gan4"  # 干一行爱一行, 他干这行十年了, 一会儿就干完了
    if _asked_doer(ctx.before):
        return "gan4"  # 这件事你打算什么时候干, 我们怎么干 (衣服什么时候能干 is not asked)
    if ctx.prev in ("弄", "晾", "烘", "喝", "抹", "拧", "挤") and _first(ctx.after) in (
        "了", "净", ""
    ):
        return "gan1"  # 把衣服弄干了, 喝干净 (a complement: dry)
    if ctx.prev in ("已经", "晒", "擦", "吹", "烤", "快", "没") and _first(ctx.after) in ("了", ""):
        return "gan1"  # 衣服已经干了
    if ctx.prev in ("终于", "还没", "都快", "早就") and ctx.after in _GAN1_CLAUSE_ENDS and (
        ctx.clause_end
    ):
        return "gan1"  # 地终于干了: became dry (我终于干了一件大事 is the verb)
    if ctx.prev in ("很", "太", "真", "挺", "有点", "有点儿", "特别", "非常") and (
        ctx.after == "" or ctx.after in _GAN1_CLAUSE_ENDS
    ):
        return "gan1"  # 嗓子很干, 饼干太干了: dry
    if _GAN1_CUP.match(ctx.after):
        return "gan1"  # 干了这杯酒, 干一杯: drink up
    # 干了 must end the clause (``clause_end``), not only the run of Chinese: in
    # 衣服干了3次 a number follows and 干 is the verb.
    if (ctx.prev in ctx.nouns and not ctx.before.endswith(_WORK_DONE)
            and ctx.after in _GAN1_CLAUSE_ENDS and ctx.clause_end):
        return "gan1"  # 衣服干了, 头发干了吗: a thing becomes dry (活儿干了: the verb)
    if (ctx.prev in ("都", "全", "全都", "也", "早就", "早") and ctx.after in _GAN1_CLAUSE_ENDS
            and ctx.clause_end):
        subject = ctx.before[:-len(ctx.prev)]
        if (any(subject.endswith(n) for n in (subject[-2:], subject[-1:]) if n in ctx.nouns)
                and not subject.endswith(_WORK_DONE)):
            return "gan1"  # 衣服都干了: the things became dry (活儿都干了: the verb)
    if (ctx.prev in ("就", "快", "早", "早就") and ctx.after in _GAN1_CLAUSE_ENDS
            and ctx.clause_end and _dried_subject(ctx)):
        return "gan1"  # 衣服一会儿就干了, 地面很快就干了: soon dry (他一会儿就干了: gàn)
    if ctx.next in ("什么", "嘛", "活", "活儿") or ctx.prev in PRONOUNS:
        return "gan4"
    return None


def _tiao_diao(ctx: Context) -> str | None:
    if ctx.after.startswith(("一下", "好", "整", "味", "皮", "节", "和", "匀")):
        return "tiao2"  # 再调一下 (adjust)
    if ctx.after.startswith(("到", "走", "查", "动", "换", "去", "回", "往")):
        return "diao4"  # 调到北京 (transfer)
    return None


#: (拢 牢 透: pyclass19, 嘴都合不拢了, 记不牢, 看不透)
_COMPLEMENTS = set("动懂完到起见开下上出进回过清住着掉及惯够来拢牢透")
#: Words before 不 that are no verb of a potential complement: pronouns, adverbs, 是, 有,
#: and the aspect particle 了 (开了不到一年 bú dào).
_NOT_VERB_CHARS = set("我你他她它您也就都还又很太真最才再更从并却可总先必决绝毫是有谁了")


def _bu(ctx: Context) -> str | None:
    """不 inside a potential complement is light: 听不懂 tīng bu dǒng, 拿不动, 种不活 (活
    alone after 不: 人不活动 is no complement)."""
    if (
        len(ctx.prev) == 1 and ctx.prev not in _NOT_VERB_CHARS
        and ((_first(ctx.after) in _COMPLEMENTS and len(ctx.next) <= 2) or ctx.next == "活")
        and ctx.next != ctx.prev
    ):
        return "bu5"
    return None


#: One-syllable verbs whose reduplication (想想, 试试; 聊聊天) textbooks print with a
#: light second syllable: xiǎngxiang, shìshi, liáoliao tiān. Adjectives and adverbs
#: (好好, 慢慢, 常常) and 等等 ("and so on") keep their tones and are not listed.
REDUPLICATED_VERBS: dict[str, str] = {
    "看": "kan4", "想": "xiang3", "试": "shi4", "听": "ting1", "走": "zou3", "问": "wen4",
    "写": "xie3", "读": "du2", "练": "lian4", "找": "zhao3", "洗": "xi3", "擦": "ca1",
    "聊": "liao2", "谈": "tan2", "查": "cha2", "算": "suan4", "猜": "cai1", "玩": "wan2",
    "坐": "zuo4", "唱": "chang4", "讲": "jiang3", "学": "xue2", "逛": "guang4", "帮": "bang1",
    "尝": "chang2", "说": "shuo1", "动": "dong4", "摸": "mo1", "闻": "wen2", "拿": "na2",
    "扫": "sao3", "修": "xiu1", "改": "gai3", "跑": "pao3", "跳": "tiao4", "散": "san4",
    "休": "xiu1", "歇": "xie1", "敲": "qiao1", "揉": "rou2", "转": "zhuan4", "商": "shang1",
}


def reduplicated_verb(word: str) -> bool:
    """True for a reduplicated one-syllable verb, alone or with its object (想想, 聊聊天)."""
    if len(word) not in (2, 3) or word[0] != word[1] or word[0] not in REDUPLICATED_VERBS:
        return False
    return len(word) == 2 or word[2] != word[0]


def light_bu(prev: str, word: str) -> bool:
    """True for a two-character word 不X that is the potential complement of ``prev``
    (挑 + 不动 -> tiāo bu dòng)."""
    return (
        len(word) == 2 and word[0] == "不" and word[1] in _COMPLEMENTS
        and len(prev) == 1 and prev not in _NOT_VERB_CHARS
    )


#: Characters that make a word with 上 where 上 keeps its tone and names a part or a
#: time (上部, 上面, 上边, 上午): after a noun they are not the locative 上 (西墙上部
#: xī qiáng shàngbù, 树上边 shù shàngbian), though the segmenter may cut 墙上 | 部.
SHANG_WORD_NEXT = frozenset("部面边方端头层空游沿缘侧段首肢臂身衣午半旬")


_LOCATIVE_FRAME = frozenset("在从到往")
#: Administrative units: after a place name ending in one, 上 starts the next name
#: (杭州市上城区, 长野县上水内郡), not the locative.
_ADMINISTRATIVE = frozenset("省市县区州郡镇乡")
#: The larger units, whose names 上 may start (上奥地利州, 上萨克森州).
_PROVINCES = frozenset("省县州郡")


#: Everyday nouns that jieba tags otherwise (树 and 花 as verbs, 车 as a morpheme, 站 and
#: 杯 as measure words): before a locative 上 they are the thing it is on (苹果树上结了
#:果子, 往花上喷水, 车上有人). They are also the last character, the head, that makes a
#: longer word a noun (公交车上, 运动会上, 笔记本上) besides the one-character nouns.
_LOCATIVE_CHARS = frozenset("树花车站场园台桶鸟井鼓盒箱杯碗盘帽表")  # 表: pyclass19 (这张表上)
LOCATIVE_NOUNS = _LOCATIVE_CHARS | frozenset({"信封", "包裹", "日历", "合同", "人行道"})
_NOUN_HEADS = _LOCATIVE_CHARS | frozenset("会本包架")
#: Numerals and demonstratives: a one-character word after one is a measure word (三场上
#: is no place), and one after 上 makes 上 the verb's complement (花上一天 "spend").
_COUNTING = frozenset("一二两三四五六七八九十几半每这那哪某")


def _noun_before_shang(ctx: Context) -> bool:
    """True if the word before 上 is a noun (jieba's tags), an everyday noun that jieba
    tags otherwise, or a word of three or more characters whose last one is a noun
    (公交车, 运动会): then 上 is the locative."""
    prev = ctx.prev
    if prev in ctx.nouns:
        return True
    if prev in LOCATIVE_NOUNS:
        return (
            _last(ctx.before[:-len(prev)]) not in _COUNTING and _first(ctx.after) not in _COUNTING
        )
    return len(prev) >= 3 and ctx.before.endswith(prev) and (
        prev[-1] in ctx.nouns or prev[-1] in _NOUN_HEADS
    ) and prev[-1] not in _ADMINISTRATIVE


def _shang(ctx: Context) -> str | None:
    """上 after a noun is the light locative (桌子上 zhuōzi shang); 上声 is shǎngshēng."""
    if ctx.after.startswith("声"):
        return "shang3"
    if (len(ctx.next) == 1 and ctx.next in SHANG_WORD_NEXT) or ctx.next[:1] == "半":
        return "shang4"  # 上 | 部, 上 | 半世纪 cut apart: 上部, 上半, not the locative
    if ctx.next and (ctx.next[-1] in _PROVINCES or ctx.after[len(ctx.next):][:1] in _PROVINCES):
        return "shang4"  # 奥地利 | 上 | 奥地利 | 州: 上 starts a place name
    # 在跑道上, 从桌面上, 在出租车上: the frame 在/从/到/往 ... 上 makes the word between
    # them a place, whatever its length or its own tag (jieba tags 跑道 a verb)
    framed = (
        len(ctx.prev) >= 2 and ctx.before.endswith(ctx.prev)
        and ctx.before[-len(ctx.prev) - 1:-len(ctx.prev)] in _LOCATIVE_FRAME
        and ctx.prev[-1] not in _ADMINISTRATIVE  # 在长野县上水内郡: 上 starts a name
    )
    if _first(ctx.after) in ("了", "过", "着"):
        # 上了车 is the verb; a clause-final 了 after the frame is not (落在出租车上了)
        return "shang5" if framed and ctx.after == "了" else "shang4"
    if framed or _noun_before_shang(ctx):
        return "shang5"
    return "shang4"


#: Sentence particles and their light reading (好好学习哦 o, 做哩 li, 好不咯 lo).
_FINAL_PARTICLES = {
    "哦": "o5", "哩": "li5", "咯": "lo5", "喽": "lou5", "呗": "bei5", "哟": "yo5",
    # cpp21: 呵 as 啊 after a call or a clause of old vernacular (哥哥呵，好大的雪呵！; 现代汉语词典
    # 呵 a, 同"啊"); at a clause start it stays the interjection hē (呵，真了不起)
    "呵": "a5",
}


def _final_particle(ctx: Context) -> str | None:
    """A sentence particle that closes its clause after another character is light
    (拎出来哦 o, 还有手艺做哩 li); at the start of a clause it is the interjection (哦，
    我明白了 ò), after a numeral 哩 is the mile (五哩 lǐ), and a doubled one is a sound
    (咯咯 gēgē). Elsewhere the model reads it."""
    prev = _last(ctx.before)
    if (
        ctx.after or not ctx.clause_end or not prev or prev == ctx.char
        or prev in NUMERALS or prev.isdigit() or prev in _CHINESE_DIGITS
    ):
        return None
    return _FINAL_PARTICLES[ctx.char]


def _ge(ctx: Context) -> str | None:
    """个 as a measure word is light everywhere (yí ge, sān ge, shuì ge wǔjiào)."""
    return "ge5"


# Issue 19, sixteenth session (pyclass16): the readings the fifteenth session left, each by
# a rule of its class, in functions of their own that run before the character's rule.

#: People who may fall (老人倒了, 那个运动员倒了, 奶奶在浴室里倒了), besides the person endings of
#: :data:`_PERSON_ENDS` and the pronouns.
_FALLERS = ("老人", "老人家", "孩子", "小孩", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公",
            "妈妈", "爸爸", "老太太", "大爷", "大妈", "病人", "选手")
#: What may stand between the one who falls and 倒了: a time, an adverb of suddenness, a place.
_FELL_BETWEEN = re.compile(
    r"(昨天|今天|前天|刚才|突然|忽然|一下子|猛地|当场|差点儿?|险些|又|就|也|竟然|终于"
    r"|在[^，。！？在把]{1,6}(里|上|边|旁|口|前|后|中))+$"
)
#: A change of posture right before 就倒了 (刚站起来就倒了, 一下车就倒了).
_POSTURE_THEN = re.compile(
    r"(站起来|站起身|站了起来|起身|起床|下床|下车|走了几步|跑了几步)(就|便|又)$"
)
#: 倒 + an amount in a container (倒了一杯热茶, 倒过两碗汤): poured.
_POURED_AMOUNT = re.compile(
    r"(了|过)?(一|两|三|四|五|几|半|满满一?)?(杯|碗|壶|盆|桶|瓶|勺|盘|锅|缸)"
)

#: A drink as the topic, the doer, then whom it was poured for (客人的茶我给你倒了): poured.
_POURED_FOR = re.compile(
    r"(水|茶|酒|汤|奶|咖啡|饮料|果汁)(我|你|他|她|我们|你们|他们)?(已经|早就|也|刚|刚才|都|就)*"
    r"(给|帮|替|为)(我|你|他|她|您|我们|你们|他们|大家|客人|每人|每个人)(已经|早就|也|都|就)*$"
)


def _fell(ctx: Context) -> bool:
    """True if 倒了 closes its clause after a person and a time, an adverb of suddenness or
    a place (老人突然倒了, 奶奶昨天在浴室里倒了), or after a change of posture and 就
    (刚站起来就倒了): fell down, dǎo. Not after 把 or one who is served (我给你倒了: poured)."""
    if ctx.after != "了" or not ctx.clause_end or any(w in ctx.before for w in "把给帮替"):
        return False
    if _POSTURE_THEN.search(ctx.before):
        return True
    return _person(_FELL_BETWEEN.sub("", ctx.before))


def _dao_class16(ctx: Context) -> str | None:
    """倒: poured before an amount in a container or for someone after a drink, fell after a
    person (:func:`_fell`), else :func:`_dao`."""
    if _POURED_AMOUNT.match(_past_ge(ctx.after)) or (
        ctx.after.startswith("了") and _POURED_FOR.search(ctx.before)
    ):
        return "dao4"  # 他给每位老人都倒了一杯热茶, 客人的茶我给你倒了
    if _fell(ctx):
        return "dao3"  # 那个运动员倒了
    return _dao(ctx)


#: Times and adverbs between a doer and 干了 (他们早就干了, 我们上个星期就干了, 小王已经干了).
_DONE_WHEN = re.compile(
    r"(昨天|前天|今天|上午|下午|晚上|早上|上个?(星期|礼拜|月)|上周|去年|前年|以前|刚才|刚|早就|早已"
    r"|已经|就|都|也|全|全都|早|终于|一起)+$"
)
#: 小 or 老 + a surname: a person (小王, 老李).
_FAMILIAR_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔"
)
_GAN_CLOSERS = frozenset({"了", "过", "过了", "了吗", "了吧", "了啊", "了呀", "了呢"})


def _person(text: str) -> bool:
    """True if ``text`` ends with a person: a pronoun, a word of :data:`_PERSON_ENDS` or
    :data:`_FALLERS`, or 小/老 + a surname (小王)."""
    return text != "" and (
        text[-1] in _PRONOUN_CHARS or text.endswith(_PERSON_ENDS) or text.endswith(_FALLERS)
        or (text[-2:-1] in ("小", "老") and text[-1] in _FAMILIAR_SURNAMES))


def _done_by_person(ctx: Context) -> bool:
    """True if 干了 (干过) closes its clause after a person and a time or an adverb (他们早就
    干了, 我们上个星期就干了, 这个工作小王已经干了): the verb gàn (衣服早就干了 is dry)."""
    if not ctx.clause_end or ctx.after not in _GAN_CLOSERS:
        return False
    doer = _DONE_WHEN.sub("", ctx.before)
    return doer != ctx.before and _person(doer)


#: A question of when or how long, then a modal, before 干 (这件衬衫什么时候能干, 油漆多久才能干,
#: 要多长时间才会干).
_WHEN_ASKED = r"(什么时候|多久|多长时间|几点|哪天|何时|几天)(才|就|还|也)?"
_WHEN_MODAL = re.compile(_WHEN_ASKED + r"(能|会|可以|才能|才会|就能|就会)$")
_WHEN_ONLY = re.compile(_WHEN_ASKED + r"$")
_DRY_CLOSERS = frozenset({"", "啊", "呢", "吗", "呀", "吧", "了", "了吗", "了吧", "了没有"})


def _asked_when_dry(head: str, nouns: frozenset[str]) -> bool:
    """True if what is asked about before a question of when (``head``, the clause before it)
    is a thing, or was named in the clause before (头发湿湿的，要多长时间才会干): it dries."""
    head = re.sub(r"(还)?(要|需要|得)$", "", head)
    if not head:
        return True
    if head.endswith(_WORK_DONE) or _person(head):
        return False
    return head[-2:] in nouns or head[-1:] in nouns


def _dries_when(ctx: Context) -> bool:
    """True if 干 closes a question of when after a thing and a modal (这件衬衫什么时候能干,
    地上的水什么时候会干啊): "dry" (这些活儿他什么时候能干 is the verb)."""
    if ctx.after not in _DRY_CLOSERS or (ctx.after and not ctx.clause_end):
        return False
    asked = _WHEN_MODAL.search(ctx.before)
    return asked is not None and _asked_when_dry(ctx.before[:asked.start()], ctx.nouns)


def _gan_class16(ctx: Context) -> str | None:
    """干: done by a person (:func:`_done_by_person`), dry when asked when (:func:`_dries_when`),
    else :func:`_gan`."""
    if _done_by_person(ctx):
        return "gan4"  # 他们早就干了
    if _dries_when(ctx):
        return "gan1"  # 衣服什么时候能干
    return _gan(ctx)


#: 行 deciding how to go on (那行就这么定了, 这行就这么办, 行就按你说的做): "all right", xíng.
_XING_DECIDED = re.compile(
    r"就(这么|这样|照这样|按|照|听)[^，。！？]{0,6}?(办|做|定|决定|说定|来|写|改|干|走|去|吧)"
)
#: A trade one is in or works at (我们这行就这么干, 干这行): háng, left to :func:`_xing`.
_TRADE_OWNER = re.compile(r"(我们|你们|他们|咱们|我|你|他|她|干|做|在|入|改|转)(这|那)$")


def _xing_class16(ctx: Context) -> str | None:
    """行 before 就这么/就这样/就按 + a verb is "all right" (那行就这么定了), unless after a
    numeral (这一行就这么写: a row) or in one's trade (我们这行就这么干); else :func:`_xing`."""
    prev = _last(ctx.before)
    if (_XING_DECIDED.match(ctx.after) and not (prev in NUMERALS and prev not in "这那")
            and not _TRADE_OWNER.search(ctx.before)):
        return "xing2"
    return _xing(ctx)


#: pyclass17 (issue 19): the thirteenth tuning batch's classes.
#: Measure words of things that stand, after 倒了 and a count (自行车倒了好几辆, 树倒了两棵,
#: 墙倒了一大片): so many fell, dǎo (what is poured is counted in containers, 倒了一杯).
_FELL_COUNT = re.compile(
    r"了(好|足足|整整)?([一两三四五六七八九十几]+|不少|很多|好多|一大)"
    r"(辆|棵|株|排|片|座|根|堵|栋|间|面|块|杆)"
)


def _dao_class17(ctx: Context) -> str | None:
    """倒了 + a count of standing things (门口的自行车倒了好几辆) fell, dǎo; else
    :func:`_dao_class16`."""
    if _FELL_COUNT.match(ctx.after):
        return "dao3"
    return _dao_class16(ctx)


#: 干了 + a length of time (在公司已经干了五年了, 他在这儿干了十几年, 干了一辈子): worked for so
#: long, gàn (衣服晒了一天才干 has the time before 干).
_WORKED_FOR = re.compile(
    r"(了|过)(整整|足足|快|将近|差不多|近|好)?([一两三四五六七八九十百几半]+|好几)(个)?(多)?"
    r"(年|个月|月|星期|礼拜|周|辈子)"
)


def _gan_class17(ctx: Context) -> str | None:
    """干 + 了 + a length of time in years, months or weeks is worked, gàn; else
    :func:`_gan_class16`."""
    if _WORKED_FOR.match(ctx.after):
        return "gan4"
    return _gan_class16(ctx)


#: cpp20: a landform that names a place after 干 (干沟乡, 干河村, 干沟公路) or a mountain (莫干山,
#: 光秃秃的干山): "dry", gān. Not 山 before what one does there or trades in (干山里的活, 干山货
#: 生意: gàn).
_DRY_PLACE = re.compile(
    r"(沟|河|溪|滩|塘|泉|谷|坝|湖)(村|乡|镇|屯|寨|子|县|区|公路|水库|口|站|街道|矿)"
    r"|山(?!货|里|上|下|中|林|区|地|头|路|活|村)"
)


def _gan_class20(ctx: Context) -> str | None:
    """干 before a landform naming a place or before a mountain's 山 is gān (:data:`_DRY_PLACE`);
    else :func:`_gan_class17`."""
    if _DRY_PLACE.match(ctx.after):
        return "gan1"
    return _gan_class17(ctx)


#: What follows 量 as a result of measuring (先量好窗户, 量完了, 量准尺寸, 量出体温): liáng.
_MEASURED = re.compile(r"(好|完|准|出来|出了|出)")


def _liang_class17(ctx: Context) -> str | None:
    """量 before the result of measuring (先量好窗户有多长) is liáng; else :func:`_liang`."""
    if _MEASURED.match(ctx.after) and ctx.next in ("好", "完", "准", "出", "出来", "完了", "好了"):
        return "liang2"
    return _liang(ctx)


def _a_not_a(ctx: Context) -> str | None:
    """In a question A不A (累不累, A没A), the first A reads as the second, which its rule or
    collocation decides (工作累不累: lèi), or None."""
    if len(ctx.after) < 2 or ctx.after[0] not in "不没" or ctx.after[1] != ctx.char:
        return None
    second = Context(
        ctx.char, ctx.after[0], _first(ctx.after[2:]), ctx.before + ctx.char + ctx.after[0],
        ctx.after[2:], ctx.nouns, ctx.clause_end, ctx.number_after,
    )
    return rule_reading(second)


def _lei_class17(ctx: Context) -> str | None:
    """累 before 不累 (你们的工作累不累): as the second, lèi."""
    return _a_not_a(ctx)


#: An amount between 流了/出了 and 血 closing its clause (手流了好多血, 出了不少血): the
#: colloquial xiě, as 流了一点儿血 in the collocations.
_BLED = re.compile(
    r"(流|出|吐|掉|滴|吸|抽)了?(好多|好些|不少|许多|这么多|那么多|太多|很多|一大堆|一地|一身)$"
)


def _xue_class17(ctx: Context) -> str | None:
    """血 after 流了 + an amount (好多, 不少, 这么多), closing the clause: xiě."""
    if ctx.after in ("", "了", "呢", "啊", "呀") and ctx.clause_end and _BLED.search(ctx.before):
        return "xie3"
    return None


#: pyclass18 (issue 19): the classes of classroom_fresh10/11's misses (classroom_tune9's
#: fourteenth batch).
#: States a person is in before 得 + a verb: the complement marker (他热得用手扇, 累得走不动),
#: not "must" after a noun (这个菜得放盐).
_STATE_BEFORE_DE = frozenset({"热", "冷", "累", "忙", "急", "饿", "困", "渴", "疼", "痛", "气",
                              "吓", "乐", "高兴", "激动", "紧张", "着急", "害怕", "难过", "感动"})
#: Verbs after a clause-initial 得 that make it "must" (菜刀钝了，得磨一磨; 天黑了，得回家了).
_DEI_NEXT_CLASS18 = frozenset({
    "磨", "回", "回家", "回去", "做", "写", "买", "洗", "修", "换", "找", "等", "问", "交", "带",
    "学", "练", "吃", "喝", "睡", "准备", "出发", "起床", "休息", "上班", "上学", "吃药", "叫",
    "请", "好好", "再", "重新", "抓紧", "小心", "注意", "想办法", "赶", "跑", "收拾", "打扫",
})


def _de_class18(ctx: Context) -> str | None:
    """得 after a state (他热得用手扇) is the complement marker; first in its clause before a
    verb of doing (，得磨一磨) it is "must", děi; else :func:`_de`."""
    if ctx.prev in _STATE_BEFORE_DE and _first(ctx.after) not in ("了", ""):
        return "de5"
    if ctx.prev == "" and ctx.next in _DEI_NEXT_CLASS18:
        return "dei3"
    return _de(ctx)


#: A verb said twice as two one-character words, and its second syllable, light (帮我扇扇吧).
_DOUBLED_LIGHT = {"扇": "shan5"}


def _doubled_second(ctx: Context) -> str | None:
    """The second of a doubled verb (扇 | 扇) is light, unless the first follows a numeral (一扇扇
    窗户: a measure word said twice)."""
    if (ctx.prev == ctx.char and ctx.char in _DOUBLED_LIGHT
            and _last(ctx.before[:-1]) not in NUMERALS):
        return _DOUBLED_LIGHT[ctx.char]
    return None


def _shan_class18(ctx: Context) -> str | None:
    """扇: the second of a doubled verb is light (:func:`_doubled_second`); else :func:`_shan`."""
    return _doubled_second(ctx) or _shan(ctx)


#: Events one takes part in: 上 after one, in a clause opened by 在, is the locative (在学校的
#: 唱歌比赛上，她得了第二名), though jieba does not tag them nouns.
_EVENTS = frozenset({"比赛", "会议", "晚会", "聚会", "宴会", "大会", "典礼", "仪式", "节目", "婚礼",
                     "运动会", "演出", "讲座", "课堂", "班会", "年会", "发布会", "联欢会"})


def _shang_class18(ctx: Context) -> str | None:
    """上 after an event in a clause opened by 在 (在昨天的足球比赛上) is light; else
    :func:`_shang`."""
    if (ctx.prev in _EVENTS and "在" in ctx.before[:-len(ctx.prev)]
            and _first(ctx.after) not in ("了", "过", "着")):
        return "shang5"
    return _shang(ctx)


def _han(ctx: Context) -> str | None:
    """汗 hán, the khan after a name (俺答汗), hàn after what sweat follows (擦汗); khans.py."""
    return han_reading(ctx.before, ctx.after)


RULES: dict[str, Rule] = {
    "的": _de_particle,
    "了": _le,
    "着": _zhe,
    "过": _guo,
    "得": _de_class18,
    "地": _di,
    "还": _hai,
    "长": _chang,
    "行": _xing_class16,
    "觉": _jiao,
    "只": _zhi,
    "种": _zhong_plant,
    "儿": _er,
    "为": _wei,
    "都": _dou,
    "重": _zhong_heavy,
    "中": _zhong_middle,
    "看": _kan,
    "空": _kong,
    "数": _shu,
    "量": _liang_class17,
    "转": _zhuan,
    "倒": _dao_class17,
    "系": _xi,
    "划": _hua,
    "吐": _tu,
    "喝": _he,
    "散": _san,
    "切": _qie,
    "盛": _cheng,
    "挑": _tiao,
    "扇": _shan_class18,
    "干": _gan_class20,
    "调": _tiao_diao,
    "累": _lei_class17,
    "血": _xue_class17,
    "不": _bu,
    "上": _shang_class18,
    "个": _ge,
    "汗": _han,
    **dict.fromkeys(_FINAL_PARTICLES, _final_particle),
}

#: Characters a rule, a collocation or a surname reads in context: never read once
#: for the whole text.
CONTEXT_CHARS = frozenset(RULES) | frozenset(COLLOCATIONS) | frozenset(SURNAMES)

#: Degree adverbs: an adjective follows them.
_DEGREE_WORDS = ("很", "太", "真", "最", "多", "多么", "非常", "特别", "挺", "更", "十分", "那么",
                 "这么", "好")

#: Words read differently in a context: (word, previous word) -> reading.
WORD_IN_CONTEXT: dict[tuple[str, str], tuple[str, ...]] = {
    ("多重", "有"): ("duo1", "zhong4"),  # 有多重 "how heavy"
    # 这个包很禁用: lasting, jīn (禁用 jìnyòng "to ban" takes no degree word)
    **{("禁用", d): ("jin1", "yong4") for d in _DEGREE_WORDS},
    # 服 as the measure word of a dose: 吃了一服药 yí fù yào
    **{("服药", n): ("fu4", "yao4") for n in ("一", "两", "三", "几", "这", "那", "每")},
    # 这一行 "this line of work / this line of text": háng
    **{("一行", d): ("yi1", "hang2") for d in ("这", "那", "哪")},
    # 很美的画: the adjective and 的, not the brand 美的 Měidì
    **{("美的", d): ("mei3", "de5") for d in _DEGREE_WORDS},
    # 写一行, 空一行: a line of text after a verb of writing (一行人 "a party" is yìxíng)
    **{("一行", v): ("yi1", "hang2") for v in "写空抄读念跳隔删加"},
    # 空出一行, 留出一行: a blank row (走出一行人 is rare in class)
    **{("一行", v): ("yi1", "hang2") for v in ("空出", "留出", "出", "留")},
    # 干一行，爱一行: a trade, háng, after the verbs of the saying (爱一行 is no row)
    ("一行", "干"): ("yi1", "hang2"),
    ("一行", "爱"): ("yi1", "hang2"),
    ("同行", "是"): ("tong2", "hang2"),  # 我们是同行: of the same trade (同行 "travel together")
    # 这片古柏林: 古 | 柏林 is a grove of old cypresses, bǎi (cpp18; 柏林 Berlin is bó)
    **{("柏林", q): ("bai3", "lin2") for q in ("古", "翠", "侧", "苍")},
    # 用刀把木头削尖: 用刀 and the 把 of the disposal construction (the segmenter's 刀把
    # "knife handle" is bǎ after 用)
    ("刀把", "用"): ("dao1", "ba3"),
    # 鞋带散开了: came loose, sǎn (散开 sànkāi "to disperse" after a crowd)
    **{("散开", n): ("san3", "kai1") for n in ("鞋带", "带子", "辫子", "头发", "绳子", "包",
                                               "书页", "行李", "捆", "架子", "零件", "柴火")},
    # 睡不着, 找不着: a potential complement (不着 bùzháo "no need" stands alone)
    **{("不着", v): ("bu5", "zhao2") for v in "睡找猜摸够买见抓逮借碰"},
    # 画片儿, 相片儿 (the segmenter's 画 | 片儿): piānr, as the words are read
    **{("片儿", p): ("pian1", "r5") for p in ("画", "相", "照", "唱", "动画", "画画")},
    # 我们量量这间屋子: the doubled verb (light), after a word that asks or offers
    **{("量量", p): ("liang2", "liang5") for p in ("你", "您", "我", "他", "她", "我们", "你们",
                                                   "来", "帮", "再", "先", "请", "去", "要", "想")},
    # 你教教我, 请老师教教: the doubled verb (light); the segmenter also makes 教教 of
    # 千教万教教人 (jiāo jiāo), so only after a word that asks or offers
    **{("教教", p): ("jiao1", "jiao5") for p in ("你", "您", "我", "他", "她", "可以", "来", "帮",
                                                 "再", "先", "请", "老师", "给", "要", "想")},
    # 你来数数, 再数数: the reduplicated verb (light), not 数数 shǔshù "counting"
    **{("数数", p): ("shu3", "shu5") for p in ("来", "去", "再", "先", "帮", "帮我", "你来")},
    # 打印机又卡纸了: paper jams, qiǎ (CC-CEDICT's 卡纸 kǎzhǐ is card stock), after an
    # adverb that only a verb takes
    **{("卡纸", a): ("qia3", "zhi3") for a in ("又", "总", "老", "常", "经常", "常常", "总是",
                                             "老是", "不", "没", "没有", "会", "就", "别", "容易")},
}
#: Words read differently before an object, wherever they stand: (word, next character).
WORD_BEFORE_OBJECT: dict[tuple[str, str], tuple[str, ...]] = {
    # 等等我, 请等等他: the reduplicated verb (light), not 等等 "and so on"
    **{("等等", c): ("deng3", "deng5") for c in "我你他她它您咱大"},
    # 她好吃甜的: 好 hào "to like" before a verb and its object (好吃 hǎochī "tasty"
    # stands before 的, 极了 or nothing: 现代汉语词典)
    **{("好吃", c): ("hao4", "chi1") for c in "甜辣酸咸零肉糖"},
    # 看好孩子, 看好门: to keep watch over (看好 kànhǎo "to think well of")
    **{("看好", c): ("kan1", "hao3") for c in "孩门行家弟妹书包箱自东钱手车"},
    # 老师教会了我游泳, 教会他: taught (教会 jiàohuì "church" takes no person after it;
    # 教会学校, 教会大学 are the church's)
    **{("教会", c): ("jiao1", "hui4") for c in "了我你他她它孩"},
    # 乐得直拍手, 乐得合不拢嘴: 乐 "to laugh" and the complement marker 得, not the word
    # 乐得 lèdé "to be glad to" (乐得清闲); at a clause's start too (，乐得跳了起来)
    **{("乐得", c): ("le4", "de5") for c in "直合跳眉手哈笑说什像连嘴又不满一"},
    # 杏核儿, 枣核儿: the spoken erhua word 核儿 húr after the fruit (杏核 alone: xìnghé)
    **{(w, "儿"): (r, "hu2") for w, r in (("杏核", "xing4"), ("桃核", "tao2"), ("枣核", "zao3"),
                                         ("梨核", "li2"), ("煤核", "mei2"))},
    # 单咽下外声囊: the vocal sac under a frog's throat (咽 yān; 咽下 yànxià "to swallow")
    **{("咽下", c): ("yan1", "xia4") for c in "外内"},
    # 勾当三班院, 勾当皇城司, 勾当公事: to administer, in the offices of the Song (the
    # noun 勾当 gòudàng "a shady deal" ends its phrase: 这种勾当, 勾当。)
    **{("勾当", c): ("gou1", "dang4") for c in "三皇公官御军马"},
}
#: Words read differently before a character: (word, next character) -> reading.
WORD_BEFORE: dict[tuple[str, str], tuple[str, ...]] = {
    ("结果", "了"): ("jie1", "guo3"),  # 树结果了 "the tree bears fruit"
    # 打印机卡纸了, 卡纸的时候: a paper jam (the card stock 卡纸 kǎzhǐ takes no 了)
    ("卡纸", "了"): ("qia3", "zhi3"),
    # 地上铺了一张席子: the segmenter's 上铺 "upper bunk" is the locative and the verb
    **{("上铺", c): ("shang5", "pu1") for c in "了着满好"},
    # 把床铺好: the segmenter's 床铺 "bedding" is the noun 床 and the verb 铺 (pū)
    **{("床铺", c): ("chuang2", "pu1") for c in "好平上满开整"},
    # 桌子上供着照片: the segmenter's 上供 "make offerings" is the locative and the verb
    ("上供", "着"): ("shang5", "gong4"),
    # 重重地关上门: heavily (重重 chóngchóng "layer upon layer" before a noun)
    ("重重", "地"): ("zhong4", "zhong4"),
}
#: Verbs of asking or helping before 我 + a verb (帮我校对).
_ASK_HELP = frozenset({"帮", "给", "替", "请", "让", "叫"})
_NOT_VERBS = PRONOUNS | {"就", "也", "都", "还", "又", "不", "我们", "你们", "他们", "谁", "人"}


#: Words 上X the segmenter makes of a locative 上 and the noun after it (马路上车很多:
#: 马路 | 上车), with the reading of X.
GLUED_LOCATIVE: dict[str, str] = {
    "上车": "che1", "上船": "chuan2", "上山": "shan1", "上床": "chuang2", "上街": "jie1",
    "上菜": "cai4", "上书": "shu1", "上水": "shui3", "上楼": "lou2", "上门": "men2",
    "上路": "lu4",
}
#: "there are many / few": what makes X of 上X the subject of an amount (路上车很多).
_AMOUNT = re.compile(r"(很|真|特别|非常|太|越来越|这么|那么|可|也|都|不)*(多|少)")


#: Whom something is done behind the back of, and how (背着老师偷偷地准备礼物).
_BEHIND_BACK = re.compile(
    r"(老师|父母|爸爸|妈妈|大人|家长|别人|大家|我|你|他|她|我们|他们|家里人?)"
    r"(偷偷|悄悄|私自|私下|偷|悄)"
)
#: Lengths of time before 才干 at a clause's end (晒了一天才干).
_TIME_SPANS = ("天", "会儿", "会", "久", "夜", "小时", "钟头", "上午", "下午", "晚上", "星期", "月")


#: Every word :func:`word_in_context` may change (a quick test before calling it).
#: Bars named by what they serve, which the segmenter writes as one word (书吧 a book bar,
#: 水吧, 陶吧 pottery, 茶吧, 氧吧, 话吧), their first character's reading, and what shows the bar
#: (cpp18): a measure, 式, a verb of opening before it, its owner or its place after it.
_BAR_WORDS = {"书吧": "shu1", "水吧": "shui3", "陶吧": "tao2", "茶吧": "cha2", "氧吧": "yang3",
              "话吧": "hua4"}
_BAR_BEFORE = ("一家", "这家", "那家", "一间", "家", "间", "式", "开了", "设有", "开设", "开")
_BAR_AFTER = ("老板", "里", "内", "门口", "社区", "论坛")


def reading_of(ch: str) -> str:
    """The first character's reading of a bar's word in :data:`_BAR_WORDS`."""
    return next(r for w, r in _BAR_WORDS.items() if w[0] == ch)


CONTEXT_WORDS = frozenset(
    {w for w, _ in WORD_IN_CONTEXT} | {w for w, _ in WORD_BEFORE}
    | {w for w, _ in WORD_BEFORE_OBJECT}
    | {"得了", "不了", "地下", "落下", "挑起", "我校", "才干", "背着", "倒车", "口角", "多重",
       "在校", "剥掉", "剥开", "剥下", "东西", "精神", "大意", "地道", "大夫"}
    | {"能干"}  # pyclass16: 衣服什么时候能干 (gān)
    | {"哄哄", "教教", "当天", "地下", "下去"}  # pyclass18: word_in_context_class18
    | {"为了", "上载", "数数", "学生", "不定"}  # pyclass19: word_in_context_class19
    | {"上调", "褪去", "褪下", "褪掉"}  # cpp17: postings.py, coverings.py
    | {"中式"}  # cpp18: Chinese-style zhōngshì, beside passing an exam
    | {"加劲", "哈达"}  # cpp20: 加劲梁 stiffening, jiājìng; 哈达 in a transliteration, hā
    | set(_BAR_WORDS) | {"吧主", "吧友"}  # cpp18: a bar (开了一家陶吧), a forum's moderator
    | frozenset(GLUED_LOCATIVE)
)

#: Skins and shells peeled by hand: 把橘子皮剥掉 bāo (剥掉伪装 bō).
_PEEL = re.compile(r"皮|壳|橘子|桔子|鸡蛋|花生|香蕉|栗子|毛豆")
_PEEL_AFTER = {"掉": "diao4", "开": "kai1", "下": "xia4"}
#: 在校对这本书: what 校对 "to proofread" takes after it.
_PROOFREAD = re.compile(r"对(这|那|一|稿|文|书|完|好|了|着|过|错|的|#|$)")
#: 在上海倒车: a place where one changes trains (在倒车 alone is "is reversing").
_CHANGE_AT = re.compile(r"在[^，。！？在]{1,6}$")
#: Words before 倒车 "to reverse" (只好倒车, 慢慢地倒车, 他正在倒车).
_REVERSE_BEFORE = frozenset({
    "只好", "只能", "只得", "开始", "正在", "在", "地", "慢慢", "小心", "会", "不会", "学",
    "学会", "练习", "往后", "向后", "先", "再", "帮", "帮我", "停车",
})

#: 挑起 before a load carried on a shoulder pole is tiāo.
_TIAO1_LOAD = re.compile(r"了?[一两三几]?(桶|担|筐|箩)?(水|担子|扁担|柴|粮食|货)")

#: 落下 before a thing left behind or lessons missed is là (落下了一本书, 落下很多课);
#: before anything else it is "to fall" (树叶落下来, 落下了眼泪 luò).
_LA_LEFT_BEHIND = re.compile(
    r"了?(一|两|三|几|很多|好多|不少|许多|一些|什么)?[本个把件只支部台节门堂张道]?"
    r"(书|课|功课|东西|钥匙|作业|伞|雨伞|手机|钱包|包|本子|笔|帽子|眼镜|课本|题)"
)


#: 东西 dōngxī "east and west" before a direction, a pair of sides or a length in figures
#: (东西方向, 东西走向, 东西两岸, 东西长二十公里); 东西 dōngxi "things" before anything else.
_EAST_WEST = re.compile(
    r"(方向|走向|向的|向$|两岸|两边|两侧|两端|两头|两面|相距|对峙|横贯|贯通"
    r"|(长|宽)(约|达|近)?[一二两三四五六七八九十百千几]"
    r"|(大约|大概|约|足|足足|差不多)?有?[一二两三四五六七八九十百千几]+多?(米|公里|千米|里|步)"
    r"|各(有|设|开|建|立|一|两|是))"
)
#: Words after which 精神 is jīngshen "lively, full of energy" (很有精神, 没精神, 特别精神),
#: closing its clause or before what an adjective takes (了, 多了, 的 after a degree word).
_LIVELY_DEGREE = (frozenset(_DEGREE_WORDS) - {"多", "好"}) | {"怪", "蛮"}  # 好精神 may be the noun
_LIVELY_AFTER = frozenset({"有", "没", "没有"}) | _LIVELY_DEGREE
_LIVELY_CLOSERS = ("了", "啊", "呀", "吗", "呢", "吧", "多了", "极了", "起来", "点儿", "一点儿",
                   "一些", "些")
#: Degree complements only an adjective takes (精神得很; 精神得到了放松 is the noun).
_LIVELY_COMPLEMENTS = ("得很", "得不得了", "得要命", "得多", "极了")
#: What a text is made of: 大意 after one (and 的) is dàyì, its gist (课文的大意, 段落大意);
#: elsewhere dàyi "careless" (你太大意了, 不能大意, 我的大意).
_TEXTS = ("文章", "课文", "段落", "段", "篇", "章", "节", "句", "句话", "话", "故事", "全文",
          "短文", "原文", "内容", "信", "诗", "小说", "报告", "讲话", "新闻", "对话", "录音",
          "通知", "材料", "演讲", "电影", "文", "书")
#: Verbs whose object 大意 is the main idea (概括大意, 说出大意); 大意 "careless" takes none.
_GIST_VERBS = frozenset({"概括", "归纳", "总结", "说出", "写出", "讲出", "找出", "复述", "抓住",
                         "理解", "说说", "讲讲", "写写"})
#: What one does with the main idea after 把 (把大意写下来, 把大意告诉同桌).
_GIST_TOLD = ("写", "说", "讲", "告诉", "记", "抄", "概括", "总结", "归纳", "复述", "翻译", "画")
#: Texts of two characters or more that name 大意 without 的 (段落大意; 说话大意 is careless).
_TEXT_WORDS = frozenset(t for t in _TEXTS if len(t) > 1) - {"句话"}
#: Verbs of digging or going through before 地道 dìdào "tunnel" (挖了一条地道, 钻进地道, 修地道),
#: with an aspect or a direction and an amount between: 地道 dìdao "authentic" follows none.
_TUNNEL_VERB = re.compile(
    r"(挖|修|钻|打|建|走|通过|进|进入|出)[了过好着进出]{0,2}"
    r"(一|两|三|几|很多|许多|不少|好多|一些)?条?$"
)
#: A measure and a size or a look between it and 地道 (一条很长的地道, 一条又黑又窄的地道).
_TUNNEL_SIZED = re.compile(
    r"条(很|非常|特别|又)?(长长|窄窄|黑黑|弯弯曲曲|弯弯|长|短|窄|宽|深|黑|暗|秘密)"
    r"(又(长|短|窄|宽|深|黑|暗))?的$"
)
#: 地道 as the subject of a verb of digging or filling in its clause (这些地道是当年挖的,
#: 地道被填上了): a tunnel (地道小吃填饱了肚子 is authentic).
_TUNNEL_DUG = re.compile(r"[^，。！？]{0,12}(挖|修建|修好|修通|填上|填平|填埋|堵上)")
#: What follows 地道 the tunnel: a place in it (地道里, 地道口; not 地道口味, 地道口音).
_TUNNEL_PLACE = ("里", "口", "内")


def _east_west(after: str) -> bool:
    """True if 东西 is read dōngxī before ``after`` (a direction, its sides, a length)."""
    return _EAST_WEST.match(after) is not None


#: 东西 dōngxī before a side or a part (东西边, 东西面, 东西侧, 东西部: pyclass16); not before 边
#: … 边 (拿着东西边走边吃), 面包, 面条, 面前, 部分, 部门 (东西 "things").
_EAST_WEST_SIDE = re.compile(r"(边|面|侧|部)(?!包|条|粉|前|对|子|分|门|件|位|.{1,3}边)")


def _east_west_side(after: str) -> bool:
    """True if 东西 is read dōngxī before a side or a part (广场的东西边, 中国东西部)."""
    return _EAST_WEST_SIDE.match(after) is not None


def _lively(prev: str, after: str, before: str) -> bool:
    """True if 精神 after ``prev`` is the adjective or the noun jīngshen "lively, energy":
    after 有/没 or a degree word, closing the clause or before an adjective's 了;
    a degree word also before 的 (很精神的小伙子, 很有精神的样子)."""
    if before.endswith(("打起", "提起")):
        return after == "" or after.startswith("来")  # 打起精神来: pull oneself together
    if after.startswith(_LIVELY_COMPLEMENTS) and not before.endswith("的"):
        return True  # 孩子们早上都精神得很: an adjective's degree complement
    if prev not in _LIVELY_AFTER:
        return False
    head = before[:-len(prev)] if before.endswith(prev) else before
    if head.endswith("的"):
        return False  # 奥运的真精神, 他的最大精神: a noun's modifier, jīngshén
    if after == "" or after.startswith(_LIVELY_CLOSERS):
        return True
    return after.startswith("的") and (prev in _LIVELY_DEGREE or head.endswith(
        tuple(_LIVELY_DEGREE)))


def _gist(prev: str, before: str, after: str = "") -> bool:
    """True if 大意 is dàyì "the main idea": after a text and 的 (这篇课文的大意), right
    after a text (段落大意, 文章大意), as the object of a verb of summing up (概括大意) or
    after 把 before a verb of writing or telling (把大意写在本子上)."""
    if prev in _GIST_VERBS or (prev == "把" and after.startswith(_GIST_TOLD)):
        return True
    if prev == "的":
        return before[:-1].endswith(_TEXTS)
    return prev in _TEXT_WORDS


def _tunnel(prev: str, after: str, before: str) -> bool:
    """True if 地道 is dìdào "a tunnel": after a measure (一条地道), a verb of digging or
    going through (挖地道, 钻进了地道) or before a place in it (地道里); never before 的
    (一条地道的北京胡同, 一口地道的北京话 are authentic)."""
    if after.startswith("的"):
        return False
    place = after.startswith(_TUNNEL_PLACE) and after[1:2] not in ("味", "音", "感")
    return (prev.endswith("条") or place or _TUNNEL_VERB.search(before) is not None
            or _TUNNEL_SIZED.search(before) is not None or _TUNNEL_DUG.match(after) is not None)


#: pyclass18: doubled verbs the segmenter keeps as one word, their second syllable light before
#: the person they are done to or a closing 吧 (快哄哄他吧, 下次教教我吧).
_DOUBLED_WORDS = {"哄哄": ("hong3", "hong5"), "教教": ("jiao1", "jiao5")}
#: Whom a doubled verb is done to (哄哄妹妹, 教教我).
_DONE_TO = ("我", "你", "他", "她", "它", "您", "咱", "大家", "妹妹", "弟弟", "孩子", "宝宝", "小",
            "奶奶", "爷爷", "妈妈", "爸爸", "老人", "同学")
#: 当天 dàngtiān "the same day" before what is done within it (当天就能到, 当天可以送到);
#: elsewhere 当天 dāngtiān "that day" (WORD_READINGS).
_SAME_DAY = re.compile(r"(就|即|便|可以|可|能|往返|来回)")


def word_in_context_class18(word: str, prev: str, after: str) -> tuple[str, ...] | None:
    """pyclass18's readings of a whole word by its neighbours, or None: a doubled verb
    before whom it is done to (哄哄他), 当天 "the same day" (当天就能到), 地下 closing a
    clause after a doubled adverb (淅淅沥沥地下), 下去 after a word ending in 底 (床底 | 下去:
    dǐxia qù)."""
    if word in _DOUBLED_WORDS and _last(prev) not in NUMERALS and (
        after.startswith(_DONE_TO) or after in ("", "吧", "呢")
    ):
        return _DOUBLED_WORDS[word]
    if word == "当天" and _SAME_DAY.match(after):
        return ("dang4", "tian1")
    if word == "地下" and not after and (
        (len(prev) == 2 and prev[0] == prev[1])
        or (len(prev) == 4 and prev[0] == prev[1] and prev[2] == prev[3])
    ):
        return ("de5", "xia4")  # 雨哗哗地下, 小雨淅淅沥沥地下 (车停在地下: underground)
    if word == "下去" and prev.endswith("底") and not prev.endswith(("到底", "彻底")):
        return ("xia5", "qu4")  # 钻到床底 | 下去: 底下 dǐxia (坚持到底 | 下去 keeps xiàqù)
    return None


#: The members a stiffener stiffens: 加劲 before them is jiājìng (加劲梁, 加劲肋, 加劲板: cpp20);
#: 加劲 "to put in more effort" is jiājìn (大家再加劲, 加劲干).
_STIFFENED = ("梁", "肋", "板", "杆", "钢", "构件", "桁")

#: Characters of transliterated names around 哈达 (特哈达 Tejada, 哈达德 Haddad, 哈达尔,
#: 哈达斯): there 哈 is hā, a syllable of the name; 哈达 hǎdá alone is the ceremonial scarf
#: (献上一条哈达, 洁白的哈达; cpp20).
_NAME_BEFORE_HADA = frozenset("·•特德穆阿巴萨拉卡纳塔马尔斯克姆尼亚维里伊奥吉贾迪布莫索图")
_NAME_AFTER_HADA = ("尔", "斯", "德", "姆", "维", "克", "特", "里", "拉", "尼", "亚", "威")

#: An imperial examination before 中式 makes it zhòngshì, "to pass" (乡试中式, 考试中式).
_EXAM = re.compile(r"试|考|科举|举人|进士|及第|榜")


def word_in_context(
    word: str, prev: str, after: str = "", nouns: frozenset[str] = frozenset(),
    before: str = "",
) -> tuple[str, ...] | None:
    """A reading for a whole word that depends on the word before it, the text after it
    or the text before it in its run (``before``), or ``None``."""
    if word in GLUED_LOCATIVE and (prev in nouns or prev in LOCATIVE_NOUNS) and _AMOUNT.match(
        after
    ):
        return ("shang5", GLUED_LOCATIVE[word])  # 马路上车很多: the locative, then 车
    fixed = WORD_IN_CONTEXT.get((word, prev))
    if fixed:
        return fixed
    fixed = word_in_context_class18(word, prev, after) or word_in_context_class19(
        word, prev, after)
    if fixed:
        return fixed
    if word == "大夫" and office_dafu(before):
        return DAFU  # 谏议大夫, 卫国大夫: the ancient rank (offices.py; 看大夫: a doctor)
    if word in _BAR_WORDS and (before.endswith(_BAR_BEFORE) or after.startswith(_BAR_AFTER)):
        # cpp18: 开了一家陶吧, 开放式书吧, 这家水吧老板: a bar after a measure, 式 or a verb
        # of opening, or before its owner (这是你的书吧？, 多喝点儿水吧 keep the particle)
        return (*tuple(reading_of(ch) for ch in word[:-1]), "ba1")
    if word in ("吧主", "吧友"):
        return ("ba1", "zhu3" if word == "吧主" else "you3")  # a forum's moderator, member
    if word == "哈达" and (
        _last(before) in _NAME_BEFORE_HADA or after.startswith(_NAME_AFTER_HADA)
    ):
        return ("ha1", "da2")  # cpp20: 特哈达, 哈达德: a transliterated name, not the scarf
    if word == "加劲" and after.startswith(_STIFFENED):
        return ("jia1", "jing4")  # cpp20: a stiffening girder or rib (加劲梁, 加劲肋)
    if word == "中式":
        # cpp18: 中式 zhōngshì "Chinese-style" (中式建筑, 中式早餐, 装修是中式的), which
        # CC-CEDICT lists after zhòngshì "to pass the imperial exam" (乡试中式: an exam before it)
        return ("zhong4", "shi4") if _EXAM.search(before[-8:]) else ("zhong1", "shi4")
    if word == "上调" and shangdiao_posted(before, after):
        return SHANGDIAO  # 上调国家队: a person posted up (postings.py; 油价上调: tiáo)
    fixed = tun_taken_off(word, before, after)
    if fixed:
        return fixed  # 他褪去外衣: taking off a garment (coverings.py; 颜色褪去: tuì)
    if after:
        fixed = WORD_BEFORE_OBJECT.get((word, after[0]))
        if fixed:
            return fixed
    if prev and after:
        fixed = WORD_BEFORE.get((word, after[0]))
        if fixed:
            return fixed
    if word == "散开" and before.endswith(("带子", "绳子", "辫子", "鞋带")):
        return ("san3", "kai1")  # 书包带 | 子 | 散开了: came loose (the noun cut in two)
    if word in ("剥掉", "剥开", "剥下") and _PEEL.search(before[-6:]):
        return ("bao1", _PEEL_AFTER[word[1]])  # 把橘子皮剥掉: peeling by hand
    if word == "口角" and not after:
        return ("kou3", "jue2")  # 发生了口角: a quarrel (口角流涎 "the mouth's corner")
    if word == "多重" and (not after or after[0] in "呢啊吗呀"):
        return ("duo1", "zhong4")  # 这个多重: how heavy (多重 chóng "multiple" has a noun)
    if word == "在校" and _PROOFREAD.match(after):
        return ("zai4", "jiao4")  # 他在校对这本书: 在 + 校对 (在校 "at school" glued)
    if word == "倒车":
        if _CHANGE_AT.search(before) and prev != "在":
            return ("dao3", "che1")  # 在上海倒车: to change trains at a place
        if prev in _REVERSE_BEFORE or after.startswith(("入库", "进", "出", "时", "的时候")):
            return ("dao4", "che1")  # 只好倒车, 慢慢地倒车, 倒车入库: to reverse
    if word == "东西" and (_east_west(after) or _east_west_side(after)):
        return ("dong1", "xi1")  # 东西方向, 东西边: east-west (东西很多: things)
    if word == "能干" and after in _DRY_CLOSERS and (
        (asked := _WHEN_ONLY.search(before)) is not None
        and _asked_when_dry(before[:asked.start()], nouns)
    ):
        return ("neng2", "gan1")  # 这件衬衫什么时候能干: can be dry (他很能干: capable)
    if word == "精神" and _lively(prev, after, before):
        return ("jing1", "shen5")  # 很有精神: lively (精神压力, 这种精神: jīngshén)
    if word == "大意" and _gist(prev, before, after):
        return ("da4", "yi4")  # 课文的大意: the main idea (太大意了: careless, dàyi)
    if word == "地道" and _tunnel(prev, after, before):
        return ("di4", "dao4")  # 挖地道: a tunnel (很地道, 地道的北京菜: authentic, dìdao)
    if word == "卡纸" and before.endswith(("老是", "总是")):
        return ("qia3", "zhi3")  # 打印机老是卡纸: the segmenter's 老 | 是 before the verb
    if word == "背着" and _BEHIND_BACK.match(after):
        return ("bei4", "zhe5")  # 背着老师偷偷地: behind someone's back
    if word == "才干" and not after and prev.endswith(_TIME_SPANS):
        return ("cai2", "gan1")  # 晾了半天才干: only then dry (才干 "ability" after 有, 的)
    if word == "我校" and prev in _ASK_HELP and after.startswith(("对", "稿")):
        return ("wo3", "jiao4")  # 请帮我校对一下: 我 + 校对 (我校 "our school" glued)
    if word == "落下" and _LA_LEFT_BEHIND.match(after):
        return ("la4", "xia4")
    if word == "挑起" and _TIAO1_LOAD.match(after):
        return ("tiao1", "qi3")  # 挑起两桶水: to shoulder a load (挑起争端: tiǎo)
    if word == "地下" and len(prev) == 2 and prev[0] == prev[1] and after:
        return ("de5", "xia4")  # 静静地下着: a reduplicated adverb, 地 and the verb 下
    if (
        word in ("得了", "不了") and prev and prev not in _NOT_VERBS and len(prev) == 1
        and prev not in nouns and not (word == "得了" and _PRIZE.match(after))
    ):
        # 吃得了, 去不了 (a potential complement, its 不 light); 队得了冠军 is dé le
        return ("de5", "liao3") if word == "得了" else ("bu5", "liao3")
    return None


def rule_reading(ctx: Context, *, collocations: bool = True) -> str | None:
    """The reading a context rule gives for ``ctx.char``, or ``None``: a surname after
    姓, then a collocation (unless the caller tried both already), then the character's
    rule or its fixed everyday reading."""
    if collocations:
        surname = surname_reading(ctx.char, ctx.before, ctx.after)
        if surname:
            return surname
        found = collocation_reading(
            ctx.char, ctx.before, ctx.after, ctx.clause_end, ctx.number_after
        )
        if found:
            return found
    rule = RULES.get(ctx.char)
    if rule is not None:
        return rule(ctx)
    return SINGLE_READINGS.get(ctx.char) if ctx.prev != "" or ctx.next != "" else None
