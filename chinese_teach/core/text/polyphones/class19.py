"""pyclass19 (issue 19): the classes of classroom_fresh12's misses.

Each class was written from classroom_tune9's seventeenth batch (new sentences of the same
kind with other words, written before the rule). Two kinds of rule live here:

* :data:`CLASS19`, collocations in the format of :mod:`collocations` (a regular expression
  over the character's clause, ``_`` for the character, ``~`` for the verb filler, ``#`` for
  the clause's end), merged into ``COLLOCATIONS`` ahead of each character's older patterns;
* :func:`word_in_context_class19`, readings of a whole word the segmenter made, by its
  neighbours (选 | 为了 wéi le, 报纸 | 上载 shang zǎi, 学生 | 词 xué shēng).

This module imports nothing of the package, so that ``collocations`` and ``rules`` may both
import it.
"""

from __future__ import annotations

#: Drinks, colours, sauces and fillings that someone mixes (tiáo).
_MIXED = (r"(果汁|饮料|鸡尾酒|酒|奶茶|咖啡|颜色|颜料|馅儿?|酱汁|汁|沙拉|调料|蘸料|味道|汤|"
          r"茶|可乐|糖水)")
#: Drinks and liquids poured (dào).
_LIQUID = (r"(茶|水|开水|热水|凉水|温水|咖啡|酒|白酒|红酒|啤酒|牛奶|奶|果汁|饮料|汤|油|醋|"
           r"酱油|可乐|汽水|豆浆)")
#: People something is done for or behind whom one falls.
_PEOPLE = (r"(大家|别人|同学们?|新同学|他们|她们|我们|你们|人家|队伍|其他人|别的同学|老人|"
           r"孩子们?|学生们?|留学生|顾客|游客|客人|病人|患者|乘客|居民|读者|观众|员工|市民|"
           r"家人|朋友们?|人民|群众|老师们?|用户|村民|灾民|新生)")
#: What is done for someone after 为 wèi + the people (为留学生办了, 为病人换了药).
_DONE_FOR = (r"(办|做|准备|提供|安排|送|举办|组织|买|唱|表演|服务|解决|设计|介绍|开|修|治|检查|"
             r"捐|演奏|讲|写|画|选|筹备|带来|创造|换|煮|洗|缝|织|盖|建|献)")
#: Shows, games and parties counted with 场 chǎng.
_EVENTS = (r"(比赛|球赛|赛|电影|晚会|联欢会|音乐会|演唱会|演出|表演|舞会|话剧|讲座|戏|"
           r"辩论会|报告会|招待会|婚礼|宴会|考试)")
#: Books and papers that record something (zǎi).
_RECORDS = (r"(书|史书|古书|报纸|报|杂志|县志|志|课本|史料|文献|典籍|记录|日记|档案|史册|"
            r"书籍|词典|字典|教材|报刊|刊物)")

