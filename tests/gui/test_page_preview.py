"""The shared paged preview: only the pages in view are painted, a bounded image cache,
zoom and navigation (used by the Reader studio and the worksheet preview)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from chinese_teach.gui.widgets import page_preview
from chinese_teach.gui.widgets.page_preview import FIT_PAGE, PageNavBar, PagePreview
from chinese_teach.render.pages import PageSetup


def make(qtbot, count: int = 12):
    calls: list[int] = []

    def paint(painter, i):
        calls.append(i)
        painter.fillRect(20, 20, 100, 100, QColor("red"))

    preview = PagePreview()
    nav = PageNavBar(preview)
    qtbot.addWidget(preview)
    qtbot.addWidget(nav)
    preview.resize(500, 400)
    preview.show()
    preview.set_pages(PageSetup.named("A4"), count, paint)
    qtbot.waitUntil(lambda: bool(preview.canvas.painted), timeout=3000)
    return preview, nav, calls


def test_only_pages_in_view_are_painted_and_cached_once(qtbot) -> None:
    preview, nav, calls = make(qtbot)
    assert preview.canvas.painted == {0} and calls == [0]
    preview.canvas.repaint()
    assert calls == [0]  # from the cache
    preview.go_to_page(5)
    preview.canvas.repaint()
    assert 5 in preview.canvas.painted and len(preview.canvas.painted) <= 3
    assert nav.page_spin.value() == 6 and nav.count_label.text() == "of 12"


def test_the_cache_keeps_within_its_budget(qtbot, monkeypatch) -> None:
    preview, _nav, _calls = make(qtbot)
    one_page = next(iter(preview.canvas._cache.values())).sizeInBytes()
    monkeypatch.setattr(page_preview, "CACHE_BYTES", 3 * one_page)
    for i in range(12):
        preview.go_to_page(i)
        preview.canvas.repaint()
    assert len(preview.canvas.painted) == 12
    assert len(preview.canvas._cache) <= 4  # the budget, plus the pages in view
    assert 11 in preview.canvas._cache and 0 not in preview.canvas._cache


def test_zoom_modes_and_the_page_kept_in_view(qtbot) -> None:
    preview, nav, _calls = make(qtbot)
    preview.go_to_page(3)
    preview.set_zoom(FIT_PAGE)
    assert preview.canvas.page_size()[1] <= preview.viewport().height()
    assert preview.current_page() == 3
    preview.set_zoom(2.0)
    assert abs(preview.zoom_factor() - 2.0) < 0.01
    assert preview.canvas.width() > preview.viewport().width()
    assert preview.current_page() == 3 and nav.zoom_combo.currentData() == 2.0
    preview.zoom_out()
    assert abs(preview.zoom_factor() - 1.5) < 0.01
    preview.set_pages(None, 0)
    assert preview.page_count == 0 and not nav.next_button.isEnabled()
    assert nav.count_label.text() == "of 0"
