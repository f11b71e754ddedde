"""Kinds of the eighth held-out part's misses, fixed in the ninth session (words10) by a
mechanism each: the word's subject (a class of nouns before it in its clause), the
verb's object wherever it stands, a person past other words, a count, the word's place
(adverb, noun, adjective) and frames; each with sentences of its own and a
counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import (
    _parsed_condition,
    load_noun_classes,
    sense_notes,
)
from tests.core.corpus.test_glosses_classes import _first


def test_sense_notes_read_what_a_sense_is_said_of() -> None:
    """CC-CEDICT's "(of …)" notes, wherever they stand, split into their things."""
    assert sense_notes("(of clothing) tight") == {"clothing"}
    assert sense_notes("good (of a movie, book, TV show etc)") == {"a movie", "book", "tv show"}
    assert sense_notes("(of ships, vehicles, troops etc) to start") == {
        "ships", "vehicles", "troops"}
    assert sense_notes("thin") == frozenset()


def test_noun_classes_hold_words_and_endings() -> None:
    """A class holds its words and any longer word with one of its endings (书店)."""
    classes = load_noun_classes()
    assert classes["clothes"].has("裤子") and classes["clothes"].has("牛仔裤")
    assert classes["shops"].has("书店") and not classes["shops"].has("店员")
    assert not classes["food"].has("苹果") and classes["fruit"].has("苹果")


def test_a_condition_may_name_a_word_class() -> None:
    """"@food" among a condition's options stands for the class's words; an unknown
    class is an error of the table, not a silent miss."""
    kind, options = _parsed_condition("earlier-in-clause:@food|汤圆")
    assert kind == "earlier-in-clause"
    assert "牛肉" in options and "汤圆" in options and "衣服" not in options
    with pytest.raises(ValueError):
        _parsed_condition("earlier-in-clause:@no-such-class")


def test_a_sense_said_of_the_subject_s_class_leads(corpus, engine) -> None:
    """衣服 … 瘦 "(of clothing) tight", 书 … 好看 "good (of a book …)", 店 … 关门 "(of a
    shop) to close", 火车 … 开 "(of a vehicle) to leave"; a person's 瘦 "thin", her
    好看 "good-looking", 请关门 "to close a door", 把车开到门口 and 车开得很慢 "to drive"."""
    assert _first(corpus, engine, "这件衣服太瘦了。", "瘦") == "(of clothing) tight"
    assert _first(corpus, engine, "这双鞋有点儿瘦。", "瘦") == "(of clothing) tight"
    assert _first(corpus, engine, "他很瘦。", "瘦") == "thin"
    assert _first(corpus, engine, "这个电影很好看。", "好看").startswith("good (of a movie")
    assert _first(corpus, engine, "她很好看。", "好看") == "good-looking"
    assert _first(corpus, engine, "超市晚上十点关门。", "关门").startswith("(of a shop")
    assert _first(corpus, engine, "请关门。", "关门") == "to close a door"
    assert _first(corpus, engine, "船九点开。", "开") == "(of a vehicle) to leave"
    assert _first(corpus, engine, "他把车开到门口。", "开") == "to drive"
    assert _first(corpus, engine, "这辆车开得很慢。", "开") == "to drive"


def test_a_curated_line_names_the_subject_s_class(corpus, engine) -> None:
    """Where CC-CEDICT notes no class: clothes 肥 "loose-fitting", food 熟 "cooked" but
    fruit 熟 "ripe", food 坏了 "spoiled", an illness 好了 "well", 天 黑 "dark", 心 跳 "to
    palpitate"; 他很肥, 我们很熟, 电脑坏了, 他跳得很高 keep their senses."""
    assert _first(corpus, engine, "这条裙子太肥了。", "肥") == "loose-fitting or large"
    assert _first(corpus, engine, "他很肥。", "肥") == "fat"
    assert _first(corpus, engine, "饭还没熟呢。", "熟") == "thoroughly cooked"
    assert _first(corpus, engine, "香蕉熟了。", "熟") == "ripe"
    assert _first(corpus, engine, "我跟他很熟。", "熟").startswith("familiar")
    assert _first(corpus, engine, "牛奶坏了。", "坏") == "spoiled"
    assert _first(corpus, engine, "电脑坏了。", "坏") == "broken"
    assert _first(corpus, engine, "她的感冒好了。", "好").startswith("well")
    assert _first(corpus, engine, "天已经黑了。", "黑") == "dark"
    assert _first(corpus, engine, "我的心一直在跳。", "跳") == "to palpitate"
    assert _first(corpus, engine, "他跳得很高。", "跳") == "to jump"


