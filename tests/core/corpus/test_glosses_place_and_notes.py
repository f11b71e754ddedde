"""Sense choices by class from the twelfth and thirteenth parts' misses (sixteenth
session, words31): a token no dictionary has knows its dictionary words, a borrowing note
never leads, a noun's place heading its phrase puts nouns before adjectives, a clock
time counts no verb after it, 有's object and what something serves as are nouns, 上/下 +
一 + a measure word is "last"/"next", a remote field's first sense follows the figurative
one; two table rows by class: 吹 plays an instrument of the noun class, and a sense said
"(of character)" leads after a noun of a person's nature; learner defaults of words whose
CC-CEDICT first sense misleads, and frames whose deciding words are a kind of noun or a
sentence shape; each with a counter-example that keeps the old choice."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.corpus.glosses_place_and_notes import (
    clock_time_before,
    dictionary_cut,
    ends_noun_phrase,
    nouns_before_adjectives,
    object_of_as,
    object_of_have,
    remote_field_last,
    without_borrowing_note,
)
from tests.core.corpus.test_glosses_classes import _first


def test_a_token_no_dictionary_has_knows_its_dictionary_words(corpus, engine) -> None:
    """新闻联播, 古钱币, 单程票 and 一个男孩 are tokens CC-CEDICT lacks whose pieces are
    not all learner words: they are glossed from their dictionary words (联播, 钱币, 单程,
    男孩 inside them), where they showed nothing before."""
    assert _first(corpus, engine, "晚上七点的新闻联播我每天都看。", "联播") == (
        "to broadcast over a network")
    assert _first(corpus, engine, "他的爱好是收集古钱币。", "钱币") == "money"
    assert _first(corpus, engine, "我们买的是往返票，比单程票便宜。", "单程") == "one-way (ticket)"
    assert _first(corpus, engine, "他们家有两个孩子，一个男孩一个女孩。", "男孩") == "boy"
    g = glosser(corpus)
    assert g.gloss("新闻联播").short.startswith("新闻 news + 联播 ")
    assert [piece for piece, _ in g.parts("古钱币")] == ["古", "钱币"]


def test_dictionary_cut_takes_no_unlisted_lone_character() -> None:
    """The pure rule: fewest pieces, learner words preferred to dictionary-only ones; a
    lone character that no list has is never a piece, and two characters are never cut."""
    listed = {"新闻", "古", "钱", "票"}
    words = {"联播", "钱币", "单程", "葡萄"}
    assert dictionary_cut("新闻联播", listed, words.__contains__) == ["新闻", "联播"]
    assert dictionary_cut("古钱币", listed, words.__contains__) == ["古", "钱币"]
    assert dictionary_cut("单程票", listed, words.__contains__) == ["单程", "票"]
    assert dictionary_cut("葡萄", listed, words.__contains__) is None
    assert dictionary_cut("程票子", listed, words.__contains__) is None


def test_a_borrowing_note_never_leads() -> None:
    """民宿's sense opens with where the word was borrowed from: its meaning leads; a
    sense that is only a note stays whole."""
    assert without_borrowing_note(
        '(orthographic borrowing from Japanese 民宿 "minshuku") guesthouse') == "guesthouse"
    assert without_borrowing_note("(loanword) humor") == "humor"
    assert without_borrowing_note("(loanword)") == "(loanword)"
    assert without_borrowing_note("(of a place) quiet") == "(of a place) quiet"


def test_a_noun_place_heading_its_phrase_leads_with_nouns(corpus, engine) -> None:
    """进口 after 一个 ending its clause "entrance", 软件的应用 before 很 "application"; before
    the noun it tells of (一种进口水果) or as 是 … 的 (都是进口的) "imported"."""
    assert _first(corpus, engine, "超市门口有一个进口，一个出口。", "进口") == "entrance"
    assert _first(corpus, engine, "这个软件的应用很广。", "应用") == "application"
    assert _first(corpus, engine, "这是一种进口水果。", "进口") == "imported"
    assert _first(corpus, engine, "这些都是进口的。", "进口") == "imported"


def test_nouns_before_adjectives_is_a_stable_reorder() -> None:
    """The pure rule: participles and adjectives of their own go after the nouns; a noun
    ending in -al ("approval") is a noun; one kind only keeps its order."""
    assert nouns_before_adjectives(["imported", "entrance", "inlet"]) == [
        "entrance", "inlet", "imported"]
    assert nouns_before_adjectives(["practical; applied (science)", "application"]) == [
        "application", "practical; applied (science)"]
    assert nouns_before_adjectives(["approval", "acknowledgment"]) == [
        "approval", "acknowledgment"]
    assert nouns_before_adjectives(["imported", "applied"]) == ["imported", "applied"]
    assert ends_noun_phrase(()) and ends_noun_phrase(("很", "广"))
    assert not ends_noun_phrase(("水果",))


def test_a_clock_time_counts_no_verb_after_it(corpus, engine) -> None:
    """今天早上八点发射的: 发射 a verb (not "emission", as if 点 counted it; words41: the
    subject 火箭 names the sense "to fire (a rocket)"); 两点建议
    with no time of day keeps 点 a measure word: "proposal"."""
    assert _first(corpus, engine, "火箭是今天早上八点发射的。", "发射") == "to fire (a rocket)"
    assert _first(corpus, engine, "他提了两点建议。", "建议") == "proposal"
    assert clock_time_before("点", ("点", "八", "早上", "今天"))
    assert clock_time_before("八点", ("八点", "晚上"))
    assert not clock_time_before("点", ("点", "两", "提了"))
    assert not clock_time_before("个", ("个", "一", "今天"))


def test_the_object_of_have_is_a_noun(corpus, engine) -> None:
    """有耐心 "patience" (not "to be patient"); 有补充, whose first other sense is an
    adjective ("additional"), keeps its verb; 有 + 了 is no object's place."""
    assert _first(corpus, engine, "学语言要有耐心，不能着急。", "耐心") == "patience"
    assert _first(corpus, engine, "我对这件事有补充。", "补充") == "to supplement"
    assert object_of_have("有", ("，",)) and not object_of_have("有", ("了",))
    assert not object_of_have("没有", ())