#: char -> [(pattern, reading)], first match wins; tried before CLASS18 and older patterns.
CLASS19: dict[str, list[tuple[str, str]]] = {
    # 倒点茶, 倒杯咖啡, 倒了一碗汤, 倒太多酒, 往杯子里倒: pouring, dào (吹倒了 dǎo)
    "倒": [(r"_(了|上)?(一|两|半|满)?(点儿?|杯|碗|壶|些|瓶|盆|桶|勺|圈)?(太多|很多|这么多|那么多)?"
            + _LIQUID, "dao4"),
           (r"_(了|上)?(一|两|半|满)?(点儿?|杯|碗|壶|勺)", "dao4"),
           (r"往[^，。！？]{1,5}里_", "dao4")],
    # 落在了大家后面: fallen behind someone, là
    "落": [(r"_在了?" + _PEOPLE + r"的?(后面|后头|后边)", "la4")],
    # 这杯果汁是我自己调的: a drink or a colour someone mixed, tiáo (他是从上海调来的 diào)
    "调": [(_MIXED + r"是[^，。！？]{0,5}_的", "tiao2")],
    # 学校为留学生办了联欢会: for someone, before what is done for them, wèi; 被定为了保护区,
    # 被评为: "as" after a verb of choosing or naming in the passive, wéi
    "为": [(r"被[^，。！？]{0,3}(定|评|列|封|聘|立|选|推选|当选|评选|命名|称|划|转)_", "wei2"),
           (r"_(" + _PEOPLE + r"|[^，。！？为]{1,3}(人|们|生|者|客|员|民|友))" + _DONE_FOR,
            "wei4")],
    # 一场盛大的联欢会: a show or a game counted, chǎng (一场很大的雨, 一场病 cháng)
    "场": [(r"[一两几这那每整]_[^，。！？雨雪风病仗战梦]{0,6}" + _EVENTS, "chang3")],
    # 古书里载着, 报纸上载了: what a book or a paper records, zǎi (卡车载着西瓜 zài)
    "载": [(_RECORDS + r"(里|上|中)?_(着|了)", "zai3")],
    # 我们重录一遍吧: again, before a verb and how often, chóng (重打一下 may be "hard": left out)
    "重": [(r"_(录|拍|算|读|抄|说|写|做|画|考|装|排|印|选|修|填|背|发|讲|唱|听|看|念|来)"
            r"(一|两|几)?(遍|次|张|份|回)", "chong2")],
    # 我下午给你还回去: giving back to someone, huán
    "还": [(r"(给|替|帮|向)(我|你|他|她|您|我们|你们|他们|她们|图书馆|老师|银行|人家|别人|"
            r"学校|朋友|邻居)_(回去|回来|给|上|清)", "huan2"),
           # 借的东西要按时还回去, 记得还: giving back on time (eighteenth batch)
           (r"(按时|及时|准时|如期|尽快|早点儿?|记得|别忘了|忘了)_", "huan2"),
           # 借的书我早就还回去了: given back already (nineteenth batch)
           (r"(早就|已经|早已|都)_回(去|来)了", "huan2")],
    # 只好蒙了一个答案, 瞎蒙: guessing, mēng (蒙住, 蒙上一层 méng)
    "蒙": [(r"_(了)?一?个(?!人)|(瞎|乱|随便|胡)_", "meng1")],
    # 奔六十的人了, 快奔五十了: nearing an age, bèn
    "奔": [(r"_[二三四五六七八九]十(岁|的|了|#|$)", "ben4"), (r"直_", "ben4")],
    # 司机横得很, 横什么横: rude, hèng (横着放 héng)
    "横": [(r"_得(很|要命|要死|不得了|厉害|出奇|没边|不行)|_什么横|横什么_", "heng4"),
           # 你对我横有什么用: rude to someone (nineteenth batch)
           (r"对(我|你|他|她|人|别人|大家|孩子|顾客|客人|我们|他们)_(?!着)", "heng4")],
    # 这块糖粘牙, 年糕粘锅: sticking to something, zhān; after a degree word the adjective
    # stays nián (太粘牙了, 很粘: classroom_fresh9 reads 这块糖太粘牙了 nián)
    "粘": [(r"(?<![很太真挺点儿最更么])_(手|牙|锅|鞋|鞋底|身子|身上|头发|衣服|嘴|皮肤|胶带|纸|"
            r"盘子|碗|筷子|案板|桌子|锅底|手指)", "zhan1"),
           # 饺子皮粘案板了: sticking to a thing named before a closing 了 (eighteenth batch)
           (r"(?<![很太真挺点儿最更么])_[^，。！？了的得]{1,3}了(#|$)", "zhan1"),
           (r"_不(住|上|牢|起来)", "zhan1")],  # 胶水粘不住玻璃 (nineteenth batch)
    # 脾气很拧, 那孩子拧得很: stubborn, nìng (拧毛巾 nǐng, 拧瓶盖 nǐng)
    "拧": [(r"(脾气|性子|性格|驴|脾性)[^，。！？]{0,4}_", "ning4"),
           (r"_得(很|要命|不得了)(#|$)", "ning4"),
           (r"(很|真|太|特别|挺|有点儿?|那么|这么)_(#|$|了#|了$|啊|呢)", "ning4"),
           (r"_(脾气|性子|劲儿?)", "ning4")],  # 他那拧脾气 (nineteenth batch)
    # 最后一笔是撇, 先写撇: the stroke, piě (撇在一边, 撇开 piē)
    "撇": [(r"(是|写|把|、|这个|那个|哪个)_(?!开|下|清|油|在|掉|嘴|了)", "pie3"),
           (r"^_(要|是|和|、|写|比)|^_#", "pie3")],  # 横、竖、撇: a stroke listed alone
    # 一点也不过分, 太过分了: the word 过分 after the segmenter's 不过 / 太过, fèn
    "分": [(r"(不|太)过_(#|$|了|吧|吗|啊|呢|的)", "fen4")],
    # 撇要写得长一点, 裙子做得长一些: the adjective as a verb's complement after 得, cháng
    # (长得很快: the verb before 得, zhǎng)
    "长": [(r"(写|说|留|画|拉|剪|做|编|变|讲|拖|显|修|裁|切|织)得_"
            r"(一点|一些|点儿?|些|多了|了点儿?|#|$)", "chang2"),
           # 你改得长一点吧: any verb before 得 (nineteenth batch); 得长点儿心 (děi) goes on
           (r"(?<!长)得_(一点儿?|一些|点儿?|些|多了|了点儿?|了一点)(#|$|吧|啊|呢|才|就)",
            "chang2")],
    # 贴一个创可贴, 清洗创口: a wound, chuāng (创办, 创造 chuàng); inside a rare word this
    # corroborates the dictionary's reading against the model (Reader._corroborated)
    "创": [(r"_(可贴|口|伤|面|痕)", "chuang1")],
}

