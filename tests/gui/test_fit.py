"""Every page fits every common display: no sideways scrolling, nothing outside the window,
no clipped text in buttons, labels, combo boxes and table cells.

Sizes are the window's client area on a maximised window (screen minus task bar and title
bar), in logical pixels: what Qt lays out. 1920×1080 at 150 % (``QT_SCALE_FACTOR=1.5``)
is 1280×720 logical pixels with every font and spacing scaled alike, so it is checked
at that logical size (``make screenshots`` also runs a real 150 % set). A page may be
taller than the window (the page column scrolls up and down, as a document does); it
may never be wider.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

#: (name, client width, client height)
DISPLAYS = (
    ("1366x768", 1366, 698),
    ("1280x800", 1280, 730),
    ("1920x1080", 1920, 1010),
    ("1920x1080@150%", 1280, 673),
    ("1366x768@150%", 911, 512),  # the school laptop: every page, the lesson editor open
    ("2560x1440", 2560, 1370),
)
SLACK = 2  # rounding of fractional layouts


def _inside_scroll_area(widget: QWidget, stop: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def fit_problems(window, page: QWidget) -> list[str]:
    """What does not fit on ``page`` as the window shows it now."""
    problems: list[str] = []
    bar = window.page_scroll.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        problems.append(f"the page scrolls sideways by {bar.maximum()} px")
    for area in page.findChildren(QScrollArea):
        hbar = area.horizontalScrollBar()
        if _shown(area, window) and hbar.isVisible() and hbar.maximum() > 0:
            problems.append(f"{area.objectName() or 'a scroll area'} scrolls sideways")
    frame = window.centralWidget().rect()
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLabel | QLineEdit | QComboBox):
            continue
        if not _shown(widget, window):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.property('text')!r}"
        where = QRect(widget.mapTo(window.centralWidget(), QPoint(0, 0)), widget.size())
        if where.left() < -SLACK or where.right() > frame.right() + SLACK:
            problems.append(f"{name} is outside the window sideways ({where})")
        elif not _inside_scroll_area(widget, window) and (
                where.top() < -SLACK or where.bottom() > frame.bottom() + SLACK):
            problems.append(f"{name} is below the window ({where})")
        if isinstance(widget, QComboBox):
            clipped = _combo_clips(widget)
            if clipped:
                problems.append(f"{name} clips {clipped}")
            continue
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        if not text:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text):
            continue  # wraps; rich text measures differently
        needed = widget.sizeHint().width() if isinstance(widget, QAbstractButton) else \
            widget.fontMetrics().horizontalAdvance(text.split("\n")[0]) + 2 * widget.margin()
        if widget.width() + SLACK < needed:
            problems.append(f"{name} clips its text: {widget.width()} < {needed} px")
    for view in page.findChildren(QAbstractItemView):
        if _shown(view, window):
            problems.extend(_cells_clipped(view))
            problems.extend(_headers_clipped(view))
    problems.extend(_overlapping(page))
    return problems


def _overlapping(page: QWidget) -> list[str]:
    """Widgets of one row or column layout drawn over one another: a layout given less
    height than its rows need (a word-wrapped label taller than its minimum) squeezes a
    fixed-height widget, which keeps its height and covers the next row."""
    found = []
    for layout in page.findChildren(QBoxLayout):
        widgets = [w for i in range(layout.count())
                   if (w := layout.itemAt(i).widget()) is not None and _shown(w, page.window())]
        for a, b in itertools.pairwise(widgets):
            if a.parentWidget() is b.parentWidget() and a.geometry().intersects(b.geometry()):
                name_a = a.objectName() or type(a).__name__
                name_b = b.objectName() or type(b).__name__
                found.append(f"{name_a} and {name_b} overlap "
                             f"({a.geometry().getRect()}, {b.geometry().getRect()})")
    return found


def _headers_clipped(view: QAbstractItemView) -> list[str]:
    """Columns of a table or tree narrower than their own name in the header (a
    stretching column too: "Activity" cut to "ctivit" tells a teacher nothing)."""
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    head: QHeaderView | None = header() if header is not None else None
    if head is None or not head.isVisible() or head.model() is None:
        return []
    margin = head.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head)
    name = view.objectName() or type(view).__name__
    found = []
    for section in range(head.count()):
        text = head.model().headerData(section, head.orientation())
        if head.isSectionHidden(section) or not isinstance(text, str) or not text:
            continue
        needed = head.fontMetrics().horizontalAdvance(text) + 2 * margin
        if head.sectionSize(section) + SLACK < needed:
            found.append(f"{name}'s column {text!r} is narrower than its name: "
                         f"{head.sectionSize(section)} < {needed} px")
    return found


def _combo_clips(combo: QComboBox) -> str:
    """The current text of ``combo`` when the box is too narrow to show it whole."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    width = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width += combo.iconSize().width() + 4
    needed = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, opt, QSize(width, combo.fontMetrics().height()),
        combo).width()
    return f"{text!r}: {combo.width()} < {needed} px" if combo.width() + SLACK < needed else ""


