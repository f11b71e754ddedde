"""A reader in Word, opened in LibreOffice: the pinyin of neighbouring characters and
words stays apart (LibreOffice does not widen hanzi under a wider phonetic guide)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.export.reader_docx import export_docx

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
TEXT = "同学们，我们明天在学校门口见面。\n我们上个星期六一起去参观了博物馆。"


@pytest.mark.skipif(LIBREOFFICE is None,
                    reason="needs libreoffice (apt-get install libreoffice-writer-nogui)")
@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="needs pdftotext (apt-get install poppler-utils)")
def test_pinyin_readable_in_libreoffice(engine, dictionary, tmp_path):
    doc = build_reader(TEXT, ReaderOptions(per_char=True), engine, dictionary, title="t")
    src = tmp_path / "reader.docx"
    export_docx(doc, src, timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        capture_output=True, timeout=240, check=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "reader.pdf"), "-"],
                          capture_output=True, text=True, timeout=60, check=True).stdout
    words = text.split()
    # before: "wǒ menmíngtiān zài xué xiàomén", "menshàng g è"
    for joined in ("menmíngtiān", "xiàomén", "menshàng", "míngtiān"):
        assert joined not in text, text
    for syllable in ("tóng", "xué", "míng", "tiān", "xiào", "mén", "shàng", "qī"):
        assert syllable in words, (syllable, text)
