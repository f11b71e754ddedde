"""Pages stay thin: a page module over 450 lines has grown logic (move it to ``ops``) or a
big widget (move it to ``gui/widgets``)."""

from __future__ import annotations

from pathlib import Path

import chinese_teach.gui.pages as pages

MAX_LINES = 450


def test_no_page_module_is_over_the_limit() -> None:
    folder = Path(pages.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in sorted(folder.glob("*.py"))}
    assert "readers.py" in sizes  # the folder scanned is the pages folder
    over = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not over, f"page modules over {MAX_LINES} lines: {over}"
