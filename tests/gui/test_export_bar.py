"""One export and print toolbar on every page that exports or prints: the same order,
icons and names for the same kind of file, the page's main output styled as primary, and
no export or print button outside it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from chinese_teach.gui.widgets.export_bar import KINDS, ExportBar
from tests.gui.driving import click_tab, go_to_page

#: a button that exports or prints, by its English text
EXPORTS_OR_PRINTS = re.compile(
    r"\bexport|\bprint\b|\((pdf|word)\)|^(pdf|word|web page|anki deck)…$|anki deck of", re.I)


def _inside_bar(button: QPushButton) -> bool:
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, ExportBar):
            return True
        parent = parent.parentWidget()
    return False


def _bars(page: QWidget) -> list[ExportBar]:
    return page.findChildren(ExportBar)


def test_every_export_and_print_button_is_in_the_shared_bar(window, qtbot):
    offered: dict[str, list[str]] = {}
    for key in window.page_keys():
        page = go_to_page(window, key)
        if key == "library":
            page.load_sample()  # the lesson editor open, its Print and export tab
            qtbot.waitUntil(lambda page=page: page.editor is not None, timeout=10000)
            click_tab(page.editor.tabs, "Print and export")
        loose = [b.text() for b in page.findChildren(QPushButton)
                 if EXPORTS_OR_PRINTS.search(b.text().replace("&", ""))
                 and not _inside_bar(b)]
        assert not loose, f"{key}: export or print buttons outside the shared bar: {loose}"
        for bar in _bars(page):
            kinds = [b.property("export_kind") for b in
                     sorted(bar.buttons.values(), key=lambda b: b.x())]
            # the shared order, whatever order the page asked for them in
            assert kinds == [k for k in KINDS if k in kinds], (key, kinds)
            for kind, button in bar.buttons.items():
                assert not button.icon().isNull(), (key, kind)
                assert button.text() == QCoreApplication.translate("ExportBar", KINDS[kind][1])
                assert button.toolTip()
                primary = button.property("role") == "primary"
                assert primary == (kind == bar.primary), (key, kind)
            offered.setdefault(key, []).extend(kinds)
    assert offered["readers"] == ["pdf", "docx", "html", "print"]
    assert {"pdf", "docx", "preview", "apkg"} <= set(offered["library"])
    assert offered["decks"] == ["file"] and offered["corrections"] == ["file"]


def test_same_kind_same_name_and_icon_on_every_page(window, qtbot):
    """The reader's PDF and the lesson plan's PDF are the same button: name, icon key."""
    studio = go_to_page(window, "readers")
    library = go_to_page(window, "library")
    library.load_sample()
    qtbot.waitUntil(lambda: library.editor is not None, timeout=10000)
    reader_pdf = studio.export_bar.buttons["pdf"]
    plan_pdf = library.editor.plan_pdf_button
    assert reader_pdf.text() == plan_pdf.text() == "PDF…"
    assert reader_pdf.property("role") == plan_pdf.property("role") == "primary"
    assert go_to_page(window, "decks").export_button.property("role") == "primary"


def test_a_bar_refuses_an_unknown_kind(qapp):
    with pytest.raises(ValueError):
        ExportBar({"pdf": lambda: None}, primary="docx")
    with pytest.raises(ValueError):
        ExportBar({"mp3": lambda: None}, primary=None)


def test_every_page_shows_its_first_step_as_the_primary_button(window, qtbot):
    """Primary (filled) and secondary buttons come from the theme's roles: every page
    shows one primary button, its main step (disabled while there is nothing to do)."""
    for key in window.page_keys():
        page = go_to_page(window, key)
        primaries = [b for b in page.findChildren(QPushButton)
                     if b.isVisible() and b.property("role") == "primary"]
        assert primaries, f"{key}: no primary button"
        enabled = [b.text() for b in primaries if b.isEnabled()]
        assert len(enabled) <= 1, f"{key}: more than one primary button: {enabled}"
        for button in primaries:  # the theme's style sheet draws them, not the page
            assert not button.styleSheet(), (key, button.text())