def test_a_wind_instrument_is_played(corpus, engine) -> None:
    """吹 with an instrument of the noun class as its object or earlier in the sentence
    (吹笛子，吹得很好听) "to play (a wind instrument)"; the wind still blows (风吹得很大)."""
    assert _first(corpus, engine, "那个男孩在公园里吹笛子，吹得很好听。", "吹") == (
        "to play (a wind instrument)")
    assert _first(corpus, engine, "他会吹口琴。", "吹") == "to play (a wind instrument)"
    assert _first(corpus, engine, "外面的风吹得很大。", "吹") == "to blow"


def test_a_sense_said_of_character_leads_after_a_character_noun(corpus, engine) -> None:
    """The noun class of a person's nature (性格, 脾气 …) leads CC-CEDICT's "(of character)"
    and "(of personality)" senses: 性格很开朗 "optimistic", 性格很阳光 "upbeat"; a room is
    still "spacious and well-lit", the weather's 阳光 "sunshine"."""
    # words32's curated line (subject a person or a character noun) words it "cheerful"
    assert _first(corpus, engine, "她性格很开朗。", "开朗") == "(of character) cheerful"
    assert _first(corpus, engine, "他的性格很阳光。", "阳光") == "(of personality) upbeat"
    assert _first(corpus, engine, "这个房间很开朗。", "开朗") == "spacious and well-lit"
    assert _first(corpus, engine, "今天阳光很好。", "阳光") == "sunshine"


def test_learner_defaults_lead_with_the_everyday_sense(corpus) -> None:
    """Words whose CC-CEDICT first sense is a specialist's, a narrower or an older one
    lead, alone, with the sense a learner meets (the rest of the entry follows)."""
    g = glosser(corpus)
    assert g.short("方言").startswith("dialect")
    assert g.short("前台").startswith("front desk")
    assert g.short("输出").startswith("to output")
    assert g.short("点击").startswith("to click")
    assert g.short("开发").startswith("to develop")
    assert g.short("现场").startswith("(on) the spot")
    assert g.short("淘汰").startswith("to eliminate")
    assert g.short("曲子").startswith("tune")
    assert g.short("老大").startswith("eldest child")
    assert g.short("换").startswith("to change")


