"""The Decks page: choose, preview, export in the background, remember the choices."""

from __future__ import annotations

from pathlib import Path

import anki.collection as anki_collection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from chinese_teach.core.export.anki.note_type import CardType


def _page(window, qtbot):
    page = window.show_page("decks")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    return page


def _words(page, text="银行\n你好\n谢谢", name="Week 1"):
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    page.words_edit.setPlainText(text)
    page.deck_name.setText(name)


def test_preview_shows_front_and_back(window, qtbot):
    page = _page(window, qtbot)
    _words(page)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.is_ready, timeout=10000)
    assert page.word_combo.count() == 3
    front = page.front_view.toPlainText()
    back = page.back_view.toPlainText()
    assert "银行" in front and "bank" not in front
    assert "bank" in back and "yínháng" in back
    assert "stroke-order animation plays here in Anki" in back
    assert "function" not in back  # no script text leaks into the preview
    # recall card: the meaning in front
    page.card_combo.setCurrentIndex(page.card_combo.findData(CardType.RECALL.value))
    assert "bank" in page.front_view.toPlainText()
    assert "银行" not in page.front_view.toPlainText()
    # no audio: the listening card says why there is none
    page.card_combo.setCurrentIndex(page.card_combo.findData(CardType.LISTENING.value))
    assert "no listening card" in page.front_view.toPlainText()


def test_export_in_background_then_import_into_anki(window, qtbot, tmp_path, monkeypatch):
    page = _page(window, qtbot)
    _words(page, "银行 钱\n<script>alert(1)</script>你好")
    page.card_boxes[CardType.RECALL].setChecked(False)
    out = tmp_path / "week1.apkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "week1"), "Anki deck (*.apkg)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and page.last_report is not None, timeout=60000)
    assert "Wrote" in page.status.text() and "3 notes" in page.status.text()
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        log = col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out), options=ImportAnkiPackageOptions())).log
        assert len(log.new) == 3
        names = {col.get_card(c).template()["name"] for c in col.find_cards("")}
        assert names == {"Recognition"}
        assert col.decks.id_for_name("Week 1")
    finally:
        col.close()


def test_choices_are_remembered(window, qtbot):
    page = _page(window, qtbot)
    _words(page, "银行", "Remember me")
    page.card_boxes[CardType.SENTENCE].setChecked(True)
    page.strokes_box.setChecked(False)
    page.format_combo.setCurrentIndex(page.format_combo.findData("pleco"))
    page.save_choices()

    from chinese_teach.gui.pages.decks import DecksPage

    again = DecksPage(window.ctx)
    qtbot.addWidget(again)
    assert again.words_edit.toPlainText() == "银行"
    assert again.deck_name.text() == "Remember me"
    assert again.card_boxes[CardType.SENTENCE].isChecked()
    assert not again.strokes_box.isChecked()
    assert again.format_combo.currentData() == "pleco"
    assert not again.card_boxes[CardType.RECOGNITION].isEnabled()  # not for Pleco lists


def test_pleco_list_export(window, qtbot, tmp_path):
    page = _page(window, qtbot)
    _words(page, "银行\n你好", "Pleco test")
    from chinese_teach.core.export.anki.sources import DeckSource

    out = tmp_path / "p.txt"
    page.export_to(DeckSource("words", "银行\n你好", "Pleco test"), out, "pleco")
    qtbot.waitUntil(out.exists, timeout=60000)
    lines = Path(out).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "// Pleco test" and lines[1].startswith("银行[銀行]\tyin2hang2")


def test_course_from_the_library_and_audio_voice_note(window, qtbot, gui_home):
    from chinese_teach.core.library import Course, Lesson, Library, VocabItem

    with Library.open(gui_home / "library.sqlite") as lib:
        course = lib.save_course(Course(name="Evening class", standard="hsk2021"))
        lib.save_lesson(Lesson(course_id=course.id, title="Greetings",
                               vocab=[VocabItem("你好"), VocabItem("再见")]))
    page = _page(window, qtbot)
    page.source_kind.setCurrentIndex(page.source_kind.findData("course"))
    assert page.item_combo.findData(course.id) >= 0
    page.item_combo.setCurrentIndex(page.item_combo.findData(course.id))
    page.load_preview()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    assert page.word_combo.count() == 2
    assert "Evening class::01 Greetings" in page.word_combo.itemText(0)

    page.audio_box.setChecked(True)
    qtbot.waitUntil(lambda: "espeak-ng" in page.audio_note.text(), timeout=20000)
    page.card_combo.setCurrentIndex(page.card_combo.findData(CardType.LISTENING.value))
    assert "🔊" in page.front_view.toPlainText()
    assert "synthetic voice" in page.back_view.toPlainText()


def test_words_without_a_card_of_the_chosen_types_are_named(window, qtbot, tmp_path):
    page = _page(window, qtbot)
    _words(page, "银行\n你好", "Sentences only")
    for kind, box in page.card_boxes.items():
        box.setChecked(kind == CardType.SENTENCE)
    from chinese_teach.core.export.anki.sources import DeckSource

    out = tmp_path / "s.apkg"
    page.last_report = None
    page.export_to(DeckSource("words", "银行\n你好", "Sentences only"), out, "anki")
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=60000)
    assert sorted(page.last_report.words_without_cards) == ["你好", "银行"]
    assert "Left out, no card of the chosen types fits them" in page.status.text()
    assert "银行" in page.status.text() and "你好" in page.status.text()


def test_cards_speak_the_document_language(window, qtbot, tmp_path):
    """Preferences > Document language: the stroke-order hint on the cards (and in the
    preview) and the name of an unnamed word list's deck are Spanish."""
    window.ctx.set_preferences(window.ctx.prefs.with_changes(document_language="es"))
    page = _page(window, qtbot)
    _words(page, "银行\n你好", name="")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.is_ready, timeout=10000)
    assert page.word_combo.itemText(0) == "银行  (Palabras)"
    back = page.back_view.toPlainText()
    assert "Toca un carácter para volver a ver el orden de sus trazos." in back
    assert "Tap a character" not in back
    window.ctx.set_preferences(window.ctx.prefs.with_changes(document_language="fr"))
    assert "Touchez un caractère" in page.back_view.toPlainText()  # the preview follows

    out = tmp_path / "deck.apkg"
    window.ctx.set_preferences(window.ctx.prefs.with_changes(document_language="es"))
    page.export_to(page.source(), out, "anki")
    qtbot.waitUntil(lambda: out.exists() and page.last_report is not None, timeout=60000)
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out), options=ImportAnkiPackageOptions()))
        assert col.decks.id_for_name("Palabras")
        card = col.get_card(col.find_cards("Simplified:银行 card:Recognition")[0])
        assert 'data-ct-hint="Toca un carácter' in card.answer()
    finally:
        col.close()
