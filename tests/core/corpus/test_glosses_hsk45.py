"""Ninth round (words9): HSK 4-5 words read word by word on the gloss sheet, and the
classes of first senses that reading found."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import figurative_first, glosser
from tests.core.corpus.test_glosses_classes import _first


@pytest.fixture(scope="module")
def g(corpus):
    return glosser(corpus)


def test_a_literal_or_original_first_sense_goes_last() -> None:
    """规矩 leads with "established standard", 革命 with "revolution", 联手 with "to act
    together"; an entry that says only its literal sense, or says it "(lit. and fig.)",
    keeps its order."""
    assert figurative_first(["lit. compass and set square", "fig. established standard",
                             "rule"]) == ["established standard", "rule",
                                          "lit. compass and set square"]
    assert figurative_first(["lit. I dare not (accept the honor); fig. I don't deserve "
                             "your praise", "you flatter me"])[:2] == [
        "I don't deserve your praise", "you flatter me"]
    assert figurative_first(["to withdraw the mandate of heaven (original meaning)",
                             "revolution"]) == [
        "revolution", "to withdraw the mandate of heaven (original meaning)"]
    assert figurative_first(["(lit. and fig.) stage", "arena"]) == ["(lit. and fig.) stage",
                                                                    "arena"]
    assert figurative_first(["lit. new bud"]) == ["lit. new bud"]


def test_literal_first_entries_lead_with_the_everyday_sense(corpus, engine, g) -> None:
    # 规矩 has a learner row since words36 ("rule; established practice"): the entry's
    # "lit. … / fig. …" order is read on 亡羊补牢 and 实事求是 here
    assert g.short("规矩").startswith("rule")
    assert g.short("亡羊补牢").startswith("to act belatedly")
    assert g.short("实事求是").startswith("to be practical and realistic")
    assert g.short("革命").startswith("revolution")
    assert g.short("联手").startswith("to act together")
    assert _first(corpus, engine, "这是一场革命。", "革命") == "revolution"
    assert g.short("舞台").startswith("(lit. and fig.) stage")


def test_a_malformed_reference_is_followed(corpus, engine, g) -> None:
    """CC-CEDICT writes 胡同儿 as "erhua variant of 胡同|胡同|[hu2 tong4]" (a doubled bar)."""
    assert g.short("胡同儿").startswith("lane")
    assert _first(corpus, engine, "我们去胡同儿里玩。", "胡同儿") == "lane"


def test_a_word_made_of_parts_glosses_each_in_its_reading(corpus, engine) -> None:
    """系领带 (HSK 2.0 level 4) is jì lǐngdài: 系 "to tie", not xì "department"."""
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate("他每天系领带。")
    found = {t.text: gl for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)}
    assert found["系领带"].short.startswith("系 to tie")


def test_a_surname_and_title_that_make_a_dictionary_word_is_the_word(corpus, engine) -> None:
    """班主任 is "teacher in charge of a class", not "Director Ban"; 王老师 stays a name."""
    assert _first(corpus, engine, "我们的班主任很好。", "班主任").startswith("teacher")
    assert _first(corpus, engine, "王老师来了。", "王老师") == "Teacher Wang"


def test_a_noun_and_verb_before_yixia_or_after_a_verb_of_intent_is_the_verb(
        corpus, engine) -> None:
    """研究一下 "to research", 解释一下 "to explain"; 想研究, 打算投资 the verb too; 他的
    解释 stays "explanation"."""
    assert _first(corpus, engine, "我们研究一下这个问题。", "研究") == "to research"
    assert _first(corpus, engine, "请你解释一下。", "解释") == "to explain"
    assert _first(corpus, engine, "我想研究中国历史。", "研究") == "to research"
    assert _first(corpus, engine, "我打算投资。", "投资") == "to invest"
    assert _first(corpus, engine, "他的解释很清楚。", "解释") == "explanation"
    assert _first(corpus, engine, "这个研究很重要。", "研究") == "research"


def test_hsk_4_5_verbs_lead_with_the_learners_sense(corpus, engine, g) -> None:
    """Read on the sheet: 作出 "to make (a decision…)" (was "to put out"), 培训 "to train",
    恢复 "to recover", 沟通 "to communicate", 捐 "to donate", 登录 "to log in"; 教训 + a
    person "to lecture sb", alone "lesson"."""
    assert _first(corpus, engine, "他终于作出了决定。", "作出").startswith("to make")
    assert g.short("培训").startswith("to train")
    assert _first(corpus, engine, "他的身体已经恢复了。", "恢复") == "to recover"
    assert _first(corpus, engine, "父母要多和孩子沟通。", "沟通") == "to communicate"
    assert _first(corpus, engine, "他给灾区捐了很多钱。", "捐") == "to donate"
    assert g.short("登录").startswith("to log in")
    assert _first(corpus, engine, "这次失败给了我很大的教训。", "教训") == "lesson"
    assert _first(corpus, engine, "爸爸教训了他一顿。", "教训").startswith("to lecture")


def test_hsk_4_5_adjectives_and_nouns_lead_with_the_learners_sense(corpus, engine,
                                                                   g) -> None:
    """典型 "typical" (was "model"), 轻松 "relaxed" (was "light"), 密 "dense" (was
    "secret"), 机构 "organization" (was "mechanism"), 面子 "face", 礼拜 "week", 说法 read
    shuō fǎ "way of speaking" (was "to expound Buddhist teachings"); 程序 "computer
    program", after 办 "procedures"."""
    assert _first(corpus, engine, "这是一个很典型的例子。", "典型") == "typical"
    assert _first(corpus, engine, "今天的工作很轻松。", "轻松") == "relaxed"
    assert _first(corpus, engine, "这里的树很密。", "密") == "dense"
    assert _first(corpus, engine, "他在一个国际机构工作。", "机构") == "organization"
    # after 爱, words9b's line ("face (as in 'losing face')") comes first
    assert _first(corpus, engine, "中国人很爱面子。", "面子").startswith("face")
    assert _first(corpus, engine, "我下个礼拜去北京。", "礼拜") == "week"
    assert _first(corpus, engine, "这种说法不对。", "说法") == "way of speaking"
    assert _first(corpus, engine, "这个电脑程序很好用。", "程序") == "computer program"
    assert _first(corpus, engine, "办签证的程序很复杂。", "程序") == "procedures"


