"""Where a one-character verb's object stands (collo19, issue 15).

collo18's rule (:mod:`.glosses_collocation`) chooses a verb's sense by the dictionary words
it forms with its object, and read the object only right after the verb (past 了/过 and an
amount: 打 + 了一个 + 电话). Chinese puts the object elsewhere as often; each reader below
finds it in one construction, and :func:`governed_object` asks them in order:

1. ``after``: right after the verb (:func:`.glosses_collocation.object_nouns`); an amount
   of money stands for 钱 (出 + 五十块: 出钱, collo20);
2. ``complement``: past a result or a direction (放 + 完了 + 鞭炮, 交 + 上了 + 几个好朋友,
   穿 + 不进 + 线), not a place (走 + 进 + 教室);
3. ``modifier``: the head noun after a modifier with 的 (补 + 昨天的 + 课, 找 + 我的 + 钱),
   not a time or a place (买东西的 + 时候);
3b. ``pseudo-cleft``: after 的是, the verb's 的 ending the clause's subject (里面 + 装 + 的是 +
   什么东西; 医生 + 开 + 的是 + 中药: collo21);
3a. ``split``: the object of the verb's own dictionary word said apart, whatever its gloss
   (开 + 了一个 + 玩笑, 吃 + 了不少 + 亏: collo20);
4. ``ba``: after 把/将 before the verb (把 + 院子里的花 + 浇好了), unless a place follows
   with 在 (把鞭炮 + 放在 + 门口: "to put", whatever is put);
5. ``passive``: before 被 (那两张票 + 已经被他 + 退了);
6. ``cleft``: before 是 where the verb ends the clause with 的 (这些花 + 是谁 + 浇的);
6a. ``topic``: the thing that opens the clause, right before the verb (教室里的 + 灯 + 都 +
   关了, 图书馆的 + 书 + 可以 + 借: collo20);
7. ``named``: the same verb with its object earlier in the sentence, as one word or two
   (停车，请 + 停 + 到那边; 想放鞭炮，可是不让 + 放), as a token of the verb and a thing (打篮球
   + 打得很好), or as the earlier verb's topic (这个章 + 盖得不清楚，你得重新 + 盖: collo21).

Each reader answers the object's words, its head last, or []; the first that finds one
decides. Pure of Qt; the glosser passes its word tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chinese_teach.core.corpus.glosses_collocation import object_nouns

#: One-character results and directions between a verb and its object (放完了鞭炮, 交上
#: 朋友, 放起了烟花, 找错了钱); 到 when what follows is no place (交到朋友, not 搬到楼上).
COMPLEMENTS = frozenset("完上起错好掉走开出进回下住成懂见清满光透坏到")

#: Words that make a result a potential one between the verb and it (穿 + 不 + 进, 装 +
#: 得 + 下).
_POTENTIAL = frozenset({"不", "得"})

#: Adverbs between 把's object (or 被's subject) and the verb (把钱都花了, 票已经被退了).
_ADVERBS_BEFORE_VERB = frozenset({"都", "也", "全", "先", "再", "一起", "给", "快", "赶快", "马上",
                                  "全部", "又", "还", "一下", "已经", "早就", "就", "才",
                                  "没", "没有", "不", "别", "终于", "总算"})

#: Marks of an object before its verb.
_BA = frozenset({"把", "将"})

#: Particles that may close a clause after 是 … V + 的 (这些花是谁浇的？).
_FINAL = frozenset({"吗", "呢", "啊", "吧", "呀", "了"})

#: Stands between two clauses in the glosser's ``earlier`` words.
CLAUSE_BREAK = ","

#: How far after the verb a 的 may stand for :func:`modifier_object` (补 + 昨天 + 的).
_MODIFIER_REACH = 6


@dataclass(frozen=True)
class WordTests:
    """The glosser's tests of a word that the readers use."""

    gloss_of: Callable[[str], str]
    noun_like: Callable[[str], bool]
    is_number: Callable[[str], bool]
    is_person: Callable[[str], bool]
    is_place: Callable[[str], bool]
    is_time: Callable[[str], bool]
    #: Whether a string is a common dictionary word (开玩笑, 吃亏: :func:`split_object`).
    is_word: Callable[[str], bool] = lambda _w: False


def _clause(earlier: Sequence[str]) -> list[str]:
    """The words of ``earlier`` (nearest first) in the verb's own clause, in sentence order."""
    own: list[str] = []
    for w in earlier:
        if w == CLAUSE_BREAK:
            break
        own.append(w)
    return own[::-1]


