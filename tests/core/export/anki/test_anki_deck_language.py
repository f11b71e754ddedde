"""The deck's language on the students' cards, checked with Anki's own library (PyPI
``anki``): the stroke-order hint, the synthetic-voice label and the deck's description
in the document language chosen at export; the note type the same in every language,
so that re-importing a deck exported in another language updates the notes in place
(no copy of the note type, no duplicate, the reviews kept).

``data/anki-v2-hint-en.apkg`` was written by the exporter as of commit 25e1778, whose
templates held the English hint themselves::

    build_apkg([lesson_one()], AnkiOptions(), 1_770_000_000)

3 notes with stroke data (Recognition and Recall cards: 6 cards).
"""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from anki_deck_helpers import answer_all, import_apkg, lesson_one, lesson_two, review_state

from chinese_teach.core import labels
from chinese_teach.core.audio import AudioClip
from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.export.anki.apkg import (
    AnkiOptions,
    ExportClock,
    build_apkg,
    deck_description,
    export_apkg,
    note_fields,
    preview_card,
)
from chinese_teach.core.export.anki.note_type import (
    FIELDS,
    HINT_PLACE,
    MODEL_ID,
    MODEL_NAME,
    TEMPLATES,
    CardType,
)
from chinese_teach.core.export.anki.words import DeckPart

OLD_DECK = Path(__file__).with_name("data") / "anki-v2-hint-en.apkg"
T0 = 1_770_000_000
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HINTS = {
    "en": "Tap a character to replay its stroke order.",
    "es": "Toca un carácter para volver a ver el orden de sus trazos.",
    "fr": "Touchez un caractère pour revoir l’ordre de ses traits.",
}


def export(tmp_path: Path, parts: list[DeckPart], name: str, stamp: int, lang: str | None,
           **opts) -> Path:
    out = tmp_path / name
    export_apkg(parts, out, AnkiOptions(lang=lang, **opts), timestamp=stamp,
                clock=ExportClock(tmp_path / "clock.json"))
    return out


def answer_of(col, word: str, card: str = "Recognition") -> str:
    return col.get_card(col.find_cards(f"Simplified:{word} card:{card}")[0]).answer()


def hint_in(answer: str) -> str | None:
    """The hint a rendered card's script would show (from the note's Strokes field)."""
    found = re.search(r'data-ct-hint="([^"]*)"', answer)
    return html.unescape(found.group(1)) if found else None


def chinese_note_types(col) -> list[str]:
    return sorted(m["name"] for m in col.models.all() if "Chinese Teach" in m["name"])


def shown_hint(tmp_path: Path, col, answer: str) -> str:
    """The hint under the stroke animation once the card's scripts ran (headless Chromium,
    the collection's media as base folder, like Anki's web view)."""
    site = tmp_path / "site"
    shutil.copytree(col.media.dir(), site, dirs_exist_ok=True)
    page = site / "back.html"
    page.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head>'
                    f'<body class="card">{answer}</body></html>', encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
         "--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom",
         page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False).stdout
    found = re.search(r'<div class="ct-strokes-hint">([^<]*)</div>', dom)
    assert found, dom[-2000:]
    return html.unescape(found.group(1))


# ---------------------------------------------------------------- what the student reads


def test_spanish_deck_hint_on_the_rendered_card(tmp_path, collection):
    import_apkg(collection, export(tmp_path, [lesson_one()], "es.apkg", T0, "es"))
    answer = answer_of(collection, "银行")
    assert hint_in(answer) == HINTS["es"]
    assert HINTS["en"] not in answer.replace(  # only the script's fallback is English
        f"'{HINTS['en']}'", "")
    # the note type is the one of every language: no Spanish in its templates
    note_type = collection.models.get(MODEL_ID)
    assert note_type["name"] == MODEL_NAME
    assert [(t["qfmt"], t["afmt"]) for t in note_type["tmpls"]] == [
        (t["qfmt"], t["afmt"]) for t in TEMPLATES]
    assert "Toca" not in str(note_type["tmpls"])
    # the characters the stroke player reads are still only the characters
    note = collection.get_note(collection.find_notes("Simplified:银行")[0])
    assert re.sub(r"<[^>]*>", "", note["Strokes"]) == "银行"


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_the_card_script_shows_the_hint_in_the_deck_language(tmp_path, collection):
    import_apkg(collection, export(tmp_path, [lesson_one()], "es.apkg", T0, "es"))
    assert shown_hint(tmp_path, collection, answer_of(collection, "银行")) == HINTS["es"]


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_a_note_from_before_the_hint_field_shows_the_english_hint(tmp_path, collection):
    """An older note (no hint in its Strokes field) under the new templates: English, as
    it always was."""
    import_apkg(collection, OLD_DECK)
    import_apkg(collection, export(tmp_path, [lesson_two()], "l2.apkg", T0 + 100, "es"))
    old = answer_of(collection, "你好")  # only in the old deck: its note is as it was
    assert hint_in(old) is None and HINT_PLACE in old  # ... shown by the new template
    assert shown_hint(tmp_path, collection, old) == HINTS["en"]
    assert shown_hint(tmp_path, collection, answer_of(collection, "钱")) == HINTS["es"]


