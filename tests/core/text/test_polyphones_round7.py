"""Readings for the kinds of error of classroom_fresh8.tsv once it was seen (seventh round):
a verb before 着 or its object, a measure word, an adjective after a degree adverb, words
where the dictionaries differ (猪肚, 核儿), the locative 上 after a noun that jieba tags
otherwise or a longer noun, a locative glued to the next noun (马路 | 上车很多), the cut of
a word the dictionary lacks (讲道理), and a sound word before 地一下."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        # a verb before 着, an object or a result
        ("风扇一直在转着。", "转", 0, "zhuan4"),
        ("他转告了我这件事。", "转", 0, "zhuan3"),
        ("爸爸在切土豆。", "切", 0, "qie1"),
        ("我们把蛋糕切开吧。", "切", 0, "qie1"),
        ("他对人很亲切。", "切", 0, "qie4"),
        ("切勿吸烟。", "切", 0, "qie4"),
        ("她扇着扇子看书。", "扇", 0, "shan1"),
        ("她扇着扇子看书。", "扇", 1, "shan4"),
        ("请把那扇窗户关上。", "扇", 0, "shan4"),
        ("他用抹布抹了抹桌子。", "抹", 1, "ma1"),
        ("面包上抹了一层黄油。", "抹", 0, "mo3"),
        ("一下课他就奔食堂去了。", "奔", 0, "ben4"),
        ("孩子们奔过来了。", "奔", 0, "ben1"),
        ("警察把犯人解到了监狱。", "解", 0, "jie4"),
        ("他把绳子解开了。", "解", 0, "jie3"),
        # a measure word
        ("爷爷有一杆秤。", "杆", 0, "gan3"),
        ("学校门口有一根旗杆。", "杆", 0, "gan1"),
        # an adjective after a degree adverb, or before 了
        ("爬了一天山，大家都很累。", "累", 0, "lei4"),
        ("我累了，想休息一会儿。", "累", 0, "lei4"),
        ("他又累又饿。", "累", 0, "lei4"),
        ("知识要一点一点积累。", "累", 0, "lei3"),
        ("这件衣服她穿着很称身。", "称", 0, "chen4"),
        ("这件衣服她穿着很称头。", "称", 0, "chen4"),
        ("请你称一下这些苹果。", "称", 0, "cheng1"),
        # where the dictionaries differ: the learner's standard
        ("他喜欢吃牛肚。", "肚", 0, "du3"),
        ("我肚子疼。", "肚", 0, "du4"),
        ("桃核很硬。", "核", 0, "he2"),
        ("他把杏核儿扔了。", "核", 0, "hu2"),
        # a sound word before 地一下 is an adverbial
        ("他呼地一下站了起来。", "地", 0, "de5"),
        ("这块地一下雨就湿了。", "地", 0, "di4"),
        # the cut of a word the dictionary lacks keeps its frequent word
        ("你要讲道理。", "理", 0, "li5"),
        ("他自己穿衣服。", "服", 0, "fu5"),
    ],
)
def test_kinds_of_error_of_the_eighth_classroom_set(
    engine, text: str, char: str, nth: int, expected: str
) -> None:
    assert reading_at(engine, text, char, nth) == expected


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        ("苹果树上开满了花。", 0, "shang5"),  # 树: jieba tags it a verb
        ("请往花上浇点儿水。", 0, "shang5"),
        ("信封上写着他的名字。", 0, "shang5"),
        ("出租车上有一把雨伞。", 0, "shang5"),  # a longer noun
        ("运动会上她得了第一名。", 0, "shang5"),
        ("街上人很多。", 0, "shang5"),
        ("马路上车很多。", 0, "shang5"),  # the segmenter's 马路 | 上车
        ("我们在车站上车。", 0, "shang4"),  # 上车: to get on
        ("他花上一天时间画画。", 0, "shang4"),  # 花上: to spend
        ("他上车了。", 0, "shang4"),
        ("二十世纪上半叶。", 0, "shang4"),
        ("他住在奥地利上奥地利州。", 0, "shang4"),  # 上 starts a place name
    ],
)
def test_locative_shang_after_more_nouns(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "上", nth) == expected


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        ("周末我们在商场里转了一下午。", "转", 0, "zhuan4"),
        ("妈妈在家里看着小妹妹。", "看", 0, "kan1"),
        ("院子里的树上结满了桃子。", "结", 0, "jie1"),
        ("窗户上结满了冰花。", "结", 0, "jie2"),
        ("他把筷子掰折了。", "折", 0, "she2"),
        ("奶奶帮我把扣子缝上了。", "缝", 0, "feng2"),
        ("门缝里透出一点儿光。", "缝", 0, "feng4"),
        ("他又上了别人的当。", "当", 0, "dang4"),
        ("炉子里的火着了。", "着", 0, "zhao2"),
        ("他们着什么急？", "着", 0, "zhao2"),
        ("他看着窗外。", "着", 0, "zhe5"),
        ("太阳出来了，衣服终于干了。", "干", 0, "gan1"),
        ("我终于干了一件大事。", "干", 0, "gan4"),
        ("她的辫子散开了。", "散", 0, "san3"),
        ("人群慢慢散开了。", "散", 0, "san4"),
        ("他赢了比赛，乐得直拍手。", "得", 0, "de5"),
        ("屋里太闷了，打开窗户吧。", "闷", 0, "men1"),
        ("考试没考好，他心里很闷。", "闷", 0, "men4"),
    ],
)
def test_kinds_of_error_of_the_new_tuning_sentences(
    engine, text: str, char: str, nth: int, expected: str
) -> None:
    assert reading_at(engine, text, char, nth) == expected


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        # a surname before a title (not after a demonstrative: 这种老师)
        ("单老师今天请假了。", "单", 0, "shan4"),
        ("仇医生的医术很好。", "仇", 0, "qiu2"),
        ("这种老师很少见。", "种", 0, "zhong3"),
        ("这张单子给老师。", "单", 0, "dan1"),
        ("桌上供着一盘水果。", "供", 0, "gong4"),
        ("这个孩子脾气真强。", "强", 0, "jiang4"),
        ("他的能力很强。", "强", 0, "qiang2"),
        ("奶奶在熬白菜。", "熬", 0, "ao1"),
        ("他熬了一夜。", "熬", 0, "ao2"),
        ("床单漂得很白。", "漂", 0, "piao3"),
        ("树叶在水上漂着。", "漂", 0, "piao1"),
        # third batch
        ("这个小姑娘好哭。", "好", 0, "hao4"),
        ("这个菜很好吃。", "好", 0, "hao3"),
        ("他看了一会儿书。", "看", 0, "kan4"),
        ("你帮我看着点儿孩子。", "看", 0, "kan1"),
        ("他把钥匙转了两下。", "转", 0, "zhuan4"),
        ("领带系得太紧了。", "系", 0, "ji4"),
        ("请在本子上空出一行。", "行", 0, "hang2"),
        # fourth batch
        ("昨晚的演出一场比一场精彩。", "场", 0, "chang3"),
        ("她把辫子扎好了。", "扎", 0, "za1"),
        ("木耳泡了一会儿就涨了。", "涨", 0, "zhang4"),
        ("最近菜价又涨了。", "涨", 0, "zhang3"),
        ("他用刀把苹果切开了。", "把", 0, "ba3"),
        # seventh batch
        ("毛巾晒了一上午才干。", "干", 0, "gan1"),
        ("他很有才干。", "干", 0, "gan4"),
        ("我把雨伞落在教室里了。", "落", 0, "la4"),
        ("一片树叶落在了地上。", "落", 0, "luo4"),
        ("爷爷种的花开了。", "种", 0, "zhong4"),
        ("妈妈教会了我做饭。", "教", 0, "jiao1"),
        ("我们星期天去教会。", "教", 0, "jiao4"),
        ("他在一所教会学校读书。", "教", 0, "jiao4"),
        ("这个物种的数量很少。", "种", 0, "zhong3"),
        ("最后的责任落在公司身上。", "落", 0, "luo4"),
        ("那觉睡得很香。", "觉", 0, "jiao4"),
        ("人行道上有很多人。", "上", 0, "shang5"),
        ("我不知道上哪儿去。", "上", 0, "shang4"),
        # eighth batch
        ("我把钱还回去了。", "还", 0, "huan2"),
        ("我还到过北京。", "还", 0, "hai2"),
        ("他把苹果削了。", "削", 0, "xiao1"),
        # ninth batch
        ("那场大雪下了三天。", "场", 0, "chang2"),
        ("那场比赛很精彩。", "场", 0, "chang3"),
        ("你教教他吧。", "教", 1, "jiao5"),
        ("千教万教教人求真。", "教", 2, "jiao1"),
        # tenth batch
        ("这次比赛让他长了很多经验。", "长", 0, "zhang3"),
        ("他用杆子挑起了门帘。", "挑", 0, "tiao3"),
        ("他挑了一筐苹果。", "挑", 0, "tiao1"),
        ("他背着父母偷偷去游泳。", "背", 0, "bei4"),
        ("妈妈背着妹妹去医院。", "背", 0, "bei1"),
        ("奶奶看着孙子吃饭。", "看", 0, "kan1"),
        # eleventh batch
        ("我们量量这块布。", "量", 1, "liang5"),
        ("他长这么大没哭过。", "长", 0, "zhang3"),
        ("这里的土太硬，种不活。", "不", 0, "bu5"),
        ("人不活动就会生病。", "不", 0, "bu4"),
        ("这里的土太硬，种不活。", "种", 0, "zhong4"),
        ("他种得好，我种不好。", "种", 1, "zhong4"),
        # twelfth batch
        ("这根绳子不够长。", "长", 0, "chang2"),
        ("这条河比那条长。", "长", 0, "chang2"),
        ("他比我长得高。", "长", 0, "zhang3"),
        ("这个箱子比那个重多了。", "重", 0, "zhong4"),
        ("请比较一下再重写。", "重", 0, "chong2"),
        # a golf stroke is gān, a gun's measure word gǎn
        ("他是一名两杆推球手。", "杆", 0, "gan1"),
        ("墙上挂着一杆旧枪。", "杆", 0, "gan3"),
    ],
)
def test_kinds_of_error_of_the_second_tuning_batch(
    engine, text: str, char: str, nth: int, expected: str
) -> None:
    assert reading_at(engine, text, char, nth) == expected


def test_erhua_of_a_phrase_word_of_any_length(engine) -> None:
    toks = [t for t in engine.annotate("孩子们在草地上撒欢儿。") if t.pinyin and "儿" in t.text]
    assert toks and toks[0].pinyin[-1] == "r5"


def test_glued_locative_keeps_the_noun_reading(engine) -> None:
    toks = [t for t in engine.annotate("马路上车很多。") if t.pinyin]
    assert [s for t in toks for s in t.pinyin][:4] == ["ma3", "lu4", "shang5", "che1"]


def test_seventh_round_rules_read_the_same_fast_and_slow(engine) -> None:
    """The new context rules are never kept as context-free readings (the characters the
    new collocations read, the glued locatives, the erhua fruit stones), and a sentence
    reads the same on the fast path and on the slow one."""
    reader, model = engine.reader, engine.reader.model
    for word in ("累", "奔", "解", "切", "扇", "杆", "抹", "称", "上", "上车", "上山", "杏核",
                 "缝", "当", "闷", "散开", "乐得", "强", "熬", "漂", "单", "仇", "好", "刀把",
                 "才干", "教会", "教教", "背着", "挑", "量量"):
        assert reader._context_free_reading(word, model) is False, word
    for text in ("今天真累", "他就奔医院去了", "警察把小偷解到派出所", "妈妈在切西瓜",
                 "奶奶扇着扇子", "这杆枪很旧", "用抹布抹桌子", "帽子很称头", "马路上车很多",
                 "他在路口上车", "公交车上有小偷", "苹果树上结了果子", "把杏核儿扔了",
                 "你要讲道理", "他呼地一下站起来", "妈妈帮我缝好了", "他上了骗子的当",
                 "鞋带散开了", "乐得跳了起来", "屋里有点儿闷", "路灯都着了", "请单老师来",
                 "桌上供着水果", "脾气很强", "在熬白菜", "漂得很白", "在草地上撒欢儿",
                 "这孩子好哭", "看着点儿孩子", "钥匙转了两下", "鞋带系得太紧", "空出一行",
                 "比赛一场接一场", "把头发扎起来", "面条泡久了就涨了", "用刀把木头削尖",
                 "晾了半天才干", "作业本落在学校了", "奶奶种的西红柿", "老师教会了我",
                 "这觉睡得真香", "人行道上不能停车", "把书还到图书馆", "把铅笔削好了",
                 "你可以教教我吗", "这场雨下了一天", "长了不少见识", "用竹竿挑着灯笼",
                 "背着老师偷偷地", "看着弟弟写作业", "我们量量屋子", "什么也种不活"):
        spans = [(t.start, t.end) for t in engine.segment(text)]
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text


@pytest.mark.parametrize("text", ["他长长地叹了一口气。", "她有一头长长的头发。", "路长长的。"])
def test_doubled_chang_before_de_is_long_twice(engine, text) -> None:
    """长长地 / 长长的: the doubled adjective "long", cháng cháng; the model had read the
    second 长 zhǎng, and both read the same on the fast and the slow path."""
    assert reading_at(engine, text, "长", 0) == "chang2"
    assert reading_at(engine, text, "长", 1) == "chang2"
    spans = [(t.start, t.end) for t in engine.segment(text)]
    fast, slow = fast_and_slow(engine.reader, text, spans)
    assert [w.syllables for w in fast] == [w.syllables for w in slow]


def test_hair_grown_long_keeps_zhang(engine) -> None:
    """头发长长了: grown (zhǎng) long (cháng), unchanged by the doubled-adjective rule."""
    assert reading_at(engine, "她的头发长长了。", "长", 0) == "zhang3"
    assert reading_at(engine, "她的头发长长了。", "长", 1) == "chang2"
