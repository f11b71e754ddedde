"""What the last session left in the glosses of words (words26, issue 15): each sentence
below was written and run before its rule (each failed on c82b9d6), with sentences of the
word's other sense that must stay as they were."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import load_noun_classes
from tests.core.corpus.test_glosses_classes import _first


@pytest.mark.parametrize("text", ["这些本子是白送的。", "买一个杯子，商店白送一把勺子。",
                                  "这张票是朋友白给我的。"])
def test_bai_before_a_verb_of_giving_is_free_of_charge(corpus, engine, text) -> None:
    """白 before 送 / 给 / 拿: the thing changes hands for nothing (it led with "in vain")."""
    assert _first(corpus, engine, text, "白") == "free of charge"


@pytest.mark.parametrize(("text", "sense"), [("我白跑了一趟，他不在家。", "in vain"),
                                             ("今天的课我白听了。", "in vain"),
                                             ("他的衬衫很白。", "white")])
def test_bai_before_other_verbs_keeps_in_vain(corpus, engine, text, sense) -> None:
    assert _first(corpus, engine, text, "白") == sense


@pytest.mark.parametrize("text", ["她今天穿得很大方。", "这位老师打扮得很大方。",
                                  "这件衣服的样子很大方。"])
def test_dafang_said_of_dress_is_stylish(corpus, engine, text) -> None:
    """大方 in a clause about dress (穿, 打扮, a piece of clothing): "stylish" (it led with
    "generous")."""
    assert _first(corpus, engine, text, "大方") == "stylish"


@pytest.mark.parametrize("text", ["他很大方，常常请我们吃饭。", "她穿了一件新衣服，人也很大方。"])
def test_dafang_of_a_person_stays_generous(corpus, engine, text) -> None:
    """Only the clause of 大方 counts: 人也很大方 after a clause about clothes is generous."""
    assert _first(corpus, engine, text, "大方") == "generous"


@pytest.mark.parametrize("text", ["他穿着一身运动服。", "妹妹换了一身校服。",
                                  "爸爸穿了一身工作服去上班。", "他穿着一身西装。"])
def test_yishen_before_clothes_is_a_suit_of_clothes(corpus, engine, text) -> None:
    """一身 right before a piece of clothing (一身西装, 一身校服) or before one the learner cut
    parts (运动 | 服, 工作 | 服): "a suit of clothes" (it led with "whole body")."""
    assert _first(corpus, engine, text, "一身") == "a suit of clothes"


def test_yishen_before_other_nouns_stays_whole_body(corpus, engine) -> None:
    assert _first(corpus, engine, "他出了一身汗。", "一身") == "whole body"


def test_the_clothes_class_holds_uniforms_and_the_piece_fu() -> None:
    clothes = load_noun_classes()["clothes"]
    assert {"校服", "运动服", "工作服", "服"} <= clothes.words
    assert not clothes.has("舒服") and not clothes.has("克服")  # no "~服" ending


@pytest.mark.parametrize("text", ["这封信请你转给他。", "我把你的话转给老师了。",
                                  "他的电话我已经转给经理了。"])
def test_zhuan_before_gei_is_to_pass_on(corpus, engine, text) -> None:
    """转 in 转给 (one token; its part): "to pass on" (it led with "to turn")."""
    assert _first(corpus, engine, text, "转") == "to pass on"


def test_zhuan_alone_still_turns(corpus, engine) -> None:
    assert _first(corpus, engine, "他向右转。", "转") == "to turn"


@pytest.mark.parametrize("text", ["要不你就别去了。", "要不我们明天再来吧。",
                                  "快走吧，要不就迟到了。"])
def test_yaobu_first_in_a_clause_is_one_word(corpus, engine, text) -> None:
    """要不 first in a clause before more words is one learner word, "otherwise; or else"
    (the segmenter cut it 要 | 不; the learner cut's clause-first pairs join it)."""
    assert "要不" in [t.text for t in engine.annotate(text)]
    assert _first(corpus, engine, text, "要不") == "otherwise"


@pytest.mark.parametrize(("text", "words"), [("你要不要喝茶？", ["要", "不要"]),
                                             ("要不是你帮我，我就迟到了。", ["要不是"]),
                                             ("我要不起这么贵的东西。", ["要", "不", "起"])])
def test_yaobu_elsewhere_keeps_its_cut(engine, text, words) -> None:
    cut = [t.text for t in engine.annotate(text) if t.is_word]
    assert any(cut[i:i + len(words)] == words for i in range(len(cut)))


@pytest.mark.parametrize(("text", "piece", "sense"), [
    ("请把这两根线接上。", "接", "to connect"),  # 接上 "to connect (a cable etc)"
    ("电话线断了，我把它接上了。", "接", "to connect"),
    ("我找到了我的钥匙。", "找", "to find"),  # 找到 "to find"
    ("外面冷，穿上大衣吧。", "穿", "to put on"),  # 穿上 "to put on"
])
def test_a_verb_and_its_complement_lead_the_verb_by_the_whole(corpus, engine, text, piece,
                                                             sense) -> None:
    """The verb piece of a verb + complement word leads with the whole word's verb where it
    has that sense (接上 "to connect": 接 "to connect", not "to receive")."""
    assert _first(corpus, engine, text, piece) == sense


def test_a_whole_word_that_is_no_verb_leads_no_verb_piece(corpus) -> None:
    """请坐 "please, have a seat" is no verb's sense: 坐 keeps "to sit" (the rule reads only
    verb + complement words; 坐 + 请 is not one)."""
    from chinese_teach.core.corpus.glosses import glosser

    assert dict(glosser(corpus).parts("请坐"))["坐"].startswith("to sit")
    assert dict(glosser(corpus).parts("接上"))["接"].startswith("to connect")


@pytest.mark.parametrize(("text", "sense"), [("老师，你再给我们讲讲这道题吧。", "to explain"),
                                             ("请你给我们讲讲这个语法。", "to explain"),
                                             ("我们去外面走走吧。", "to walk")])
def test_a_doubled_verb_s_part_reads_its_object(corpus, engine, text, sense) -> None:
    """The first piece of a doubled verb (讲讲) reads the words after the token, its object
    (这道题: "to explain"), not its own copy; before a particle (走走 + 吧) nothing changes."""
    piece = text[next(i for i in range(len(text) - 1) if text[i] == text[i + 1])]
    assert _first(corpus, engine, text, piece) == sense


@pytest.mark.parametrize("text", ["你别当真，我开玩笑呢。", "他把我的话当真了。"])
def test_dang_of_dangzhen_is_to_regard_as(corpus, engine, text) -> None:
    assert _first(corpus, engine, text, "当") == "to treat as"


def test_dang_elsewhere_keeps_its_sense(corpus, engine) -> None:
    """当 dāng, not "to treat as": before a job "to work as" (words32), else "to be"."""
    assert _first(corpus, engine, "我当老师。", "当") == "to work as"
    assert _first(corpus, engine, "他当了班里的第一名。", "当") == "to be"


@pytest.mark.parametrize("text", ["他们俩有意见了。", "这件事我没有意见。"])
def test_yijian_after_you_ending_its_clause_is_an_objection(corpus, engine, text) -> None:
    """意见 after 有 / 没有 with nothing but particles after it in its clause (the condition
    clause-end): "objection; complaint" (it led with "opinion")."""
    assert _first(corpus, engine, text, "意见") == "objection"


@pytest.mark.parametrize("text", ["你有什么意见？", "有意见可以提。"])
def test_yijian_elsewhere_stays_an_opinion(corpus, engine, text) -> None:
    assert _first(corpus, engine, text, "意见") == "opinion"


def test_clause_end_holds_before_particles_only(corpus) -> None:
    from chinese_teach.core.corpus.glosses import glosser

    g = glosser(corpus)
    assert g._when("clause-end", "有", ("了",))
    assert g._when("clause-end", "有", ())
    assert not g._when("clause-end", "有", ("可以", "提"))


def test_the_lessons_class_holds_a_word_s_usage_and_meaning(corpus, engine) -> None:
    """讲讲 + 这个词的用法: the object's head 用法 is lesson matter, so 讲 is "to explain"."""
    assert _first(corpus, engine, "老师给我们讲讲这个成语的意思。", "讲") == "to explain"


def test_a_doubled_word_that_is_no_verb_keeps_its_parts_together(corpus, engine) -> None:
    """早早 + 就: 早 is no verb, so its first piece keeps reading its copy ("early"), not 早 +
    就's "long ago"."""
    assert _first(corpus, engine, "他累了一天，早早就睡了。", "早") == "early"


@pytest.mark.parametrize(("text", "sense"), [("他们俩上个月吹了。", "to fall through"),
                                             ("他跟女朋友吹了。", "to fall through"),
                                             ("他又在吹了，别信他。", "to boast"),
                                             ("你别听他的，他老是吹。", "to boast")])
def test_chui_ending_its_clause_by_who_says_it(corpus, engine, text, sense) -> None:
    """吹 with only particles after it in its clause: after a pair (俩, 跟 + a person) the
    end of a relationship or plan, "to fall through"; of a person after 在/又/老是 "to
    boast" (both led with "to blow")."""
    assert _first(corpus, engine, text, "吹") == sense


@pytest.mark.parametrize("text", ["外面风在吹。", "风吹了一夜。", "请你把蜡烛吹了。",
                                  "他跟我一起把蜡烛吹了。"])
def test_chui_of_wind_and_things_still_blows(corpus, engine, text) -> None:
    # (他会吹笛子 "to play (a wind instrument)" since words31: test_glosses_place_and_notes)
    assert _first(corpus, engine, text, "吹") == "to blow"
