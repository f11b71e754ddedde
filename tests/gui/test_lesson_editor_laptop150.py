"""The lesson editor on a 1366 × 768 laptop at 150 %: 911 × 512 logical pixels. Every tab
without sideways scrolling, every action button whole inside the window, the buttons that
moved (wrapped onto rows of their own) still doing what they did when clicked, and the
vocabulary's Level column naming its standard once, in the header."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTreeWidget, QTreeWidgetItem

from chinese_teach.gui.widgets.level_column import bare_level, shared_standard, show_levels
from tests.gui.driving import click, click_tab
from tests.gui.test_fit import fit_problems

LAPTOP_150 = (911, 512)  # 1366 × 768 at 150 %
TABS = ("Plan", "Texts", "Vocabulary", "Print and export")


@pytest.fixture
def laptop(window, qtbot):
    """The main window at 911 × 512 on the Library page, lesson 1 of the sample open."""
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_150[0], timeout=2000)
    page = window.show_page("library")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    assert page.editor is not None and page.editor.lesson is not None
    return window, page


def _scroll_into_view(widget) -> None:
    """The editor's column scrolls up and down (as a document): bring ``widget`` into it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def _scrolled_into_view(window, button: QAbstractButton) -> bool:
    """Scroll ``button`` into view once more; whether it is now whole in the window."""
    _scroll_into_view(button)
    assert not _outside(window, button), f"{button.text()!r} is cut by the window"
    return True


def _outside(window, button: QAbstractButton) -> bool:
    frame = window.centralWidget().rect()
    where = QRect(button.mapTo(window.centralWidget(), QPoint(0, 0)), button.size())
    return not frame.contains(where)


@pytest.mark.parametrize("tab", TABS)
def test_every_tab_fits_a_laptop_at_150_percent(laptop, qtbot, tab):
    window, page = laptop
    editor = page.editor
    click_tab(editor.tabs, tab)
    qtbot.waitUntil(lambda: not window.tasks.active, timeout=30000)
    qtbot.wait(50)
    assert fit_problems(window, page) == []
    bar = page.findChild(QScrollArea, "lesson_editor_scroll").horizontalScrollBar()
    assert not (bar.isVisible() and bar.maximum() > 0)
    shown = [b for b in editor.tabs.currentWidget().findChildren(QAbstractButton)
             if b.isVisibleTo(window) and b.text()]
    assert shown
    for button in shown:
        # scrolled to again until the layout has settled (the proposals fill in late and
        # push the buttons under them down: one scroll could land short on a busy machine)
        qtbot.waitUntil(lambda b=button: _scrolled_into_view(window, b), timeout=3000)


def test_moved_buttons_still_work_at_150_percent(laptop, qtbot):
    """*Drill the words* and *Show the text in class* now wrap onto a row of their own:
    a click on each still opens its window, closed again by its key or button."""
    window, page = laptop
    editor = page.editor
    click_tab(editor.tabs, "Print and export")
    for button in (editor.drill_button, editor.class_text_button):
        _scroll_into_view(button)
        qtbot.wait(10)
        assert not _outside(window, button)
    click(editor.drill_button)
    drill = editor.drill_window
    qtbot.addWidget(drill)
    qtbot.waitUntil(drill.isVisible)
    assert [w.word for w in drill.drill.words] == [v.word for v in editor.lesson.vocab]
    from PySide6.QtCore import Qt

    QTest.keyClick(drill, Qt.Key.Key_Escape)
    assert not drill.isVisible()
    click(editor.class_text_button)
    proj = editor.projection
    qtbot.addWidget(proj)
    qtbot.waitUntil(proj.isVisible)
    assert proj.text.sentences
    QTest.keyClick(proj, Qt.Key.Key_Escape)
    assert not proj.isVisible()


def test_worksheet_options_wrap_and_keep_working(laptop, qtbot):
    """The worksheet's kind, boxes and paper wrap under one another; picking a dictation
    still enables its hint and Word file (the options are the same widgets)."""
    _window, page = laptop
    editor = page.editor
    click_tab(editor.tabs, "Print and export")
    kind = editor.kind_combo
    assert kind.width() >= kind.sizeHint().width() - 2  # the kind's name shows whole
    kind.setCurrentIndex(kind.findData("dictation"))
    assert editor.hint_combo.isEnabled() and editor.worksheet_docx_button.isEnabled()
    assert not editor.grid_combo.isEnabled()


def test_vocabulary_side_by_side_when_wide_one_above_the_other_when_narrow(laptop, qtbot):
    from PySide6.QtCore import Qt

    window, page = laptop
    split = page.editor.vocab_panel.split
    click_tab(page.editor.tabs, "Vocabulary")
    qtbot.wait(20)
    assert split.orientation() == Qt.Orientation.Vertical
    window.resize(1920, 1010)
    qtbot.waitUntil(lambda: split.orientation() == Qt.Orientation.Horizontal, timeout=2000)


def test_the_level_column_names_its_standard_once(laptop, qtbot):
    _window, page = laptop
    tree = page.editor.vocab_panel.vocab_tree
    click_tab(page.editor.tabs, "Vocabulary")
    qtbot.waitUntil(lambda: tree.headerItem().text(1) == "HSK2021 level", timeout=30000)
    levels = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert "1" in levels and not any(t.startswith("HSK2021 ") for t in levels)
    tips = [tree.topLevelItem(i).toolTip(1) for i in range(tree.topLevelItemCount())]
    assert "HSK2021 1" in tips


