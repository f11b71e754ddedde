"""Screenshots of every page, the start page and the main dialogs for docs/screenshots/.

    .venv/bin/python packaging/screenshots.py            # all sets (make screenshots)
    .venv/bin/python packaging/screenshots.py --set 1366x768 --only start,library

Each set is a folder of ``docs/screenshots/``: ``1366x768`` and ``1920x1080`` at 100 %,
and ``1920x1080@150`` (``QT_SCALE_FACTOR=1.5``: a 1280×720 window painted with 1.5
device pixels per pixel, so a 1920×1080 image). Every shot runs ``chinese-teach gui
--screenshot`` offscreen in one fresh data directory with default settings (the sample
course, the first start's guided path); the start page is also taken in the five
interface languages (``main-CODE.png``, 1366×768).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
#: folder name -> (window size in logical pixels, QT_SCALE_FACTOR)
SETS: dict[str, tuple[str, str]] = {
    "1366x768": ("1366x768", "1"),
    "1920x1080": ("1920x1080", "1"),
    "1920x1080@150": ("1280x720", "1.5"),
}
PAGES = ("start", "library", "readers", "decks", "dictionary", "annotate", "corrections")
#: file name -> (page, dialog)
DIALOGS: dict[str, tuple[str, str]] = {
    "worksheet-preview": ("library", "worksheet-preview"),
    "preferences": ("start", "preferences"),
    "about": ("start", "about"),
    "help": ("start", "help"),
}
LANGUAGES = ("en", "zh_CN", "es", "fr", "ru")


def screen_config(home: Path, size: str, scale: str) -> Path:
    """A file that gives the offscreen platform one screen as large as the set's display
    (its own is 800 × 800 pixels): a dialog is kept within the screen it opens on."""
    width, height = (round(int(n) * float(scale)) for n in size.split("x"))
    path = home / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "display", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return path


def shoot(home: Path, out: Path, page: str, size: str, *, scale: str = "1",
          dialog: str | None = None, lang: str | None = None) -> None:
    """One screenshot, in a child process (each needs its own QApplication)."""
    platform = f"offscreen:configfile={screen_config(home, size, scale)}"
    env = dict(os.environ, CHINESE_TEACH_HOME=str(home), QT_QPA_PLATFORM=platform,
               QT_SCALE_FACTOR=scale)
    cmd = [sys.executable, "-m", "chinese_teach", "gui", "--screenshot", str(out),
           "--page", page, "--size", size]
    if dialog:
        cmd += ["--dialog", dialog]
    if lang:
        cmd += ["--lang", lang]
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    print(f"{out.relative_to(ROOT)}  {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(SETS),
                        help="only this set (repeatable)")
    parser.add_argument("--only", help="only these pages or dialogs, comma-separated")
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    with tempfile.TemporaryDirectory(prefix="chinese-teach-shots-") as tmp:
        home = Path(tmp)
        for name in args.set or list(SETS):
            size, scale = SETS[name]
            for page in PAGES:
                if only is None or page in only:
                    shoot(home, OUT / name / f"{page}.png", page, size, scale=scale)
            for file, (page, dialog) in DIALOGS.items():
                if only is None or file in only:
                    shoot(home, OUT / name / f"{file}.png", page, size, scale=scale,
                          dialog=dialog)
        if args.set is None and only is None:
            for lang in LANGUAGES:
                shoot(home, OUT / f"main-{lang}.png", "start", "1366x768", lang=lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
