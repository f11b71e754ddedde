"""Level profiles, estimated level, known words and coverage."""

from __future__ import annotations

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.text.analyze import (
    KnownWords,
    LevelIndex,
    analyze,
    level_index,
    parse_known,
    parts_level,
)


def test_profile_of_a_beginner_text(corpus, engine) -> None:
    index = level_index(corpus)
    tokens = engine.segment("我是学生。你是老师。我们都喜欢学习汉语。")
    result = analyze(tokens, index, Standard.HSK2021, target=1)
    assert result.estimated_level == 1
    assert result.words_per_level[1] == result.word_count
    assert result.above_target == []


def test_words_above_target_and_unknown_words(corpus, engine) -> None:
    index = level_index(corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 2))
    tokens = engine.segment("经济的趋势很重要。")
    result = analyze(tokens, index, Standard.HSK2021, target=2, known=known)
    assert ("趋势", 4) in result.above_target
    assert "趋势" in result.unknown_words
    assert 0 < result.coverage < 1


def test_known_words_from_a_file_and_spec(tmp_path, corpus) -> None:
    index = level_index(corpus)
    path = tmp_path / "words.csv"
    path.write_text("# my class\n银行,bank\n朋友\n\nhello\n", encoding="utf-8")
    known = parse_known(str(path), index)
    assert known.words == {"银行", "朋友"}
    level = parse_known("hsk2:1", index)
    assert "朋友" in level.words and "银行" not in level.words


def test_traditional_words_count_as_their_simplified_form(corpus, engine) -> None:
    index = level_index(corpus)
    known = KnownWords.from_words(["银行"])
    assert known.knows("銀行", index)
    assert index.word_level("銀行", Standard.HSK2021) == index.word_level("银行", Standard.HSK2021)


def test_everyday_compounds_in_no_list_do_not_push_the_estimate_beyond(corpus, engine) -> None:
    index = level_index(corpus)
    text = "我要去银行取钱。银行离我家不远，走路十分钟就到了。今天天气很好，我们一起去公园散步吧。"
    result = analyze(engine.segment(text), index, Standard.HSK2021)
    # 我家 and 十分钟 are cut into their listed words, so nothing is "beyond the lists"
    assert result.words_per_level.get(None, 0) == 0
    assert result.estimated_level is not None and result.estimated_level <= 2


def test_a_word_in_no_list_counts_at_the_level_of_its_parts(corpus, engine) -> None:
    index = level_index(corpus)
    toks = engine.segment("走路")  # a dictionary word in no HSK 2021 list
    result = analyze(toks, index, Standard.HSK2021)
    assert index.word_level("走", Standard.HSK2021) == 1
    assert parts_level("走路", index, Standard.HSK2021) == max(
        index.word_level("走", Standard.HSK2021), index.word_level("路", Standard.HSK2021))
    assert result.estimated_level == parts_level("走路", index, Standard.HSK2021)


def test_hsk1_sentences_are_level_1_and_fully_known_to_an_hsk1_class(corpus, engine) -> None:
    """两个, 八点, 这个, 星期六: combinations of HSK 1 words are known."""
    index = level_index(corpus)
    text = "我是学生。我有两个朋友。我八点去学校。这个星期六我们去看电影。"
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    result = analyze(engine.segment(text), index, Standard.HSK2021, known=known)
    assert result.estimated_level == 1
    assert result.coverage == 1.0
    assert result.unknown_words == []
    # 每天 (cut 每 | 天): one word a class meets as one, new at 每's level (3 in the 2021
    # standard, which lists no 每天), the only one not known (known17: it was 每 alone)
    result = analyze(engine.segment("我每天八点去学校。"), index, Standard.HSK2021, known=known,
                     target=2)
    assert result.unknown_words == ["每天"]
    assert result.above_target == [("每天", 3)]


def test_names_and_numbers_are_shown_apart(corpus, engine) -> None:
    index = level_index(corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    text = "大卫和王老师有二十本书。"
    result = analyze(engine.segment(text), index, Standard.HSK2021, known=known)
    assert result.names == ["大卫", "王老师"]
    assert result.numbers == ["二十"]  # 二十 is in no list; 二 alone is a word
    assert "大卫" not in result.unknown_words and result.coverage == 1.0


def test_a_listed_word_counts_by_its_own_level_not_its_parts(corpus, engine) -> None:
    """难忘 is an HSK 2021 level-6 word: new to a level-3 class even though 难 and 忘 are
    easy, in analyze, in coverage and in the reader's "pinyin over new words"."""
    from chinese_teach.core.documents.reader import PinyinMode, ReaderOptions, build_reader

    index = level_index(corpus)
    assert index.word_level("难忘", Standard.HSK2021) == 6
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 3))
    text = "这是一个难忘的日子。"
    result = analyze(engine.segment(text), index, Standard.HSK2021, target=3, known=known)
    assert ("难忘", 6) in result.above_target
    assert result.unknown_words == ["难忘"]
    doc = build_reader(text, ReaderOptions(pinyin=PinyinMode.ABOVE, standard=Standard.HSK2021,
                                           target_level=3), engine)
    shown = {t.text for para in doc.paragraphs for t in para if t.ruby and any(t.ruby)}
    assert shown == {"难忘"}


