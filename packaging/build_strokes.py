"""Re-derive the bundled stroke-order resources from the npm packages.

Run at resource-build time (never at app run time)::

    .venv/bin/python packaging/build_strokes.py            # npm pack the pinned versions
    .venv/bin/python packaging/build_strokes.py --from-dir DIR   # use tarballs already in DIR

It writes

* ``resources/strokes/strokes.sqlite``: one row per character of ``hanzi-writer-data``;
  the column ``data`` holds the character's JSON (strokes, medians, radStrokes, exactly as
  the package ships it) compressed with zlib. Rows are inserted in code-point order and the
  file is vacuumed, so the same input gives the same bytes.
* ``resources/strokes/ARPHICPL.TXT`` and ``resources/strokes/APL/``: the data's licence.
* ``resources/hanzi-writer/hanzi-writer.min.js`` and ``LICENSE`` (MIT).
* ``resources/strokes/SOURCE.md`` is written by hand and states the same facts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zlib
from pathlib import Path

DATA_PACKAGE = "hanzi-writer-data"
DATA_VERSION = "2.0.1"
JS_PACKAGE = "hanzi-writer"
JS_VERSION = "3.7.3"

ROOT = Path(__file__).resolve().parent.parent
STROKES_DIR = ROOT / "resources" / "strokes"
WRITER_DIR = ROOT / "resources" / "hanzi-writer"


def npm_pack(spec: str, dest: Path) -> Path:
    """Download one package tarball with the ordinary npm client."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=dest, check=True, capture_output=True, text=True
    ).stdout.strip().splitlines()
    return dest / out[-1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_database(data_root: Path, target: Path) -> int:
    """Write the per-character zlib-compressed JSON rows; returns the number of characters."""
    rows: list[tuple[str, bytes, int]] = []
    for path in data_root.glob("*.json"):
        char = path.stem
        if len(char) != 1:  # package.json and the like
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        compact = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        rows.append((char, zlib.compress(compact, 9), len(data["strokes"])))
    rows.sort(key=lambda r: ord(r[0]))
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA page_size = 1024")
    con.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE chars (
            char TEXT PRIMARY KEY,
            data BLOB NOT NULL,      -- zlib(JSON {strokes, medians, radStrokes})
            stroke_count INTEGER NOT NULL
        );
        """
    )
    con.executemany("INSERT INTO chars VALUES (?, ?, ?)", rows)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("source", f"{DATA_PACKAGE}@{DATA_VERSION}"), ("format", "1"),
         ("chars", str(len(rows)))],
    )
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(target)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-dir", type=Path, help="folder holding the two .tgz files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmpdir:
        work = Path(tmpdir)
        if args.from_dir:
            data_tgz = args.from_dir / f"{DATA_PACKAGE}-{DATA_VERSION}.tgz"
            js_tgz = args.from_dir / f"{JS_PACKAGE}-{JS_VERSION}.tgz"
        else:
            data_tgz = npm_pack(f"{DATA_PACKAGE}@{DATA_VERSION}", work)
            js_tgz = npm_pack(f"{JS_PACKAGE}@{JS_VERSION}", work)
        for tgz, name in ((data_tgz, "data"), (js_tgz, "js")):
            with tarfile.open(tgz) as tar:
                tar.extractall(work / name, filter="data")
        data_root = work / "data" / "package"
        js_root = work / "js" / "package"

        STROKES_DIR.mkdir(parents=True, exist_ok=True)
        count = build_database(data_root, STROKES_DIR / "strokes.sqlite")
        shutil.copy2(data_root / "ARPHICPL.TXT", STROKES_DIR / "ARPHICPL.TXT")
        shutil.rmtree(STROKES_DIR / "APL", ignore_errors=True)
        shutil.copytree(data_root / "APL", STROKES_DIR / "APL")

        WRITER_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copy2(js_root / "dist" / "hanzi-writer.min.js", WRITER_DIR / "hanzi-writer.min.js")
        shutil.copy2(js_root / "LICENSE", WRITER_DIR / "LICENSE")

        print(f"{DATA_PACKAGE}-{DATA_VERSION}.tgz sha256 {sha256(data_tgz)}")
        print(f"{JS_PACKAGE}-{JS_VERSION}.tgz sha256 {sha256(js_tgz)}")
        print(f"{count} characters -> {STROKES_DIR / 'strokes.sqlite'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
