"""An erhua 儿 the segmenter cut from its word is part of that word again (cut39)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner_erhua import erhua_regroup


def words(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_word]


@pytest.mark.parametrize(("text", "expected"), [
    ("你帮我买个信封儿。", ["你", "帮", "我", "买", "个", "信封儿"]),
    ("这首歌儿真好听。", ["这", "首", "歌儿", "真", "好听"]),
    ("做饺子馅儿的时候要小心。", ["做", "饺子", "馅儿", "的", "时候", "要", "小心"]),
    ("他是我的儿子。", ["他", "是", "我", "的", "儿子"]),
    # a common noun of the dictionary in no list, and a lone 儿 (2026-12-07, integrator)
    ("朋友给我写了一张纸条儿。", ["朋友", "给", "我", "写", "了", "一", "张", "纸条儿"]),
    ("她手里拿着一块手绢儿。", ["她", "手里", "拿", "着", "一", "块", "手绢儿"]),
])
def test_an_erhua_er_joins_its_word(engine, text, expected) -> None:
    assert words(engine, text) == expected


def test_erhua_regroup_rules() -> None:
    vocab = {"信封", "颜色", "饺子", "首", "儿子", "真", "新闻"}
    dictionary = vocab | {"馅儿", "歌儿", "儿", "儿童", "纸条", "条儿", "儿茶酚胺"}

    def regroup(ws: list[str], fixed=lambda w: False) -> list[str]:
        return erhua_regroup(ws, vocab=vocab, dictionary=dictionary, fixed=fixed)

    assert regroup(["信封", "儿"]) == ["信封儿"]
    assert regroup(["纸条", "儿"]) == ["纸条", "儿"]  # no learner word
    assert regroup(["苦", "儿"]) == ["苦", "儿"]  # one character
    assert regroup(["颜色", "儿真"]) == ["颜色儿", "真"]
    assert regroup(["饺子馅", "儿"]) == ["饺子", "馅儿"]
    assert regroup(["首歌", "儿真"]) == ["首", "歌儿", "真"]
    assert regroup(["帖木", "儿"]) == ["帖木", "儿"]  # neither a word nor a word's end
    assert regroup(["我", "儿子"]) == ["我", "儿子"]
    assert regroup(["村", "儿童团"]) == ["村", "儿童团"]  # 儿童 starts a word
    assert regroup(["新闻", "儿茶酚胺"]) == ["新闻", "儿茶酚胺"]  # a word of its own
    assert regroup(["信封", "儿"], fixed=lambda w: w == "儿") == ["信封", "儿"]
    same = ["我", "看", "书"]
    assert regroup(same) is same


def test_a_common_nouns_erhua_reads_r_and_glosses_the_noun(engine, corpus) -> None:
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate("朋友给我写了一张纸条儿。")
    words = [t for t in toks if t.is_word]
    assert words[-1].text == "纸条儿" and list(words[-1].pinyin)[-1] == "r5"
    gloss = token_glosses(toks, corpus)[toks.index(words[-1])]
    assert gloss is not None and gloss.short.startswith("slip of paper")


def test_a_lone_er_after_a_common_noun_joins_it() -> None:
    dictionary = {"纸条", "江流", "锦鸡", "锦鸡儿", "信封"}

    def regroup(ws: list[str]) -> list[str]:
        return erhua_regroup(ws, vocab={"信封"}, dictionary=dictionary, fixed=lambda w: False,
                             proper_only=lambda w: w == "江流")

    assert regroup(["纸条", "儿"]) == ["纸条儿"]
    assert regroup(["江流", "儿"]) == ["江流", "儿"]  # a proper noun: a name's 儿 is ér
    assert regroup(["锦鸡", "儿"]) == ["锦鸡", "儿"]  # 锦鸡儿 is the dictionary's (ér)
    assert regroup(["帖木", "儿"]) == ["帖木", "儿"]  # no dictionary word
    assert regroup(["纸条", "儿真"]) == ["纸条", "儿真"]  # only a lone 儿



@pytest.mark.parametrize(("text", "expected"), [
    ("我从门缝儿里看见他了。", ["我", "从", "门", "缝儿", "里", "看见", "他", "了"]),
    ("他把鞋放进鞋盒儿里。", ["他", "把", "鞋", "放进", "鞋", "盒儿", "里"]),
    ("我们在家门口儿等你。", ["我们", "在", "家", "门口儿", "等", "你"]),
    ("胡同口儿有一家小卖部。", ["胡同", "口儿", "有", "一", "家", "小卖部"]),
])
def test_a_lone_er_after_a_string_the_dictionary_lacks_joins_its_last_word(
        engine, text, expected) -> None:
    """cut20: a lone 儿 after learner words the dictionary lacks as one word is the last
    word's erhua (缝儿 fèngr), no 儿 "child; son" read ér."""
    toks = [t for t in engine.annotate(text) if t.is_word]
    assert [t.text for t in toks] == expected
    er = next(t for t in toks if t.text.endswith("儿"))
    assert list(er.pinyin)[-1] == "r5"


def test_the_erhua_tail_rule() -> None:
    vocab = {"门", "缝", "家", "门口", "胡同", "口", "看", "二"}
    dictionary = vocab | {"儿"}

    def regroup(ws: list[str]) -> list[str]:
        return erhua_regroup(ws, vocab=vocab, dictionary=dictionary, fixed=lambda w: False,
                             proper_only=lambda w: False, verb=lambda w: w == "看")

    assert regroup(["门缝", "儿"]) == ["门", "缝儿"]
    assert regroup(["家门口", "儿"]) == ["家", "门口儿"]  # the longer word ends it
    assert regroup(["胡同口", "儿"]) == ["胡同", "口儿"]
    assert regroup(["门看", "儿"]) == ["门看", "儿"]  # a learner's verb: no erhua of a noun
    assert regroup(["门缝", "儿真"]) == ["门缝", "儿真"]  # only a lone 儿
    assert regroup(["二", "儿"]) == ["二", "儿"]  # one character: "the second son"
