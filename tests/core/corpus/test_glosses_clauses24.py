"""Senses decided across a clause (words24, fourteenth session): the kinds of words24's
batch's misses, HSK 1-5 words in two- and three-clause sentences whose deciding word stands
in another clause. The mechanisms first (a condition that reads the whole sentence, a topic
or a subject in the clause before, an ``earlier-in-clause`` noun in the clause before), then
the lines; each with sentences of its own (none of the batch's) and a counter-example that
keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import Curated, Glosser, _clause24_sensing
from tests.core.corpus.test_glosses_classes import _first


@pytest.fixture(scope="module")
def table_glosser(corpus) -> Glosser:
    """A glosser whose curated table holds only the lines these tests name."""
    return Glosser(corpus, curated={
        "关注": [Curated("关注", ("guan1", "zhu4"), "sentence:视频|@devices",
                         "to follow (on social media)"),
                 Curated("关注", ("guan1", "zhu4"), "*", "to pay attention to")],
    })


def test_sentence_reads_every_clause_of_the_sentence(table_glosser) -> None:
    """``sentence:X|Y`` holds where X or Y stands anywhere in the sentence: in the word's
    clause, in a clause before it or in a clause after it; a word of a class (@devices)
    counts; nothing holds in another sentence or for a word typed alone."""
    g = table_glosser

    def shown(**context) -> str:
        return g.gloss("关注", ("guan1", "zhu4"), **context).short

    follow = "to follow (on social media)"
    after = ("了", "两", "年")
    assert shown(prev="我", rest=after, earlier=("我", "歌手", "这个"),
                 following=(*after, "他", "发", "的", "视频", "我", "都", "看")) == follow
    assert shown(prev="我", rest=after, earlier=("我", ",", "视频", "的", "他"),
                 following=after) == follow
    assert shown(prev="我", rest=("他", "的", "手机"), earlier=("我",),
                 following=("他", "的", "手机")) == follow
    assert shown(prev="我", rest=after, earlier=("我", ",", "天气", "的", "明天"),
                 following=after) == "to pay attention to"
    assert shown() == "to pay attention to"  # typed alone: no condition is read


def test_a_topic_past_an_errand_to_a_place(corpus, engine) -> None:
    """A verb's topic is looked for in the clause before where its own clause names only
    an errand: a verb of taking and the place it goes to (拿去商店, 带去店里, 送去车站), so
    退 returns the clothes or the ticket named before the comma; a clause that names the
    thing itself keeps it (我明天去商店退这双鞋)."""
    assert _first(corpus, engine, "这双鞋我穿着不合适，下午拿去商店退了吧。", "退") == (
        "to return (an item)")
    assert _first(corpus, engine, "这张票我用不了，明天送去车站退了。", "退") == (
        "to return (an item)")
    assert _first(corpus, engine, "敌人打不过我们，只好往山里退。", "退") != (
        "to return (an item)")


def test_a_topic_past_an_adverb_of_outcome(corpus, engine) -> None:
    """终于, 总算 … name no thing: 解开 after them reads 题 of the clause before
    ("to solve (a mystery)"); a rope untied keeps "to untie"."""
    assert _first(corpus, engine, "这道题我算了一个下午，最后终于解开了。", "解开") == (
        "to solve (a mystery)")
    assert _first(corpus, engine, "鞋带太紧了，我解开了再穿。", "解开") == "to untie"


def test_a_subject_past_a_verb_of_sensing(corpus, engine) -> None:
    """A clause whose only verb is one of sensing + 起来 (吃起来, 喝 / 起来) names no subject:
    香 reads the food of the clause before ("savory or appetizing"), also after 挺, a
    degree word that is also a measure word; 吃得很香 keeps "(to eat) with relish"."""
    assert _clause24_sensing(("挺", "起来", "喝", "可是")) == {1, 2}
    assert _clause24_sensing(("很", "看起来")) == {1}
    assert _clause24_sensing(("起来", "站")) == set()
    assert _first(corpus, engine, "这碗汤虽然颜色不好看，可是喝起来挺香的。", "香") == (
        "savory or appetizing")
    assert _first(corpus, engine, "孩子们饿坏了，吃得特别香。", "香") == (
        "(to eat) with relish")


def test_earlier_in_clause_nouns_read_on_across_the_comma(corpus, engine) -> None:
    """An ``earlier-in-clause`` noun stands in the clause before where the word's own
    clause names no noun and no person (这个菜我做了半个小时，可是还没熟: cooked; 这些
    苹果 …，现在已经熟了: ripe); a time of the clause before (晚上) is never read so, and a
    clause with a noun of its own keeps its word to itself."""
    assert _first(corpus, engine, "这锅饭我煮了半个小时，可是还没熟。", "熟") == (
        "thoroughly cooked")
    assert _first(corpus, engine, "这些香蕉买回来好几天了，现在已经熟了。", "熟") == "ripe"
    assert _first(corpus, engine, "晚上写作业，要把台灯打开。", "要") != "will"
    assert _first(corpus, engine, "这个菜很好吃，我跟他很熟。", "熟") != "thoroughly cooked"


@pytest.mark.parametrize(("text", "word", "first"), [
    # the deciding word in another clause (sentence:, clause-start, start&end)
    ("这个博主我关注了很久，他的视频都很有意思。", "关注", "to follow (on social media)"),
    ("球赛还剩一分钟，教练马上叫了暂停。", "暂停", "time-out (e.g. in sports)"),
    ("这个办法漏洞很多，我们得再想想。", "漏洞", "loophole"),
    ("他昨天没睡好，加上早上没吃饭，上课的时候头很疼。", "加上", "in addition"),
    ("“大哥，这个座位有人吗？”我问旁边的人。", "大哥", "big brother (polite address for a "
     "man of about the same age as oneself)"),
    ("我的书包很小，你在里面装了什么？", "装", "to pack"),
    # a neighbour's kind or the word's place
    ("这台电脑不便宜，可是花这些钱我觉得值。", "花", "to spend (money, time)"),
    ("这家书店的书很全，什么书都有。", "全", "complete"),
    ("你别急着回家，外面正在下雨呢。", "急", "hurried"),
    ("听到这个消息，我们都很激动，马上展开了讨论。", "展开", "to launch"),
    ("他一看老师来了，就马上转移了话题。", "转移", "to change (the subject)"),
    ("我说了好几次，可他非要自己去，谁也拦不住。", "非", "(coll.) to insist on"),
    ("这辆旧车我保养得很好，开了八年也没坏过。", "保养", "to keep in good repair"),
    ("他们去西安游了一圈，拍了很多照片。", "游", "to tour"),
])
def test_the_lines_of_words24(corpus, engine, text, word, first) -> None:
    """Each line of the block "Fourteenth session (words24)" of learner_glosses.tsv, in a
    sentence of its own."""
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "not_first"), [
    ("请大家关注一下天气，明天可能下雨。", "关注", "to follow (on social media)"),
    ("大哥在北京工作，二哥在上海上学。", "大哥", "big brother (polite address for a man of "
     "about the same age as oneself)"),
    ("我大哥今年三十岁，已经结婚了。", "大哥", "big brother (polite address for a man of "
     "about the same age as oneself)"),
    ("我把全班的作业都改完了。", "全", "complete"),
    ("他一着急，就把衣服穿反了。", "急", "hurried"),
    ("河里游着几只鸭子，孩子们都在看。", "游", "to tour"),
    ("他把地图展开，放在桌子上。", "展开", "to launch"),
    ("这是我们的新电脑，装了很多软件。", "装", "to pack"),
])
def test_the_lines_of_words24_keep_the_other_sense(corpus, engine, text, word,
                                                  not_first) -> None:
    """Counter-examples: the same words where the line's condition does not hold."""
    assert _first(corpus, engine, text, word) != not_first