#: Units of a length of time: 补 + 两个小时 says how long, not what.
_DURATIONS = frozenset({"小时", "钟头", "分钟", "分", "秒", "秒钟", "天", "年", "月", "个月",
                        "星期", "周", "会儿", "一会儿", "晚上", "上午", "下午", "早上"})

#: Demonstratives before an amount and its noun (退 + 那 + 两张 + 票).
_DEMONSTRATIVES = frozenset({"这", "那", "这些", "那些", "哪", "哪些", "每"})


#: Prepositions that end an object's run of words (找你的钱 + 在 + 这儿).
_PREPOSITIONS = frozenset({"在", "到", "给", "从", "跟", "和", "对", "向", "往", "比", "被", "把",
                           "为", "离", "由"})


def _thing(word: str, tests: WordTests) -> bool:
    """A noun that names a thing or a person: no verb's gloss, no time."""
    return (tests.noun_like(word) and not tests.gloss_of(word).startswith("to ")
            and not tests.is_time(word) and word not in _DURATIONS)


def after_object(rest: Sequence[str], tests: WordTests) -> list[str]:
    """collo18's object right after the verb (:func:`.glosses_collocation.object_nouns`),
    also past a demonstrative (那 + 两张 + 票), unless it is an amount of time (补 + 两个
    小时: how long, not what)."""
    if rest and rest[0] in _DEMONSTRATIVES:
        rest = rest[1:]
    found = object_nouns(rest, tests.gloss_of, tests.noun_like, tests.is_number)
    if not found and money_amount(rest, tests):
        return [MONEY]  # 出 + 五十块: 出钱 "to pay" (collo20)
    for k, w in enumerate(found):
        if w in _PREPOSITIONS:  # 钱 + 在 + 这儿: the object ends before a preposition
            found = found[:k]
            break
    if found and (not tests.noun_like(found[-1]) or tests.is_time(found[-1])
                  or found[-1] in _DURATIONS):
        return []
    return found


#: The noun an amount of money stands for as an object (花 + 三百块: 花钱).
MONEY = "钱"

#: Measure words of money (五十 + 块, 两百 + 元).
_MONEY_MEASURES = frozenset({"块", "块钱", "元", "毛", "毛钱", "角", "美元", "欧元", "英镑",
                             "日元", "分钱"})


def money_amount(rest: Sequence[str], tests: WordTests) -> bool:
    """Whether ``rest`` begins with an amount of money and no noun after it (了 + 五十 +
    块; 三百 + 块 + ，): a number, then a measure word of money (:data:`_MONEY_MEASURES`)."""
    k = 1 if rest[:1] and rest[0] in ("了", "过") else 0
    return (len(rest) > k + 1 and tests.is_number(rest[k])
            and rest[k + 1] in _MONEY_MEASURES
            and not (len(rest) > k + 2 and tests.noun_like(rest[k + 2])))


#: One-character verbs before another verb (请 + 开 + 空调, 让 + 上 + 车, 去 + 上 + 课): the
#: verb after them is no result of theirs.
SERIAL_VERBS = frozenset("请让叫帮教陪替使求劝派催逼带领"
                         "要想能会该敢肯去来愿别快再先又也还就才都不没")


def complement_object(verb: str, rest: Sequence[str], tests: WordTests) -> list[str]:
    """The object past a result or a direction of ``verb`` (:data:`COMPLEMENTS`, also after
    不/得: 穿 + 不 + 进 + 线); [] when none stands there, the object is a place (走 + 进 +
    教室, 送 + 到 + 学校), or ``verb`` is one before another verb (请 + 开 + 空调:
    :data:`SERIAL_VERBS`)."""
    if verb in SERIAL_VERBS:
        return []
    k = 0
    if len(rest) > 1 and rest[0] in _POTENTIAL and (rest[1] in COMPLEMENTS or rest[1] == "了"):
        k = 2
    elif rest and rest[0] in COMPLEMENTS:
        k = 1
    if not k:
        return []
    found = after_object(rest[k:], tests)
    if not found or not _thing(found[-1], tests) or tests.is_place(found[-1]):
        return []
    return found


def modifier_object(rest: Sequence[str], tests: WordTests) -> list[str]:
    """The head noun after a modifier with 的 (补 + 昨天 + 的 + 课; 找 + 我 + 的 + 钱; 退 +
    昨天买 + 的 + 那两张 + 票), the 的 within a few words of the verb; [] when the head is a
    time or a place (买东西 + 的 + 时候, 去过 + 的 + 地方)."""
    if "的" not in rest[:_MODIFIER_REACH]:
        return []
    k = list(rest).index("的")
    found = after_object(rest[k + 1:], tests)
    if not found or not _thing(found[-1], tests) or tests.is_place(found[-1]):
        return []
    return found


