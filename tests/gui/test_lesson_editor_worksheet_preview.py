"""The lesson editor's worksheet preview: the pages the PDF export writes, before printing.

Opened on a lesson of the sample course: the preview has as many pages as the PDF for
the same options and seed, the answer key can be shown or hidden, "New version" changes
a shuffled sheet while its seed makes it again, Export PDF writes the same file as the
editor's own export, and the pages are laid out off the UI thread and painted only when
seen (a 10-page writing set).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from chinese_teach.core.library.models import Lesson, VocabItem
from chinese_teach.gui import accessibility
from chinese_teach.gui.dialogs.worksheet_preview import RANDOMISED_KINDS, WorksheetPreviewDialog
from chinese_teach.gui.widgets.page_preview import FIT_PAGE, FIT_WIDTH

#: Words of HSK 1-3 whose characters fill a writing sheet of ten pages with its key
#: (as in benchmarks/worksheet_preview.py).
BIG_VOCAB = ("学生", "老师", "朋友", "医生", "工作", "喜欢", "认识", "高兴",
             "中国", "汉语", "电脑", "电视", "电影", "飞机", "出租车", "火车站",
             "医院", "商店", "饭馆", "椅子", "桌子", "杯子", "水果", "苹果",
             "米饭", "面条", "衣服", "东西")




@pytest.fixture
def editor(page):
    """The lesson editor showing lesson 1 of the sample course."""
    page.load_sample()
    ed = page.editor
    assert ed.lesson is not None and ed.lesson.vocab
    return ed


def open_preview(editor, qtbot, kind: str = "writing") -> WorksheetPreviewDialog:
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # Print and export
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(kind))
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    dialog = editor.preview_dialog
    assert isinstance(dialog, WorksheetPreviewDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    return dialog


def rerender(dialog, qtbot, action) -> None:
    """Do ``action`` (changing options) and wait for the new pages."""
    with qtbot.waitSignal(dialog.rendered, timeout=30000):
        action()
    qtbot.waitUntil(dialog.is_ready, timeout=30000)


def export_normally(editor, qtbot, path: Path) -> Path:
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export("worksheet", path)
    return path


def pdf_pages_text(path: Path) -> list[str]:
    """pdftotext of every page (form feed separated), whitespace folded."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [re.sub(r"\s+", " ", p).strip() for p in pages]


def sheet_texts(doc, start: int = 0, end: int | None = None) -> list[str]:
    from chinese_teach.render.pages import TextItem

    return [it.text for p in doc.pages[start:end] for it in p.items
            if isinstance(it, TextItem)]


def canvas_image(dialog) -> QImage:
    return dialog.preview.viewport().grab().toImage()


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) not installed")


@needs_pdftotext
@pytest.mark.parametrize("kind", ["writing", "matching", "cloze"])
def test_preview_has_the_pages_of_the_pdf(editor, qtbot, tmp_path, kind) -> None:
    dialog = open_preview(editor, qtbot, kind)
    doc = dialog.doc
    assert doc.key_start is not None and 1 <= doc.key_start < len(doc.pages)
    # The key is hidden at first: the exercises only.
    assert dialog.preview.page_count == dialog.shown_count() == doc.key_start
    dialog.key_check.setChecked(True)
    pdf = export_normally(editor, qtbot, tmp_path / f"{kind}.pdf")
    assert dialog.preview.page_count == len(doc.pages) == len(PdfReader(pdf).pages)
    # Page by page the same text as the PDF the editor writes for these options and seed.
    texts = pdf_pages_text(pdf)
    for i, page_text in enumerate(texts):
        flat = page_text.replace(" ", "")
        for t in sheet_texts(doc, i, i + 1):
            assert t.replace(" ", "") in flat, (i, t)
    assert dialog.nav.count_label.text() == f"of {len(doc.pages)}"


def test_answer_key_toggle_changes_the_pages(editor, qtbot) -> None:
    dialog = open_preview(editor, qtbot, "tones")
    doc = dialog.doc
    hidden = dialog.preview.page_count
    dialog.preview.go_to_page(hidden - 1)
    qtbot.waitUntil(lambda: hidden - 1 in dialog.preview.canvas.painted, timeout=5000)
    before = canvas_image(dialog)
    dialog.key_check.setChecked(True)
    assert dialog.preview.page_count == len(doc.pages) > hidden
    # The view moves to the first page of the key, which is painted and differs.
    assert dialog.preview.current_page() == doc.key_start
    assert dialog.nav.page_spin.value() == doc.key_start + 1
    qtbot.waitUntil(lambda: doc.key_start in dialog.preview.canvas.painted, timeout=5000)
    after = canvas_image(dialog)
    assert after != before
    key_text = " ".join(sheet_texts(doc, doc.key_start))
    answers = doc_answers(editor, dialog)
    assert all(a in key_text for a in answers[:3])
    dialog.key_check.setChecked(False)
    assert dialog.preview.page_count == hidden
    assert dialog.preview.current_page() == hidden - 1


