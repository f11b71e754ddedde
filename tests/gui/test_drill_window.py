"""The word drill and Show in class from the lesson editor, driven by keys, clicks and
the large buttons as a teacher drives them, at classroom screen sizes; the marked words
leave as a dictation, a deck or the clipboard."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from chinese_teach.core.documents.drill import DrillWord, Stage
from chinese_teach.gui.classroom.drill import DrillWindow
from chinese_teach.render.drill import char_boxes, drill_layout
from tests.gui.driving import choose_files, click


@pytest.fixture
def editor(page):
    """The lesson editor showing lesson 1 of the sample course, on Print and export."""
    page.load_sample()
    ed = page.editor
    assert ed.lesson is not None and len(ed.lesson.vocab) >= 3
    ed.tabs.setCurrentIndex(ed.tabs.count() - 1)
    return ed


def _drill(editor, qtbot) -> DrillWindow:
    """The drill window the lesson editor's *Drill the words* button opened."""
    win = editor.drill_window
    qtbot.addWidget(win)
    qtbot.waitUntil(win.isVisible)
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: win.width() == 1366)
    return win


def _image(win):
    return win.canvas.grab().toImage()


def test_drill_keys_buttons_strokes_marks_and_the_review_list(editor, qtbot,
                                                              tmp_path: Path,
                                                              monkeypatch) -> None:
    QTest.keyClick(editor.paper_combo, Qt.Key.Key_Down)  # the lesson prints on Letter
    assert editor.paper_combo.currentData() == "Letter"
    click(editor.drill_button)
    win = _drill(editor, qtbot)
    words = [v.word for v in editor.lesson.vocab]
    drill = win.drill
    assert [w.word for w in drill.words] == words and drill.stage is Stage.HANZI
    assert drill.words[0].pinyin and drill.words[0].meaning
    hanzi_only = _image(win)
    QTest.keyClick(win, Qt.Key.Key_Space)
    assert drill.stage is Stage.PINYIN and _image(win) != hanzi_only
    click(win.next_button)  # the large button does what the space bar does
    assert drill.stage is Stage.MEANING
    QTest.mouseClick(win.canvas, Qt.MouseButton.LeftButton)  # a tap on the word too
    assert drill.position == 1 and drill.stage is Stage.HANZI
    click(win.back_button)
    assert drill.position == 0 and drill.stage is Stage.MEANING
    QTest.keyClick(win, Qt.Key.Key_Left)
    assert drill.stage is Stage.PINYIN
    # the stroke-order animation: S starts it, it writes stroke after stroke, S stops it
    before = _image(win)
    QTest.keyClick(win, Qt.Key.Key_S)
    assert win.strokes is not None and win.animating
    qtbot.waitUntil(lambda: win.drawn > 1.2, timeout=5000)
    assert _image(win) != before
    QTest.keyClick(win, Qt.Key.Key_S)
    assert win.strokes is None and not win.animating
    click(win.strokes_button)
    assert win.animating
    # mark the first word with M, the third with the button; M again takes a mark off
    QTest.keyClick(win, Qt.Key.Key_M)
    assert win.mark_button.isChecked() and win.animating  # marking keeps the animation
    QTest.keyClick(win, Qt.Key.Key_N)
    assert drill.position == 1 and win.strokes is None  # a new word: characters again
    QTest.keyClick(win, Qt.Key.Key_M)
    QTest.keyClick(win, Qt.Key.Key_M)
    assert not win.mark_button.isChecked()
    QTest.keyClick(win, Qt.Key.Key_PageDown)
    QTest.keyClick(win, Qt.Key.Key_Down)
    QTest.keyClick(win, Qt.Key.Key_Return)
    assert drill.position == 2
    click(win.mark_button)
    assert drill.is_marked and win.mark_button.isChecked()
    QTest.keyClick(win, Qt.Key.Key_T)
    assert not win.style_.tone_colors
    QTest.keyClick(win, Qt.Key.Key_D)
    assert win.style_.dark and _image(win).pixelColor(3, 3).lightness() < 100
    for _ in range(3 * len(words)):  # to the end
        QTest.keyClick(win, Qt.Key.Key_Right)
    review = win.review
    assert review.isVisible() and not win.canvas.isVisible()
    assert [review.list.item(i).text().split()[0] for i in range(review.list.count())] == [
        words[0], words[2]]
    assert "2 of" in review.heading.text()
    click(review.copy_button)
    assert QGuiApplication.clipboard().text().splitlines()[0].startswith(words[0] + "\t")
    # a dictation of the marked words, through the button and the save dialog; its
    # options start from the lesson's worksheet settings (pinyin hint, Letter paper)
    assert review.hint_combo.currentData() == "pinyin"
    assert review.paper_combo.currentData() == "Letter"
    pdf = tmp_path / "review.pdf"
    choose_files(monkeypatch, pdf)
    click(review.dictation_button)
    qtbot.waitUntil(lambda: "Wrote" in review.status.text(), timeout=60000)
    reader = PdfReader(pdf)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Dictation" in text and words[0] in text and words[2] in text
    assert words[1] not in text.replace(words[0], "").replace(words[2], "")
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, 8.5 in
    hinted = reader.pages[0].extract_text()
    assert drill.words[0].pinyin.split()[0] in hinted  # the student sheet's pinyin hint
    # the meaning as the hint instead, on A4
    QTest.keyClick(review.hint_combo, Qt.Key.Key_Down)
    QTest.keyClick(review.paper_combo, Qt.Key.Key_Up)
    assert review.hint_combo.currentData() == "meaning"
    choose_files(monkeypatch, pdf)
    click(review.dictation_button)
    qtbot.waitUntil(lambda: "Wrote" in review.status.text(), timeout=60000)
    reader = PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4, 210 mm
    sheet = reader.pages[0].extract_text()
    assert drill.words[0].pinyin.split()[0] not in sheet
    assert drill.words[0].meaning.split(";")[0].split()[0] in sheet
    # or as a Word document, chosen by its name in the same dialog
    docx = tmp_path / "review.docx"
    choose_files(monkeypatch, docx)
    click(review.dictation_button)
    qtbot.waitUntil(lambda: str(docx) in review.status.text(), timeout=60000)
    assert "Dictation" in zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    # and an Anki deck of them
    apkg = tmp_path / "review.apkg"
    choose_files(monkeypatch, apkg)
    click(review.deck_button)
    qtbot.waitUntil(lambda: str(apkg) in review.status.text(), timeout=60000)
    assert "collection.anki2" in zipfile.ZipFile(apkg).namelist()
    # drill the marked words again, then leave with the button
    click(review.again_button)
    assert [w.word for w in win.drill.words] == [words[0], words[2]]
    assert win.canvas.isVisible() and not win.drill.marked
    QTest.keyClick(win, Qt.Key.Key_Left)  # Back from the end shows the last word
    click(win.leave_button)
    assert not win.isVisible()