#: Question words between 的是 and the object (装的是 + 什么 + 东西).
_QUESTION_WORDS = frozenset({"什么", "哪", "哪些", "哪个", "哪种", "哪一个", "哪样"})


def pseudo_cleft_object(rest: Sequence[str], tests: WordTests) -> list[str]:
    """The object after 的是 where the verb ends its clause's subject with 的 (collo21):
    what the verb handles is named after 是 (里面 + 装 + 的是 + 什么东西; 医生 + 开 + 的是 +
    中药还是西药; 他 + 开 + 的是 + 一辆出租车), past a question word and an amount; [] for
    a person or a place (来的是我哥哥, 去的是北京) or no thing."""
    if tuple(rest[:2]) != ("的", "是"):
        return []
    after = list(rest[2:])
    if after and after[0] in _QUESTION_WORDS:
        after = after[1:]
    found = after_object(after, tests)
    if not found or not _thing(found[-1], tests) or tests.is_place(found[-1]) or (
            tests.is_person(found[-1])):
        return []
    return found


#: How far after the verb the object of its split dictionary word may stand (开 + 了一个
#: + 玩笑; 发 + 了很大的 + 脾气).
_SPLIT_REACH = 6

#: Words that end the search for a split word's object: another clause's or a preposition's.
_SPLIT_STOPS = frozenset({",", "，", "。", "？", "！", "；", "就", "才", "再", "又", "也", "都",
                          "还", "却"}) | _PREPOSITIONS


def split_object(verb: str, rest: Sequence[str], tests: WordTests) -> list[str]:
    """The object of a verb-object dictionary word said apart (collo20): the first word a
    few words after ``verb`` with which it makes a common dictionary word, past 了/过, an
    amount and a modifier (开 + 了一个 + 玩笑: 开玩笑; 吃 + 了不少 + 亏; 挂 + 个 + 号),
    whatever its own gloss (玩笑 and 亏 are no nouns to :func:`after_object`); something
    stands between them (天 + 黑, 叫 + 醒, 弄 + 丢 are no split words: a result); not a
    measure right after a number (得 + 一百 + 分: points; 守 + 一 + 夜: how long), nor a
    word before 的 (换 + 一台 + 新的: "a new one"). [] where a person, a clause's end or a
    word that is no amount nor modifier comes first (打 + 了我一拳: 我; 天 + 快 + 黑)."""
    for k, w in enumerate(rest[:_SPLIT_REACH]):
        if w in _SPLIT_STOPS or tests.is_person(w):
            return []
        if k and tests.is_word(verb + w) and w not in _NO_SPLIT_OBJECT and (
                w[0] not in _POTENTIAL and not tests.is_number(rest[k - 1])
                and not (rest[k + 1:k + 2] and rest[k + 1] in _MODIFIER_ENDS)):
            return [w]
        if not _before_split_object(w, tests):
            return []
    return []


#: Words after a noun that make it a modifier or a place, not the object (换 + 一台 + 新的;
#: 当 + 了 + 班里的第一名: 班 is no 当班 "to work one's shift").
_MODIFIER_ENDS = frozenset({"的", "上", "里", "下", "中", "外", "前", "后", "边", "上边",
                            "里边", "旁边", "上面", "里面"})

#: Words after a verb that make a dictionary word with it and are no object: particles
#: (说得 "to come to an agreement", 长得 "to look"), results and directions (说好, 看见).
_NO_SPLIT_OBJECT = frozenset({"得", "的", "地", "着", "了", "过", "没"}) | COMPLEMENTS

#: Words that may stand between a verb and its split word's object (了, 很多, 很 + 大 + 的).
_BEFORE_SPLIT_OBJECT = frozenset({"了", "过", "的", "很", "大", "小", "好", "多", "很多", "不少",
                                  "许多", "一些", "几", "好几", "一点", "一点儿", "点", "个",
                                  "这个", "那个"}) | _DEMONSTRATIVES


def _before_split_object(word: str, tests: WordTests) -> bool:
    """Whether ``word`` may stand between a verb and its split word's object: 了, an
    amount (a number, a measure word), a size, a demonstrative, 的."""
    return (word in _BEFORE_SPLIT_OBJECT or tests.is_number(word)
            or "(measure word" in tests.gloss_of(word))