def doc_answers(editor, dialog) -> list[str]:
    """The tone answers (pinyin with marks) of the sheet shown, rebuilt from the core."""
    from chinese_teach.core.documents.worksheet import build_worksheet

    ws = build_worksheet(editor.library, dialog.lesson_id, dialog.kind(), editor.ctx.engine,
                         editor.ctx.corpus, seed=dialog.seed_spin.value(),
                         grid=dialog.grid_combo.currentData())
    return [t.answer for t in ws.sections[0].tones]


def test_new_version_changes_the_sheet_and_the_seed_makes_it_again(editor, qtbot) -> None:
    dialog = open_preview(editor, qtbot, "matching")
    assert dialog.new_version_button.isEnabled()
    first_seed = dialog.seed_spin.value()
    first = sheet_texts(dialog.doc, 0, dialog.doc.key_start)
    rerender(dialog, qtbot, lambda: qtbot.mouseClick(dialog.new_version_button,
                                                     Qt.MouseButton.LeftButton))
    second_seed = dialog.seed_spin.value()
    assert second_seed != first_seed
    assert editor.seed_spin.value() == second_seed  # the editor's export follows
    second = sheet_texts(dialog.doc, 0, dialog.doc.key_start)
    body = [t for t in first if "seed" not in t]
    assert body != [t for t in second if "seed" not in t]
    rerender(dialog, qtbot, lambda: dialog.seed_spin.setValue(first_seed))
    assert sheet_texts(dialog.doc, 0, dialog.doc.key_start) == first
    # A writing sheet makes no random choice: no new version to ask for.
    rerender(dialog, qtbot, lambda: dialog.set_options(kind="writing"))
    assert not dialog.new_version_button.isEnabled()
    assert dialog.grid_combo.isEnabled()


def test_randomised_kinds_are_those_the_seed_changes(editor) -> None:
    """The New version button is offered exactly for the kinds whose sheet the seed
    changes (checked against the core's worksheets of the sample lesson)."""
    from chinese_teach.core.documents.worksheet import WorksheetKind, build_worksheet

    def content(kind: str, seed: int) -> list:
        ws = build_worksheet(editor.library, editor.lesson.id, kind, editor.ctx.engine,
                             editor.ctx.corpus, seed=seed)
        return ws.sections  # the items in their printed order, and the answers

    changed = {k.value for k in WorksheetKind
               if any(content(k.value, 1) != content(k.value, seed) for seed in (2, 3, 4))}
    assert changed == RANDOMISED_KINDS


@needs_pdftotext
def test_export_from_the_preview_is_the_normal_export(editor, qtbot, tmp_path) -> None:
    dialog = open_preview(editor, qtbot, "order")
    rerender(dialog, qtbot, lambda: dialog.set_options(seed=42))
    out = tmp_path / "from-preview.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export(out)
    assert "Wrote" in dialog.status.text()
    normal = export_normally(editor, qtbot, tmp_path / "normal.pdf")
    assert len(PdfReader(out).pages) == len(PdfReader(normal).pages) == len(dialog.doc.pages)
    assert pdf_pages_text(out) == pdf_pages_text(normal)
    assert "seed 42" in pdf_pages_text(out)[-1]


def test_print_paints_the_pages_asked_for(editor, qtbot, tmp_path) -> None:
    dialog = open_preview(editor, qtbot, "writing")
    doc = dialog.doc
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == len(doc.pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(doc.pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "exercises.pdf"))
    printer.setFromTo(1, doc.key_start)
    assert dialog.print_to(printer) == doc.key_start


def test_a_lesson_without_words_says_why(page, editor, qtbot) -> None:
    from chinese_teach.core.library import Course

    page.new_course(Course(name="Empty", start_level=1))
    page.new_lesson("Nothing yet")
    ed = page.editor
    ed.kind_combo.setCurrentIndex(ed.kind_combo.findData("matching"))
    dialog = ed.open_worksheet_preview()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        pass
    assert "no vocabulary" in blocker.args[0]
    assert dialog.preview.page_count == 0
    assert not dialog.print_button.isEnabled() and not dialog.export_button.isEnabled()


