"""HSK 3-5 words that senses.tsv never marked (twelfth session, words20): learner defaults
where CC-CEDICT's order leads with a narrower, rarer or literal sense, the object and the
noun's place that decide two of them, a past participle in an adjective's place, a noun
object ending its clause after 给, and the verb after 第一个 said of a person; each with a
counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import _not_a_noun, _ordinal_actor
from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """胆 "courage" (not "gall bladder"), 收回 "to take back", 情节 "plot", 指挥 "to
    direct", 细致 "careful", 防 "to guard against", 面貌 "appearance", 原始 "original",
    光明 "bright", in sentences and alone."""
    assert _first(corpus, engine, "你的胆太小了。", "胆") == "courage"
    assert _first(corpus, engine, "胆", "胆") == "courage"
    assert _first(corpus, engine, "我收回这句话。", "收回") == "to take back"
    assert _first(corpus, engine, "这个故事的情节很感人。", "情节") == "plot"
    assert _first(corpus, engine, "谁来指挥这次比赛？", "指挥") == "to direct"
    assert _first(corpus, engine, "他的工作很细致。", "细致") == "careful"
    assert _first(corpus, engine, "晚上出门要小心，防小偷。", "防") == "to guard against"
    assert _first(corpus, engine, "这个村子的面貌变了。", "面貌") == "appearance"
    assert _first(corpus, engine, "这是原始数据。", "原始") == "original"
    assert _first(corpus, engine, "我们都有一个光明的未来。", "光明") == (
        "bright (prospects etc)")


def test_the_object_and_the_noun_s_place_decide(corpus, engine) -> None:
    """收获 where a noun stands is the gain, with crops as its object the harvest; 依据
    where a noun stands is the basis, first in a clause before a noun "according to"; 发出
    with a sound as its object produces it, a notice is sent out."""
    assert _first(corpus, engine, "这次比赛你有什么收获？", "收获") == "gain"
    assert _first(corpus, engine, "今年农民收获了很多粮食。", "收获") == "to harvest"
    assert _first(corpus, engine, "你说这话有什么依据？", "依据") == "basis"
    assert _first(corpus, engine, "依据法律，他要赔钱。", "依据") == "according to"
    assert _first(corpus, engine, "手机发出了奇怪的声音。", "发出") == "to produce (a sound)"
    assert _first(corpus, engine, "公司发出了通知。", "发出") == "to send out"


def test_a_past_participle_is_the_adjective_after_a_degree_word(corpus, engine) -> None:
    """投入 after 非常 is "absorbed" (its entry: "to throw into … absorbed; engrossed");
    the adjective of the verb's own stem still leads (集中 "concentrated", not
    "centralized"); with an object 投入 stays the verb."""
    assert _first(corpus, engine, "他学习非常投入。", "投入") == "absorbed"
    assert _first(corpus, engine, "他上课很集中。", "集中") == "concentrated"
    assert _first(corpus, engine, "他投入了很多钱。", "投入") == "to throw into"


def test_a_noun_object_ends_its_clause_after_gei(corpus, engine) -> None:
    """给 + a word that is a verb and a noun, ending the clause: the noun (提示 "suggestion",
    指导 "guidance"); an entry whose first other sense may be no noun keeps its order
    (答复 "Reply to: (in email header)" never leads)."""
    assert _first(corpus, engine, "他不给提示。", "提示") == "suggestion"
    assert _first(corpus, engine, "老师会给指导。", "指导") == "guidance"
    assert _first(corpus, engine, "他一直不给答复。", "答复") == "to answer"
    assert _not_a_noun("Reply to: (in email header)")
    assert _not_a_noun("additional") and _not_a_noun("(fig.) label")
    assert not _not_a_noun("suggestion") and not _not_a_noun("a discovery")


def test_after_diyige_said_of_a_person_the_word_is_what_the_person_did(corpus, engine) -> None:
    """他第一个发言 "the first to speak": 发言 "to make a speech", not "statement"; with
    了 too (他第一个发现了 … "to notice"); after 是 the noun stays (这是第一个发现)."""
    assert _first(corpus, engine, "开会的时候，他第一个发言。", "发言") == "to make a speech"
    assert _first(corpus, engine, "他第一个发现了这个问题。", "发现") == "to notice"
    assert _first(corpus, engine, "这是第一个发现。", "发现") == "a discovery"
    assert _ordinal_actor("个", (), ("个", "第一", "他"))
    assert _ordinal_actor("个", ("了", "这个"), ("个", "第二", "我"))
    assert not _ordinal_actor("个", (), ("个", "第一", "是"))
    assert not _ordinal_actor("个", ("就", "错", "了"), ("个", "第一", "我"))


def test_after_dang_a_person_takes_a_role(corpus, engine) -> None:
    """当 + a word that is a verb and a noun: the role (当编辑 "editor", 当翻译
    "translator"); in a clause 当 "when" opens, the verb stays (当他说话的时候 "to
    speak")."""
    from chinese_teach.core.corpus.glosses import _takes_a_role

    assert _first(corpus, engine, "她在一家出版社当编辑。", "编辑") == "editor"
    assert _first(corpus, engine, "我姐姐在电视台当翻译。", "翻译") == "translator"
    assert _first(corpus, engine, "当他说话的时候，大家都很安静。", "说话") == "to speak"
    assert _takes_a_role("当", ())
    assert not _takes_a_role("当", ("的", "时候"))


def test_the_second_batch_s_learner_defaults(corpus, engine) -> None:
    """推广 "to popularize" (not "to extend"), 分解 "to decompose" (not "to resolve"),
    成人 "an adult" (not "to reach adulthood")."""
    assert _first(corpus, engine, "政府正在推广普通话。", "推广") == "to popularize"
    assert _first(corpus, engine, "这种塑料很难在土里分解。", "分解") == "to decompose"
    assert _first(corpus, engine, "这部电影只适合成人看。", "成人") == "an adult"


def test_the_same_kind_read_on_the_gloss_sheet(corpus, engine) -> None:
    """潮流 "trend" (not "tide"), 为期 "lasting" (为期两周), 依法 "according to law", 至
    "to" (从周一至周五), each word's line read on the HSK 3-5 gloss sheet."""
    assert _first(corpus, engine, "年轻人总是喜欢追潮流。", "潮流") == "trend"
    assert _first(corpus, engine, "这次培训为期两周。", "为期") == "lasting (a certain time)"
    assert _first(corpus, engine, "警察依法处理了这件事。", "依法") == "according to law"
    assert _first(corpus, engine, "商店从周一至周五营业。", "至") == "to"