def test_the_object_stands_after_ba_or_is_owned_before_the_verb(corpus, engine) -> None:
    """把 + 空调 + 开 "to turn on", 你的房租 + 交了 "to pay"; objects after the verb: 交 +
    朋友 "to make friends", 养 + 三个孩子 "to bring up", 得 + 感冒 "to catch", 出 + 问题
    "to occur"; 把作业交了 and 他出去了 keep their own senses."""
    assert _first(corpus, engine, "请把电视开一下。", "开") == "to turn on"
    assert _first(corpus, engine, "我的学费交了。", "交") == "to pay (money)"
    assert _first(corpus, engine, "他把作业交了。", "交") == "to hand over"
    assert _first(corpus, engine, "她在学校交了两个朋友。", "交") == "to make friends"
    assert _first(corpus, engine, "他们养了两个女儿。", "养") == "to bring up (children)"
    assert _first(corpus, engine, "我妹妹得了流感。", "得") == "to catch (a disease)"
    assert _first(corpus, engine, "电脑出了毛病。", "出") == "to occur"


def test_a_person_past_an_amount_or_a_time_word(corpus, engine) -> None:
    """去看 + 一位老师 "to visit", 疼 + 小 + 孙女 "to love dearly", 叫 + 我 + 明天 + 来 "to
    ask (sb to do sth)"; 看一本书 keeps "to see"."""
    assert _first(corpus, engine, "明天我去看一位老师。", "看") == "to visit"
    assert _first(corpus, engine, "明天我去看一本书。", "看") != "to visit"
    assert _first(corpus, engine, "爷爷很疼小孙女。", "疼") == "to love dearly"
    assert _first(corpus, engine, "妈妈叫我晚上早点儿回家。", "叫") == "to ask (sb to do sth)"


def test_counted_after_an_ordinal_or_as_times(corpus, engine) -> None:
    """第一届 and 三下 lead with their measure-word senses; 多少 + a measure word "how
    many?", 多少钱 "how much?"."""
    assert "measure word" in _first(corpus, engine, "这是第二届运动会。", "届")
    assert "measure word" in _first(corpus, engine, "他拍了两下桌子。", "下")
    assert _first(corpus, engine, "你们班有多少个学生？", "多少") == "how many?"
    assert _first(corpus, engine, "这件衣服多少钱？", "多少") == "how much?"


def test_an_adjective_before_the_predicate_is_its_adverb(corpus, engine) -> None:
    """平常/通常 before the predicate "usually" (an entry that has the adjective and its
    "-ly" adverb); 很平常 and 平常的事 "ordinary"; 立刻 is not turned into "prompt" (its entry
    does not lead with it): it keeps its own default, "immediately" since words13c."""
    assert _first(corpus, engine, "我们通常周末去爬山。", "通常") == "usually"
    assert _first(corpus, engine, "他平常不喝酒。", "平常") == "usually"
    assert _first(corpus, engine, "这是很平常的事。", "平常") == "ordinary"
    assert _first(corpus, engine, "这很平常。", "平常") == "ordinary"
    assert _first(corpus, engine, "他立刻回家了。", "立刻") == "immediately"


def test_the_place_decides_noun_adjective_or_manner(corpus, engine) -> None:
    """很多困难 a noun, 很困难 an adjective; 不科学 "scientific", 学科学 "science"; 有些 +
    an adjective "somewhat", + a noun "some"; 这么 + a verb "like this"; 开始行动
    "action"."""
    assert _first(corpus, engine, "我们有很多困难。", "困难") == "difficult situation"
    assert _first(corpus, engine, "这个问题很困难。", "困难") == "difficult"
    assert _first(corpus, engine, "这个方法很科学。", "科学") == "scientific"
    assert _first(corpus, engine, "他喜欢科学。", "科学") == "science"
    assert _first(corpus, engine, "我有些累。", "有些") == "somewhat"
    assert _first(corpus, engine, "有些人不喜欢吃辣的。", "有些") == "some"
    assert _first(corpus, engine, "这个字这么写。", "这么") == "like this"
    assert _first(corpus, engine, "他这么高！", "这么") != "like this"
    assert _first(corpus, engine, "我们马上行动吧。", "行动") == "action"


def test_frames_read_across_the_comma(corpus, engine) -> None:
    """既 … ，又 … "both"; 除了 … ，… 都 "except", 除了 … ，… 还 keeps "besides"."""
    assert _first(corpus, engine, "她既聪明，又漂亮。", "既") == "both... (and...)"
    assert _first(corpus, engine, "除了他，大家都来了。", "除了") == "except (for)"
    assert _first(corpus, engine, "除了英语，我还会说法语。", "除了") == "besides"