def ba_object(rest: Sequence[str], earlier: Sequence[str], tests: WordTests) -> list[str]:
    """The object after 把/将 in the verb's clause, before the verb (把 + 院子里的 + 花 + 浇好
    了; 把 + 上周的课 + 补完了): its last word, past the adverbs before the verb; [] when
    the verb puts it in a place (把鞭炮 + 放 + 在门口) or no thing stands there."""
    if list(rest[:1]) == ["在"]:
        return []
    clause = _clause(earlier)
    marks = [k for k, w in enumerate(clause) if w in _BA]
    if not marks:
        return []
    between = clause[marks[-1] + 1:]
    while between and between[-1] in _ADVERBS_BEFORE_VERB:
        between.pop()
    if not between or not _thing(between[-1], tests):
        return []
    return [between[-1]]


def passive_object(earlier: Sequence[str], tests: WordTests) -> list[str]:
    """The thing before 被 in the verb's clause (那两张 + 票 + 已经 + 被他 + 退了): the
    noun nearest before 被, past adverbs; [] for a person (他被警察带走了) or none."""
    clause = _clause(earlier)
    if "被" not in clause:
        return []
    before = clause[:clause.index("被")]
    while before and before[-1] in _ADVERBS_BEFORE_VERB:
        before.pop()
    if not before or not _thing(before[-1], tests):
        return []
    return [before[-1]]


def cleft_object(rest: Sequence[str], earlier: Sequence[str], tests: WordTests) -> list[str]:
    """The thing before 是 where the verb ends its clause with 的 (这些 + 花 + 是谁 + 浇
    的？; 这个寺庙 + 是一千多年前 + 建的): the noun right before 是; [] for a person (他是昨
    天来的) or another shape."""
    if not rest or rest[0] != "的" or any(w not in _FINAL for w in rest[1:]):
        return []
    clause = _clause(earlier)
    if "是" not in clause:
        return []
    before = clause[:clause.index("是")]
    if not before or not _thing(before[-1], tests):
        return []
    return [before[-1]]


#: Modal verbs and adverbs between a topic and its verb (书 + 可以 + 借, 水 + 快 + 烧干了).
_MODALS = frozenset({"可以", "能", "能够", "会", "要", "应该", "得", "快", "快要", "一直", "常常",
                     "经常", "总是", "还", "还是", "早", "早已", "刚", "刚刚", "都"})


def in_topic_gap(word: str, is_number: Callable[[str], bool]) -> bool:
    """Whether ``word`` may stand between a topic and its verb: an adverb, a modal verb,
    or an amount of time (这些药 + 一天 + 吃三次)."""
    return (word in _ADVERBS_BEFORE_VERB or word in _MODALS or word in _DURATIONS
            or word == "每" or is_number(word))


def topic_object(rest: Sequence[str], earlier: Sequence[str], tests: WordTests) -> list[str]:
    """The thing that opens the verb's clause as its topic, where nothing follows the verb
    as an object (collo20): 教室里的 + 灯 + 都 + 关了, 那个 + 电话 + 一直 + 打不通, 图书馆的 +
    书 + 可以 + 借: the noun right before the verb, past adverbs and modal verbs, with
    nothing before it in the clause but its modifier (a 的, a demonstrative, an amount) or
    a place; [] for a person (他 + 关了), a time, a place, a noun after a verb (听到 +
    青蛙 + 叫: 青蛙 is 听到's object), where a thing or a person follows the verb in its
    clause (地球 + 绕着 + 太阳 + 转), or nothing but a particle does (车 + 停了: its doer;
    a result, an amount or a complement must follow: 水 + 快 + 烧干了, 药 + 一天 + 吃三次)."""
    if (rest[:1] and rest[0] in ("在", "到", "给", "成")) or any(
            _thing(w, tests) or tests.is_person(w) for w in rest):
        return []  # 地球 + 绕着 + 太阳 + 转: 太阳 is 绕's object, 地球 its doer
    if all(w in _FINAL for w in rest):
        return []  # 车 + 停了: the car stopped (its doer); 水 + 快 + 烧干了 has a result
    clause = _clause(earlier)
    while clause and in_topic_gap(clause[-1], tests.is_number):
        clause.pop()
    if not clause or not _thing(clause[-1], tests) or tests.is_place(clause[-1]) or (
            tests.is_person(clause[-1])):
        return []
    before = clause[:-1]
    if before and before[-1] != "的" and not (
            before[-1] in _DEMONSTRATIVES or "(measure word" in tests.gloss_of(before[-1])
            or tests.is_number(before[-1]) or "个" in before[-1][-1:]):
        return []
    if any(tests.gloss_of(w).startswith("to ") and w != "的" for w in before
           if w not in _DEMONSTRATIVES) and "的" not in before:
        return []
    return [clause[-1]]