def _cells_clipped(view: QAbstractItemView) -> list[str]:
    """Cells of a table, tree or list whose text the view cuts short (elides): a short
    text (a stage, a level, a word) must show whole. Columns that stretch to take long
    free text (a description, a meaning) elide by design and show it in a tooltip."""
    model = view.model()
    if model is None:
        return []
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    head: QHeaderView | None = header() if header is not None else None
    found: list[str] = []
    name = view.objectName() or type(view).__name__
    root = view.rootIndex()
    columns = 1 if isinstance(view, QListView) else model.columnCount(root)
    for row in range(min(model.rowCount(root), 40)):
        for column in range(columns):
            if head is not None and (
                    head.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
                    or (head.stretchLastSection() and column == columns - 1)
                    or head.isSectionHidden(column)):
                continue
            index = model.index(row, column, root)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not isinstance(text, str) or not text or not rect.isValid() or (
                    not view.viewport().rect().intersects(rect)):
                continue
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = rect
            needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            if rect.width() + SLACK < needed:
                found.append(f"{name} cuts {text!r} (row {row}, column {column}): "
                             f"{rect.width()} < {needed} px")
    return found


@pytest.mark.parametrize("display", DISPLAYS, ids=[d[0] for d in DISPLAYS])
def test_every_page_fits(window, qtbot, display):
    _name, width, height = display
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
    found: dict[str, list[str]] = {}
    for key in window.page_keys():
        page = window.show_page(key)
        # each page with its sample content, as the screenshots show it: the lesson editor
        # open, a word looked up, a deck's cards, a reader (clipped cells show only then)
        if hasattr(page, "load_sample"):
            page.load_sample()
            qtbot.waitUntil(lambda page=page: not hasattr(page, "is_ready") or page.is_ready(),
                            timeout=30000)
        qtbot.wait(30)
        problems = fit_problems(window, page)
        if problems:
            found[key] = problems
    assert not found, "\n".join(f"{k}: {p}" for k, ps in found.items() for p in ps)


def test_the_check_finds_what_does_not_fit(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    window.resize(1366, 698)
    page = window.show_page("start")
    long_button = QPushButton("A" * 20)
    long_button.setObjectName("too_narrow")
    long_button.setFixedWidth(40)
    page.layout().addWidget(long_button)
    wide = QWidget()
    wide.setMinimumWidth(4000)
    page.layout().addWidget(wide)
    # a stage cut in its box, a word cut in a narrow table column (not a stretching one)
    from PySide6.QtWidgets import QComboBox as Combo
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    stage = Combo()
    stage.addItem("Presentation")
    stage.setFixedWidth(50)
    page.layout().addWidget(stage)
    table = QTableWidget(1, 2)
    table.setObjectName("narrow_table")
    table.setItem(0, 0, QTableWidgetItem("Presentation and practice"))
    table.setItem(0, 1, QTableWidgetItem("Go over the new words together, then in pairs"))
    table.setHorizontalHeaderLabels(["Stage of the lesson", "Activity"])
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(0, 40)
    table.setMinimumHeight(120)
    page.layout().addWidget(table)
    # a fixed-height chart squeezed by a column too short for it covers the label under it
    from PySide6.QtWidgets import QVBoxLayout

    squeezed = QWidget()
    squeezed.setFixedHeight(40)
    column = QVBoxLayout(squeezed)
    chart = QWidget()
    chart.setObjectName("tall_chart")
    chart.setFixedHeight(60)
    column.addWidget(chart)
    column.addWidget(QLabel("Under the chart"))
    page.layout().addWidget(squeezed)
    bar = window.page_scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=5000)
    problems = "\n".join(fit_problems(window, page))
    assert "too_narrow" in problems and "clips its text" in problems
    assert "clips 'Presentation'" in problems
    assert "narrow_table cuts 'Presentation and practice'" in problems
    assert "Go over" not in problems  # the stretching column elides by design
    assert "narrow_table's column 'Stage of the lesson' is narrower than its name" in problems
    assert "'Activity' is narrower" not in problems
    assert "the page scrolls sideways" in problems
    assert "tall_chart and QLabel overlap" in problems
    below = QPushButton("Below", window.nav)  # outside any scroll area, under the window
    below.setGeometry(0, window.height() + 50, 80, 30)
    below.show()
    assert "is below the window" in "\n".join(fit_problems(window, window.nav))
    below.deleteLater()
    stage.deleteLater()
    squeezed.deleteLater()
    table.deleteLater()
    wide.deleteLater()
    long_button.deleteLater()


def test_window_fits_a_small_screen_at_first_start(gui_home, qtbot, engine, monkeypatch):
    """First start on a 1366×768 laptop: maximised (the default size would not fit)."""
    from PySide6.QtCore import QRect as Rect
    from PySide6.QtCore import Qt

    from chinese_teach.gui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.first_start
    screen = win.screen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: Rect(0, 0, 1366, 728))
    win.place_on_screen()
    assert win.windowState() & Qt.WindowState.WindowMaximized
    big = MainWindow()
    qtbot.addWidget(big)
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: Rect(0, 0, 2560, 1400))
    big.place_on_screen()
    assert not big.windowState() & Qt.WindowState.WindowMaximized
    assert (big.width(), big.height()) == (1400, 900)