def test_hsk_4_5_function_words_in_their_frames(corpus, engine) -> None:
    """既 … 又 "both"; 可 first in a clause "but", before 别 "(emphasis)"; 干脆 and 肯定
    before a verb "simply", "definitely" (他说话很干脆 stays "candid"); 令人 "to cause";
    便 "then"; 呆 "to stay" (吓呆了 "blank"); 我想恋爱 "to be in love", not "to have an
    affair"."""
    assert _first(corpus, engine, "这里的东西既便宜又好。", "既").startswith("both")
    assert _first(corpus, engine, "我想去，可我没有时间。", "可") == "but"
    assert _first(corpus, engine, "你可别忘了！", "可").startswith("(particle used for emphasis)")
    assert _first(corpus, engine, "天太晚了，你干脆住在这儿吧。", "干脆") == "simply"
    assert _first(corpus, engine, "他说话很干脆。", "干脆") == "candid"
    assert _first(corpus, engine, "他肯定会来的。", "肯定") == "definitely"
    assert _first(corpus, engine, "这个消息令人高兴。", "令") == "to cause"
    assert _first(corpus, engine, "他一到家便睡觉了。", "便") == "then"
    assert _first(corpus, engine, "周末我一般在家呆着。", "呆") == "to stay"
    assert _first(corpus, engine, "我想恋爱。", "恋爱") == "to be in love"


def test_second_senses_of_hsk_4_5_words(corpus, engine) -> None:
    """亏了 "to lose (money)"; 被 … 抢 "to rob", 被 … 炒 "to fire" (炒了两个菜 stays "to
    stir-fry"); 顶着大雨 "to go against"; 很冲 "vigorous", 真逗 "funny", 很抠 "stingy"
    (别逗他 stays "to tease")."""
    assert _first(corpus, engine, "这次生意他亏了不少钱。", "亏") == "to lose (money)"
    assert _first(corpus, engine, "我的包被人抢了。", "抢") == "to rob"
    assert _first(corpus, engine, "他被老板炒了。", "炒") == "to fire (sb)"
    assert _first(corpus, engine, "他炒了两个菜。", "炒") == "to stir-fry"
    assert _first(corpus, engine, "他顶着大雨回家。", "顶") == "to go against"
    assert _first(corpus, engine, "他说话很冲。", "冲") == "vigorous"
    assert _first(corpus, engine, "这个人真逗。", "逗") == "funny"
    assert _first(corpus, engine, "你别逗他了。", "逗").startswith("to tease")
    assert _first(corpus, engine, "这个人很抠。", "抠") == "stingy"