def named_object(verb: str, earlier: Sequence[str], compounds: Sequence[str],
                 tests: WordTests) -> list[str]:
    """The object the same verb took earlier in the sentence (nearest first): a dictionary
    word of the verb (``compounds``: its words of two or three characters; 停车，请 + 停
    + 到那边: 车) or the verb as a word with a thing right after it (想 + 放 + 鞭炮，可是不让
    + 放: 鞭炮)."""
    for k, w in enumerate(earlier):
        if len(w) > 1 and w[0] == verb and (w in compounds or _thing(w[1:], tests)):
            return [w[1:]]  # 停车; a token of the verb and a thing: 打篮球 (collo21)
        if k + 1 < len(earlier) and earlier[k + 1] == verb and _thing(w, tests):
            return [w]
        if w == verb:  # the earlier verb's topic: 这个章 + 盖得不清楚 (collo21)
            found = _earlier_topic(verb, k, earlier, tests)
            if found:
                return found
    return []


def _earlier_topic(verb: str, k: int, earlier: Sequence[str], tests: WordTests) -> list[str]:
    """The topic of the same ``verb`` standing at ``earlier[k]``, its words after it up to
    its clause's end: :func:`topic_object` read at that verb (电话 + 打不通), or the object of
    the verb's own dictionary word, whatever its gloss, before a result, 得 or 不 (这个 + 章
    + 盖得不清楚: 盖章; 这个 + 号 + 挂得太晚了: 挂号; 章 and 号 are no nouns to the readers);
    [] where it has none (票 + 已经 + 退了: nothing but a particle follows, so 票 may be its
    doer)."""
    after: list[str] = []
    for w in reversed(earlier[:k]):
        if w == CLAUSE_BREAK:
            break
        after.append(w)
    found = topic_object(after, earlier[k + 1:], tests)
    if found or not after or not (after[0] in COMPLEMENTS or after[0] in _POTENTIAL):
        return found
    clause = _clause(earlier[k + 1:])
    while clause and in_topic_gap(clause[-1], tests.is_number):
        clause.pop()
    if not clause or not tests.is_word(verb + clause[-1]) or tests.is_person(clause[-1]):
        return []
    before = clause[:-1]
    if before and not (before[-1] in _DEMONSTRATIVES or before[-1] == "的"
                       or "(measure word" in tests.gloss_of(before[-1])
                       or "个" in before[-1][-1:]):
        return []
    return [clause[-1]]


#: The readers of an object before the verb: asked only where no person nor thing follows it.
BEFORE_READERS = frozenset({"ba", "passive", "cleft", "topic", "named"})

#: The readers' names, in the order :func:`governed_object` asks them.
CONSTRUCTIONS = ("after", "complement", "modifier", "pseudo-cleft", "split", "ba", "passive",
                 "cleft", "topic", "named")


def governed_object(verb: str, rest: Sequence[str], earlier: Sequence[str], *,
                    compounds: Sequence[str], tests: WordTests,
                    skip: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """The construction (one of :data:`CONSTRUCTIONS`) and the words of the object of the
    one-character ``verb`` (its head last), found after it in its clause (``rest``), or
    before it in its sentence (``earlier``, nearest first, clauses parted by
    :data:`CLAUSE_BREAK`); ("", []) when no reader finds one. A reader finds an object
    only where those before it found none; ``skip`` leaves readers out (the dry run's
    count of what each decides)."""
    rest = tuple(rest)
    readers: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        ("after", lambda: after_object(rest, tests)),
        ("complement", lambda: complement_object(verb, rest, tests)),
        ("modifier", lambda: modifier_object(rest, tests)),
        ("pseudo-cleft", lambda: pseudo_cleft_object(rest, tests)),
        ("split", lambda: split_object(verb, rest, tests)),
        ("ba", lambda: ba_object(rest, earlier, tests)),
        ("passive", lambda: passive_object(earlier, tests)),
        ("cleft", lambda: cleft_object(rest, earlier, tests)),
        ("topic", lambda: topic_object(rest, earlier, tests)),
        ("named", lambda: named_object(verb, earlier, compounds, tests)),
    )
    for name, read in readers:
        if name in skip:
            continue
        if name in BEFORE_READERS and rest and (tests.is_person(rest[0]) or (
                tests.noun_like(rest[0]) and not tests.is_number(rest[0]))):  # 借 + 两个星期
            break  # a person or a thing right after the verb: nothing before it is its object
        found = read()
        if found:
            return name, found
    return "", []