def test_synthetic_voice_label_and_description_in_the_deck_language(tmp_path):
    word = lesson_one().words[0]
    clip = AudioClip("x.wav", b"", True, "espeak-ng 1.52.0")
    fields = dict(zip(FIELDS, note_fields(word, audio=clip, stroke_chars="", lang="es"),
                      strict=True))
    assert fields["Audio"] == ('[sound:x.wav]<span class="ct-audio-label">'
                               "voz sintética (espeak-ng 1.52.0)</span>")
    assert fields["Strokes"] == ""  # no stroke data: no block, no hint
    labels.set_document_language("fr")  # None: the document language at export
    fields = dict(zip(FIELDS, note_fields(word, audio=clip, stroke_chars="银行"), strict=True))
    assert "voix de synthèse (espeak-ng 1.52.0)" in fields["Audio"]
    assert fields["Strokes"] == f'银行<span data-ct-hint="{HINTS["fr"]}"></span>'
    text = deck_description(synthetic_voice="espeak-ng", strokes=True, lang="es")
    assert text.startswith("Hecho con Chinese Teach.<br><b>Audio: voz sintética (espeak-ng)")
    assert "Orden de los trazos" in text and "_ct-strokes-ARPHICPL.txt" in text
    assert "Made with" not in text and "Stroke order" not in text
    assert deck_description(synthetic_voice=None, strokes=False, lang="zh_CN") == (
        "由 Chinese Teach 制作。")


def test_preview_writes_the_hint_in_the_deck_language():
    bank = lesson_one().words[0]
    back = preview_card(bank, CardType.RECOGNITION, AnkiOptions(lang="es"),
                        stroke_chars="银行").back
    assert f'<div class="ct-strokes-hint">{html.escape(HINTS["es"])}</div>' in back
    labels.set_document_language("ru")
    back = preview_card(bank, CardType.RECOGNITION, stroke_chars="银行").back
    assert "Нажмите на иероглиф" in back


# ---------------------------------------------------------------- re-import in another language


@pytest.mark.parametrize(("first", "then"), [("es", "en"), ("en", "es"), ("fr", "zh_CN")])
def test_reexport_in_another_language_updates_in_place(tmp_path, collection, first, then):
    import_apkg(collection, export(tmp_path, [lesson_one()], "a.apkg", T0, first))
    assert answer_all(collection) >= 6
    before = review_state(collection)
    revlog = collection.db.scalar("select count() from revlog")

    part = lesson_one()
    part.words[0] = dataclasses.replace(part.words[0], meaning="bank (financial institution)")
    log = import_apkg(collection, export(tmp_path, [part], "b.apkg", T0 + 60, then))
    assert not log.new and not log.conflicting and len(log.updated) == 3
    assert chinese_note_types(collection) == [MODEL_NAME]  # no copy of the note type
    assert len(collection.find_notes("")) == 3
    assert review_state(collection) == before  # every card, as studied
    assert collection.db.scalar("select count() from revlog") == revlog
    bank = collection.get_note(collection.find_notes("Simplified:银行")[0])
    assert bank["Meaning"] == "bank (financial institution)"
    assert hint_in(answer_of(collection, "银行")) == labels.label("deck.strokes_hint", then)


def test_decks_in_two_languages_each_keep_their_own(tmp_path, collection):
    """Two teachers (or two lessons) exporting in different languages: one note type,
    and each note speaks its own deck's language."""
    import_apkg(collection, export(tmp_path, [lesson_one()], "es.apkg", T0, "es"))
    money = DeckPart("l-money", "Course B::Money", [lesson_two().words[0]])
    import_apkg(collection, export(tmp_path, [money], "fr.apkg", T0 + 30, "fr"))
    assert chinese_note_types(collection) == [MODEL_NAME]
    assert hint_in(answer_of(collection, "你好")) == HINTS["es"]
    assert hint_in(answer_of(collection, "钱")) == HINTS["fr"]