def test_level_labels_of_one_or_several_standards(qtbot):
    assert shared_standard(["HSK2021 2", "HSK2021 1", "not in HSK2021"]) == "HSK2021"
    assert shared_standard(["HSK2021 2", "HSK2.0 3"]) is None
    assert shared_standard(["not in HSK2021", ""]) is None
    assert bare_level("HSK2021 7-9", "HSK2021") == "7-9"
    assert bare_level("not in HSK2021", "HSK2021") == "not in HSK2021"  # names the list (qa21)
    assert bare_level("HSK2021 未收录", "HSK2021") == "HSK2021 未收录"
    assert bare_level("not in HSK2.0", "HSK2021") == "not in HSK2.0"
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Word", "Level"])
    labels = {"我": "HSK2021 1", "你好": "not in HSK2021", "猫": "HSK2.0 2"}
    for word in labels:
        tree.addTopLevelItem(QTreeWidgetItem([word, ""]))

    def show() -> None:
        show_levels(tree, 1, lambda w: labels[w], "Level", lambda s: f"{s} level")

    show()  # two standards: each cell says its own
    assert tree.headerItem().text(1) == "Level"
    assert [tree.topLevelItem(i).text(1) for i in range(3)] == list(labels.values())
    labels["猫"] = "HSK2021 2"
    show()
    assert tree.headerItem().text(1) == "HSK2021 level"
    assert [tree.topLevelItem(i).text(1) for i in range(3)] == ["1", "not in HSK2021", "2"]
    assert tree.topLevelItem(1).toolTip(1) == "not in HSK2021"


def test_the_reader_studio_beside_it_fits_too(window, qtbot):
    """The Reader studio (the lesson's texts open there): its classroom buttons wrap
    under the export buttons instead of pushing the page 90 px sideways."""
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_150[0], timeout=2000)
    page = window.show_page("readers")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    qtbot.wait(50)
    assert fit_problems(window, page) == []
    for button in (page.class_button, page.drill_button, *page.export_bar.buttons.values()):
        assert button.isVisibleTo(window) and not _outside(window, button), button.text()
    assert page.drill_button.y() > page.export_bar.y()  # on the second row


@pytest.mark.parametrize("size", [LAPTOP_150, (1280, 720)], ids=["911x512", "1280x720"])
def test_the_activity_column_keeps_its_room(window, qtbot, size):
    """The Plan tab's activity table goes under its name, across the tab, when the place
    beside the labels is too narrow (there its Activity column was cut to "ctivit", 33 px
    at 911 × 512), and stays beside its name on a wider editor (the grammar's buttons stay
    on a 1366 × 768 screen's Plan tab): the column shows its name and a dozen letters, a
    description it elides is whole in the cell's tooltip, and Add activity and Remove
    under the table still add and remove a row."""
    from PySide6.QtWidgets import QHeaderView

    from chinese_teach.gui.widgets.lesson_activities import DESCRIPTION

    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    page = window.show_page("library")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    editor = page.editor
    click_tab(editor.tabs, "Plan")
    qtbot.wait(50)
    assert fit_problems(window, page) == []
    table = editor.activities.table
    form = editor.activities.parentWidget().layout()
    label = form.labelForField(editor.activities)
    assert label.text() == "Activities"
    if size == LAPTOP_150:
        assert label.geometry().bottom() < editor.activities.y()  # above the table
        assert editor.activities.x() == label.x()
    else:
        assert abs(label.y() - editor.activities.y()) <= 4  # beside it
    header = table.horizontalHeader()
    needed = header.fontMetrics().horizontalAdvance("Activity")
    assert header.sectionSize(DESCRIPTION) >= max(needed, 12 * header.fontMetrics()
                                                  .averageCharWidth())
    assert header.sectionResizeMode(DESCRIPTION) == QHeaderView.ResizeMode.Stretch
    for row in range(table.rowCount()):
        item = table.item(row, DESCRIPTION)
        assert item.toolTip() == item.text() != ""
    rows = table.rowCount()
    _scroll_into_view(editor.activities.add_button)
    click(editor.activities.add_button)
    assert table.rowCount() == rows + 1
    assert [a.stage.value for a in editor.activities.activities()][-1] == "practice"
    table.selectRow(rows)
    _scroll_into_view(editor.activities.remove_button)
    click(editor.activities.remove_button)
    assert table.rowCount() == rows
    table.item(0, DESCRIPTION).setText("Greet the class; each learner says their name")
    assert table.item(0, DESCRIPTION).toolTip() == \
        "Greet the class; each learner says their name"


@pytest.mark.parametrize("size", [LAPTOP_150, (1280, 720), (1366, 768), (1920, 1080)],
                         ids=["911x512", "1280x720", "1366x768", "1920x1080"])
def test_the_vocabulary_shows_every_pinyin_whole(window, qtbot, size):
    """On a 1920 × 1080 screen at 150 % (1280 × 720) the proposals beside the vocabulary
    left its Pinyin column 60 px: 什么 "shé…", 中国 "zhō…", 高兴 "gāo…". The proposals now
    go under the vocabulary unless both fit with the pinyin whole, and the Vocabulary tab
    still fits the window."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    page = window.show_page("library")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    click_tab(page.editor.tabs, "Vocabulary")
    qtbot.waitUntil(lambda: not window.tasks.active, timeout=30000)
    qtbot.wait(50)
    assert fit_problems(window, page) == []
    tree = page.editor.vocab_panel.vocab_tree
    assert tree.topLevelItemCount() > 10
    assert all(tree.topLevelItem(row).text(2) for row in range(tree.topLevelItemCount()))
    assert tree.columnWidth(2) >= tree.sizeHintForColumn(2)  # no pinyin cut with "…"
