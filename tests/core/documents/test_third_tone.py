"""Third-tone changes shown, never written: the reader option carries the engine's flags
onto the display record's pinyin parts (你好 ní hǎo, 很好, 我也想买), nothing otherwise."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.display import display_tokens
from chinese_teach.core.documents.reader import (
    THIRD_TONE_LEGEND,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.text.tokens import Kind


def marked(doc) -> list[tuple[str, str]]:
    """(character, pinyin part) of every marked syllable, in reading order."""
    out = []
    for para in doc.paragraphs:
        for tok in para:
            for i, flag in enumerate(tok.third_tone):
                if flag:
                    out.append((tok.text[i] if tok.per_char else tok.text, tok.ruby[i]))
    return out


def reader(text: str, engine, dictionary, **kw):
    return build_reader(text, ReaderOptions(show_third_tone_sandhi=True, **kw), engine,
                        dictionary)


@pytest.mark.parametrize(("text", "expected"), [
    ("你好", [("你", "nǐ")]),
    ("很好", [("很", "hěn")]),
    ("我也想买", [("我", "wǒ"), ("也", "yě"), ("想", "xiǎng")]),
])
def test_flags_reach_the_display_record(engine, dictionary, text, expected):
    doc = reader(text, engine, dictionary)
    assert marked(doc) == expected
    # The pinyin itself keeps the written third tone.
    assert "".join(t.ruby_text for t in doc.paragraphs[0]) == "".join(
        {"你": "nǐhǎo", "很": "hěnhǎo", "我": "wǒyěxiǎngmǎi"}[text[0]])
    assert doc.third_tone_legend == THIRD_TONE_LEGEND


def test_a_lone_third_tone_is_not_marked(engine, dictionary):
    doc = reader("好", engine, dictionary)
    assert marked(doc) == []
    assert all(t.third_tone == () for t in doc.paragraphs[0])
    assert doc.third_tone_legend == ""


def test_off_by_default_and_nothing_marked(engine, dictionary):
    assert ReaderOptions().show_third_tone_sandhi is False
    doc = build_reader("你好，我很好。", ReaderOptions(), engine, dictionary)
    assert marked(doc) == [] and doc.third_tone_legend == ""


def test_per_word_pinyin_marks_the_syllable_part(engine, dictionary):
    doc = reader("你好", engine, dictionary, per_char=False)
    tok = next(t for t in doc.paragraphs[0] if t.kind is Kind.HANZI)
    assert tok.ruby == ("nǐ", "hǎo") and tok.third_tone == (True, False)


def test_hidden_pinyin_is_not_marked(engine, dictionary):
    doc = reader("你好", engine, dictionary, pinyin=PinyinMode.NONE)
    assert all(not t.ruby and not t.third_tone for t in doc.paragraphs[0])
    assert doc.third_tone_legend == ""


def test_option_round_trips_and_old_readers_open(engine):
    opts = ReaderOptions(show_third_tone_sandhi=True)
    data = opts.to_dict()
    assert data["show_third_tone_sandhi"] is True
    assert ReaderOptions.from_dict(data).show_third_tone_sandhi is True
    old = {k: v for k, v in data.items() if k != "show_third_tone_sandhi"}
    assert ReaderOptions.from_dict(old).show_third_tone_sandhi is False


def test_display_tokens_for_quick_annotate(engine):
    toks = engine.annotate("我很好")
    assert all(not t.third_tone for t in display_tokens(toks))
    shown = display_tokens(toks, mark_third_tone=True)
    flags = [f for t in shown for f in t.third_tone or (False,) * len(t.ruby)]
    assert flags == [True, True, False]
