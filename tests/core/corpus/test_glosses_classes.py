"""Classes of words whose learner sense their sentence chooses, fixed in the seventh
session from the sixth held-out sense part's misses: each with a sentence of its own and
a counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import glosser, load_curated, token_glosses


@pytest.fixture(scope="module")
def g(corpus):
    return glosser(corpus)


def _first(corpus, engine, text: str, word: str) -> str:
    """The first sense shown for ``word`` in ``text`` (a word inside a longer token: that
    token's part)."""
    toks = engine.annotate(text)
    found: dict[str, str] = {}
    for t, gl in zip(toks, token_glosses(toks, corpus), strict=True):
        if gl is None:
            continue
        for piece, short in gl.parts:
            found.setdefault(piece, short)
        found[t.text] = gl.short
    return found[word].split(";")[0].strip()


def test_no_default_line_of_the_curated_table_is_shadowed() -> None:
    """A word's first "*" line of a reading is its default: a second one would never be
    read (a line added for a word the table already had)."""
    shadowed = []
    for word, lines in load_curated().items():
        seen: set = set()
        for line in lines:
            if line.when == "*":
                if line.syllables in seen:
                    shadowed.append(word)
                seen.add(line.syllables)
    assert shadowed == []


def test_a_noun_that_is_a_verb_is_the_verb_after_an_adverb(corpus, engine, g) -> None:
    """不习惯 "not used to"; 已经习惯了; 我不运动 "to exercise"; 他的习惯 stays "habit";
    方便, no noun in the dictionary, stays "convenient" after 不."""
    assert _first(corpus, engine, "我刚来的时候不习惯这里的天气。", "习惯") == "to be used to"
    assert _first(corpus, engine, "他已经习惯了。", "习惯") == "to be used to"
    assert _first(corpus, engine, "我不运动。", "运动") == "to exercise"
    assert _first(corpus, engine, "他的习惯很好。", "习惯") == "habit"
    assert _first(corpus, engine, "这里不方便。", "方便") == "convenient"
    assert g._verb_first(None, g._pick("方便", g.rows("方便"), None)) is None


def test_an_adjective_that_is_an_adverb(corpus, engine) -> None:
    """特别 / 完全 before a verb or an adjective: the adverb; at the end, after 很 or
    before 的: the adjective."""
    assert _first(corpus, engine, "他对我特别好。", "特别") == "especially"
    assert _first(corpus, engine, "我特别喜欢你。", "特别") == "especially"
    assert _first(corpus, engine, "这个礼物很特别。", "特别") == "special"
    assert _first(corpus, engine, "这是一个特别的礼物。", "特别") == "special"
    assert _first(corpus, engine, "我完全同意。", "完全") == "completely"
    assert _first(corpus, engine, "我真正明白了。", "真正") == "really"
    assert _first(corpus, engine, "他是我真正的朋友。", "真正") == "genuine"


def test_kinship_words_lead_with_the_word_a_learner_says(g) -> None:
    assert g.short("爷爷").startswith("grandpa") and g.short("外婆").startswith("grandma")
    assert g.short("舅舅").startswith("uncle") and g.short("姑姑").startswith("aunt")


def test_everyday_verbs_and_nouns(corpus, engine, g) -> None:
    assert _first(corpus, engine, "有人在敲门。", "敲") == "to knock"
    assert g.short("炒").startswith("to stir-fry") and g.short("密码").startswith("password")
    assert _first(corpus, engine, "不管多忙，他每天都锻炼。", "不管").startswith("no matter")
    assert _first(corpus, engine, "这件事我不管。", "不管") == "not to care"
    assert _first(corpus, engine, "算了，别说了。", "算了") == "never mind"


def test_frames_of_rang_shuo_suan_and_hao(corpus, engine) -> None:
    """让 with no person after it "to give way"; 说 + a person + 一顿 "to scold"; 算 + a
    degree word "to count as"; 号 in a date, not in 三号楼."""
    assert _first(corpus, engine, "请让一下，我要下车。", "让") == "to give way"
    assert _first(corpus, engine, "妈妈让我早点睡觉。", "让") == "to let"
    assert _first(corpus, engine, "老师说了他一顿。", "说") == "to scold"
    assert _first(corpus, engine, "老师说了一个故事。", "说") == "to speak"
    assert _first(corpus, engine, "他的汉语在班里算很好的。", "算") == "to count as"
    assert _first(corpus, engine, "你算一下一共多少钱。", "算") == "to calculate"
    assert _first(corpus, engine, "今天是几号？", "号") == "day of the month"
    assert _first(corpus, engine, "我的生日是十月一号。", "号") == "day of the month"
    assert _first(corpus, engine, "他住在三号楼。", "号") == "number"


def test_frames_of_zuijin_xiang_wenti_and_gen(corpus, engine) -> None:
    """最近 after 离 "nearest", else "recently"; 香 after 睡 "sound", after 吃 "with
    relish", else "fragrant"; 出/没 + 问题 "problem"; 跟 before 着 "to follow"."""
    assert _first(corpus, engine, "离我家最近的超市在哪儿？", "最近") == "nearest"
    assert _first(corpus, engine, "我最近很忙。", "最近") == "recently"
    assert _first(corpus, engine, "他睡得很香。", "香") == "(of sleep) sound"
    assert _first(corpus, engine, "他吃得很香。", "香") == "(to eat) with relish"
    assert _first(corpus, engine, "这朵花很香。", "香") == "fragrant"
    assert _first(corpus, engine, "他的车出了一点儿问题。", "问题") == "problem"
    assert _first(corpus, engine, "没问题！", "问题") == "problem"
    assert _first(corpus, engine, "老师，我有一个问题。", "问题") == "question"
    assert _first(corpus, engine, "弟弟跟着哥哥去学校。", "跟") == "to follow"
    assert _first(corpus, engine, "我跟他一起去。", "跟") == "with"


def test_a_noun_of_an_action_is_the_verb_after_an_adverb(corpus, engine, g) -> None:
    """休息 "rest; to rest" and 帮助 "assistance; to assist" name an action: after 在 or
    常常, the verb; after 不 only a noun the dictionary counts (温暖 stays "warm")."""
    assert _first(corpus, engine, "孩子们都在休息。", "休息") == "to rest"
    assert _first(corpus, engine, "妈妈常常帮助我。", "帮助") == "to help"
    assert _first(corpus, engine, "谢谢你的帮助。", "帮助") == "assistance"
    assert _first(corpus, engine, "这里的冬天不温暖。", "温暖") == "warm"
    assert g._verb_first(None, g._pick("温暖", g.rows("温暖"), None)) is None


def test_a_common_listed_word_marked_as_a_name_keeps_its_sense(corpus, engine, g) -> None:
    """jieba tags 孙子 and 和平 as names; the HSK word read sūnzi is "grandson"; 北京,
    listed only as a name, stays one."""
    assert _first(corpus, engine, "他有两个孙子。", "孙子") == "grandson"
    assert g.gloss("和平", ("he2", "ping2"), name=True).short.startswith("peace")
    assert g.gloss("北京", ("bei3", "jing1"), name=True).name


def test_zuihou_zuihao_and_the_date(corpus, engine) -> None:
    """最后 + a person "finally", 最后一次 "last"; 最好 + the rest of a clause "had
    better", 最好的 "best"; 几号 + a noun is a number, 五号 + a verb a date."""
    assert _first(corpus, engine, "最后他还是来了。", "最后") == "finally"
    assert _first(corpus, engine, "这是最后一次。", "最后") == "last"
    assert _first(corpus, engine, "你最好早点儿睡。", "最好") == "had better"
    assert _first(corpus, engine, "这是我最好的朋友。", "最好") == "best"
    assert _first(corpus, engine, "你住几号房间？", "号") == "number"
    assert _first(corpus, engine, "他五号去北京。", "号") == "day of the month"


def test_jiu_after_a_time_zhao_with_time_and_kai_inside_kaiche(corpus, engine) -> None:
    """就 after a time or an amount and before 了 "already"; 找 + a person + an amount of
    time is looking for (找 + a person + money stays "to give change"); 开 inside 开车."""
    assert _first(corpus, engine, "他八点就来了。", "就") == "already"
    assert _first(corpus, engine, "你来了我就走。", "就") == "then"
    assert _first(corpus, engine, "我找了你半天。", "找") == "to try to find"
    assert _first(corpus, engine, "服务员找了我两块钱。", "找") == "to give change"
    assert _first(corpus, engine, "他会开车。", "开") == "to drive"


def test_round_four_words(corpus, engine) -> None:
    """喂 + the rest of a clause "to feed", 喂，… "hello"; 倒 dào "to pour", 倒 dǎo "to
    fall"; 经过 + an amount "after"; 的 + 生活 "life", 生活了三年 "to live"."""
    assert _first(corpus, engine, "妈妈在喂孩子吃饭。", "喂") == "to feed"
    assert _first(corpus, engine, "喂，是谁啊？", "喂").startswith("hello")
    assert _first(corpus, engine, "请给我倒一杯水。", "倒") == "to pour"
    assert _first(corpus, engine, "瓶子倒了。", "倒").startswith("to fall")
    assert _first(corpus, engine, "经过一年的学习，他的汉语进步了很多。", "经过") == "after"
    assert _first(corpus, engine, "他已经习惯这里的生活了。", "生活") == "life"
    assert _first(corpus, engine, "我在北京生活了三年。", "生活") == "to live"


def test_a_doubled_form_the_dictionary_lacks_is_never_left_without_a_meaning(
        corpus, engine, g) -> None:
    """茵茵 (绿草茵茵) has its curated line; 红红 takes 红's sense; an AABB form its AB
    word's (干干净净 "clean"); an AA form of a character no list holds says what it
    doubles."""
    assert _first(corpus, engine, "绿草茵茵。", "茵茵") == "lush"
    assert g.gloss("红红").short.startswith("red")
    assert g.gloss("干干净净").short.startswith("clean")
    assert g.gloss("冉冉").short  # the dictionary's own entry
    assert not g.rows("蓝蓝") and g.gloss("蓝蓝").short.startswith("blue")
    assert not g.rows("钵钵") and g.gloss("钵钵").short.startswith("钵 doubled: ")


def test_a_number_and_what_it_counts_kept_whole_is_glossed_by_its_parts(corpus, engine,
                                                                        g) -> None:
    """一桌 (一桌菜), a token the dictionary lacks: 一 + 桌 as a measure word."""
    found = g.gloss("一桌", ("yi1", "zhuo1"))
    assert [p for p, _ in found.parts] == ["一", "桌"]
    assert _first(corpus, engine, "他为我们准备了一桌菜。", "桌").startswith("(measure word")
    assert g._counted("桌子") is None


def test_zhuang_before_a_verb_is_to_pretend(corpus, engine) -> None:
    assert _first(corpus, engine, "他在装睡。", "装") == "to pretend"
    assert _first(corpus, engine, "他把书装进书包。", "装") == "to pack"
    assert _first(corpus, engine, "工人在装空调。", "装").startswith("to install")


def test_round_six_senses_of_marked_words(corpus, engine) -> None:
    """叫 + a taxi "to call"; 叫 + a person + 起床 "to wake up"; 带 + a child "to look
    after", 带 + a person + 去 "to take"; 送 + 来 "to deliver"; 酸 after a part of the
    body "sore", 苹果 … 酸 "sour"; 点了点头: 点 "to nod"."""
    assert _first(corpus, engine, "他帮我叫了一辆出租车。", "叫").startswith("to call")
    assert _first(corpus, engine, "妈妈每天早上六点叫我起床。", "叫") == "to wake (sb) up"
    assert _first(corpus, engine, "今天爷爷在家带孩子。", "带") == "to look after (a child)"
    assert _first(corpus, engine, "我带孩子去公园。", "带") == "to take (along)"
    assert _first(corpus, engine, "快递员送来了一个包裹。", "送") == "to deliver"
    assert _first(corpus, engine, "跑了一天，我的腿很酸。", "酸") == "sore"
    assert _first(corpus, engine, "这个苹果有点儿酸。", "酸") == "sour"
    assert _first(corpus, engine, "他点了点头。", "点") == "to nod"
    assert _first(corpus, engine, "他看了看表。", "看").startswith("to")


def test_xing_and_a_surname_are_two_words_the_surname_a_name(corpus, engine) -> None:
    """jieba keeps 姓李 whole: it is 姓 "to be surnamed" and the surname Li, a name."""
    toks = [t for t in engine.annotate("你好，我姓李。") if t.is_word]
    assert [t.text for t in toks][-2:] == ["姓", "李"]
    assert toks[-1].extra.get("name")
    assert _first(corpus, engine, "你好，我姓李。", "姓") == "to be surnamed"  # words41


def test_round_seven_frames(corpus, engine, g) -> None:
    """来 between a number and a measure word "about"; 没有 + a person + an adjective
    "not as"; 才 right after its subject "just", after a time "only then"."""
    assert _first(corpus, engine, "教室里有十来个人。", "来") == "about"
    assert _first(corpus, engine, "他来了。", "来").startswith("to come")
    assert _first(corpus, engine, "他没有我高。", "没有") == "not as (… as)"
    assert _first(corpus, engine, "我没有钱。", "没有") != "not as (… as)"
    assert _first(corpus, engine, "我才到，你等了很久吗？", "才") == "just"
    assert _first(corpus, engine, "他十点才起床。", "才") == "only then"
    assert g._condition("before-measure", "十", ("个", "人"), ())
    assert not g._condition("before-measure", "十", ("书",), ())


def test_round_eight_lines(corpus, engine) -> None:
    assert _first(corpus, engine, "我们去晒太阳吧。", "晒") == "to bask in the sun"
    assert _first(corpus, engine, "他的书包很沉。", "沉") == "heavy"
    assert _first(corpus, engine, "船沉了。", "沉") == "to sink"


def test_a_noun_before_a_locative_stays_a_noun_after_zai(g) -> None:
    """在 + 比赛 + 中 "in the match": the noun, not the verb 在 + 比赛 would choose."""
    bare = g.gloss("习惯", ("xi2", "guan4"), prev="在", rest=("中",)).short
    assert bare.startswith("habit")
    assert g.gloss("习惯", ("xi2", "guan4"), prev="不", rest=("这里",)).short.startswith(
        "to be used to")


def test_round_nine_lines(corpus, engine) -> None:
    """公交车 "bus"; 开 after a vehicle in its clause "(of a vehicle) to leave" (since the
    ninth session: the vehicle is the subject; after 把 or before 得 "to drive")."""
    assert _first(corpus, engine, "他每天坐公交车上班。", "公交车") == "bus"
    assert _first(corpus, engine, "快点儿，车要开了。", "开") == "(of a vehicle) to leave"
    assert _first(corpus, engine, "请开门。", "开") == "to open"


def test_a_word_first_in_a_clause_after_another(corpus, engine) -> None:
    """结果 / 再说 first in a clause after a comma: "as a result", "besides"; 结果怎么样
    "result"; 以后再说 "to put off"."""
    assert _first(corpus, engine, "他没复习，结果考得不好。", "结果") == "as a result"
    assert _first(corpus, engine, "考试的结果怎么样？", "结果") != "as a result"
    assert _first(corpus, engine, "我不想去，再说也太晚了。", "再说") == "besides"
    assert _first(corpus, engine, "这件事以后再说吧。", "再说") == "to put off (until later)"
    assert _first(corpus, engine, "我买了一袋米。", "袋") == "bag"


def test_a_verb_said_twice_leads_with_its_verb_senses(corpus, engine, g) -> None:
    """比一比: both 比 are "to compare", not "than"; 在会上 "meeting"."""
    assert _first(corpus, engine, "这次我们比一比谁跑得快。", "比") == "to compare"
    assert g.gloss("比", ("bi3",), prev="我们", rest=("一", "比")).short.startswith(
        "to compare")
    assert _first(corpus, engine, "他比我高。", "比").startswith("than")
    assert _first(corpus, engine, "我们在会上讨论了这个问题。", "会") == "meeting"
    assert _first(corpus, engine, "他会上网。", "会").startswith("can")


def test_round_twelve_lines(corpus, engine) -> None:
    """疼 + a person "to love dearly" (我头疼 "(it) hurts"); 记 inside 记不住 "to
    remember"; 说起来 "speaking of (it)"."""
    assert _first(corpus, engine, "奶奶最疼我了。", "疼") == "to love dearly"
    assert _first(corpus, engine, "我的头很疼。", "疼") == "(it) hurts"
    assert _first(corpus, engine, "我记不住这么多生词。", "记") == "to remember"
    assert _first(corpus, engine, "这件事说起来很简单。", "说起来") == "speaking of (it)"


def test_a_character_before_zhe_or_guo_is_a_verb(corpus, engine, g) -> None:
    """指着地图 "to point at" (not "finger"); 指 alone keeps its lone gloss; 冲 + coffee
    "to make"; 划 + a boat "to row"."""
    assert _first(corpus, engine, "他指着地图说话。", "指").startswith("to point")
    assert g.gloss("指", ("zhi3",)).short.startswith("finger")
    assert _first(corpus, engine, "你帮我冲一杯咖啡吧。", "冲").startswith("to make")
    assert _first(corpus, engine, "我们去划船吧。", "划") == "to row"


def test_round_fourteen_frames(corpus, engine) -> None:
    """想过 "to think" (过 is no verb there); 时间过得真快 "to pass", 你过得怎么样 "to get
    along"; 对 + a person + 很 + an adjective "towards", 你说得很对 "right"."""
    assert _first(corpus, engine, "这件事你想过没有？", "想").startswith("to think")
    assert _first(corpus, engine, "我想去中国。", "想") == "to want to"
    assert _first(corpus, engine, "时间过得真快。", "过") == "to pass (of time)"
    assert _first(corpus, engine, "你最近过得怎么样？", "过") == "to live"
    assert _first(corpus, engine, "他对人很热情。", "对") == "towards"
    assert _first(corpus, engine, "你说得很对。", "对") == "right"


def test_a_two_character_word_said_twice_is_a_verb(corpus, engine) -> None:
    """你们多休息休息: both 休息 are "to rest"; 休息 alone after 的 stays a noun."""
    assert _first(corpus, engine, "你们多休息休息。", "休息") == "to rest"
    assert _first(corpus, engine, "午饭后的休息很重要。", "休息") == "rest"


def test_huan_returns_a_thing_first(corpus, engine) -> None:
    assert _first(corpus, engine, "我把书还给图书馆了。", "还").startswith("to return")
    assert _first(corpus, engine, "他还在睡觉。", "还") == "still"


def test_guang_before_a_verb_and_zhaozhe_a_model(corpus, engine) -> None:
    """光吃肉 "only"; 吃光了 "used up"; 照着这个样子写 "according to"; 灯光照着他的脸 "to
    shine"."""
    assert _first(corpus, engine, "他光吃肉，不吃菜。", "光") == "only"
    assert _first(corpus, engine, "请照着这个样子写。", "照") == "according to"
    assert _first(corpus, engine, "灯光照着他的脸。", "照") == "to shine"
