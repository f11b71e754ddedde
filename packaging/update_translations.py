"""Refresh the interface translations: lupdate over the GUI sources, then lrelease.

    .venv/bin/python packaging/update_translations.py          # update .ts, build .qm
    .venv/bin/python packaging/update_translations.py --check  # also fail on unfinished

Every ``chinese_teach/gui/**/*.py`` is scanned by ``pyside6-lupdate``; new texts are
merged into ``resources/i18n/chinese_teach_<code>.ts`` (marked unfinished for the
translator, texts no longer in the code are dropped), and ``pyside6-lrelease``
compiles each ``.ts`` into the ``.qm`` the app loads. Translate the unfinished
messages with Qt Linguist (``.venv/bin/pyside6-linguist FILE.ts``) or a text editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chinese_teach.gui.i18n import (  # noqa: E402
    LANGUAGES,
    SOURCE_LANGUAGE,
    catalogue_path,
    read_ts,
)


def tool(name: str) -> str:
    """Path of a PySide6 tool next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (make setup)")
    return found


def sources() -> list[str]:
    """Every GUI module, relative to the repository root (stable .ts locations)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "chinese_teach" / "gui").rglob("*.py"))


def update(codes: list[str]) -> None:
    """Merge the current source texts into each language's .ts file."""
    ts_files = [str(catalogue_path(code, ".ts").relative_to(ROOT)) for code in codes]
    for ts, code in zip(ts_files, codes, strict=True):
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                        "-source-language", "en", "-target-language", code, "-ts", ts],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def release(codes: list[str]) -> None:
    """Compile each .ts into its .qm."""
    for code in codes:
        ts = catalogue_path(code, ".ts")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(catalogue_path(code, ".qm"))], check=True)


def unfinished(code: str) -> list[str]:
    """Source texts of ``code`` still without a finished translation."""
    return [m.source for m, text, kind in read_ts(catalogue_path(code, ".ts"))
            if kind in ("unfinished", "") and (kind == "unfinished" or not text)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a shipped language has unfinished texts")
    parser.add_argument("--no-update", action="store_true", help="only run lrelease")
    args = parser.parse_args(argv)
    codes = [c for c in LANGUAGES if c != SOURCE_LANGUAGE]
    if not args.no_update:
        update(codes)
    release(codes)
    bad = 0
    for code in codes:
        total = len(read_ts(catalogue_path(code, ".ts")))
        missing = unfinished(code)
        print(f"{code}: {total - len(missing)}/{total} translated")
        bad += bool(missing)
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