def test_review_with_no_word_marked_and_the_shuffle(editor, qtbot) -> None:
    click(editor.drill_button)
    win = _drill(editor, qtbot)
    n = len(win.drill.words)
    click(win.shuffle_button)
    assert win.drill.shuffled and win.shuffle_button.isChecked()
    assert sorted(win.drill.order) == list(range(n))
    QTest.keyClick(win, Qt.Key.Key_R)  # back in the lesson's order
    assert win.drill.order == list(range(n)) and not win.shuffle_button.isChecked()
    for _ in range(n):
        QTest.keyClick(win, Qt.Key.Key_N)
    review = win.review
    assert review.isVisible() and review.list.count() == 0
    assert not review.deck_button.isEnabled() and not review.copy_button.isEnabled()
    QTest.keyClick(win, Qt.Key.Key_Left)
    assert win.canvas.isVisible() and win.drill.position == n - 1
    QTest.keyClick(win, Qt.Key.Key_N)
    click(review.again_button)  # "Drill all again"
    assert len(win.drill.words) == n and win.drill.position == 0
    QTest.keyClick(win, Qt.Key.Key_N)
    for _ in range(n):
        QTest.keyClick(win, Qt.Key.Key_N)
    click(review.close_button)
    assert not win.isVisible()


def test_show_the_lesson_text_in_class_with_its_new_words(editor, qtbot) -> None:
    click(editor.class_text_button)
    proj = editor.projection
    qtbot.addWidget(proj)
    qtbot.waitUntil(proj.isVisible)
    assert proj.text.sentences and proj.has_new_words
    new = {w.text for s in proj.text.sentences for w in s if w.new}
    assert new and new <= set(editor.lesson.words)
    QTest.keyClick(proj, Qt.Key.Key_Escape)
    assert not proj.isVisible()


