"""Bad files in the GUI: a readable message, and the text already on screen is kept.

Quick annotate (File > Open Text File…) and the Reader studio (Open a text) are
given a PDF, a PNG, a zip, a file of raw bytes, a Latin-1 file (not a Chinese
encoding), a 6 MB text file, a folder, a missing file and (studio) a ".docx" that
is not a Word file. Each is refused in a message box that names the problem; the
editor still holds what the teacher had typed, and a saved reader is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

KEPT = "老师原来写的文字：我们一起去银行吧。"


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, a word the message must contain)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "PDF"),
        "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
        "zip": (b"PK\x03\x04\x14\x00\x00\x00" + bytes(64), "zip"),
        "raw": (bytes(range(256)) * 8, "binary"),
        "latin1": ("Café crème, déjà vu - naïve façade. ".encode("latin-1") * 20
                   + b"\xff\xfe\x80\x81", "encoding"),
        "huge": (("我们一起去银行吧。" * 250_000).encode("utf-8"), "MB"),  # 6.75 MB
    }
    out = {}
    for name, (data, word) in files.items():
        path = folder / f"{name}.txt"
        path.write_bytes(data)
        out[name] = (path, word)
    out["folder"] = (folder, "folder")
    out["missing"] = (folder / "no-such-file.txt", "exist")
    return out


@pytest.fixture
def window(fresh_home, qapp, qtbot, engine, messages):
    from chinese_teach.gui.mainwindow import MainWindow
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.start_background_loading()
    qtbot.waitUntil(lambda: win.corpus_state == "ready" and not win._unloaded, timeout=60000)
    yield win
    win.tasks.shutdown()


def _open_and_wait(win, page, path: Path, messages, qtbot) -> str:
    before = len(messages)
    page.open_file(path)
    qtbot.waitUntil(lambda: len(messages) > before and not win.tasks.active, timeout=20000)
    kind, text = messages[-1]
    assert kind in ("warning", "critical")
    return text


def test_quick_annotate_refuses_bad_files_and_keeps_the_text(window, qtbot, messages, tmp_path):
    page = window.show_page("annotate")
    page.editor.setPlainText(KEPT)
    files = bad_files(tmp_path / "bad")
    refused = 0
    for name, (path, word) in files.items():
        text = _open_and_wait(window, page, path, messages, qtbot)
        assert word.lower() in text.lower(), (name, text)
        assert "Traceback" not in text and "Error" not in text.split(":")[0]
        assert page.editor.toPlainText() == KEPT, name
        refused += 1
    assert refused == len(files) == 8
    # The window still works: a good file opens.
    good = tmp_path / "good.txt"
    good.write_text("你好，世界。", encoding="gb18030")
    assert window.open_path(good)
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "你好，世界。", timeout=10000)


def test_reader_studio_refuses_bad_files_and_keeps_the_reader(window, qtbot, messages,
                                                              tmp_path):
    page = window.show_page("readers")
    page.title_edit.setText("我的读物")
    page.editor.setPlainText(KEPT)
    assert page.save_reader()
    saved_id = page.current_id
    page.editor.setPlainText(KEPT + "\n还没保存的一句。")  # unsaved edit: must survive too
    files = bad_files(tmp_path / "bad")
    fake_docx = tmp_path / "bad" / "letter.docx"
    fake_docx.write_bytes(b"this is not a zip at all")
    files["fake_docx"] = (fake_docx, "Word")
    for name, (path, word) in files.items():
        text = _open_and_wait(window, page, path, messages, qtbot)
        assert word.lower() in text.lower(), (name, text)
        assert page.editor.toPlainText() == KEPT + "\n还没保存的一句。", name
        assert page.current_id == saved_id and page.title_edit.text() == "我的读物"
    assert page.library.reader(saved_id).text == KEPT
    assert len(files) == 9
