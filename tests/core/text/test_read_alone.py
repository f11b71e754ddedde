"""A character alone on its line (a typed word, a line of a word list given to
``annotate``) reads as a learner's list means it: the first default reading of the curated
table (少 shǎo, 差 chà, 教 jiāo, 还 hái, 重 zhòng, 为 wèi, 脏 zāng, 转 zhuǎn), and its gloss
follows that reading; in a sentence the engine reads it as before."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import glosser, lone_readings, token_glosses
from chinese_teach.core.text.pinyin import ReadingCorrection
from tests.core.text.fast_slow import fast_and_slow

ALONE = {"少": "shao3", "差": "cha4", "教": "jiao1", "还": "hai2", "重": "zhong4",
         "为": "wei4", "脏": "zang1", "转": "zhuan3"}


@pytest.mark.parametrize(("char", "expected"), sorted(ALONE.items()))
def test_a_character_alone_reads_as_a_learner_s_list_means_it(corpus, engine, char,
                                                               expected) -> None:
    for text in (char, f" {char}\n"):
        tokens = [t for t in engine.annotate(text) if t.is_hanzi]
        assert [t.pinyin for t in tokens] == [(expected,)]
    # the gloss follows the reading (少 "few", not shào "young"; 为 "for", not "as")
    [tok] = [t for t in engine.annotate(char) if t.is_hanzi]
    [gloss] = token_glosses([tok], corpus)
    assert gloss.short == glosser(corpus).short(char, (expected,))


def test_the_lone_reading_is_the_curated_table_s_first_default() -> None:
    lone = lone_readings()
    assert {c: lone[c] for c in ALONE} == {c: (s,) for c, s in ALONE.items()}


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [("他少年时很聪明。", "少", "shao4"), ("重新写一遍。", "重", "chong2"),
     ("他是一个很重要的人。", "重", "zhong4"), ("我明天还你书。", "还", "huan2"),
     ("差不多。", "差", "cha4"), ("少，", "少", None), ("少了", "少", None)],
)
def test_in_a_sentence_or_beside_other_text_the_engine_reads_as_before(
        engine, text, char, expected) -> None:
    """Only a line that is the character alone takes the lone reading; a sentence (or the
    character with a mark or a particle) is read by the engine's rules and model, on its
    fast and slow paths alike."""
    toks = engine.annotate(text)
    [tok] = [t for t in toks if char in t.text][:1]
    syl = tok.pinyin[tok.text.index(char)]
    if expected is not None:
        assert syl == expected
    if text.endswith("。"):
        spans = [(t.start, t.end) for t in toks if t.is_hanzi]
        fast, slow = fast_and_slow(engine.reader, text[:-1], spans)
        assert [r.syllables for r in fast] == [r.syllables for r in slow]


def test_a_teacher_s_correction_of_a_lone_character_wins(engine) -> None:
    engine.set_corrections([ReadingCorrection("还", ("huan2",))])
    try:
        [tok] = [t for t in engine.annotate("还") if t.is_hanzi]
    finally:
        engine.set_corrections([])
    assert tok.pinyin == ("huan2",)
