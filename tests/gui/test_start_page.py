"""The start page: first on every start; its buttons (clicked) lead where they say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from chinese_teach.core.library.sample import SAMPLE_NAME

LEFT = Qt.MouseButton.LeftButton


def _click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, LEFT)


def _start(win, qtbot):
    """Back to the start page through its navigation entry, as a teacher clicks it."""
    row = win.nav.row_of("start")
    rect = win.sidebar.visualItemRect(win.sidebar.item(row))
    QTest.mouseClick(win.sidebar.viewport(), LEFT, pos=rect.center())
    assert win.current_key() == "start"
    return win.pages["start"]


def _click_item(library, ident: str) -> None:
    """Click an entry of the Library's course tree."""
    tree = library.tree
    item = library.find_item(ident)
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())


def _sample(win):
    lib = win.ctx.library
    course = next(c for c in lib.courses() if c.name == SAMPLE_NAME)
    return course, lib.lessons(course.id)


@pytest.fixture
def start(window, qtbot):
    assert window.current_key() == "start"  # first page on every start
    page = window.pages["start"]
    qtbot.waitUntil(page.is_ready, timeout=5000)
    return page


def test_first_start_guides_through_the_sample_course(window, start, qtbot):
    _course, lessons = _sample(window)
    assert start.guide.isVisible()
    _click(start.guide_buttons["lesson"])
    library = window.pages["library"]
    assert window.current_key() == "library" and library.selected_id() == lessons[0].id
    assert library.editor.lesson.title == lessons[0].title

    page = _start(window, qtbot)
    _click(page.guide_buttons["reader"])
    readers = window.pages["readers"]
    assert window.current_key() == "readers"
    reader = window.ctx.library.readers(lessons[0].id)[0]
    assert readers.current_id == reader.id and readers.editor.toPlainText() == reader.text

    _click(_start(window, qtbot).guide_buttons["deck"])
    decks = window.pages["decks"]
    assert window.current_key() == "decks"
    assert decks.source_kind.currentData() == "lesson"
    assert decks.item_combo.currentData() == lessons[0].id

    _click(_start(window, qtbot).guide_buttons["word"])
    assert window.current_key() == "dictionary"
    assert window.pages["dictionary"].search.text() == "认识"

    page = _start(window, qtbot)
    _click(page.hide_guide)
    assert not page.guide.isVisible()
    page.refresh()
    assert not page.guide.isVisible()  # hidden for good


def test_continue_where_you_left_off(window, start, qtbot):
    course, lessons = _sample(window)
    # first start: the sample course as it came, nothing opened yet
    assert start.resume_empty.isVisible() and not start.open_last_lesson.isVisible()
    # open the second lesson in the Library by clicking it in the course tree
    _start(window, qtbot)
    window.show_page("library")
    library = window.pages["library"]
    _click_item(library, lessons[1].id)
    assert library.selected_id() == lessons[1].id

    page = _start(window, qtbot)
    assert lessons[1].title in page.last_lesson.text()
    assert not page.resume_empty.isVisible()
    assert course.name in page.last_lesson.text()
    window.show_page("library")
    _click_item(library, course.id)  # somewhere else
    _click(_start(window, qtbot).open_last_lesson)
    assert window.current_key() == "library" and library.selected_id() == lessons[1].id

    page = _start(window, qtbot)
    assert not page.open_last_reader.isVisible()  # no reader opened yet
    _click(page.guide_buttons["reader"])
    readers = window.pages["readers"]
    reader = window.ctx.library.reader(readers.current_id)
    _click(readers.new_button)  # the teacher moves on to a new, empty reader
    assert not readers.current_id
    page = _start(window, qtbot)
    assert reader.title in page.last_reader.text()
    _click(page.open_last_reader)
    assert window.current_key() == "readers" and readers.current_id == reader.id

    page = _start(window, qtbot)
    assert page.summary.next_lesson.title in page.next_lesson.text()
    _click(page.open_next)
    assert library.selected_id() == page.summary.next_lesson.id


