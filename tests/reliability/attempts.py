"""Reliability attempts, round two: the closing table of issue 22, reproducible.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.reliability.attempts

Runs the command line the way a careful tester would (full disks, restores while a
program saves, damaged and missing libraries, failing automatic backups, read-only
data folders, pipes, devices, zip bombs, one-line books, huge JSON numbers, lone
surrogates, wrong encodings, formulas, hostile "backups", leftovers of killed
backups) in a throw-away data folder, and prints one table: attempts by kind,
refused cleanly, succeeded as they should, tracebacks, hangs, data lost. Kinds that
need root (tmpfs, bind mounts) are reported as skipped elsewhere.

An attempt is *refused cleanly* when the command exits 1 with one line on stderr and
no traceback; *data lost* when the library's courses, lessons or integrity changed
when they should not have, or an export's earlier file was altered.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

TIMEOUT = 120.0


class Tally:
    """Counts per kind of attempt."""

    def __init__(self) -> None:
        self.rows: dict[str, Counter] = defaultdict(Counter)
        self.notes: list[str] = []

    def add(self, kind: str, outcome: str, note: str = "") -> None:
        self.rows[kind]["attempts"] += 1
        self.rows[kind][outcome] += 1
        if outcome in ("traceback", "hang", "data lost", "wrong"):
            self.notes.append(f"{kind}: {outcome}: {note}")

    def table(self) -> str:
        cols = ("attempts", "refused", "succeeded", "traceback", "hang", "data lost",
                "wrong", "skipped")
        lines = ["| kind | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        total: Counter = Counter()
        for kind, row in self.rows.items():
            total.update(row)
            lines.append(f"| {kind} | " + " | ".join(str(row[c]) for c in cols) + " |")
        lines.append("| **total** | " + " | ".join(str(total[c]) for c in cols) + " |")
        return "\n".join(lines)


def run_cli(argv: list[str], timeout: float = TIMEOUT) -> tuple[str, int | None, str]:
    """(``"done"``/``"hang"``/``"traceback"``, exit status, stderr) of ``main(argv)``."""
    from chinese_teach.cli import main

    result: dict = {}

    def target() -> None:
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                result["code"] = main(argv)
        except BaseException:
            result["trace"] = traceback.format_exc()
        result["err"] = err.getvalue()

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return "hang", None, ""
    if "trace" in result or "Traceback" in result.get("err", ""):
        return "traceback", None, result.get("trace", result.get("err", ""))
    return "done", result["code"], result["err"]


def judge(tally: Tally, kind: str, argv: list[str], expect: str = "refused",
          check: Callable[[], str | None] | None = None) -> None:
    """Run ``argv`` and count it: ``expect`` is "refused" or "succeeded"; ``check``
    returns a data-loss description or None."""
    state, code, err = run_cli(argv)
    if state != "done":
        tally.add(kind, state, f"{argv}: {err[-300:]}")
        return
    lost = check() if check else None
    if lost:
        tally.add(kind, "data lost", f"{argv}: {lost}")
    elif expect == "refused" and code == 1 and err.count("\n") == 1:
        tally.add(kind, "refused")
    elif expect == "succeeded" and code == 0:
        tally.add(kind, "succeeded")
    else:
        tally.add(kind, "wrong", f"{argv}: exit {code}: {err[-300:]}")


def has_course(name: str) -> bool:
    """Whether the data folder's library has a course called ``name``."""
    from chinese_teach.core.library import Library

    with Library.open(auto_backup=False) as lib:
        return any(c.name == name for c in lib.courses())


def library_state(home: Path) -> tuple:
    path = home / "library.sqlite"
    if not path.exists():
        return ("missing",)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM courses").fetchone()[0],
                conn.execute("SELECT count(*) FROM lessons").fetchone()[0])
    finally:
        conn.close()


