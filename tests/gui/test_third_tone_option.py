"""The "Mark third-tone changes" box in the Reader studio and on Quick annotate."""

from __future__ import annotations

from chinese_teach.core.documents.reader import PinyinMode, ReaderOptions


def _marked(paragraphs) -> list[str]:
    return [tok.ruby[i] for para in paragraphs for tok in para
            for i, flag in enumerate(tok.third_tone) if flag]


def test_reader_studio_checkbox_marks_the_preview(window, qtbot):
    page = window.show_page("readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    page.editor.setPlainText("你好！我很好。")
    qtbot.waitUntil(page.is_ready, timeout=30000)
    panel = page.options_panel
    assert not panel.third_tone.isChecked()
    assert _marked(page.doc.paragraphs) == []
    panel.third_tone.setChecked(True)
    qtbot.waitUntil(lambda: page.is_ready() and page.doc.options.show_third_tone_sandhi,
                    timeout=20000)
    assert _marked(page.doc.paragraphs) == ["nǐ", "wǒ", "hěn"]
    # The page preview carries the marks and the legend (painted like the PDF).
    cells = [c for item in page.paged.pages[0].items if hasattr(item, "line")
             for b in item.line.boxes for c in b.cells if c.ruby_marks]
    assert len(cells) == 3
    texts = [getattr(item, "text", "") for item in page.paged.pages[0].items]
    assert any("third tone said as second tone" in t for t in texts)


def test_options_panel_round_trip_and_disabled_without_pinyin(qtbot, gui_home):
    from chinese_teach.gui.widgets.reader_options import ReaderOptionsPanel

    panel = ReaderOptionsPanel()
    qtbot.addWidget(panel)
    opts = ReaderOptions(show_third_tone_sandhi=True)
    panel.set_options(opts)
    assert panel.third_tone.isChecked() and panel.options() == opts
    seen = []
    panel.options_changed.connect(seen.append)
    panel.third_tone.setChecked(False)
    assert seen and seen[-1].show_third_tone_sandhi is False
    panel.pinyin.setCurrentIndex(panel.pinyin.findData(PinyinMode.NONE))
    assert not panel.third_tone.isEnabled()


def test_quick_annotate_checkbox_marks_and_is_remembered(window, qtbot):
    from chinese_teach.gui import settings
    from chinese_teach.gui.pages.annotate import THIRD_TONE_KEY

    page = window.show_page("annotate")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    page.editor.setPlainText("我也想买。")
    qtbot.waitUntil(page.is_ready, timeout=30000)
    assert _marked(page.view.paragraphs) == []
    page.third_tone.setChecked(True)
    qtbot.waitUntil(page.is_ready, timeout=20000)
    assert _marked(page.view.paragraphs) == ["wǒ", "yě", "xiǎng"]
    layout = page.view.canvas.layout_
    assert sum(1 for ln in layout.lines for b in ln.boxes for c in b.cells if c.ruby_marks) == 3
    assert str(settings.open_settings().value(THIRD_TONE_KEY)).lower() == "true"
    page.third_tone.setChecked(False)
    assert _marked(page.view.paragraphs) == []
