"""``chinese-teach gui --screenshot``: waits for the page's data, saves a PNG, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def _run(args, home, timeout=400):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHINESE_TEACH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "chinese_teach", "gui", *args], env=env,
                          capture_output=True, check=False, text=True, timeout=timeout)


def test_screenshot_of_annotate_page(fresh_home, tmp_path):
    out = tmp_path / "shots" / "annotate.png"
    result = _run(["--screenshot", str(out), "--page", "annotate", "--size", "900x600"],
                  fresh_home)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    # the page is not blank: the ruby text put many distinct colours on it
    colours = {image.pixel(x, y) for x in range(0, 900, 3) for y in range(100, 400, 3)}
    assert len(colours) > 20
    assert "first paint" in (fresh_home / "logs" / "chinese-teach.log").read_text()


def test_screenshot_of_the_worksheet_preview(fresh_home, tmp_path):
    """``--dialog worksheet-preview``: the sample lesson's writing sheet over the window."""
    out = tmp_path / "preview.png"
    result = _run(["--screenshot", str(out), "--page", "library", "--dialog",
                   "worksheet-preview", "--size", "1280x800"], fresh_home)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # the page in the middle is mostly white paper with red practice boxes on it
    middle = [image.pixelColor(x, y) for x in range(200, 1000, 4) for y in range(300, 600, 4)]
    white = sum(1 for c in middle if min(c.red(), c.green(), c.blue()) > 245)
    red = sum(1 for c in middle if c.red() > 150 and c.green() < 110 and c.blue() < 110)
    assert white > len(middle) / 2 and red > 20


def test_unknown_dialog_is_a_readable_error(fresh_home, tmp_path):
    result = _run(["--screenshot", str(tmp_path / "x.png"), "--page", "annotate", "--dialog",
                   "nothing"], fresh_home)
    assert result.returncode == 1
    assert "has no dialog called 'nothing'" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_unknown_page_is_a_readable_error(fresh_home, tmp_path):
    result = _run(["--screenshot", str(tmp_path / "x.png"), "--page", "nowhere"], fresh_home)
    assert result.returncode == 1
    assert "There is no page called 'nowhere'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_dialog_is_shot_at_the_size_it_asks_on_the_screen_asked(fresh_home, tmp_path, qapp):
    """qa20: with no display the offscreen platform's one screen is 800 × 800, and the
    worksheet preview (1100 × window height - 60) fitted itself to it: 784 × 760 over a
    1920 × 1080 window. The screenshot's screen is now the size asked."""
    from chinese_teach.gui import theme

    out = tmp_path / "preview-1920.png"
    result = _run(["--screenshot", str(out), "--page", "library", "--dialog",
                   "worksheet-preview", "--size", "1920x1080"], fresh_home)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    border = theme.qcolour("border").rgb()
    # the frame drawn round the dialog: its top edge one pixel above a 1100 × 1020 dialog
    left, top = (1920 - 1100) // 2 - 1, (1080 - 1020) // 2 - 1
    edge = [image.pixel(x, top) & 0xFFFFFF == border & 0xFFFFFF for x in range(left, left + 1102)]
    assert sum(edge) > 1000, sum(edge)
    assert image.pixel(left, 540) & 0xFFFFFF == border & 0xFFFFFF


def test_the_offscreen_screen_takes_the_size_asked(monkeypatch):
    from chinese_teach.gui.offscreen_screen import size_offscreen_screen

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    config = size_offscreen_screen((1366, 768))
    assert config is not None and os.environ["QT_QPA_PLATFORM"].endswith(str(config))
    assert '"width": 1366' in config.read_text() and '"height": 768' in config.read_text()
    config.unlink()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert size_offscreen_screen((1366, 768)) is None
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
