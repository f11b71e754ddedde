"""Forms a class reads by their parts or meets as one word (known17): A不A / A没A
questions, 每 + a measure word or time unit, 一会."""

from __future__ import annotations

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.text.analyze import (
    KnownWords,
    analyze,
    is_known,
    learner_word_level,
    level_index,
)
from chinese_teach.core.text.known_forms import (
    fixed_words_of_question_shape,
    join_learner_words,
    question_base,
)
from chinese_teach.core.text.tokens import Kind, Token


def _tokens(*words: str) -> list[Token]:
    out, at = [], 0
    for w in words:
        kind = Kind.PUNCT if w in "，。？" else Kind.HANZI
        out.append(Token(w, at, at + len(w), kind))
        at += len(w)
    return out


def test_question_base_reads_every_shape_of_the_question() -> None:
    assert question_base("去不去") == "去"
    assert question_base("有没有") == "有"
    assert question_base("喜欢不喜欢") == "喜欢"
    assert question_base("喜不喜欢") == "喜欢"
    assert question_base("差不多") is None  # no repeated A
    assert question_base("不要") is None
    assert question_base("动不动", fixed={"动不动"}) is None


def test_a_question_shaped_word_that_asks_nothing_is_a_word_of_its_own() -> None:
    entries = [("动不动", '["apt to (lose one\'s temper)", "at the drop of a hat"]'),
               ("时不时", '["from time to time"]'),
               ("是不是", '["is or isn\'t", "whether or not"]'),
               ("好不好", '["(coll.) all right?", "OK?"]'),
               ("差不多", '["almost"]')]
    assert fixed_words_of_question_shape(entries) == {"动不动", "时不时"}


def test_the_dictionary_keeps_its_fixed_question_shapes(corpus) -> None:
    index = level_index(corpus)
    assert {"动不动", "时不时"} <= index.fixed_question_words
    assert index.question_base("有没有") == "有" and index.question_base("动不动") is None


def test_join_learner_words_joins_every_a_while_and_split_questions() -> None:
    every = frozenset({"每天", "每年"})
    joined = [t.text for t in join_learner_words(
        _tokens("我", "每", "天", "等", "一", "会", "，", "你", "要", "不要", "吗"), every)]
    assert joined == ["我", "每天", "等", "一会", "，", "你", "要不要", "吗"]
    # 每 + a pair the dictionary does not list stays cut; 一会儿 needs no join
    assert [t.text for t in join_learner_words(_tokens("每", "本", "书"), every)] == [
        "每", "本", "书"]
    assert [t.text for t in join_learner_words(_tokens("一", "会", "儿"), every)] == [
        "一", "会", "儿"]
    # the offsets of a joined token span both pieces
    tok = join_learner_words(_tokens("我", "每", "年"), every)[1]
    assert (tok.text, tok.start, tok.end) == ("每年", 1, 3)


def test_a_question_of_known_words_is_known_though_listed_higher(corpus) -> None:
    index = level_index(corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    assert index.word_level("有没有", Standard.HSK2021) == 6  # one token, HSK 3.0 level 6
    assert is_known("有没有", known, index, Standard.HSK2021)
    assert learner_word_level("有没有", index, Standard.HSK2021) == 1
    assert not is_known("可以不可以", known, index, Standard.HSK2021)  # 可以 is level 2
    assert not is_known("动不动", known, index, Standard.HSK2021)  # a word of its own


def test_the_not_yet_known_list_shows_a_question_by_its_new_part(corpus, engine) -> None:
    index = level_index(corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    text = "学校里有没有商店？你要不要喝水？我可以不可以坐这儿？"
    result = analyze(engine.segment(text), index, Standard.HSK2021, target=2, known=known)
    assert result.unknown_words == ["可以"]
    assert result.above_target == [] and result.coverage is not None


def test_every_with_a_listed_pair_is_one_word_at_the_level_of_every(corpus, engine) -> None:
    index = level_index(corpus)
    std = Standard.HSK2021
    known = KnownWords.from_level(index, Level(std, 1))
    result = analyze(engine.segment("他每年都去北京，每本书都看。"), index, std, 2, known)
    assert result.unknown_words == ["每年", "每"]  # 每本 is no dictionary word: 每 is new
    assert result.above_target == [("每年", 3), ("每", 3)]
    # a class that knows 每 knows 每年
    assert is_known("每年", KnownWords(known.words | {"每"}), index, std)


def test_a_while_is_the_listed_word_of_a_while(corpus, engine) -> None:
    index = level_index(corpus)
    text = "你坐一会，他一会就来。"
    known21 = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    assert analyze(engine.segment(text), index, Standard.HSK2021, known=known21).coverage == 1.0
    known25 = KnownWords.from_level(index, Level(Standard.HSK2025, 1))
    result = analyze(engine.segment(text), index, Standard.HSK2025, known=known25)
    assert "一会" in result.unknown_words  # 一会儿 is level 2 in the 2025 list
    assert result.numbers == []  # 一 is no number here
