"""What review13 and the last session left in the glosses a teacher prints (words18,
issue 15), each mended by the rule that caused it; each test fails on 19201e2."""

from __future__ import annotations

from collections import Counter

from chinese_teach.core.corpus.glosses import Glosser, _naming_words, glosser, token_glosses
from tests.core.corpus.test_glosses_classes import _first
from tests.core.text.fast_slow import fast_and_slow


def test_a_token_s_object_after_its_verb_is_found_once(corpus, engine, monkeypatch) -> None:
    """打's object lines and topic lines read the same words after the verb (这份报告我已经
    打 + 好了): the object after it is found once per token, and the gloss is the same."""
    calls: Counter = Counter()
    found = Glosser._object_after

    def counted(self: Glosser, rest: tuple[str, ...]) -> str:
        calls[rest] += 1
        return found(self, rest)

    monkeypatch.setattr(Glosser, "_object_after", counted)
    tokens = engine.annotate("这份报告我已经打好了。")
    glosses = token_glosses(tokens, corpus)
    assert calls[("好", "了")] == 1
    assert dict(zip([t.text for t in tokens], glosses, strict=True))["打"].short.startswith(
        "to type")
    assert _first(corpus, engine, "这份报告我已经打好了。", "打") == "to type"


def _part(corpus, word: str, piece: str) -> str:
    return dict(glosser(corpus).parts(word))[piece].split(";")[0]


def test_a_bare_modifier_of_a_verb_s_object_names_no_part(corpus) -> None:
    """抓紧 "to keep a firm grip on; to pay close attention to; …": "close" says how one
    pays attention, so 紧 keeps its first sense "tight", not "close at hand"; the verb and
    its object's head still name parts, and so does a modifier after a determiner."""
    assert _part(corpus, "抓紧", "紧") == "tight"
    assert _naming_words("to pay close attention to") == {"pay", "attention"}
    assert _naming_words("to keep a firm grip on") == {"keep", "firm", "grip"}
    assert _naming_words("homework; school assignment") == {"homework", "school", "assignment"}


def test_a_measure_word_before_a_verb_s_complement_is_the_verb(corpus, engine) -> None:
    """架 leads with "(measure word for planes, machines)"; before a verb's complement (起
    + 了, 起来) it counts nothing and is the verb: "to support". After a number it stays
    the measure word, and a word that leads otherwise (上 in 脚上起了一个泡) is no verb."""
    assert _first(corpus, engine, "战士们架起了迫击炮。", "架") == "to support"
    assert _first(corpus, engine, "他们把桥架起来了。", "架") == "to support"
    assert _first(corpus, engine, "天上有一架飞机。", "架").startswith("(measure word")
    assert _first(corpus, engine, "他的脚上起了一个泡。", "上") != "to go up"


def test_a_word_that_is_a_verb_in_another_reading_may_be_that_verb(corpus, engine) -> None:
    """澄 is read dèng "(of liquid) to settle" (its commoner entry, chéng "clear", is no
    verb): 一会儿 after it is "a moment; a while", not "in a moment" (the line read after
    no verb); 背 bèi "the back" / bēi "to carry": 背一下 is "give it a go", not "all at
    once". After a noun the lines still hold (天一下黑了 "all at once")."""
    assert _first(corpus, engine, "把水澄一会儿再用。", "一会儿") == "a moment"
    assert _first(corpus, engine, "请你背一下这篇课文。", "一下") != "all at once"
    assert _first(corpus, engine, "天一下黑了。", "一下") == "all at once"


def test_a_verb_and_agent_noun_before_the_noun_it_tells_of_is_the_activity(
        corpus, engine) -> None:
    """编辑 "to edit; to compile; editor; compiler" after 的 leads with its noun, but
    before a noun (书的编辑 + 工作) it names the activity, not the person: "to edit"; alone
    in a noun's place it stays the person (他是我们的翻译 "translator")."""
    assert _first(corpus, engine, "一方面加强书的编辑工作。", "编辑") == "to edit"
    assert _first(corpus, engine, "他们的翻译工作做得很好。", "翻译") == "to translate"
    assert _first(corpus, engine, "他是我们的翻译。", "翻译") == "translator"


def test_a_verb_sense_after_a_slang_one_says_it_again(corpus, engine) -> None:
    """哈 "(interj.) ha!; (onom. for laughter); (slang) to be infatuated with; to adore":
    "to adore" says the slang sense again, so 哈了一口气 does not lead with it (the
    dictionary has no "to breathe out"); a verb after an unmarked sense still leads (指着
    "to point at")."""
    assert _first(corpus, engine, "他往手上哈了一口气。", "哈") != "to adore"
    assert _first(corpus, engine, "他指着黑板说。", "指").startswith("to point at")


def _cut(engine, text: str) -> list[tuple[str, str]]:
    return [(t.text, " ".join(t.pinyin or ())) for t in engine.annotate(text)
            if t.text.strip() and t.text not in "。，"]


def test_an_adverb_s_combination_gives_its_word_to_the_character_after(engine) -> None:
    """很大 | 方 hid 大方 "generous", read dàfang: the combination 很 + 大 gives 大 to 方
    before the words are read (LearnerCut.regroup); 真好 | 吃 likewise. 很大 alone and
    大 before a longer word (很 大 方向) keep their cut, and so does a word of older lists
    only (不好 | 不: 好不 has no HSK 2021 level)."""
    assert ("大方", "da4 fang5") in _cut(engine, "他对朋友很大方。")
    assert "好不" not in [w for w, _ in _cut(engine, "我唱歌唱得不好不")]
    assert ("好吃", "hao3 chi1") in _cut(engine, "这个菜真好吃。")
    assert [w for w, _ in _cut(engine, "这个房间很大。")][-1] == "大"
    assert "方向" in [w for w, _ in _cut(engine, "很大方向")]


def test_a_doubled_adjective_before_di_is_one_word(corpus, engine) -> None:
    """轻轻地 (one segmenter word) is 轻轻 + 地, not 轻 + 轻 + 地: the doubled adjective a
    learner looks up, glossed as the adverbial it is ("lightly")."""
    assert _cut(engine, "她轻轻地关上了门。")[1:3] == [("轻轻", "qing1 qing1"), ("地", "de5")]
    assert _first(corpus, engine, "她轻轻地关上了门。", "轻轻") == "lightly"


def test_di_and_a_verb_said_twice_is_no_place(engine) -> None:
    """满意 | 地点 | 了 | 点头 hid the adverbial's 地 and the verb 点 (a verb said again after
    了: 点了点头): 满意 | 地 de | 点 | 了 | 点头; a noun 地点 stays (这个地点了解一下, 很多
    地方了), and the reading of 地 is the same on the reader's fast and slow paths."""
    assert _cut(engine, "他满意地点了点头。")[1:5] == [
        ("满意", "man3 yi4"), ("地", "de5"), ("点", "dian3"), ("了", "le5")]
    assert ("地点", "di4 dian3") in _cut(engine, "这个地点了解一下。")
    assert "地方" in [w for w, _ in _cut(engine, "我去过很多地方了。")]
    reader = engine.reader
    for text, words in (("满意地点了点头", ["满意", "地", "点", "了", "点头"]),
                        ("这个地点了解一下", ["这个", "地点", "了解", "一下"])):
        spans, pos = [], 0
        for word in words:
            spans.append((pos, pos + len(word)))
            pos += len(word)
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text
