"""The Decks page writes a study page: "Study page (.html)" chosen next to the Anki deck,
the teacher's recordings folder and the save dialog answered, the file checked."""

from __future__ import annotations

import json
import re

from driving import choose_files
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chinese_teach.core.audio import wav_bytes
from chinese_teach.core.export.anki.note_type import CardType

LEFT = Qt.MouseButton.LeftButton


def test_study_page_from_the_decks_page(window, qtbot, tmp_path, monkeypatch):
    page = window.show_page("decks")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    page.words_edit.setPlainText("银行\n你好")
    page.deck_name.setText("Week 1")
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    (recordings / "银行.wav").write_bytes(wav_bytes(b"\x00\x00" * 800, 8000))
    asked = choose_files(monkeypatch, recordings, tmp_path / "week1")

    page.format_combo.setCurrentIndex(page.format_combo.findData("anki"))
    page.format_combo.setFocus()
    QTest.keyClick(page.format_combo, Qt.Key.Key_Down)  # the choice after the Anki deck
    assert page.format_combo.currentText() == "Study page (.html)"
    assert page.strokes_box.isEnabled() and page.recordings_button.isEnabled()
    assert not page.card_boxes[CardType.RECALL].isEnabled()  # no card types to choose
    qtbot.mouseClick(page.recordings_button, LEFT)
    qtbot.mouseClick(page.export_button, LEFT)
    out = tmp_path / "week1.html"
    qtbot.waitUntil(lambda: out.exists() and "Study page" in page.status.text(),
                    timeout=60000)
    assert len(asked) == 2
    assert "2 words" in page.status.text() and "any web browser" in page.status.text()
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="ct-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert data["title"] == "Week 1" and [w["s"] for w in data["words"]] == ["银行", "你好"]
    assert data["words"][0]["a"] == 0 and data["audio"][0].startswith("data:audio/wav;base64,")
    assert set(data["strokes"]) == {"银", "行", "你", "好"}
