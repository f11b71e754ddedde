"""The fallback readings in resources/pinyin/ are pypinyin's, and the engine runs without it."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap

import pytest

from chinese_teach import paths
from chinese_teach.core.text import fallback
from chinese_teach.core.text.fallback import SortedTable
from chinese_teach.core.text.syllables import normalize

pypinyin = pytest.importorskip("pypinyin")
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT  # noqa: E402


def _theirs(text: str, **kwargs) -> list[str]:
    out = pypinyin.pinyin(text, style=pypinyin.Style.TONE3, neutral_tone_with_five=True, **kwargs)
    return [normalize(p[0]) for p in out]


def test_files_are_sorted_and_well_formed() -> None:
    for name in (fallback.CHARS_FILE, fallback.PHRASES_FILE):
        data = paths.resource("pinyin", name).read_bytes()
        assert data.endswith(b"\n") and b"\r" not in data
        keys = [line.split(b"\t")[0] for line in data.splitlines()]
        assert keys == sorted(set(keys)), name
        table = SortedTable(data)
        for key, value in table.items():  # every key is found by the bisection
            assert table.get(key) == value


def test_missing_keys() -> None:
    table = SortedTable("一\tyi1\n丁\tding1\n七\tqi1\n".encode())
    assert table.get("丁") == "ding1"
    assert table.get("一") == "yi1" and table.get("七") == "qi1"
    assert table.get("丂") is None and table.get("") is None and table.get("龥") is None
    assert table.get("一丁") is None and SortedTable(b"").get("一") is None


def test_chars_match_pypinyin_on_a_sample() -> None:
    rng = random.Random(1)
    codes = sorted(PINYIN_DICT)
    sample = rng.sample(codes, 3000) + codes[:50] + codes[-50:]
    for code in sample:
        ch = chr(code)
        theirs = pypinyin.pinyin(ch, style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
        assert fallback.char_reading(ch) == normalize(theirs[0][0]), ch
    assert len(list(SortedTable.read(paths.resource("pinyin", "chars.tsv")).items())) == len(
        PINYIN_DICT
    )


def test_phrases_match_pypinyin_on_a_sample() -> None:
    rng = random.Random(2)
    words = sorted(PHRASES_DICT)
    for word in rng.sample(words, 3000) + words[:50] + words[-50:]:
        assert fallback.phrase_reading(word) == tuple(_theirs(word)), word
        longer = word + "的"
        assert fallback.phrase_reading(longer) == (
            tuple(_theirs(longer)) if longer in PHRASES_DICT else None)
    assert fallback.phrase_reading("一不小心") == ("yi2", "bu4", "xiao3", "xin1")
    assert len(list(SortedTable.read(paths.resource("pinyin", "phrases.tsv")).items())) == len(
        PHRASES_DICT
    )


def test_a_character_pypinyin_does_not_know_has_no_fallback_reading() -> None:
    # pypinyin wrote such a character as itself plus "5" (㐂 -> "㐂5"), which the
    # engine used to show as its pinyin; now it has none, like U+2A6E0.
    assert ord("㐂") not in PINYIN_DICT
    assert fallback.char_reading("㐂") == ""


def test_engine_and_pinyin_styles_run_without_pypinyin(corpus) -> None:
    code = textwrap.dedent("""
        import sys
        from chinese_teach.core.corpus.store import open_corpus
        from chinese_teach.core.text.engine import get_engine
        from chinese_teach.core.text.syllables import join_word, normalize, plain, to_zhuyin
        tokens = get_engine(open_corpus()).annotate("我要去银行取钱。一丁点儿㐂，习惯于。")
        for tok in tokens:
            if tok.pinyin:
                join_word(tok.pinyin, "marks"), [to_zhuyin(s) for s in tok.pinyin]
        normalize("lǜ"), plain("yínháng")
        print(sorted(m for m in sys.modules if m.split(".")[0] == "pypinyin"))
    """)
    env = os.environ | {"PYTHONPATH": str(paths.resources_dir().parent)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "[]"
