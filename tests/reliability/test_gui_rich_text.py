"""Every teacher- or file-supplied string shown in a Qt label or tooltip stays text.

Qt shows a label or tooltip as HTML when its text merely looks like HTML. A course
imported with the name ``A <img src="x.png"><font color=red>Library damaged…</font>``
made the lesson editor load the image and show the fake warning (``<img
src="/dev/zero">`` aborted the app). This test names a course, unit, lesson and
reader with markup, visits every page and walks every label, tooltip, tree/list item
tooltip and button of the window: wherever Qt would read a text as rich text, the
hostile markup must arrive escaped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QWidget,
)

from chinese_teach.core.library import Lesson, ReaderDoc, Unit
from chinese_teach.core.library.startup import open_library
from tests.reliability.test_library_session import home, make_window  # noqa: F401

MARK = '<img src="x.png"><font color=red>FAKE</font>'


def _hostile_library() -> None:
    with open_library() as lib:
        course = lib.courses()[0]
        course.name = f"A {MARK} course"
        lib.save_course(course)
        unit = lib.save_unit(Unit(course_id=course.id, title=f"U {MARK}"))
        lesson = lib.save_lesson(Lesson(course_id=course.id, unit_id=unit.id,
                                        title=f"L {MARK}"))
        lib.save_reader(ReaderDoc(title=f"R {MARK}", subtitle=f"S {MARK}",
                                  text="我们一起去银行吧。", lesson_id=lesson.id))


def _rich(text: str, fmt: Qt.TextFormat) -> bool:
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def _offences(win: QWidget) -> list[str]:
    found = []
    for widget in win.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        tip = widget.toolTip()
        if "<img" in tip and GuiQt.mightBeRichText(tip):
            found.append(f"tooltip of {name}: {tip[:80]}")
        if isinstance(widget, QLabel) and "<img" in widget.text() and _rich(
                widget.text(), widget.textFormat()):
            found.append(f"label {name}: {widget.text()[:80]}")
        if isinstance(widget, QAbstractButton) and "<img" in widget.toolTip():
            pass  # counted above
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [None]
            while stack:
                parent = stack.pop()
                from PySide6.QtCore import QModelIndex

                parent = parent or QModelIndex()
                try:
                    columns = model.columnCount(parent)
                except TypeError:  # list models keep columnCount private
                    columns = 1
                for row in range(min(model.rowCount(parent), 500)):
                    for col in range(columns):
                        index = model.index(row, col, parent)
                        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                        if isinstance(tip, str) and "<img" in tip and GuiQt.mightBeRichText(tip):
                            found.append(f"item tooltip in {name}: {tip[:80]}")
                    first = model.index(row, 0, parent)
                    if model.rowCount(first):
                        stack.append(first)
    return found


def test_hostile_names_stay_text_in_every_label_and_tooltip(home, qtbot, messages):  # noqa: F811
    _hostile_library()
    win = make_window(qtbot)
    offences: list[str] = []
    for key in win.page_keys():
        page = win.show_page(key)
        qtbot.wait(50)
        # select every top-level and child item of the page's trees and lists, so that
        # detail panes and headings show the hostile names
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            todo = [model.index(row, 0) for row in range(min(model.rowCount(), 20))]
            while todo:  # courses, their units, their lessons...
                index = todo.pop(0)
                view.setCurrentIndex(index)
                qtbot.wait(10)
                offences += _offences(win)
                todo += [model.index(r, 0, index) for r in range(min(model.rowCount(index), 20))]
        offences += _offences(win)
    assert not sorted(set(offences)), "\n".join(sorted(set(offences)))
    win.close()