def test_quick_actions(window, start, qtbot, tmp_path, monkeypatch):
    course, _lessons = _sample(window)
    QGuiApplication.clipboard().clear()
    _click(start.from_clipboard)
    assert window.current_key() == "start" and "clipboard" in start.message.text()
    QGuiApplication.clipboard().setText("我们今天去银行。")
    _click(start.from_clipboard)
    readers = window.pages["readers"]
    assert window.current_key() == "readers"
    assert readers.editor.toPlainText() == "我们今天去银行。" and not readers.current_id

    text = tmp_path / "story.txt"
    text.write_text("小明去学校。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text), ""))
    _click(_start(window, qtbot).from_file)
    qtbot.waitUntil(lambda: readers.editor.toPlainText().strip() == "小明去学校。",
                    timeout=10000)
    assert readers.title_edit.text() == "story"

    words = tmp_path / "week3.txt"
    words.write_text("银行\n学校\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(words), ""))
    _click(_start(window, qtbot).deck_from_list)
    decks = window.pages["decks"]
    assert window.current_key() == "decks"
    assert decks.source_kind.currentData() == "file" and decks.file_edit.text() == str(words)
    qtbot.waitUntil(decks.is_ready, timeout=20000)

    page = _start(window, qtbot)
    before = len(window.ctx.library.lessons(course.id))
    _click(page.new_lesson)
    assert window.current_key() == "library"
    assert len(window.ctx.library.lessons(course.id)) == before + 1

    page = _start(window, qtbot)
    page.lookup_edit.setFocus()
    QTest.keyClicks(page.lookup_edit, "xuexiao")
    QTest.keyClick(page.lookup_edit, Qt.Key.Key_Return)
    assert window.current_key() == "dictionary"
    assert window.pages["dictionary"].search.text() == "xuexiao"
    page = _start(window, qtbot)
    page.lookup_edit.clear()
    _click(page.lookup_button)
    assert window.current_key() == "start" and page.message.text()


def test_empty_library_says_what_to_do(window, start, qtbot):
    lib = window.ctx.library
    for course in lib.courses():
        lib.delete_course(course.id)
    for reader in lib.all_readers():
        lib.delete_reader(reader.id)
    page = _start(window, qtbot)
    window.show_page("library")
    page = _start(window, qtbot)  # shown again: read afresh
    assert page.resume_empty.isVisible() and "Library" in page.resume_empty.text()
    assert not page.open_last_lesson.isVisible() and not page.guide.isVisible()
    assert page.next_empty.isVisible() and "Create one" in page.next_empty.text()
    _click(page.new_lesson)
    assert window.current_key() == "library" and "course" in page.message.text()
    _click(_start(window, qtbot).open_library)
    assert window.current_key() == "library"
    # the other pages' empty lists say what to do as well
    hint = window.pages["library"].tree.hint
    assert hint.label.isVisible() and "New course" in hint.label.text()
    readers = window.show_page("readers")
    assert readers.list_hint.label.isVisible() and "Save" in readers.list_hint.label.text()
    corrections = window.show_page("corrections")
    if not window.ctx.library.corrections():
        assert corrections.tabs.readings_hint.label.isVisible()
    from chinese_teach.core.library import Course

    lib.save_course(Course(name="Beginners A"))
    library = window.show_page("library")
    library.reload()
    assert not hint.label.isVisible()  # a course in the tree: the hint is gone


def test_the_start_page_is_first_even_after_another_page(gui_home, qtbot, engine):
    from chinese_teach.gui.mainwindow import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.show_page("dictionary")
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.current_key() == "start"
    again.close()


def test_guide_path_is_translated(window, start):
    from chinese_teach.gui import i18n

    try:
        i18n.set_language("fr")
        assert start.title.text() == "Bienvenue dans Chinese Teach"
        assert start.guide_buttons["deck"].text().startswith("3. Faire de ses mots")
    finally:
        i18n.set_language("en")
    assert start.title.text() == "Welcome to Chinese Teach"


def test_paths_of_icons_are_shipped():
    from chinese_teach.gui import icons

    assert {"house", "library-big", "book-open", "layers", "book-a", "scan-text",
            "file-pen-line"} <= set(icons.available())
    assert Path(icons.paths.resource(*icons.ICON_DIR, "LICENSE")).is_file()