def test_frames_read_from_the_sentence(corpus, engine) -> None:
    """Each frame with its counter-example: the film shot, a thing kept, a lack before a
    verb, money exchanged, a story's character, a film's shot, a flight's change of
    planes, a singer's fans, the economy stimulated, a service launched, cards played,
    sold by the pound, a fall with its result, the floor mopped, what is said."""
    cases = [
        ("这部电影是在云南拍的。", "拍", "to shoot (a film)"),
        ("这张照片是在哪儿拍的？", "拍", "to take (a photo)"),
        ("B：红色的您留着吧，算是我们送给您的礼物。", "留", "to keep"),
        # 把 + 头发: the table's 留 + 头发 line (collo21; was "to leave (a message etc)")
        ("他把头发留长了。", "留", "to keep (one's hair etc)"),
        ("B：材料都准备好了，就差打印了。", "差", "to lack"),
        ("我的汉语还差得远呢。", "差", "not up to standard"),
        ("我去银行换钱。", "换", "to exchange"),
        ("这部小说的人物都写得很真实。", "人物", "character (in a play, novel etc)"),
        ("他是一个历史人物。", "人物", "figure (a person of importance)"),
        ("电影开头的那个镜头拍得太美了。", "镜头", "camera shot (in a movie etc)"),
        ("这个相机的镜头很贵。", "镜头", "camera lens"),
        ("飞机在北京转机，下午到达东京。", "转机", "to change planes"),
        ("他的病有了转机。", "转机", "(to take) a turn for the better"),
        ("这个歌手在网上有几百万粉丝。", "粉丝", "fan (loanword)"),
        ("我喜欢吃粉丝。", "粉丝", "bean vermicelli"),
        ("打折可以刺激人们消费。", "刺激", "to stimulate"),
        ("他的话刺激了我。", "刺激", "to provoke"),
        ("你的银行卡有没有开通网上支付？", "开通", "to launch (a service)"),
        ("我们打了一晚上的牌。", "牌", "playing card"),
        ("这些苹果是按斤卖的。", "按", "according to"),
        ("请按这个按钮。", "按", "to press"),
        ("手机屏幕摔碎了。", "摔", "to fall"),
        ("请把地拖一下。", "拖", "to mop (the floor)"),
        ("别拖时间了。", "拖", "to drag"),
        ("传说这座山上住着一位神仙。", "传说", "it is said"),
        ("这是一个古老的传说。", "传说", "legend"),
    ]
    for text, word, first in cases:
        assert _first(corpus, engine, text, word) == first, (text, word)


def test_what_something_serves_as_is_a_noun(corpus, engine) -> None:
    """After 作, 作为, 当作, 变成 … a word that is a verb and a noun is the noun (留作纪念
    "memento", 作为代表 "representative"); 有补充-like entries whose first other sense is no
    noun keep their order (strict, as 当's role)."""
    assert _first(corpus, engine, "我买了一个小熊猫，留作纪念。", "纪念") == "memento"
    assert _first(corpus, engine, "他作为代表发言。", "代表") == "representative"
    assert _first(corpus, engine, "他想纪念他的老师。", "纪念") == "to commemorate"
    assert object_of_as("作为") and not object_of_as("作业")


def test_last_and_next_before_one_and_a_measure_word(corpus, engine) -> None:
    """上/下 + 一 + a measure word (or a counted item: 页, 课) is "last"/"next", as before
    一个; after a subject or a modal it stays the verb (我们下一盘棋 keeps its old gloss,
    他上一节课就走了 "to attend")."""
    assert _first(corpus, engine, "A：你为什么离开上一家公司？", "上") == "last"
    assert _first(corpus, engine, "请看下一页。", "下") == "next"
    assert _first(corpus, engine, "上一课的生词你都记住了吗？", "上") == "last"
    assert _first(corpus, engine, "他上一节课就走了。", "上") == "to attend (class)"
    assert _first(corpus, engine, "我们下一盘棋吧。", "下") != "next"


def test_a_remote_field_s_sense_follows_the_figurative_one(corpus) -> None:
    """An entry whose first sense is labelled with a field a learner's sentence does not
    mean (astronomy, Chinese opera, music …) and whose next sense is figurative leads with
    the figurative one (巨星 "superstar", 亮相 "to make a public appearance"); military,
    biology and physics keep their first sense (失守, 寄生虫, 惯性)."""
    g = glosser(corpus)
    assert g.short("巨星").startswith("superstar")
    assert g.short("亮相").startswith("to make a public appearance")
    assert g.short("失守").startswith("(military)")
    assert g.short("寄生虫").startswith("parasite")
    assert g.short("惯性").startswith("(physics) inertia")
    assert remote_field_last(["(music) theme", "(fig.) central theme"]) == [
        "central theme", "(music) theme"]
    assert remote_field_last(["(music) theme", "melody"]) is None
