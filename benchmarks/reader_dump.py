"""Dump readers built from fixed texts, to prove a speed change leaves them alone.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.reader_dump OUT_DIR [--size N]
    diff -r OUT_A OUT_B                                  # then compare two dumps

For each of a dozen option sets (pinyin for all, new or above a level; per word or per
character; tone marks or numbers; third tones marked; glossary at the end or as notes;
underlined or numbered glossary words; simplified text, traditional text as written,
printed in the other script) a reader of ``--size`` mixed characters is built and
written as: the ``repr`` of its display tokens, glossary, sources and script
(``NAME.tokens``), its HTML (``NAME.html``), the XML parts of its DOCX (``NAME.docx.xml``)
and, with ``--pdf``, the text of its PDF (``NAME.pdf.txt``). The mixed text is drawn from
``texts.SENTENCES`` as in dumps of earlier rounds, or with ``--pool honest`` from the
benchmarks' pool (``texts.pool()``; compare only dumps taken with the same ``--pool``).
The engine is the data directory's (``$CHINESE_TEACH_HOME``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from benchmarks.texts import SENTENCES, mixed_text, pool


def option_sets() -> dict[str, tuple[dict, str]]:
    """name -> (ReaderOptions keywords, which text: ``simp`` | ``trad``)."""
    from chinese_teach.core.documents.reader import GlossaryMode, GlossMark, PinyinMode
    from chinese_teach.core.text.syllables import ToneStyle

    return {
        "default": ({}, "simp"),
        "word-third": ({"per_char": False, "show_third_tone_sandhi": True}, "simp"),
        "no-tone-changes": ({"tone_changes": False, "color_hanzi": True}, "simp"),
        "trad-as-written": ({}, "trad"),
        "simp-printed-trad": ({"script": "traditional"}, "simp"),
        "trad-printed-simp": ({"script": "simplified", "per_char": False}, "trad"),
        "above-notes": ({"pinyin": PinyinMode.ABOVE, "target_level": 2, "first_only": True,
                         "glossary": GlossaryMode.NOTES, "gloss_mark": GlossMark.NUMBER},
                        "simp"),
        "new-underline": ({"pinyin": PinyinMode.NEW, "known": "hsk2021:1",
                           "gloss_mark": GlossMark.UNDERLINE,
                           "tone_style": ToneStyle.NUMBERS, "per_char": False}, "simp"),
        "lines-zhuyin": ({"numbering": "line", "tone_style": ToneStyle.ZHUYIN,
                          "glossary": GlossaryMode.NONE}, "simp"),
        "none-edited": ({"pinyin": PinyinMode.NONE, "definitions": {"学校": "school (edited)"},
                         "numbering": "paragraph"}, "simp"),
    }


def dump(out: Path, size: int, pdf: bool, honest: bool = False) -> None:
    """Write every reader's dump files into ``out`` (the text from the pool with ``honest``)."""
    from opencc import OpenCC

    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.export.reader_docx import build_docx
    from chinese_teach.core.export.reader_html import render_html
    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    sentences = pool() if honest else SENTENCES
    simp = mixed_text(size, seed=7, sentences=sentences) + "\n王明和李小红在北京大学学习。\n"
    texts = {"simp": simp, "trad": OpenCC("s2twp").convert(simp)}
    out.mkdir(parents=True, exist_ok=True)
    if pdf:
        from PySide6.QtGui import QGuiApplication

        from chinese_teach.render.fonts import register_bundled_fonts

        app = QGuiApplication.instance() or QGuiApplication(["reader_dump"])  # noqa: F841
        register_bundled_fonts()
    for name, (kwargs, which) in option_sets().items():
        doc = build_reader(texts[which], ReaderOptions(**kwargs), engine, None,
                           title="Dump reader")
        with (out / f"{name}.tokens").open("w", encoding="utf-8") as fh:
            fh.write(f"{doc.script!r}\n{doc.sources!r}\n{doc.known_description!r}\n")
            for para in doc.paragraphs:
                fh.writelines(f"{tok!r}\n" for tok in para)
                fh.write("\n")
            fh.writelines(f"{g!r}\n" for g in doc.glossary)
        (out / f"{name}.html").write_text(render_html(doc), encoding="utf-8")
        buffer = io.BytesIO()
        build_docx(doc, dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).save(buffer)
        with zipfile.ZipFile(buffer) as zf, (out / f"{name}.docx.xml").open("wb") as fh:
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                fh.write(f"== {info.filename}\n".encode())
                fh.write(zf.read(info.filename) + b"\n")
        if pdf:
            from pypdf import PdfReader

            from chinese_teach.render.reader_pdf import export_pdf

            path = out / f"{name}.pdf"
            export_pdf(doc, path, overwrite=True)
            text = "\n\f".join(page.extract_text() for page in PdfReader(path).pages)
            (out / f"{name}.pdf.txt").write_text(text, encoding="utf-8")
            path.unlink()
        print(name, flush=True)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--pdf", action="store_true", help="also the PDF's text (slower)")
    parser.add_argument("--pool", choices=("classic", "honest"), default="classic",
                        help="the text's sentences: texts.SENTENCES (as in earlier dumps) "
                             "or the benchmarks' pool")
    args = parser.parse_args(argv)
    dump(args.out, args.size, args.pdf, args.pool == "honest")


if __name__ == "__main__":
    main(sys.argv[1:])
