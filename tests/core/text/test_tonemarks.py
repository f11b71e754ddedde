"""Tone marks and zhuyin from the spelling rules, checked on every Mandarin syllable."""

from __future__ import annotations

import pytest

from chinese_teach.core.library.corrections_io import SYLLABLES
from chinese_teach.core.text import tonemarks
from chinese_teach.core.text.syllables import normalize, plain, to_marks, to_zhuyin

#: Syllables whose zhuyin the dictionaries write differently from a letter-by-letter
#: reading of the pinyin (嗯 ńg ㄫ, 呣 ḿ ㄇ, 哼 hng ㄏㄫ).
_VOWELLESS = {"m", "n", "ng", "hm", "hng"}


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [
        ("ma1", "mā"), ("lv4", "lǜ"), ("lve4", "lüè"), ("gui4", "guì"), ("liu2", "liú"),
        ("zhuang1", "zhuāng"), ("xiong2", "xióng"), ("dou1", "dōu"), ("mei3", "měi"),
        ("er2", "ér"), ("le5", "le"), ("nv3", "nǚ"), ("jiong3", "jiǒng"), ("yue4", "yuè"),
        ("shui3", "shuǐ"), ("kuo4", "kuò"), ("ê2", "ế"),
    ],
)
def test_tone_marks_follow_the_placement_rule(numbered: str, marked: str) -> None:
    assert to_marks(numbered) == marked
    assert normalize(marked) == numbered


@pytest.mark.parametrize(
    ("numbered", "zhuyin"),
    [
        ("yin2", "ㄧㄣˊ"), ("hang2", "ㄏㄤˊ"), ("zhi1", "ㄓ"), ("si4", "ㄙˋ"), ("ri4", "ㄖˋ"),
        ("qu4", "ㄑㄩˋ"), ("xue2", "ㄒㄩㄝˊ"), ("jun1", "ㄐㄩㄣ"), ("lun2", "ㄌㄨㄣˊ"),
        ("gui4", "ㄍㄨㄟˋ"), ("liu2", "ㄌㄧㄡˊ"), ("yong3", "ㄩㄥˇ"), ("wei4", "ㄨㄟˋ"),
        ("er2", "ㄦˊ"), ("lv4", "ㄌㄩˋ"), ("le5", "˙ㄌㄜ"), ("bo2", "ㄅㄛˊ"), ("dong1", "ㄉㄨㄥ"),
        ("xiong2", "ㄒㄩㄥˊ"), ("yuan2", "ㄩㄢˊ"), ("ng2", "ㄫˊ"), ("r5", "ㄦ"),
    ],
)
def test_zhuyin(numbered: str, zhuyin: str) -> None:
    assert to_zhuyin(numbered) == zhuyin


def test_every_syllable_in_every_tone_round_trips_and_matches_pypinyin() -> None:
    from pypinyin.contrib import tone_convert
    from pypinyin.style.bopomofo import BopomofoConverter

    bopomofo = BopomofoConverter()
    for base in sorted(SYLLABLES - _VOWELLESS - {"r"}):
        for tone in "12345":
            syllable = base + tone
            marked = to_marks(syllable)
            assert normalize(marked) == syllable, syllable
            theirs = tone_convert.to_tone(syllable.replace("v", "ü")) if tone != "5" else None
            if theirs is not None:
                assert marked == theirs, syllable
            zhuyin = to_zhuyin(syllable)
            assert zhuyin != syllable, syllable
            if base != "wong":  # a CC-CEDICT spelling pypinyin does not know
                expected = bopomofo.to_bopomofo(theirs or base)
                if tone == "5":
                    expected = "˙" + expected.replace("˙", "")
                assert zhuyin == expected, syllable


def test_not_a_syllable_is_left_alone() -> None:
    assert tonemarks.to_zhuyin("xyz1") is None
    assert to_zhuyin("xyz1") == "xyz1"


def test_plain_strips_marks_and_tone_digits_only() -> None:
    assert plain("yínháng") == "yinhang"
    assert plain("yin2 hang2") == "yin hang"
    assert plain("Lǜ lu:4") == "Lv lu:"
    assert plain("HSK 3") == "HSK 3"


def test_writing_pinyin_does_not_import_pypinyin() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from chinese_teach.core.text.syllables import join_word, normalize, to_zhuyin\n"
        "join_word(['yin2', 'hang2'], 'marks'); to_zhuyin('lv4'); normalize('lǜ')\n"
        "print(any(m.startswith('pypinyin') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
