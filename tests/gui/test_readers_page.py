"""Reader studio: live preview, saved readers, word pop-up corrections, exports, printing."""

from __future__ import annotations

import re
import zipfile

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from chinese_teach.core.documents.reader import PinyinMode
from chinese_teach.core.text.tokens import Kind
from chinese_teach.render.layout import TokenRef

TEXT = "我们一起去银行吧。\n头发很长，他犹豫了一下。"


def _page(window, qtbot):
    page = window.show_page("readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    return page


def _set_text(page, qtbot, text):
    page.editor.setPlainText(text)
    qtbot.waitUntil(page.is_ready, timeout=30000)


def _find(page, word):
    for p, para in enumerate(page.doc.paragraphs):
        for i, tok in enumerate(para):
            if tok.text == word:
                return TokenRef(p, i), tok
    raise AssertionError(word)


def test_typing_updates_the_painted_preview(window, qtbot):
    page = _page(window, qtbot)
    _set_text(page, qtbot, TEXT)
    assert page.paged is not None and len(page.paged.pages) == 1
    _, bank = _find(page, "银行")
    assert bank.ruby == ("yín", "háng")
    assert "1 page" in page.status.text()
    # Only the changed paragraph is annotated again (one paragraph at a time or in a
    # block of paragraphs: the reader build gives the engine blocks).
    calls = []
    engine = window.ctx.engine
    real, real_many = engine.annotate, engine.annotate_many

    def spy(text, **kw):
        calls.append(text)
        return real(text, **kw)

    def spy_many(texts, **kw):
        calls.extend(texts)
        return real_many(texts, **kw)

    engine.annotate, engine.annotate_many = spy, spy_many
    try:
        _set_text(page, qtbot, TEXT + "\n新的一段。")
    finally:
        del engine.annotate, engine.annotate_many
    assert calls == ["新的一段。"]
    assert page.preview.canvas.height() > 100
    # Options change the preview: no pinyin on known words.
    panel = page.options_panel
    panel.pinyin.setCurrentIndex(panel.pinyin.findData(PinyinMode.ABOVE))
    qtbot.waitUntil(page.is_ready, timeout=20000)
    assert not _find(page, "银行")[1].ruby and _find(page, "犹豫")[1].ruby


def test_clicking_a_word_and_choosing_a_reading_stores_a_correction(window, qtbot):
    page = _page(window, qtbot)
    _set_text(page, qtbot, TEXT)
    ref, tok = _find(page, "长")
    assert tok.ruby == ("cháng",)
    pos = page.preview.canvas.token_center(ref)
    assert pos is not None
    qtbot.mouseClick(page.preview.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert page.popup.isVisible()
    assert page.preview.canvas.highlight == ref
    readings = [page.popup.readings.item(i).text() for i in range(page.popup.readings.count())]
    assert "zhǎng" in readings
    page.popup.custom.setText("zhang3")
    try:
        qtbot.mouseClick(page.popup.use, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.is_ready, timeout=20000)
        assert _find(page, "长")[1].ruby == ("zhǎng",)
        stored = page.library.corrections()
        assert [(c.word, c.pinyin) for c in stored] == [("长", ("zhang3",))]
    finally:
        window.ctx.engine.set_corrections([])


def test_merge_split_and_meaning(window, qtbot):
    page = _page(window, qtbot)
    _set_text(page, qtbot, "我们一起去银行吧。")
    ref, _ = _find(page, "银行")
    try:
        page.edit_segmentation(ref.paragraph, ref.token, "split")
        qtbot.waitUntil(page.is_ready, timeout=20000)
        words = [t.text for t in page.doc.paragraphs[0] if t.kind is Kind.HANZI]
        assert "银" in words and "行" in words and "银行" not in words
        assert page.library.segmentation_edits()[0].parts == ("银", "行")
    finally:
        window.ctx.engine.set_segmentation([], {"银行": ("银行",)})
    page.set_meaning("犹豫", "to hesitate (ours)")
    assert page.options_panel.options().definitions == {"犹豫": "to hesitate (ours)"}


def test_save_list_and_reopen(window, qtbot):
    page = _page(window, qtbot)
    page.new_reader()
    page.title_edit.setText("第一课")
    _set_text(page, qtbot, TEXT)
    assert page.save_reader()
    titles = [page.reader_list.item(i).text() for i in range(page.reader_list.count())]
    assert "第一课" in titles
    saved_id = page.current_id
    page.new_reader()
    assert page.editor.toPlainText() == ""
    page.load_reader(saved_id)
    assert page.editor.toPlainText() == TEXT and page.title_edit.text() == "第一课"


def test_exports_in_background(window, qtbot, tmp_path):
    page = _page(window, qtbot)
    page.title_edit.setText("银行")
    _set_text(page, qtbot, TEXT)
    for kind in ("pdf", "html", "docx"):
        out = tmp_path / f"r.{kind}"
        task = page.export(kind, out)
        qtbot.waitUntil(lambda t=task: t.done, timeout=30000)
        assert out.exists(), kind
    text = re.sub(r"\s+", "", PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text())
    assert "银行" in text and "yín" in text
    assert "<ruby" in (tmp_path / "r.html").read_text("utf-8")
    assert "<w:ruby>" in zipfile.ZipFile(tmp_path / "r.docx").read("word/document.xml").decode()


def test_print_uses_the_same_pages(window, qtbot, tmp_path):
    page = _page(window, qtbot)
    _set_text(page, qtbot, TEXT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert page.print_to(printer) == len(page.paged.pages)
    assert "银行" in re.sub(r"\s+", "", PdfReader(str(out)).pages[0].extract_text())


def _pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pages_match_the_pdf_export(window, qtbot, tmp_path, messages):
    """Printing goes through the PDF export's page loop: the same pages, paper and text,
    all of them or the range chosen in the print dialog."""
    from chinese_teach.render.reader_pdf import write_paged_pdf

    page = _page(window, qtbot)
    panel = page.options_panel
    panel.page_size.setCurrentIndex(panel.page_size.findData("Letter"))
    _set_text(page, qtbot, "\n".join([TEXT] * 12))
    pages = len(page.paged.pages)
    assert pages >= 2
    exported = tmp_path / "exported.pdf"
    write_paged_pdf(page.paged, exported)
    printed = tmp_path / "printed.pdf"
    assert page.print_to(_pdf_printer(printed)) == pages
    assert printed.read_bytes().startswith(b"%PDF-")
    want, got = PdfReader(str(exported)).pages, PdfReader(str(printed)).pages
    assert len(got) == len(want) == pages
    for w, g in zip(want, got, strict=True):
        assert [round(float(v)) for v in g.mediabox] == [0, 0, 612, 792]
        assert g.extract_text() == w.extract_text()
    # A page range from the print dialog: only page 2.
    ranged = _pdf_printer(tmp_path / "page2.pdf")
    ranged.setFromTo(2, 2)
    assert page.print_to(ranged) == 1
    only = PdfReader(str(tmp_path / "page2.pdf")).pages
    assert len(only) == 1 and only[0].extract_text() == want[1].extract_text()
    # A printer that cannot start: a readable message, nothing printed.
    assert page.print_to(_pdf_printer(tmp_path / "missing" / "x.pdf")) == 0
    assert messages and messages[-1][0] == "warning"


def test_sample_is_ready(window, qtbot):
    page = _page(window, qtbot)
    page.load_sample()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    assert page.doc.glossary and page.title_edit.text() == "小马过河"


def test_done_when_fix_shows_in_every_export(window, qtbot, tmp_path):
    """Issue 4's scenario: pinyin above HSK 3.0 level 3, one reading fixed by clicking,
    and the PDF, HTML and DOCX all show the fix."""
    from chinese_teach.core.text.tokens import Kind as K

    page = _page(window, qtbot)
    panel = page.options_panel
    panel.pinyin.setCurrentIndex(panel.pinyin.findData(PinyinMode.ABOVE))
    panel.target.setCurrentIndex(panel.target.findData(3))
    text = ("他犹豫了很久，终于决定参加比赛。" * 40 + "\n") * 2  # ~1,000 characters
    _set_text(page, qtbot, text)
    ref, tok = _find(page, "犹豫")
    assert tok.ruby == ("yóu", "yù")
    assert all(not t.ruby for t in page.doc.paragraphs[0] if t.kind is K.HANZI
               and t.text in ("他", "很", "了"))
    qtbot.mouseClick(page.preview.canvas, Qt.MouseButton.LeftButton,
                     pos=page.preview.canvas.token_center(ref).toPoint())
    page.popup.custom.setText("you2 yu2")
    try:
        qtbot.mouseClick(page.popup.use, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.is_ready, timeout=20000)
        assert _find(page, "犹豫")[1].ruby == ("yóu", "yú")
        for kind in ("pdf", "html", "docx"):
            task = page.export(kind, tmp_path / f"r.{kind}")
            qtbot.waitUntil(lambda t=task: t.done, timeout=30000)
        pdf = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages)
        assert "yú" in pdf and "yù" not in pdf
        html = (tmp_path / "r.html").read_text("utf-8")
        assert ">yú<" in html and ">yù<" not in html
        xml = zipfile.ZipFile(tmp_path / "r.docx").read("word/document.xml").decode()
        # a guide ends in a thin space (LibreOffice keeps syllables apart); 犹豫's two
        # rising tones share a colour, so the word is one guide (qa20)
        guides = re.findall(r"<w:t[^>]*>([^<]*y[óòùú][^<]*)</w:t>", xml)
        assert "\u2009yóu yú\u2009" in guides and not any("yù" in g for g in guides), guides[:4]
    finally:
        window.ctx.engine.set_corrections([])


def test_options_panel_round_trip(qtbot, gui_home):
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.documents.reader import GlossaryMode, GlossMark, ReaderOptions
    from chinese_teach.core.text.syllables import ToneStyle
    from chinese_teach.gui.widgets.reader_options import ReaderOptionsPanel

    panel = ReaderOptionsPanel()
    qtbot.addWidget(panel)
    opts = ReaderOptions(pinyin=PinyinMode.NEW, known="hsk2:4", standard=Standard.HSK2,
                         target_level=5, per_char=False, tone_style=ToneStyle.ZHUYIN,
                         tone_changes=False, tone_scheme="colorblind", color_hanzi=True,
                         color_pinyin=False, script="traditional", font_size=20.0,
                         line_spacing=1.8, numbering="line", glossary=GlossaryMode.NOTES,
                         gloss_mark=GlossMark.NUMBER, page_size="Letter", margin_mm=25.0,
                         first_only=True, definitions={"犹豫": "x"})
    seen = []
    panel.options_changed.connect(seen.append)
    panel.set_options(opts)
    assert seen == []  # showing options is not a change
    assert panel.options() == opts
    panel.font_size.setValue(22)
    assert seen and seen[-1].font_size == 22 and seen[-1].definitions == {"犹豫": "x"}
