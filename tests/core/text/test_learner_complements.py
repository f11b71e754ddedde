"""A verb of two characters before 到/着 that the segmenter cut apart (issue 15, cut38):
发 | 送到 is 发送 | 到, 上 | 传到 上传 | 到, 追 | 随着 追随 | 着; not where the pair is no
verb (很难 | 看到), the character starts a free combination (一 | 看到) or the pair is no
dictionary word."""

from __future__ import annotations

from chinese_teach.core.text.learner_complements import (
    verb_before_complement,
    verb_then_complement,
)

_DICTIONARY = frozenset({"发送", "上传", "难看", "一看", "追随"})
_VERBS = frozenset("送传看随")
_VERB_WORDS = frozenset({"发送", "上传", "追随"})


def _moved(words: list[str]) -> list[str]:
    return verb_before_complement(
        words, _DICTIONARY, free_first=frozenset("一很我"), learner_verb=_VERBS.__contains__,
        verb_word=_VERB_WORDS.__contains__, fixed=lambda _w: False)


def test_the_verb_takes_its_character_back() -> None:
    assert _moved(["把", "它", "上", "传到", "网上"]) == ["把", "它", "上传", "到", "网上"]
    assert _moved(["发", "送到"]) == ["发送", "到"]


def test_no_verb_no_free_combination_no_move() -> None:
    assert _moved(["很", "难", "看到"]) == ["很", "难", "看到"]  # 难看 "ugly"
    assert _moved(["一", "看到"]) == ["一", "看到"]
    assert _moved(["我", "看着"]) == ["我", "看着"]
    assert _moved(["上", "车"]) == ["上", "车"]


def test_a_word_the_dictionary_lacks_is_the_verb_and_its_complement() -> None:
    kw = dict(free_first=frozenset("一很我"), learner_verb=_VERBS.__contains__,
              verb_word=_VERB_WORDS.__contains__)
    assert verb_then_complement("追随着", _DICTIONARY, **kw)
    assert not verb_then_complement("难看到", _DICTIONARY, **kw)
    assert not verb_then_complement("追随", _DICTIONARY, **kw)


def test_the_engine_cuts_the_verb_whole(engine) -> None:
    """The three sentences of senses.tsv and the pool's 带 | 回到, now 带回 | 到."""
    def words(text: str) -> list[str]:
        return [t.text for t in engine.annotate(text)]

    assert "上传" in words("写完作文以后把它上传到网上。")
    assert "跟随" in words("小狗一直跟随着他。")
    assert "发送" in words("我把邮件发送到你的邮箱了。")
    assert "带回" in words("把傀儡带回到费城。")
    assert words("很难看到他。")[:3] == ["很", "难", "看到"]