def test_frames_of_the_words_around(corpus, engine) -> None:
    """翻 + 成 "to translate", 拿 + 着 "to hold", a verb + 到 + a time "until", 推 + 到 + a
    time "to put off", 就看 + 你 "to depend on", 再来 + a drink "to bring", 对 … 了解
    "concerning", 对 … 有意见 "objection", 我们的一点儿意思 "token", 还在读书 "to study",
    究竟 in a question; each with a sentence that keeps the other sense."""
    assert _first(corpus, engine, "请把这句话翻成英文。", "翻") == "to translate"
    assert _first(corpus, engine, "他手里拿着一本书。", "拿") == "to hold"
    assert _first(corpus, engine, "我每天学习到晚上十一点。", "到") == "until"
    assert _first(corpus, engine, "我到北京了。", "到") != "until"
    assert _first(corpus, engine, "会议推到明天了。", "推") == "to put off"
    assert _first(corpus, engine, "他把车推到门口。", "推") == "to push"
    assert _first(corpus, engine, "去不去就看你了。", "看") == "to depend on"
    assert _first(corpus, engine, "服务员，再来一杯咖啡。", "来").startswith("to bring")
    assert _first(corpus, engine, "他明天再来一次。", "来") == "to come"
    assert _first(corpus, engine, "你对这个城市了解吗？", "对") == "concerning"
    assert _first(corpus, engine, "他对老师有意见。", "意见") == "objection"
    assert _first(corpus, engine, "你有什么意见？", "意见") == "opinion"
    assert _first(corpus, engine, "这是我们的一点儿意思。", "意思").startswith("token")
    assert _first(corpus, engine, "这个字是什么意思？", "意思") == "meaning"
    assert _first(corpus, engine, "他哥哥还在读书。", "读书") == "to study"
    assert _first(corpus, engine, "你究竟去不去？", "究竟") == "(in a question) on earth"
    assert _first(corpus, engine, "他究竟是个孩子。", "究竟") == "after all"


def test_learner_defaults_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """哪怕 "even if", 本子 "notebook", 擦 "to wipe", 咱 "we (including the listener)", in
    any sentence and alone."""
    assert _first(corpus, engine, "哪怕很忙，他也每天锻炼。", "哪怕") == "even if"
    assert _first(corpus, engine, "我买了两个本子。", "本子") == "notebook"
    assert _first(corpus, engine, "请擦一下黑板。", "擦") == "to wipe"
    assert _first(corpus, engine, "咱去吃饭吧。", "咱") == "we (including the listener)"
    assert _first(corpus, engine, "本子", "本子") == "notebook"


def test_the_classes_notes_are_gathered_once_a_glosser(corpus, monkeypatch) -> None:
    """_class_noted answers for each new word from the union of the noun classes' notes,
    gathered at the first ask, not again for every word; the answers stay the same."""
    from chinese_teach.core.corpus import glosses

    glosser = glosses.Glosser(corpus)
    calls: list[int] = []
    real = glosses.load_noun_classes
    monkeypatch.setattr(glosses, "load_noun_classes",
                        lambda *a: (calls.append(1), real(*a))[1])
    words = ["瘦", "好看", "关门", "开", "他", "苹果"]
    noted = [glosser._class_noted(w) for w in words]
    assert len(calls) == 1
    assert noted == [True, True, True, True, False, False]


def test_the_following_words_are_read_only_for_frames_that_look_ahead(
        corpus, engine, monkeypatch) -> None:
    """context_gloss and token_glosses collect a word's following words (across commas)
    only for a word with a later-in-sentence line (既, 除了): the frames still read them,
    and every other word is glossed as before without them."""
    from chinese_teach.core.corpus import glosses

    g = glosses.glosser(corpus)
    assert g.reads_following("既") and g.reads_following("除了")
    assert not g.reads_following("离") and not g.reads_following("聪明")
    text = "她既聪明，又漂亮。离这儿很远，除了他，大家都来了。"
    tokens = engine.annotate(text)
    before = [glosses.context_gloss(tokens, k, corpus) for k in range(len(tokens))]
    read_for: list[str] = []
    real = glosses._following_words
    monkeypatch.setattr(glosses, "_following_words",
                        lambda toks, k: (read_for.append(toks[k].text), real(toks, k))[1])
    g._in_context.clear()
    after = [glosses.context_gloss(tokens, k, corpus) for k in range(len(tokens))]
    assert after == before
    assert sorted(read_for) == ["既", "除了"]
    read_for.clear()
    glossed = glosses.token_glosses(tokens, corpus)
    assert sorted(read_for) == ["既", "除了"]
    both = {t.text: gl.short for t, gl in zip(tokens, glossed, strict=True) if gl}
    assert both["既"].startswith("both") and both["除了"].startswith("except")
    assert before[[t.text for t in tokens].index("离")].short.startswith("(distance) from")