def test_esc_leaves_the_drill(editor, qtbot) -> None:
    click(editor.drill_button)
    win = _drill(editor, qtbot)
    QTest.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible()


WORDS = [DrillWord("学生", ("xue2", "sheng5"), "xuésheng", "student"),
         DrillWord("图书馆", ("tu2", "shu1", "guan3"), "túshūguǎn", "library"),
         DrillWord("一路平安", ("yi1", "lu4", "ping2", "an1"), "yīlù píng'ān",
                   "have a good trip; bon voyage (said to someone leaving)")]


@pytest.mark.parametrize(("w", "h"), [(1366, 768), (1920, 1080), (3840, 2160)])
def test_drill_fits_and_scales_on_classroom_screens(qtbot, w, h) -> None:
    ctx = SimpleNamespace(prefs=None, corpus=None, library=None)
    win = DrillWindow(ctx, "T", WORDS)
    qtbot.addWidget(win)
    win.resize(w, h)
    win.show()
    qtbot.waitUntil(lambda: win.width() == w and win.height() == h)
    cw, ch = win.canvas.width(), win.canvas.height()
    assert ch > h * 0.8  # the word has the screen, the buttons a strip
    for b in win.findChildren(QPushButton):
        if b.isVisible():  # large touch targets inside the screen
            assert b.height() >= h / 16 - 1
            assert b.geometry().right() <= w and b.mapTo(win, b.rect().bottomLeft()).y() <= h
    for word in WORDS:
        lay = drill_layout(cw, ch, len(word.word))
        assert lay.char_px >= min(ch * 0.2, cw * 0.9 / len(word.word) - 1)
        for r in (lay.counter, lay.hanzi, lay.pinyin, lay.meaning, *char_boxes(word.word, lay)):
            assert r.left() >= 0 and r.right() <= cw and r.top() >= 0 and r.bottom() <= ch
    for _ in range(len(WORDS)):
        QTest.keyClick(win, Qt.Key.Key_S)
        QTest.keyClick(win, Qt.Key.Key_Space)
        QTest.keyClick(win, Qt.Key.Key_Space)
        assert win.canvas.grab().size().width() == cw
        QTest.keyClick(win, Qt.Key.Key_Space)
    assert win.review.isVisible()


def test_drill_the_reader_s_glossary_words(window, qtbot, messages) -> None:
    from tests.gui.driving import go_to_page, paste_into

    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, "图书馆里的学生正在复习功课，准备期末考试。")
    qtbot.waitUntil(lambda: page.is_ready() and bool(page.doc.paragraphs), timeout=30000)
    glossary = [g.word for g in page.doc.glossary]
    assert glossary  # words above the class's level go in the glossary
    click(page.drill_button)
    win = page.drill_window
    qtbot.addWidget(win)
    qtbot.waitUntil(win.isVisible)
    assert [w.word for w in win.drill.words] == list(dict.fromkeys(glossary))
    assert all(w.pinyin and w.meaning for w in win.drill.words)
    QTest.keyClick(win, Qt.Key.Key_Escape)
    # a text with no word above the class's level has no glossary: nothing to drill
    page.editor.selectAll()
    paste_into(page.editor, "我是学生。")
    qtbot.waitUntil(lambda: page.is_ready() and not page.doc.glossary
                    and bool(page.doc.paragraphs), timeout=30000)
    click(page.drill_button)
    assert messages and "no glossary words" in messages[-1][1]
    assert not win.isVisible()
