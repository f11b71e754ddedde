"""The screen a screenshot is taken on when there is no display.

Qt's offscreen platform (``QT_QPA_PLATFORM=offscreen``) has one 800 × 800 screen unless a
configuration file names others, and the dialogs fit themselves to their screen
(:mod:`.dialogs.screen_fit`): ``chinese-teach gui --screenshot --size 1920x1080 --dialog
worksheet-preview`` shot the dialog at 784 × 760 over a 1920 × 1080 window. Before the
application starts, :func:`size_offscreen_screen` gives that platform one screen of the
window's size, so a dialog opens as it would on a screen of the size asked.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

PLATFORM_ENV = "QT_QPA_PLATFORM"


def size_offscreen_screen(size: tuple[int, int]) -> Path | None:
    """Point the offscreen platform at a configuration with one ``size`` screen (logical
    pixels, 96 dpi); returns the file written, or None when the platform is another or
    already has its own configuration (the caller's choice stands)."""
    platform = os.environ.get(PLATFORM_ENV, "")
    if platform != "offscreen":
        return None
    screen = {"name": "screenshot", "x": 0, "y": 0, "width": size[0], "height": size[1],
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
              "screens": [screen]}
    fd, name = tempfile.mkstemp(prefix="chinese-teach-screen-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(config, f)
    os.environ[PLATFORM_ENV] = f"offscreen:configfile={name}"
    return Path(name)
