"""Plain-text wrapping shared by reader notes/glossary and the sheets' paragraphs and tables."""

from __future__ import annotations

from chinese_teach.render.wrapping import wrap_text


class FixedMetrics:
    """Every character is 10 points wide (no font needed)."""

    def width(self, text: str) -> float:
        return 10.0 * len(text)


M = FixedMetrics()


def test_breaks_at_spaces_and_between_hanzi() -> None:
    assert wrap_text("one two three", M, 80) == ["one two", "three"]
    assert wrap_text("我们一起去银行", M, 30) == ["我们一", "起去银", "行"]
    assert wrap_text("to 银行 now", M, 50) == ["to 银行", "now"]


def test_paragraphs_and_long_words() -> None:
    assert wrap_text("ab\n\ncd", M, 100) == ["ab", "", "cd"]
    assert wrap_text("x abcdefgh", M, 30) == ["x", "abc", "def", "gh"]
    assert wrap_text("", M, 30) == [""]


def test_reader_mode_keeps_newlines_and_long_words() -> None:
    kw = {"paragraphs": False, "break_words": False}
    assert wrap_text("x abcdefgh", M, 30, **kw) == ["x", "abcdefgh"]
    assert wrap_text("ab\ncd ef", M, 50, **kw) == ["ab\ncd", "ef"]
    assert wrap_text("ab  ", M, 20, **kw) == ["ab"]
    assert wrap_text("   ", M, 20, **kw) == [""]