#: Verbs of choosing and naming before 为 wéi "as" (选为, 评为, 定为), the whole word before
#: 为了 (决定 | 为了孩子 is wèile: 决定 is not 定).
_NAMING = frozenset({"选", "评", "推选", "当选", "评选", "选举", "定", "称", "列", "命名", "改",
                     "任命", "聘", "立", "封", "视", "推举", "选拔", "被选", "被评"})
#: Books and papers before 上载 "records on" (报纸上载了): not the upload of a website.
_RECORD_NOUNS = frozenset({"报纸", "杂志", "课本", "书", "史书", "古书", "报", "刊物", "报刊",
                           "教材", "书本", "档案", "日记"})
#: What may follow 学生词 / 学生字 when they are the student's dictionary or vocabulary.
_STUDENT_NOUN_NEXT = ("典", "汇", "库", "表", "条", "卡")


#: What 数数 shǔshu "count (them)" is said before: what is counted, or a word that asks how
#: many (数数这些钱, 数数一共来了多少人); after 会 / 学 it is 数数 shǔshù "counting".
_COUNTED = ("这", "那", "你", "我", "他", "她", "它", "一共", "总共", "看", "有", "多少", "几",
            "还", "咱", "大家", "盒", "桌", "书", "钱", "人", "吧", "一下", "班", "屋", "教室")
_COUNTING_BEFORE = ("会", "学", "学会", "教", "在", "练习", "练")
#: The segmenter's 不定 "indefinite" after a verb it completes: 拿不定主意 (a potential
#: complement, 不 light).
_UNSETTLED_AFTER = ("拿", "吃", "猜", "说", "料", "摸", "估计")


def word_in_context_class19(word: str, prev: str, after: str) -> tuple[str, ...] | None:
    """pyclass19's readings of a whole word by its neighbours, or None: 为了 after a verb
    of choosing (选 | 为了 wéi le), 上载 after a paper (报纸 | 上载: the locative, zǎi), 挑起 before
    a burden anywhere in its clause (挑起了养家的重担 tiāo), 数数 before what is counted
    (shǔshu), 学生 before 词 (学 | 生词 xué shēng), 不定 completing a verb (拿不定 bu)."""
    if word == "数数" and after.startswith(_COUNTED) and not prev.endswith(_COUNTING_BEFORE):
        return ("shu3", "shu5")  # 你数数这里有多少个苹果 (孩子会数数了: shǔshù)
    if student_word_split(word, prev, after):
        return ("xue2", "sheng1")
    if word == "不定" and prev in _UNSETTLED_AFTER:
        return ("bu5", "ding4")  # 拿不定主意 (不定 "indefinite" elsewhere: bùdìng)
    if word == "为了" and prev in _NAMING:
        return ("wei2", "le5")  # 被大家选为了学习委员 (为了学习 after anything else: wèile)
    if word == "上载" and prev in _RECORD_NOUNS and after[:1] in ("着", "了"):
        return ("shang5", "zai3")  # 那份报纸上载了一篇文章
    if word == "挑起" and _burden_in_clause(after):
        return ("tiao1", "qi3")  # 挑起了生活的重担 (挑起争端, 挑起矛盾: tiǎo)
    return None


def _burden_in_clause(after: str) -> bool:
    """True if the clause after a verb holds a burden carried on the shoulders (重担, 担子)."""
    clause = after
    for stop in "，。！？；,;!?":
        clause = clause.split(stop)[0]
    return "重担" in clause[:12] or "担子" in clause[:12]


def student_word_split(word: str, prev: str, after: str) -> bool:
    """True if 学生 before 词 or 字 is the verb 学 and the noun 生词 / 生字 (学生词: xué
    shēngcí), not the student's dictionary or vocabulary (学生词典, 学生字典) nor a student's
    handwriting (学生字写得好: only 生字 closing its clause or before 的时候 / 时 / 和)."""
    if word != "学生" or prev.endswith(("的", "个", "位", "名", "些", "小", "大", "中")):
        return False
    if after[:1] == "词":
        return not after[1:2].startswith(_STUDENT_NOUN_NEXT)
    return after[:1] == "字" and (after[1:] in ("", "吧", "了") or after[1:].startswith(
        ("的时候", "时", "和", "，", "。")))


#: Complements of a potential form (V不C) inside a dictionary word: 合不拢嘴, 沉不住气, 数不清.
_COMPLEMENTS = frozenset("住拢定着开了起上下来去动完到懂清出过进好透掉成惯")


def potential_bu(word: str, is_word) -> bool:
    """True if the 不 of a dictionary word X不C… is a potential complement's (light): C is
    a complement and X + C or X + C… is a word (合不拢嘴: 合拢; 沉不住气: 沉住气), as the
    conventions print 听不懂. ``is_word`` tells whether a string is a dictionary word."""
    return (
        len(word) >= 3 and word[1] == "不" and word[2] in _COMPLEMENTS
        and all("\u4e00" <= c <= "\u9fff" for c in word)
        and bool(is_word(word[0] + word[2]) or is_word(word[0] + word[2:]))
    )