def test_navigation_and_zoom(editor, qtbot) -> None:
    dialog = open_preview(editor, qtbot, "writing")
    dialog.key_check.setChecked(True)
    nav, preview = dialog.nav, dialog.preview
    n = preview.page_count
    assert n >= 3
    assert preview.zoom_mode == FIT_WIDTH and nav.zoom_combo.currentData() == FIT_WIDTH
    preview.go_to_page(0)
    assert not nav.previous_button.isEnabled() and nav.next_button.isEnabled()
    qtbot.mouseClick(nav.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and nav.page_spin.value() == 2
    nav.page_spin.setValue(n)
    assert preview.current_page() == n - 1 and not nav.next_button.isEnabled()
    qtbot.mouseClick(nav.previous_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == n - 2
    # Keys on the pages: Home and End.
    preview.setFocus()
    QTest.keyClick(preview, Qt.Key.Key_Home)
    assert preview.current_page() == 0
    QTest.keyClick(preview, Qt.Key.Key_End)
    assert preview.current_page() == n - 1
    # Zoom: the whole page fits, then bigger than the view (scrolls sideways).
    width_fit = preview.canvas.zoom
    nav.zoom_combo.setCurrentIndex(nav.zoom_combo.findData(FIT_PAGE))
    nav.zoom_combo.activated.emit(nav.zoom_combo.currentIndex())
    assert preview.zoom_mode == FIT_PAGE
    assert preview.canvas.page_size()[1] <= preview.viewport().height()
    assert preview.current_page() == n - 1  # the page stays in view
    fit_page = preview.canvas.zoom
    qtbot.mouseClick(nav.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.canvas.zoom > fit_page
    for _ in range(6):
        qtbot.mouseClick(nav.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_mode == 3.0  # the largest step
    assert isinstance(preview.zoom_mode, float) and preview.canvas.zoom > width_fit
    assert nav.zoom_combo.currentData() == preview.zoom_mode
    assert preview.canvas.width() > preview.viewport().width()
    big = preview.canvas.zoom
    qtbot.mouseClick(nav.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.canvas.zoom < big
    # The canvas paints only what is seen, at every zoom.
    assert len(preview.canvas.painted) < n


def test_every_control_is_named_and_reached_by_tab(editor, qtbot) -> None:
    dialog = open_preview(editor, qtbot, "matching")
    accessibility.name_controls(dialog)
    unnamed = [f"{type(w).__name__} {w.objectName()!r}"
               for w in accessibility.unnamed_controls(dialog)]
    assert not unnamed
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.kind_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_combo, timeout=3000)
    chain = accessibility.focus_chain(dialog)
    visited = [QApplication.focusWidget()]
    for _ in range(len(chain) + 5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is not None and dialog.isAncestorOf(w) and w not in visited:
            visited.append(w)
    missing = [f"{type(w).__name__} {w.objectName()!r}" for w in chain if w not in visited]
    assert not missing
    order = [w for w in visited if w in (dialog.kind_combo, dialog.seed_spin, dialog.key_check,
                                         dialog.preview, dialog.print_button)]
    assert order == [dialog.kind_combo, dialog.seed_spin, dialog.key_check, dialog.preview,
                     dialog.print_button]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ten_page_writing_set_shows_its_first_page_without_freezing(page, editor, qtbot):
    """The layout runs in a worker; the UI thread paints the pages in view only."""
    lib = page.library
    course = lib.course(editor.lesson.course_id)
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Big writing set",
                                    vocab=[VocabItem(w) for w in BIG_VOCAB]))
    page.reload(select=lesson.id)
    assert editor.lesson.id == lesson.id
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("writing"))
    start = time.perf_counter()
    dialog = editor.open_worksheet_preview()
    qtbot.addWidget(dialog)
    opened = time.perf_counter() - start
    assert dialog.doc is None  # the dialog is up before the layout is done
    with qtbot.waitSignal(dialog.preview.canvas.first_painted, timeout=30000):
        pass
    dialog.key_check.setChecked(True)
    assert len(dialog.doc.pages) >= 10
    assert len(dialog.preview.canvas.painted) <= 2
    print(f"preview dialog up in {opened * 1000:.0f} ms")  # timed by make bench, not asserted
