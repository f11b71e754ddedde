"""Recent files, drag and drop of texts and course files, Ctrl+1…9 page shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from chinese_teach.gui import desktop
from tests.gui.driving import click


def _drop(win, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPoint(400, 300)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, drop)
    return drop.isAccepted()


def test_recent_files_are_remembered_newest_first(gui_home, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("你好", encoding="utf-8")
    b.write_text("谢谢", encoding="utf-8")
    desktop.remember(a)
    desktop.remember(b)
    desktop.remember(a)
    assert desktop.recent_files() == [a.resolve(), b.resolve()]
    b.unlink()
    assert desktop.recent_files() == [a.resolve()]
    desktop.clear_recent()
    assert desktop.recent_files() == []


def test_dropping_a_text_opens_it_in_the_reader_studio(window, qtbot, tmp_path):
    text = tmp_path / "lesson.txt"
    text.write_text("小马过河。", encoding="utf-8")
    assert _drop(window, text)
    assert window.current_key() == "readers"
    page = window.pages["readers"]
    qtbot.waitUntil(lambda: "小马过河" in page.editor.toPlainText(), timeout=10000)
    window.desktop.fill_recent_menu()
    names = [a.text() for a in window.desktop.recent_menu.actions()]
    assert any("lesson.txt" in n for n in names)
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    assert not _drop(window, other)


def test_dropping_a_course_file_imports_it(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from chinese_teach.core.library.exchange import export_course
    from chinese_teach.core.library.models import Course

    page = window.show_page("library")
    course = page.new_course(Course(name="Drop test"))
    zip_path = tmp_path / "course.zip"
    export_course(page.library, course.id, zip_path)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert _drop(window, zip_path)  # already there: imported as a copy
    names = [r[0] for r in page.library.db.query("SELECT name FROM courses")]
    assert names.count("Drop test") == 2
    assert window.current_key() == "library"


def test_an_imported_course_is_taken_out_again_by_undo(window, qtbot, tmp_path):
    """A course file dropped on the window is imported; the Library page's Undo button
    takes the course and its texts out again, Redo puts them back."""
    from chinese_teach.core.library import Lesson, Library, ReaderDoc
    from chinese_teach.core.library.exchange import export_course
    from chinese_teach.core.library.models import Course

    other = Library.open(tmp_path / "colleague.sqlite")
    try:
        course = other.save_course(Course(name="From a colleague"))
        lesson = other.save_lesson(Lesson(course_id=course.id, title="At the bank"))
        other.save_reader(ReaderDoc(title="Bank story", text="我要去银行。", lesson_id=lesson.id))
        zip_path = tmp_path / "colleague.zip"
        export_course(other, course.id, zip_path)
    finally:
        other.close()
    page = window.show_page("library")
    assert _drop(window, zip_path)  # the file dropped on the window, as a teacher does
    lib = page.library
    assert [c.name for c in lib.courses()].count("From a colleague") == 1
    assert any(d.title == "Bank story" for d in lib.all_readers())
    undo_button = page.buttons["undo"]
    assert undo_button.isEnabled()
    click(undo_button)
    assert "From a colleague" not in [c.name for c in lib.courses()]
    assert not any(d.title == "Bank story" for d in lib.all_readers())
    click(page.buttons["redo"])
    assert [c.name for c in lib.courses()].count("From a colleague") == 1
    assert any(d.title == "Bank story" for d in lib.all_readers())


def test_files_named_on_the_command_line_are_opened(window, qtbot, tmp_path, capsys):
    from chinese_teach.core.library.exchange import export_course
    from chinese_teach.core.library.models import Course
    from chinese_teach.gui.app import open_files

    page = window.show_page("library")
    course = page.new_course(Course(name="Shared course"))
    shared = tmp_path / "shared.ctcourse"
    export_course(page.library, course.id, shared)
    page.library.delete_course(course.id)
    text = tmp_path / "story.txt"
    text.write_text("我的家。", encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    assert open_files(window, [str(shared), str(text), str(missing)]) == [missing]
    names = [r[0] for r in page.library.db.query("SELECT name FROM courses")]
    assert names.count("Shared course") == 1
    assert window.current_key() == "readers"
    qtbot.waitUntil(lambda: "我的家" in window.pages["readers"].editor.toPlainText(),
                    timeout=10000)
    assert "cannot open" in capsys.readouterr().err
    assert desktop.recent_files()[:2] == [text.resolve(), shared.resolve()]
