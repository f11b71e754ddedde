"""E-mail addresses and phone numbers are kept whole for line breaking."""

from __future__ import annotations

from chinese_teach.core.text.linebreak import is_unbreakable, keep_unbroken, unbreakable_spans


def test_spans_find_addresses_and_phone_numbers_only():
    text = ("邮箱 wang.xiaoming@example.com，电话 +86 138 1234 5678 或者010-6275-1234，"
            "(021) 5555 1234。2026年9月15日，3 4个人，第12 34页。")
    found = [text[a:b] for a, b in unbreakable_spans(text)]
    assert found == ["wang.xiaoming@example.com", "+86 138 1234 5678", "010-6275-1234",
                     "(021) 5555 1234"]
    assert is_unbreakable("li@school.edu.cn") and not is_unbreakable("li@")
    assert not is_unbreakable("2026")


def test_keep_unbroken_joins_tokens_and_keeps_the_text(engine):
    text = "我的邮箱是 wang.xiaoming@example.com，电话是 +86 138 1234 5678。"
    tokens = keep_unbroken(engine.annotate(text))
    assert "".join(t.text for t in tokens) == text
    words = [t.text for t in tokens]
    assert "wang.xiaoming@example.com" in words and "+86 138 1234 5678" in words
    joined = next(t for t in tokens if t.text.startswith("+86"))
    assert (joined.start, joined.end) == (text.index("+86"), text.index("。"))
    assert [t.text for t in tokens if t.is_word] == [
        t.text for t in engine.annotate(text) if t.is_word]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789٣²@.-+() a学x", max_size=30))
def test_the_digit_count_shortcut_finds_what_the_pattern_finds(text) -> None:
    """A text with no @ and fewer than seven digits is not searched at all: the spans
    are those of the pattern itself (Arabic-Indic ٣ is a digit to both; ² is one to
    ``str.isdigit`` only, and never inside a span)."""
    from chinese_teach.core.text.linebreak import UNBREAKABLE

    expected = [m.span() for m in UNBREAKABLE.finditer(text)
                if "@" in m.group() or sum(ch.isdigit() for ch in m.group()) >= 7]
    assert unbreakable_spans(text) == expected


def test_tokens_keep_their_text_when_the_caller_gives_it(engine) -> None:
    text = "电话：+86 138 1234 5678，邮箱 wang.xm@example.com。"
    tokens = engine.annotate(text)
    assert keep_unbroken(tokens, text) == keep_unbroken(tokens)
    assert any(t.text == "wang.xm@example.com" for t in keep_unbroken(tokens, text))
