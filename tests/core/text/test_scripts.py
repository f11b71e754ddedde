"""Simplified <-> traditional conversion: word-aware and length-preserving."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinese_teach.core.text.scripts import Script, convert, convert_aligned, converter_for


def test_word_aware_conversion():
    assert convert("头发", "traditional") == "頭髮"
    assert convert("发现", "traditional") == "發現"
    assert convert("干净的干部", Script.TRADITIONAL) == "乾淨的幹部"
    assert convert("頭髮", "simplified") == "头发"


def test_aligned_pieces_keep_lengths():
    pieces = ["我", "发现", "他", "的", "头发", "很", "长"]
    out = convert_aligned(pieces, "traditional")
    assert out == ["我", "發現", "他", "的", "頭髮", "很", "長"]


def test_parse_and_converter():
    assert Script.parse("zh-hant") is Script.TRADITIONAL
    assert Script.parse("hk") is Script.TRADITIONAL_HK
    with pytest.raises(ValueError, match="simplified or traditional"):
        Script.parse("cyrillic")
    assert converter_for("simplified") is None
    assert converter_for("traditional")("里面") == "裡面"


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="头发现干净里面后来为了台湾系统abc，。 ", min_size=1, max_size=6),
                min_size=1, max_size=8))
def test_aligned_conversion_never_changes_lengths(pieces):
    for script in Script:
        out = convert_aligned(pieces, script)
        assert [len(p) for p in out] == [len(p) for p in pieces]


def test_written_script_and_as_written():
    from chinese_teach.core.text.scripts import resolve_script, written_script

    assert written_script("我們今天去銀行。") is Script.TRADITIONAL
    assert written_script("我们今天去银行。") is Script.SIMPLIFIED
    assert written_script("我今天去。") is Script.SIMPLIFIED  # shared characters only
    assert written_script("Hello") is Script.SIMPLIFIED
    assert Script.parse("as-written") is Script.parse("original") is Script.AS_WRITTEN
    assert convert("我們去銀行", "as-written") == "我們去銀行"
    assert converter_for("as-written") is None
    assert resolve_script("as-written", "頭髮") is Script.TRADITIONAL
    assert resolve_script("simplified", "頭髮") is Script.SIMPLIFIED


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="头发现干净里面後來為了臺灣系統有麼老么们們乾隆 \n，。、-abc", max_size=40))
def test_fast_paths_convert_as_the_converter_does(text):
    """Text with no character a table entry changes is returned as it is, only the
    stretches between separators that hold one go through the converter, and the
    script of a text is judged line by line: all give the converter's own results."""
    from chinese_teach.core.text.scripts import _CONFIGS, _converter, written_script

    for script in (Script.SIMPLIFIED, Script.TRADITIONAL, Script.TRADITIONAL_HK):
        assert convert(text, script) == _converter(_CONFIGS[script]).convert(text)
    simp = _converter("t2s").convert(text)
    trad = _converter("s2tw").convert(text)
    if len(simp) == len(trad) == len(text):
        traditional_only = sum(a != b for a, b in zip(text, simp, strict=True))
        simplified_only = sum(a != b for a, b in zip(text, trad, strict=True))
        expected = Script.TRADITIONAL if traditional_only > simplified_only else Script.SIMPLIFIED
        assert written_script(text) is expected


def test_simplified_text_skips_the_converter():
    from chinese_teach.core.text.scripts import changing_chars

    changing = changing_chars("t2s")
    assert changing is not None and "們" in changing and "们" not in changing
    assert changing.isdisjoint("我们今天去学校。")


def test_a_line_converted_again_is_kept_and_an_unchanged_one_is_not_copied():
    """A reader converts each paragraph, then judges the whole text's script line by line:
    the second conversion is the kept first; a line the tables leave as it is (有 and 老
    are in them for their phrases) comes back as the very same string."""
    from chinese_teach.core.text.scripts import _convert_line, changing_chars

    line = "我们有一个老师，" + "他来了。" * 3
    assert not changing_chars("t2s").isdisjoint(line)
    assert convert(line, Script.SIMPLIFIED) is line
    trad = "我們吃了飯，他來了。"
    before = _convert_line.cache_info().hits
    first = convert(trad, Script.SIMPLIFIED)
    assert convert(trad, Script.SIMPLIFIED) is first == "我们吃了饭，他来了。"
    assert _convert_line.cache_info().hits > before
