"""The study page's file: one self-contained HTML page, its data in a JSON block that no
word list can break out of, the same words and identities as the Anki deck."""

from __future__ import annotations

import json
import re

import pytest

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.export.anki.words import DeckPart
from chinese_teach.core.export.study_page import (
    StudyOptions,
    export_study_page,
    page_key,
    page_labels,
    script_json,
    tone_choices,
)
from chinese_teach.core.labels import LANGUAGES
from tests.core.export.anki.anki_deck_helpers import lesson_one, lesson_two, make_word

HOSTILE = '</script><script>alert(1)</script><!-- "\'&\u202e\u2028'


def page_data(html: str) -> dict:
    """The JSON block of a written page, read as the browser reads it."""
    match = re.search(r'<script type="application/json" id="ct-data">(.*?)</script>', html,
                      re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def test_page_holds_words_strokes_and_no_external_reference(tmp_path):
    out = tmp_path / "lesson.html"
    rep = export_study_page([lesson_one(), lesson_two()], out, StudyOptions(lang="en"))
    html = out.read_text(encoding="utf-8")
    data = page_data(html)
    assert rep.words == 4 and rep.lessons == 2  # 银行 is in both lessons: studied once
    assert [w["s"] for w in data["words"]] == ["银行", "你好", "谢谢", "钱"]
    bank = data["words"][0]
    assert bank["id"] == "uid-银行" and bank["p"] == ["yín", "háng"] and bank["n"] == [2, 2]
    assert bank["t"] == "銀行" and bank["m"] == "bank" and bank["l"]
    assert bank["x"]["h"] == "我去银行。" and bank["x"]["at"] == [2, 4]
    assert data["words"][2]["n"] == [4, 5]  # 谢谢 xièxie: the neutral tone is tone 5
    assert set(data["strokes"]) == {"银", "行", "你", "好", "谢", "钱"}
    assert rep.stroke_chars == 6 and rep.size_bytes == len(out.read_bytes())
    assert [lesson["name"] for lesson in data["lessons"]] == ["01 At the bank", "02 Money"]
    # nothing is loaded from anywhere: no src/href to a file or a server, a CSP forbids it
    assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:|//|file:)', html)
    assert "default-src 'none'" in html
    assert "var HanziWriter=" in html  # the shipped library, inlined
    assert [name for name, _ in data["licences"]] == [
        "Hanzi Writer 3.7.3 (MIT)", "Stroke data: Make Me a Hanzi / Arphic Public License"]
    assert "Copyright (c) 2014 David Chanin" in data["licences"][0][1]


def test_hostile_words_stay_inside_the_json_block(tmp_path):
    word = make_word("银行" + HOSTILE, ("yin2", "hang2"), HOSTILE, example=None)
    part = DeckPart(key="list:" + HOSTILE, name=HOSTILE, words=[word])
    out = tmp_path / "hostile.html"
    export_study_page([part], out, StudyOptions(lang="en"))
    html = out.read_text(encoding="utf-8")
    # the only markup is the page's own: three script elements, one <title>
    assert html.count("<script") == 3 and html.count("</script>") == 3
    assert "<!--" not in html and "alert(1)" in html
    data = page_data(html)
    assert data["words"][0]["m"] == HOSTILE and data["title"] == HOSTILE
    assert "<title>&lt;/script&gt;" in html


def test_script_json_escapes_what_ends_a_script():
    text = script_json({"a": "</script><!--&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!--&\u2028"}


def test_page_key_follows_the_decks_not_their_words():
    one = lesson_one()
    edited = lesson_one()
    edited.words[0].meaning = "a bank (edited)"
    edited.words.pop()
    assert page_key([one]) == page_key([edited])
    assert page_key([one]) != page_key([lesson_two()])
    assert page_key([one, lesson_two()]) == page_key([lesson_two(), one])


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_label_in_every_language(lang):
    labels = page_labels(lang)
    english = page_labels("en")
    assert set(labels) == set(english) and len(labels) > 40
    for key, text in labels.items():
        assert text.strip(), (lang, key)
        assert set(re.findall(r"\{(\w+)\}", text)) == set(re.findall(r"\{(\w+)\}", english[key]))


def test_labels_follow_the_document_language(tmp_path):
    out = tmp_path / "fr.html"
    export_study_page([lesson_one()], out, StudyOptions(lang="fr"))
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert page_data(html)["labels"]["show_answer"] == "Voir la réponse"


def test_tone_choices_show_each_tone():
    assert tone_choices("ma3") == ["mā", "má", "mǎ", "mà", "ma"]
    assert tone_choices("lv4") == ["lǖ", "lǘ", "lǚ", "lǜ", "lü"]


def test_a_page_without_words_is_refused(tmp_path):
    with pytest.raises(BadInputError):
        export_study_page([DeckPart(key="x", name="x")], tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_without_strokes_no_library_and_no_writing_data(tmp_path):
    out = tmp_path / "plain.html"
    rep = export_study_page([lesson_one()], out, StudyOptions(strokes=False, lang="en"))
    html = out.read_text(encoding="utf-8")
    assert rep.stroke_chars == 0 and "HanziWriter.create" in html  # the app's code only
    assert page_data(html)["strokes"] == {}
    assert "var HanziWriter" not in html and len(html) < 60_000


def test_word_pinyin_is_written_as_one_word():
    from chinese_teach.core.export.study_page import word_pinyin

    assert "".join(word_pinyin(("xi1", "an1"))) == "Xī'ān".lower()
    assert word_pinyin(("ni3", "hao3")) == ["nǐ", "hǎo"]


def test_example_pinyin_keeps_punctuation_against_the_word(tmp_path):
    out = tmp_path / "ex.html"
    export_study_page([lesson_one()], out, StudyOptions(lang="en"))
    # (in its Latin form since qa18: a pinyin line is written with Latin punctuation)
    assert page_data(out.read_text(encoding="utf-8"))["words"][0]["x"]["p"] == \
        "wǒ qù yínháng."


def test_tone_colours_for_day_and_night_and_nothing_else(tmp_path):
    from chinese_teach.core.export.study_page import render_page

    out = tmp_path / "t.html"
    export_study_page([lesson_one()], out, StudyOptions(lang="en"))
    html = out.read_text(encoding="utf-8")
    assert ".tone1{color:#e30000}" in html and "html.night .tone1{color:#f07373}" in html
    data = page_data(html)
    data["tones"] = ["red}</style><script>x()</script>", "#000000", "#000000", "#000000",
                     "#000000"]
    assert "</style><script>" not in render_page(data)


def test_a_lesson_page_is_named_after_its_lesson_a_course_page_after_its_course():
    from chinese_teach.core.export.study_page import page_title

    assert page_title([lesson_one()]) == "Course A · 01 At the bank"
    assert page_title([lesson_one(), lesson_two()]) == "Course A"