def test_every_traditional_form_reads_as_its_first_entrys_simplified(corpus) -> None:
    """The level index's compact table gives what the dict of every entry gave."""
    index = LevelIndex(corpus)
    first: dict[str, str] = {}
    for simp, trad in corpus.query(
        "SELECT simplified, traditional FROM entries WHERE simplified != traditional ORDER BY id"
    ):
        first.setdefault(trad, simp)
    assert len(first) > 70_000
    assert all(index.simplified(trad) == simp for trad, simp in first.items())
    for word in ("中国", "银行", "x", "", "𠮷𠮷", "銀行銀行"):
        assert index.simplified(word) == first.get(word, word)
    assert index.word_level("銀行", Standard.HSK2021) == index.word_level("银行", Standard.HSK2021)
    assert index.char_level("長", Standard.HSK2021) == index.char_level("长", Standard.HSK2021)
    assert index.char_level("長", Standard.HSK2021) is not None


def test_a_verb_and_object_of_levels_7_to_9_is_its_two_words_everywhere(
    corpus, engine
) -> None:
    """做生意 (HSK 2021 7-9) is 做 + 生意 (HSK 1 and 3) in the analysis, the coverage and
    the reader's glossary: known to a level-3 class, no pinyin over it as a new word."""
    from chinese_teach.core.documents.reader import PinyinMode, ReaderOptions, build_reader

    index = level_index(corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 3))
    text = "我爸爸在北京做生意。"
    result = analyze(engine.segment(text), index, Standard.HSK2021, target=3, known=known)
    assert result.unknown_words == [] and result.coverage == 1.0
    assert result.estimated_level <= 3
    doc = build_reader(text, ReaderOptions(pinyin=PinyinMode.ABOVE, standard=Standard.HSK2021,
                                           target_level=3), engine)
    assert not {t.text for para in doc.paragraphs for t in para if t.ruby and any(t.ruby)}
    assert "做生意" not in {g.word for g in doc.glossary}


def test_a_word_the_list_spells_with_erhua_has_its_level_and_is_known(corpus, engine) -> None:
    """The HSK 3.0 list writes 玩儿, 面条儿, 聊天儿 where a text writes 玩, 面条, 聊天 (and the
    HSK 2.0 and 2025 lists write 玩): one word for its level and for a class that knows it.
    A lesson's 我们在上海玩了三天 proposed 玩 "not in HSK2021" to a class knowing level 1."""
    index = level_index(corpus)
    hsk3 = Standard.HSK2021
    assert index.word_level("玩儿", hsk3) == 1
    assert index.word_level("玩", hsk3) == 1
    assert index.word_level("面条", hsk3) == index.word_level("面条儿", hsk3) == 1
    assert index.word_level("玩儿", Standard.HSK2025) == index.word_level("玩", Standard.HSK2025)
    assert index.word_level("玩兒", hsk3) == 1  # traditional, through its simplified form
    # a 儿 read as a syllable ér of its own is no erhua: 女儿 is not 女, 婴儿 not 婴
    assert index.erhua_twin("女儿") is None and index.erhua_twin("女") is None
    assert index.word_level("婴", hsk3) is None
    known = KnownWords.from_level(index, Level(hsk3, 1))
    assert known.knows("玩", index) and not known.knows("婴", index)
    result = analyze(engine.segment("我们在上海玩了三天。"), index, hsk3, target=1, known=known)
    assert "玩" not in result.unknown_words and "玩" not in result.not_in_list
    assert result.coverage == 1.0


def test_level_zero_is_a_class_that_knows_no_word_yet(corpus) -> None:
    """``--known hsk2021:0`` (a first lesson's class) knows nothing and says so: no "level 1-0"."""
    index = level_index(corpus)
    known = parse_known("hsk2021:0", index)
    assert len(known) == 0
    assert known.description == "no known words"
    assert "1-0" not in known.description
