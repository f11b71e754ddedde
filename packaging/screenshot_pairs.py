"""Before/after pairs of every page for a closing note: docs/screenshots/before-after/PAGE.png.

"Before" is a page's screenshot as committed at an earlier revision (default bf6be65, the
main branch before the design work, 1280×800); "after" is the current 1366×768 set that
`make screenshots` writes. The start page did not exist then: its "before" is the page a
first start landed on (the empty Dictionary).

    python packaging/screenshot_pairs.py [--before REV]

Run `make screenshots` first so that "after" is current.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AFTER = ROOT / "docs" / "screenshots" / "1366x768"
OUT = ROOT / "docs" / "screenshots" / "before-after"
#: page -> the file that shows it at the "before" revision
BEFORE_FILES = {
    "annotate": "annotate.png", "corrections": "corrections.png", "decks": "decks.png",
    "dictionary": "dictionary.png", "library": "library.png", "readers": "readers.png",
    "worksheet-preview": "worksheet-preview.png", "start": "dictionary.png",
}
LABEL_HEIGHT = 40


def _blob(rev: str, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"],
                          capture_output=True, check=True).stdout


def pair(page: str, rev: str) -> Path:
    """Write the before/after image of ``page`` and return its path."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    before = QImage.fromData(_blob(rev, f"docs/screenshots/{BEFORE_FILES[page]}"))
    after = QImage(str(AFTER / f"{page}.png"))
    if before.isNull() or after.isNull():
        raise SystemExit(f"{page}: a screenshot is missing (run `make screenshots` first)")
    gap = 16
    width = before.width() + gap + after.width()
    height = LABEL_HEIGHT + max(before.height(), after.height())
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.drawImage(0, LABEL_HEIGHT, before)
    painter.drawImage(before.width() + gap, LABEL_HEIGHT, after)
    centre = Qt.AlignmentFlag.AlignCenter
    painter.drawText(QRect(0, 0, before.width(), LABEL_HEIGHT), centre,
                     f"Before (main at {rev[:7]}, {before.width()}×{before.height()})")
    painter.drawText(QRect(before.width() + gap, 0, after.width(), LABEL_HEIGHT), centre,
                     f"After ({after.width()}×{after.height()})")
    painter.end()
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{page}.png"
    out.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    """Write every pair; prints each file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="bf6be65", help="the revision of 'before'")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for page in BEFORE_FILES:
        print(pair(page, args.before).relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