def test_a_topic_past_time_one_lacks_and_how_often(corpus, engine) -> None:
    """没时间 / 没空 and 一直, 总是 name no thing: 洗 reads the photos of the clause before,
    up to twenty words back ("to develop (photographs)"); clothes keep "to wash"."""
    assert _first(corpus, engine, "这些照片是去年夏天我们在海南岛拍的，我总是没时间去洗。",
                  "洗") == "to develop (photographs)"
    assert _first(corpus, engine, "这些衣服太脏了，我一直没时间去洗。", "洗") != (
        "to develop (photographs)")


def test_a_subject_past_a_time_and_an_adverb_of_change(corpus, engine) -> None:
    """A clause of a time (今年, 最近) and an adverb of change (突然, 一下子) names no
    subject: 红 reads the singer of the clause before ("popular"); a face keeps "red"."""
    assert _first(corpus, engine, "那个歌手以前没人知道，最近突然红了。", "红") == "popular"
    assert _first(corpus, engine, "他听了这句话，脸一下子红了。", "红") != "popular"


def test_cooked_or_ripe_by_the_verb_before(corpus, engine) -> None:
    """熟 is "cooked" after a verb of cooking earlier in the sentence, "ripe" after 买 / 摘,
    though the food (西红柿, 土豆) would read "cooked"."""
    assert _first(corpus, engine, "这些土豆我煮了二十分钟，可是还没熟。", "熟") == (
        "thoroughly cooked")
    assert _first(corpus, engine, "这些西红柿是今天早上刚摘的，还没熟呢。", "熟") == "ripe"


@pytest.mark.parametrize(("text", "word", "first"), [
    ("你别在背后议论别人，有意见就当面说。", "背后", "behind sb's back"),
    ("我问他是不是他拿的，他马上否定了。", "否定", "to deny"),
    ("他每天七点吃早饭，十二点吃午饭，生活很有规律。", "规律", "regular pattern"),
    ("我在开会，不方便接电话，给我发一条语音吧。", "语音", "voice message"),
    ("新年到了，城市里到处是一片新气象。", "气象", "atmosphere"),
    ("现在的物质生活好了，可是大家好像更忙了。", "物质", "material"),
    ("这个牌子的手机很大众，年轻人都用得起。", "大众", "popular (of music, science etc)"),
    ("考试成绩明天公开，大家别着急。", "公开", "open"),
    ("他把这个秘密公开了，大家都很吃惊。", "公开", "to make public"),
    ("我们宿舍是一个集体，谁有困难大家都帮忙。", "集体", "a group"),
    ("这次汉语考试太难了，好几个同学都挂了。", "挂", "to fail (an exam)"),
])
def test_the_second_batch_lines_of_words24(corpus, engine, text, word, first) -> None:
    """Each line of the block "Fourteenth session (words24), the second batch's kinds"."""
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "not_first"), [
    ("我家背后有一座小山，风景很美。", "背后", "behind sb's back"),
    ("这种东西没有规律，你只能多试几次。", "规律", "a group"),
    ("他是一个很有名的歌手，喜欢他的大众很多。", "大众", "popular (of music, science etc)"),
    ("他刚挂了电话，又有人打来了。", "挂", "to fail (an exam)"),
    ("他的计划被否定了，他很难过。", "否定", "to deny"),
])
def test_the_second_batch_lines_keep_the_other_sense(corpus, engine, text, word,
                                                     not_first) -> None:
    """Counter-examples of the second block."""
    assert _first(corpus, engine, text, word) != not_first
