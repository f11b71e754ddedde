"""Make the reader samples in ``docs/samples``: PNG renders of page 1 of each export.

The teacher's scenario from issue 4: an original ~950-character text, pinyin on
words above HSK 3.0 (2021 standard) level 3, one fix made the way the Reader studio
stores it (the segmenter read 他只得了 as 只得 "have no choice but"; the teacher
splits it), then the PDF, HTML and DOCX exports, each rendered to PNG:

* ``reader-pdf.png``: page 1 of the PDF (pdftoppm);
* ``reader-docx.png``: page 1 of the DOCX converted by LibreOffice (soffice --headless);
* ``reader-html.png``: the HTML in headless Chromium.

Run from the repository root: ``.venv/bin/python docs/samples/make_reader_samples.py``
(needs poppler-utils, LibreOffice and Chromium; uses a temporary data directory).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="reader-samples-"))
    os.environ["CHINESE_TEACH_HOME"] = str(work / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (work / "home").mkdir()
    sys.path.insert(0, str(HERE.parents[1]))

    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.documents.reader import (
        GlossaryMode,
        GlossMark,
        PinyinMode,
        ReaderOptions,
        build_reader,
    )
    from chinese_teach.core.export.reader_docx import export_docx
    from chinese_teach.core.export.reader_html import export_html
    from chinese_teach.core.library.models import SegmentationEdit
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.engine import get_engine
    from chinese_teach.render.offscreen import ensure_gui_app
    from chinese_teach.render.reader_pdf import export_pdf

    ensure_gui_app()
    corpus = open_corpus()
    engine = get_engine(corpus)
    lib = Library.open(auto_backup=False)
    lib.save_segmentation_edit(SegmentationEdit("split", "只得", ("只", "得")))
    lib.apply_to_engine(engine)
    lib.close()

    text = (HERE / "sample_text.txt").read_text("utf-8")
    opts = ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=3, glossary=GlossaryMode.END,
                         gloss_mark=GlossMark.UNDERLINE, numbering="paragraph",
                         color_hanzi=False, color_pinyin=True)
    start = time.perf_counter()
    doc = build_reader(text, opts, engine, Dictionary(corpus), title="王明的愿望",
                       subtitle="初一（3）班 · 第五课")
    print(f"built in {time.perf_counter() - start:.2f} s, {len(doc.glossary)} glossary words")

    pdf, html, docx = work / "reader.pdf", work / "reader.html", work / "reader.docx"
    print("PDF pages:", export_pdf(doc, pdf))
    export_html(doc, html)
    export_docx(doc, docx)

    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(HERE / "reader-pdf")], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                    str(work / "lo"), str(docx)], check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(work / "lo" / "reader.pdf"), str(HERE / "reader-docx")], check=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", "--window-size=800,1100",
                        f"--screenshot={HERE / 'reader-html.png'}", html.as_uri()],
                       check=True, capture_output=True)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
