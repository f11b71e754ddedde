"""The lesson editor's worksheet preview: a 10-page writing set, time to its first page.

Measured in a child process (the preview needs a QApplication with widgets; the other
benchmarks run under a QGuiApplication). A lesson whose vocabulary makes a writing
sheet (stroke order, 田字格) of ten pages with its answer key; then, on the same lesson:

* **preview** (the app): the lesson editor opens the preview dialog; the layout runs
  in the task runner's worker and the canvas paints the pages in view only. Timed from
  the click to the first page painted on screen, and the longest stretch the UI thread
  was busy meanwhile (a 5 ms timer's longest gap);
* **before** (what a teacher had to do): export the PDF (the editor's own export
  path), then open it in a PDF viewer (not counted);
* **naive preview**: the same dialog's work done on the UI thread, every page painted
  up front: the UI is frozen for all of it.

    python -m benchmarks.worksheet_preview --probe [--quick]   # the child: one JSON line
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Figure
from benchmarks.context import Context

GROUP = "Worksheet preview"
ROOT = Path(__file__).resolve().parent.parent
#: HSK 1-3 words whose 49 distinct characters make a writing sheet of 10 A4 pages
#: (8 of exercises, 2 of answer key).
WORDS = ("学生", "老师", "朋友", "医生", "工作", "喜欢", "认识", "高兴",
         "中国", "汉语", "电脑", "电视", "电影", "飞机", "出租车", "火车站",
         "医院", "商店", "饭馆", "椅子", "桌子", "杯子", "水果", "苹果",
         "米饭", "面条", "衣服", "东西")


def run(ctx: Context) -> list[Figure]:
    ctx.corpus()  # built in this data directory before the child opens it
    args = [sys.executable, "-m", "benchmarks.worksheet_preview", "--probe"]
    if ctx.quick:
        args.append("--quick")
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                                            "CHINESE_TEACH_HOME": str(ctx.home)})
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"worksheet preview probe failed ({proc.returncode}): "
                           f"{(proc.stderr or proc.stdout).strip()[-400:]}")
    r = json.loads(lines[-1])
    pages = r["pages"]
    return [
        Figure(GROUP, f"{pages}-page writing set: click to first page shown",
               r["preview_first_page_s"], "s", baseline=r["pdf_export_s"],
               baseline_name="before: export the PDF (then open it in a viewer)",
               note=f"naive preview on the UI thread: {r['naive_s']:.2f} s",
               extra=r),
        Figure(GROUP, f"{pages}-page writing set: longest UI-thread block while opening",
               r["preview_longest_block_s"] * 1000, "ms", baseline=r["naive_s"] * 1000,
               baseline_name="naive preview: build, lay out, paint every page on the UI thread",
               note=f"pages painted by then: {r['pages_painted']} of {pages}"),
    ]


# -- the child process ---------------------------------------------------------------------

def _probe(quick: bool) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.library import Course, Library
    from chinese_teach.core.library.models import Lesson, VocabItem
    from chinese_teach.core.text.analyze import level_index
    from chinese_teach.core.text.engine import get_engine
    from chinese_teach.gui.context import AppContext
    from chinese_teach.gui.pages.lesson_editor import LessonEditor
    from chinese_teach.gui.tasks import TaskRunner
    from chinese_teach.ops.lesson import layout_lesson_worksheet
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.sheets import sheet_image, write_sheet_pdf

    app = QApplication.instance() or QApplication(["bench"])
    register_bundled_fonts()
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    work = Path(os.environ["CHINESE_TEACH_HOME"]) / "worksheet-preview"
    work.mkdir(exist_ok=True)
    path = work / "library.sqlite"
    for old in work.glob("library.sqlite*"):
        old.unlink()
    lib = Library.open(path, auto_backup=False)
    course = lib.save_course(Course(name="Preview", start_level=1))
    words = WORDS[:6] if quick else WORDS
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Writing set",
                                    vocab=[VocabItem(w) for w in words]))
    # Warm what every way shares (stroke data, fonts, lexicon caches) once.
    layout_lesson_worksheet(lib, lesson.id, "writing", engine, corpus, seed=1, grid="tian")

    def export_pdf() -> float:
        start = time.perf_counter()
        with Library.open(path, auto_backup=False) as own:
            doc = layout_lesson_worksheet(own, lesson.id, "writing", engine, corpus, seed=1,
                                          grid="tian")
        write_sheet_pdf(doc, work / "writing.pdf", True)
        return time.perf_counter() - start

    def naive_preview(dpi: float) -> tuple[float, int]:
        start = time.perf_counter()
        with Library.open(path, auto_backup=False) as own:
            doc = layout_lesson_worksheet(own, lesson.id, "writing", engine, corpus, seed=1,
                                          grid="tian")
        for i in range(len(doc.pages)):
            sheet_image(doc, i, dpi=dpi)
        return time.perf_counter() - start, len(doc.pages)

    tasks = TaskRunner()
    ctx = AppContext(tasks)
    ctx.set_corpus(corpus, level_index(corpus))
    ctx.set_engine(engine)
    editor = LessonEditor(ctx, lib, QUndoStack())
    editor.resize(1280, 800)
    editor.show()
    editor.load_lesson(lesson.id)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("writing"))
    app.processEvents()

    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    start = time.perf_counter()
    last[0] = start
    timer.start()
    dialog = editor.open_worksheet_preview()
    canvas = dialog.preview.canvas
    canvas.first_painted.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    opened = time.perf_counter() - start
    loop.exec()
    first_page = time.perf_counter() - start
    timer.stop()
    tick()
    pages = len(dialog.doc.pages) if dialog.doc is not None else 0
    painted = len(canvas.painted)
    zoom_dpi = canvas.zoom * 72.0 * canvas.devicePixelRatioF()
    dialog.close()
    tasks.shutdown()
    pdf = export_pdf()
    naive, naive_pages = naive_preview(zoom_dpi)
    lib.close()
    return {
        "pages": pages, "naive_pages": naive_pages, "pages_painted": painted,
        "preview_first_page_s": round(first_page, 4),
        "preview_dialog_open_s": round(opened, 4),
        "preview_longest_block_s": round(max([opened, *gaps]), 4),
        "pdf_export_s": round(pdf, 4), "naive_s": round(naive, 4),
        "screen_dpi": round(zoom_dpi, 1),
    }


if __name__ == "__main__":
    if "--probe" not in sys.argv:
        sys.exit(__doc__)
    try:
        result = _probe("--quick" in sys.argv)
    except Exception as exc:  # reported to the parent as a line of JSON
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(result))
    sys.exit(0 if "error" not in result else 1)