@contextlib.contextmanager
def mounted(kind: str, target: Path, source: Path | None = None, size: str = "2m"):
    """A tmpfs (``source`` None) or a read-only bind mount of ``source``; None if impossible."""
    target.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        yield None
        return
    if source is None:
        cmds = [["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)]]
    else:
        cmds = [["mount", "--bind", str(source), str(target)],
                ["mount", "-o", "remount,ro,bind", str(target)]]
    ok = all(subprocess.run(c, capture_output=True, check=False).returncode == 0 for c in cmds)
    try:
        yield target if ok else None
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def fill(folder: Path, leave: int) -> Path:
    filler = folder / "filler.bin"
    st = os.statvfs(folder)
    remaining = max(0, st.f_bavail * st.f_frsize - leave)
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        while remaining > 0:
            n = min(remaining, 65536)
            handle.write(b"\0" * n)
            remaining -= n
    return filler


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="ct-attempts-"))
    home = work / "home"
    home.mkdir()
    os.environ["CHINESE_TEACH_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.library import Course, Library
    from chinese_teach.core.library.startup import open_library

    open_corpus()  # built once here (a few minutes on first use)
    with open_library() as lib:
        course = lib.courses()[0]
        lesson = next(x for x in lib.lessons(course.id) if x.vocab)
    tally = Tally()
    text = work / "text.txt"
    text.write_text("我们一起去银行吧。他是我的老师。", encoding="utf-8")
    words = work / "words.txt"
    words.write_text("银行\n你好\n", encoding="utf-8")
    made = work / "made"
    made.mkdir()
    exports = {
        "p.pdf": ["lesson", "export", lesson.id, "--plan"],
        "p.docx": ["lesson", "export", lesson.id, "--plan"],
        "w.pdf": ["worksheet", lesson.id, "--kind", "matching", "-o"],
        "r.pdf": ["reader", str(text), "-o"],
        "r.docx": ["reader", str(text), "-o"],
        "r.html": ["reader", str(text), "-o"],
        "d.apkg": ["deck", str(words), "-o"],
        "d.csv": ["deck", "--lesson", lesson.id, "-o"],
        "c.zip": ["course", "export", course.id, "-o"],
    }
    for name, argv in exports.items():
        run_cli([*argv, str(made / name)])

    # 1. full disk: every export with --force onto a full / half-room tmpfs
    with mounted("tmpfs", work / "disk") as disk:
        if disk is None:
            tally.add("1 full disk", "skipped")
        else:
            for room in (0.0, 0.5):
                for name, argv in exports.items():
                    shutil.copyfile(made / name, disk / name)
                    before = (disk / name).read_bytes()
                    filler = fill(disk, int(len(before) * room))

                    def unchanged(path=disk / name, before=before) -> str | None:
                        return None if path.read_bytes() == before else "old file changed"

                    judge(tally, "1 full disk export", [*argv, str(disk / name), "--force"],
                          check=unchanged)
                    filler.unlink()
                    (disk / name).unlink()

    # 2. restore while another process saves
    saver = ("import sys,time\nfrom pathlib import Path\n"
             "from chinese_teach.core.library import Course, Library\n"
             "with Library.open(Path(sys.argv[1])) as lib:\n"
             "    print('open', flush=True)\n"
             "    while not Path(sys.argv[2]).exists():\n"
             "        lib.save_course(Course(name='saved')); time.sleep(0.05)\n")
    with Library.open(home / "library.sqlite") as lib:
        lib.db.backup("manual")
    stop = work / "stop"
    child = subprocess.Popen([sys.executable, "-c", saver, str(home / "library.sqlite"),
                              str(stop)], stdout=subprocess.PIPE, text=True)
    child.stdout.readline()
    judge(tally, "2 restore while open", ["library", "restore"])
    stop.touch()
    child.wait(30)
    with Library.open(home / "library.sqlite") as lib:
        saved = [c for c in lib.courses() if c.name == "saved"]
        if not saved:
            tally.add("2 restore while open", "data lost", "saves missing")
        for c in saved:
            lib.delete_course(c.id)

    # 3. damaged and missing libraries
    for damage in ("truncate", "garbage", "delete"):
        lib_path = home / "library.sqlite"
        with Library.open(lib_path) as lib:
            lib.save_course(Course(name=f"before {damage}"))
            lib.db.backup("manual")
        conn = sqlite3.connect(lib_path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        if damage == "truncate":
            lib_path.write_bytes(lib_path.read_bytes()[:4096])
        elif damage == "garbage":
            lib_path.write_bytes(b"garbage" * 2000)
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{lib_path}{suffix}").unlink(missing_ok=True)
        judge(tally, "3 damaged/missing library", ["course", "list"])
        judge(tally, "3 damaged/missing library", ["course", "list"],
              check=lambda p=lib_path: "a new library was created" if p.exists() else None)
        judge(tally, "3 damaged/missing library", ["library", "restore"], expect="succeeded",
              check=lambda d=damage: None if has_course(f"before {d}") else "lost")
        for leftover in home.glob("library.sqlite.damaged-*"):
            leftover.unlink()

    # 5 + 6 need mounts: a failing automatic backup, a read-only data folder
    with mounted("tmpfs", work / "small", size="8m") as small:
        if small is None:
            tally.add("5 failed auto backup", "skipped")
        else:
            small_home = small / "home"
            small_home.mkdir()
            os.symlink(home / "corpus.sqlite", small_home / "corpus.sqlite")
            os.environ["CHINESE_TEACH_HOME"] = str(small_home)
            with open_library() as lib:
                for n in range(40):
                    lib.save_course(Course(name=f"C{n}", notes="课文" * 4000))
                lib.db.backup("manual")
            for info in (small_home / "backups").iterdir():
                info.rename(info.with_name(info.name.replace("2026", "2020", 1)))
            filler = fill(small, 64_000)
            judge(tally, "5 failed auto backup", ["course", "list"], expect="succeeded")
            filler.unlink()
            os.environ["CHINESE_TEACH_HOME"] = str(home)
    with mounted("ro", work / "ro", source=home) as ro:
        if ro is None:
            tally.add("6 read-only folder", "skipped")
        else:
            os.environ["CHINESE_TEACH_HOME"] = str(ro)
            for argv in (["course", "list"], ["annotate", str(text)],
                         ["reader", str(text), "-o", str(work / "ro.html")],
                         ["library", "check"]):
                judge(tally, "6 read-only data folder", argv, expect="succeeded")
            os.environ["CHINESE_TEACH_HOME"] = str(home)

    # 7. inputs that hung or blew up
    fifo = work / "pipe.txt"
    os.mkfifo(fifo)
    for argv in (["annotate", str(fifo)], ["analyze", str(fifo)],
                 ["reader", str(fifo), "-o", str(work / "x.html")],
                 ["deck", str(fifo), "-o", str(work / "x.apkg")],
                 ["course", "import", str(fifo)], ["corrections", "import", str(fifo)],
                 ["annotate", "/dev/zero"], ["reader", "/dev/zero", "-o", str(work / "z.pdf")]):
        judge(tally, "7 pipes and devices", argv)
    bomb = work / "bomb.docx"
    buf = io.BytesIO()
    from docx import Document

    Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                zf.writestr(info.filename, b"<w:p/>" * 20_000_000)
            else:
                zf.writestr(info.filename, src.read(info))
    judge(tally, "7 zip bomb .docx", ["reader", str(bomb), "-o", str(work / "b.html")])
    book = work / "book.txt"
    book.write_text("我们一起去银行吧。他是我的老师，她很喜欢学习汉语。" * 20000, encoding="utf-8")
    started = time.perf_counter()
    judge(tally, "7 one-line book (500k chars)", ["annotate", str(book)], expect="succeeded")
    tally.notes.append(f"one-line book annotated in {time.perf_counter() - started:.1f} s")

    # 8. tracebacks before
    def course_variant(name: str, patch: Callable[[str], str]) -> Path:
        with zipfile.ZipFile(made / "c.zip") as zf:
            entries = {i.filename: zf.read(i) for i in zf.infolist()}
        entries["course.json"] = patch(entries["course.json"].decode()).encode()
        out = work / name
        with zipfile.ZipFile(out, "w") as zf:
            for entry, data in entries.items():
                zf.writestr(entry, data)
        return out

    before = library_state(home)
    for name, patch in (("int.zip", lambda d: d[:-2] + ', "x": ' + "9" * 5000 + "}\n"),
                        ("sur.zip", lambda d: d.replace('"name": "', '"name": "\\ud800', 1))):
        judge(tally, "8 JSON Python cannot hold", ["course", "import", "--copy",
                                                    str(course_variant(name, patch))],
              check=lambda: None if library_state(home) == before else "library changed")
    for body in ('{"format": "chinese-teach-corrections", "version": ' + "1" * 5000 + "}",):
        path = work / "corr.json"
        path.write_text(body)
        judge(tally, "8 JSON Python cannot hold", ["corrections", "import", str(path)])
    for name, content in (("deep.toml", "[defaults]\nx = " + "[" * 5000 + "]" * 5000),
                          ("odd.toml", "[locked]\nsettings = [{a = 1}]\n"),
                          ("user.toml", '[library]\nshared = "~nosuchuser-x/y"\n'),
                          ("bom.toml", "\ufeff[defaults]\ntheme = 'dark'\n")):
        path = work / name
        path.write_text(content, encoding="utf-8")
        os.environ["CHINESE_TEACH_SITE_CONFIG"] = str(path)
        judge(tally, "8 site.toml mistakes", ["course", "list"], expect="succeeded")
    os.environ["CHINESE_TEACH_SITE_CONFIG"] = str(fifo)
    judge(tally, "8 site.toml mistakes", ["course", "list"], expect="succeeded")
    del os.environ["CHINESE_TEACH_SITE_CONFIG"]

    # 9. content that should be refused
    samples = {
        "utf32-ascii": b"\xff\xfe\x00\x00hello world",
        "utf16-nul": codecs.BOM_UTF16_LE + "ab\x00cd".encode("utf-16-le"),
        "sjis": "これは日本語のテキストです。ひらがなとカタカナ。".encode("shift_jis"),
        "eucjp": "これは日本語のテキストです。ひらがなとカタカナ。".encode("euc_jp"),
        "euckr": "이것은 한국어 텍스트입니다. 안녕하세요 여러분.".encode("euc_kr"),
    }
    for name, data in samples.items():
        path = work / f"{name}.txt"
        path.write_bytes(data)
        judge(tally, "9 wrong encodings", ["annotate", str(path)])
    src_lib = work / "variant-src.sqlite"
    shutil.copyfile(home / "library.sqlite", src_lib)
    conn = sqlite3.connect(src_lib)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    for name, sql in (("v99", ["PRAGMA user_version = 99"]),
                      ("trigger", ["CREATE TRIGGER t AFTER INSERT ON corrections "
                                   "BEGIN DELETE FROM courses; END"]),
                      ("view", ["CREATE VIEW v AS SELECT 1"]),
                      ("column", ["ALTER TABLE courses ADD COLUMN evil TEXT"])):
        path = work / f"{name}.sqlite"
        shutil.copyfile(src_lib, path)
        conn = sqlite3.connect(path)
        for stmt in sql:
            conn.execute(stmt)
        conn.commit()
        conn.close()
        before = library_state(home)
        judge(tally, "9 hostile backups restored", ["library", "restore", str(path)],
              check=lambda b=before: None if library_state(home) == b else "library replaced")

    # 10. housekeeping
    stale = home / "backups" / ".library-20200101-000000-000000-auto.sqlite.tmp"
    stale.write_bytes(b"x" * 1000)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    judge(tally, "10 leftovers of a killed backup", ["course", "list"], expect="succeeded",
          check=lambda: "stale temporary file kept" if stale.exists() else None)

    print(tally.table())
    for note in tally.notes:
        print("-", note)
    shutil.rmtree(work, ignore_errors=True)
    bad = sum(row[k] for row in tally.rows.values() for k in ("traceback", "hang",
                                                               "data lost", "wrong"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