def test_hsk_3_to_5_words_in_their_everyday_frames(corpus, engine) -> None:
    """亲姐姐 "one's own"; 我保你 "to guarantee"; 赶火车 "to try to catch"; 把衣服退了 "to
    return (an item)" (被学校退了学 stays "to withdraw"); 他们在争 "to argue"; 很重的伤
    "injury"; 很凶 "fierce"; 别怪他 "to blame" (有点儿怪 stays "odd"); 缩了 "to shrink"."""
    assert _first(corpus, engine, "她是我的亲姐姐。", "亲") == "one's own (flesh and blood)"
    assert _first(corpus, engine, "我保你没事。", "保") == "to guarantee"
    assert _first(corpus, engine, "我们一起赶火车吧。", "赶").startswith("to try to catch")
    assert _first(corpus, engine, "我把这件衣服退了。", "退") == "to return (an item)"
    assert _first(corpus, engine, "他被学校退了学。", "退") != "to return (an item)"
    assert _first(corpus, engine, "他们俩总是在争。", "争") == "to argue or debate"
    assert _first(corpus, engine, "他受了很重的伤。", "伤") == "injury"
    assert _first(corpus, engine, "这只狗很凶，别过去。", "凶") == "fierce"
    assert _first(corpus, engine, "你别怪他，他不是故意的。", "怪") == "to blame"
    assert _first(corpus, engine, "他有点儿怪，总不说话。", "怪") != "to blame"
    assert _first(corpus, engine, "这件衣服洗了以后缩了。", "缩") == "to shrink"


def test_an_object_place_or_degree_word_picks_the_sense(corpus, engine) -> None:
    """闹肚子 "to have an attack (of sickness)"; 在外面闹 "to make noise"; 太烫 "scalding
    hot"; 把旧房子拆了 "to tear down"; 拆开信 "to open up (sth sealed)"."""
    assert _first(corpus, engine, "他今天有点儿闹肚子。", "闹").startswith("to have an attack")
    assert _first(corpus, engine, "孩子们在外面闹。", "闹") == "to make noise"
    assert _first(corpus, engine, "这杯水太烫了。", "烫") == "scalding hot"
    assert _first(corpus, engine, "我们把旧房子拆了。", "拆") == "to tear down"
    assert _first(corpus, engine, "他拆开了那封信。", "拆开") == "to open up (sth sealed)"


def test_buzhi_and_bawo_in_their_frames(corpus, engine, g) -> None:
    """布置 "to arrange" (布置作业 "to assign"); 有把握 "certainty" (把握机会 stays "to
    grasp")."""
    assert g.short("布置").startswith("to arrange")
    assert _first(corpus, engine, "老师给我们布置了很多作业。", "布置").startswith("to assign")
    assert _first(corpus, engine, "他对这件事很有把握。", "把握") == "certainty"
    assert _first(corpus, engine, "你要好好把握这次机会。", "把握").startswith("to grasp")


def test_frames_of_chu_ying_hua_gun_gui_zhi(corpus, engine) -> None:
    """处得很好 "to get along with"; 硬要 "resolutely"; 路很滑 "slippery"; 你给我滚 "to get
    away" (水滚了 stays "to boil"); 真鬼 "sly"; 性格很直 "frank" (这条路很直 stays
    "straight")."""
    assert _first(corpus, engine, "他们俩处得很好。", "处") == "to get along with"
    assert _first(corpus, engine, "他硬要去。", "硬") == "resolutely"
    assert _first(corpus, engine, "路很滑，小心点儿。", "滑") == "slippery"
    assert _first(corpus, engine, "你给我滚！", "滚") == "to get away"
    assert _first(corpus, engine, "水滚了。", "滚") == "to boil"
    assert _first(corpus, engine, "这个孩子真鬼。", "鬼") == "sly"
    assert _first(corpus, engine, "他的性格很直，说话不绕弯子。", "直") == "frank"
    assert _first(corpus, engine, "这条路很直。", "直") == "straight"


def test_ming_after_an_ordinal_is_a_place(corpus, engine) -> None:
    """第一名 "place (e.g. among winners)"; 三十名学生 stays the measure word."""
    assert _first(corpus, engine, "这次比赛他得了第一名。", "名").startswith("place")
    assert _first(corpus, engine, "我们班有三十名学生。", "名").startswith("(measure word")


def test_shuoming_read_or_followed_is_the_noun(corpus, engine) -> None:
    """看一下说明, 按照说明 "explanation"; 这件事说明他很诚实 is the verb: "to show" since
    table20's line for 说明 after a noun naming no person, before what it shows ("to
    explain" before; its tuned line accepts show|explain)."""
    assert _first(corpus, engine, "请看一下说明。", "说明") == "explanation"
    assert _first(corpus, engine, "请按照说明使用。", "说明") == "explanation"
    assert _first(corpus, engine, "这件事说明他很诚实。", "说明") == "to show"


def test_baoshou_a_secret_and_wuliao_of_a_thing_or_a_person(corpus, engine) -> None:
    """保守这个秘密 "to keep (a secret)" (他很保守 stays "conservative"); 节目很无聊
    "boring", 我 … 很无聊 "bored"."""
    assert _first(corpus, engine, "请为我保守这个秘密。", "保守") == "to keep (a secret)"
    assert _first(corpus, engine, "他很保守。", "保守") == "conservative"
    assert _first(corpus, engine, "这个节目很无聊。", "无聊") == "boring"
    assert _first(corpus, engine, "我一个人在家很无聊。", "无聊") == "bored"
