"""Dictionary search: hanzi, pinyin in every spelling, English; sensible ranking."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.levels import Level, Standard, level_name


@pytest.mark.parametrize("query", ["yinhang", "yin2hang2", "yínháng", "yin hang", "银行", "銀行"])
def test_bank_comes_first(dictionary, query: str) -> None:
    results = dictionary.search(query)
    assert results[0].simplified == "银行"


def test_english_search_ranks_common_words_first(dictionary) -> None:
    assert dictionary.search("bank")[0].simplified == "银行"
    assert dictionary.search("good")[0].simplified == "好"


def test_pinyin_prefixes_as_typed(dictionary) -> None:
    for prefix in ["y", "yi", "yin", "yinh", "yinha", "yinhan"]:
        assert dictionary.search(prefix), prefix
    assert dictionary.search("yinha")[0].simplified == "银行"
    assert dictionary.search("yinhan")[0].simplified == "隐含"  # exact yǐnhán beats a prefix


def test_tone_marks_filter_readings(dictionary) -> None:
    results = dictionary.search("háng")
    assert results
    assert all(e.syllables[0].endswith("2") for e in results[:5])


def test_lookup_and_levels(dictionary) -> None:
    entries = dictionary.lookup("行")
    readings = {e.syllables for e in entries}
    assert ("xing2",) in readings and ("hang2",) in readings
    levels = dictionary.word_levels("银行")
    assert set(levels) == {Standard.HSK2, Standard.HSK2021, Standard.HSK2025}


def test_char_info_lists_frequent_words_first(dictionary) -> None:
    info = dictionary.char_info("行")
    assert info.frequency_rank is not None and info.frequency_rank < 200
    assert info.words[0].freq >= info.words[-1].freq
    assert Standard.HSK2021 in info.levels


def test_empty_and_odd_queries(dictionary) -> None:
    assert dictionary.search("") == []
    assert dictionary.search("   ") == []
    dictionary.search("'\"; DROP TABLE entries; --")
    dictionary.search("*")
    assert dictionary.search("银行")


def test_level_names_and_parsing() -> None:
    assert level_name(7) == "7-9"
    assert Standard.parse("2021") is Standard.HSK2021
    assert Standard.parse("HSK 2.0") is Standard.HSK2
    assert Level.parse("hsk2021:3") == Level(Standard.HSK2021, 3)
    assert Level(Standard.HSK2025, 7).tag == "HSK2025::7-9"
    with pytest.raises(ValueError):
        Standard.parse("hsk9")
