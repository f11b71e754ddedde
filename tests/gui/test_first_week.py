"""A teacher's first week, clicked through (issue 16): the real main window at the two
commonest screen sizes, driven only by mouse, keyboard and clipboard; dialogs answered
through their buttons, file dialogs answered with a path (how a person's choice arrives).

First start → a course made with the button → units added and renamed → a lesson in a
unit → a text pasted → the proposed words accepted → the plan (PDF, Word), a worksheet,
the deck and the reader (PDF, HTML, Word) exported → quit from the File menu → start
again: everything is there. On the way, every page is shown and checked for sideways
scrolling and for buttons out of reach.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from tests.gui.driving import (
    answer_dialog,
    button_named,
    choose_files,
    click,
    click_item,
    click_menu_action,
    click_tab,
    go_to_page,
    layout_problems,
    paste_into,
    type_into_editor,
)

TEXT = ("小明和玛丽星期六去公园。公园里有很多人，有的人在跑步，有的人在唱歌。"
        "他们坐在湖边喝茶，聊了很长时间。")
SIZES = [(1366, 768), (1920, 1080)]


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def size(request) -> tuple[int, int]:
    return request.param


def _start(qtbot, size: tuple[int, int]):
    """Start the application's window as the desktop does, at ``size``."""
    from chinese_teach.gui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.start_background_loading()
    qtbot.waitUntil(lambda: win.corpus_state == "ready" and not win._unloaded, timeout=30000)
    assert (win.width(), win.height()) == size, "the window does not fit the screen"
    return win




def _check_every_page(win, problems: dict[str, list[str]]) -> None:
    """Show every page through the sidebar and note what a person could not reach."""
    for key in win.page_keys():
        go_to_page(win, key)
        QTest.qWait(50)
        for found in layout_problems(win):
            if found not in problems.setdefault(key, []):
                problems[key].append(found)


def _wait_for_file(qtbot, path: Path) -> None:
    qtbot.waitUntil(lambda: path.is_file() and path.stat().st_size > 0, timeout=60000)


def _export(qtbot, monkeypatch, button, path: Path) -> None:
    asked = choose_files(monkeypatch, path)
    qtbot.waitUntil(button.isEnabled, timeout=30000)  # e.g. while the preview is built
    click(button)
    assert asked, "no file dialog was shown"
    _wait_for_file(qtbot, path)


def test_first_week(gui_home, engine, qtbot, monkeypatch, tmp_path, size, messages):
    out = tmp_path / "exports"
    out.mkdir()
    unfit: dict[str, list[str]] = {}
    win = _start(qtbot, size)
    _check_every_page(win, unfit)
    library = go_to_page(win, "library")

    # A course, made with the button and its dialog.
    def name_course(dialog) -> None:
        name = dialog.findChildren(QLineEdit)[0]
        name.selectAll()
        QTest.keyClicks(name, "Evening class")

    answered = answer_dialog(name_course)
    click(library.buttons["new_course"])
    qtbot.waitUntil(lambda: bool(answered))
    (course,) = [c for c in library.library.courses() if c.name == "Evening class"]
    assert library.selected_id() == course.id

    # Two units, renamed in place (double-click, then F2).
    click(library.buttons["new_unit"])
    click_item(library.tree, library.find_item(course.id))
    click(library.buttons["new_unit"])
    first, second = library.library.units(course.id)
    click_item(library.tree, library.find_item(first.id), double=True)
    type_into_editor(qtbot, library.tree, "Greetings")
    qtbot.waitUntil(lambda: library.library.unit(first.id).title == "Greetings")
    click_item(library.tree, library.find_item(second.id))
    QTest.keyClick(library.tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, library.tree, "Weekend")
    qtbot.waitUntil(lambda: library.library.unit(second.id).title == "Weekend")
    assert [u.title for u in library.library.units(course.id)] == ["Greetings", "Weekend"]

    # A lesson in the second unit, given a title.
    click_item(library.tree, library.find_item(second.id))
    click(library.buttons["new_lesson"])
    editor = library.editor
    qtbot.waitUntil(lambda: editor.lesson is not None and editor.lesson.course_id == course.id)
    lesson_id = editor.lesson.id
    assert editor.lesson.unit_id == second.id
    click_tab(editor.tabs, "Plan")
    QTest.mouseClick(editor.title_edit, Qt.MouseButton.LeftButton)
    editor.title_edit.selectAll()
    QTest.keyClicks(editor.title_edit, "In the park")

    # The text, pasted before anything else; then the proposed words accepted.
    click_tab(editor.tabs, "Texts")
    paste_into(editor.text_edit, TEXT)
    click_tab(editor.tabs, "Vocabulary")
    panel = editor.vocab_panel
    qtbot.waitUntil(lambda: panel.proposal_tree.topLevelItemCount() > 0, timeout=30000)
    proposed = panel.proposal_tree.topLevelItemCount()
    click(panel.accept_all_button)
    qtbot.waitUntil(lambda: len(library.library.lesson(lesson_id).words) >= proposed,
                    timeout=10000)
    lesson = library.library.lesson(lesson_id)
    assert lesson.title == "In the park" and "公园" in lesson.words

    # Everything printed and exported from the lesson.
    click_tab(editor.tabs, "Print and export")
    _export(qtbot, monkeypatch, editor.plan_pdf_button, out / "plan.pdf")
    _export(qtbot, monkeypatch, editor.plan_docx_button, out / "plan.docx")
    _export(qtbot, monkeypatch, editor.worksheet_button, out / "worksheet.pdf")
    _export(qtbot, monkeypatch, editor.deck_button, out / "deck.apkg")
    for pdf in ("plan.pdf", "worksheet.pdf"):
        assert (out / pdf).read_bytes()[:5] == b"%PDF-"
    assert zipfile.is_zipfile(out / "plan.docx") and zipfile.is_zipfile(out / "deck.apkg")

    # The reader, from the lesson's text, in the Reader studio.
    click_tab(editor.tabs, "Texts")
    click(editor.studio_button)
    assert win.current_key() == "readers"
    studio = win.pages["readers"]
    for kind, label in (("pdf", "reader_export_pdf"), ("html", "reader_export_html"),
                        ("docx", "reader_export_docx")):
        _export(qtbot, monkeypatch, button_named(studio, label), out / f"reader.{kind}")
    assert "公园" in (out / "reader.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(out / "reader.docx") as docx:
        assert "公" in docx.read("word/document.xml").decode("utf-8")

    _check_every_page(win, unfit)
    assert not [m for m in messages if m[0] in ("critical", "warning")], messages

    # Quit from the File menu, start again: everything is there.
    click_menu_action(win, "file", win.actions_by_key["quit"])
    qtbot.waitUntil(lambda: not win.isVisible())
    again = _start(qtbot, size)
    library = go_to_page(again, "library")
    lib = library.library
    (course,) = [c for c in lib.courses() if c.name == "Evening class"]
    assert [u.title for u in lib.units(course.id)] == ["Greetings", "Weekend"]
    item = library.find_item(lesson_id)
    assert item.parent().text(0) == "Weekend" and item.text(0).endswith("In the park")
    click_item(library.tree, item)
    editor = library.editor
    assert editor.lesson.id == lesson_id and "公园" in editor.lesson.words
    click_tab(editor.tabs, "Texts")
    assert editor.text_list.count() == 1 and editor.text_edit.toPlainText() == TEXT
    _check_every_page(again, unfit)
    again.close()

    unfit = {key: found for key, found in unfit.items() if found}
    assert not unfit, unfit