def test_upgrade_from_templates_with_the_english_hint(tmp_path, collection):
    """A student with a deck of the previous export (hint in the templates) imports the
    next one, in Spanish, with Anki's default options: the note type's templates are
    replaced in place, the notes updated, the reviews kept."""
    log = import_apkg(collection, OLD_DECK)
    assert len(log.new) == 3
    old = collection.models.get(MODEL_ID)
    assert f">{HINTS['en']}</div>" in old["tmpls"][0]["afmt"]  # the fixture is what it says
    assert "{{text:Strokes}}" in old["tmpls"][0]["afmt"]
    assert answer_all(collection) >= 6
    before = review_state(collection)
    revlog = collection.db.scalar("select count() from revlog")

    log = import_apkg(collection, export(tmp_path, [lesson_one()], "es.apkg", T0 + 60, "es"))
    assert not log.new and not log.conflicting and len(log.updated) == 3
    assert chinese_note_types(collection) == [MODEL_NAME]
    new = collection.models.get(MODEL_ID)
    assert [(t["qfmt"], t["afmt"]) for t in new["tmpls"]] == [
        (t["qfmt"], t["afmt"]) for t in TEMPLATES]
    assert review_state(collection) == before
    assert collection.db.scalar("select count() from revlog") == revlog
    assert hint_in(answer_of(collection, "银行")) == HINTS["es"]


def test_templates_before_the_hint_read_only_the_characters(collection):
    """A new note under the previous templates (a student whose note type was not
    updated): ``{{text:Strokes}}`` drops the hint's element, the player gets 银行."""
    import_apkg(collection, OLD_DECK)
    note = collection.get_note(collection.find_notes("Simplified:银行")[0])
    word = lesson_one().words[0]
    note["Strokes"] = dict(zip(FIELDS, note_fields(word, audio=None, stroke_chars="银行",
                                                   lang="es"), strict=True))["Strokes"]
    collection.update_note(note)
    answer = answer_of(collection, "银行")
    assert '<div class="ct-strokes-src" style="display:none">银行</div>' in answer
    assert "Toca" not in answer


# ---------------------------------------------------------------- messages for the teacher


def test_deck_errors_and_notices_in_the_interface_language(tmp_path):
    from chinese_teach.core.export.anki.words import attach_recordings, read_word_file

    labels.set_message_language("es")
    with pytest.raises(BadInputError) as info:
        build_apkg([DeckPart("k", "x", [])], AnkiOptions(), T0)
    assert str(info.value) == "El mazo no tiene palabras."
    assert info.value.text("en") == "The deck has no words."
    with pytest.raises(ExportError) as info:
        export(tmp_path, [lesson_one()], "deck.zip", T0, None)
    assert str(info.value) == "deck.zip: un archivo de mazo de Anki debe terminar en .apkg."
    with pytest.raises(BadInputError) as info:
        attach_recordings([lesson_one()], tmp_path / "grabaciones")
    assert str(info.value) == f"La carpeta de grabaciones {tmp_path / 'grabaciones'} no existe."
    empty = tmp_path / "lista.txt"
    empty.write_text("hola\n", encoding="utf-8")
    with pytest.raises(BadInputError) as info:
        read_word_file(empty)
    assert str(info.value) == "lista.txt no contiene palabras chinas (una palabra por línea)."

    steps: list[str] = []
    _data, rep = build_apkg([lesson_one()], AnkiOptions(audio=True), T0,
                            progress=lambda p: steps.append(p.label))
    assert rep.messages == ["No hay ninguna voz de mandarín disponible: el mazo no tendrá "
                            "audio sintético."]
    assert set(steps) == {"Creando las tarjetas", "Empaquetando el mazo"}
    labels.set_message_language("fr")
    assert str(info.value) == "lista.txt ne contient aucun mot chinois (un mot par ligne)."


def test_a_bad_teacher_recording_is_named_in_the_interface_language(tmp_path):
    bad = tmp_path / "nihao.txt"
    bad.write_text("not audio", encoding="utf-8")
    part = lesson_one()
    part.words[1].audio_file = bad
    labels.set_message_language("zh_CN")
    _data, rep = build_apkg([part], AnkiOptions(strokes=False), T0)
    assert rep.messages and rep.messages[0].startswith("你好：nihao.txt 不是 Anki 能播放的音频文件")
