"""``chinese-teach worksheet ID --kind dictation``: a 听写 set (student sheet, teacher's
script, answer key) reproducible from its seed, on A4 or Letter, in the document language."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from chinese_teach.cli import main


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _texts(path: Path) -> list[str]:
    return [flat(p.extract_text()) for p in PdfReader(path).pages]


def test_dictation_from_the_cli(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    a, b, c = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    for out in (a, b):
        assert main(["worksheet", ids[2], "--kind", "dictation", "--seed", "6", "--hint",
                     "meaning", "-o", str(out)]) == 0
    assert "seed 6" in capsys.readouterr().out
    ta = _texts(a)
    assert ta == _texts(b)
    assert "Dictation" in ta[0] and "Teacher'sscript" in ta[-2] and "Answerkey" in ta[-1]
    assert main(["worksheet", ids[2], "--kind", "dictation", "--in-order", "--hint", "none",
                 "--paper", "Letter", "--doc-lang", "zh_CN", "-o", str(c)]) == 0
    tc = _texts(c)
    assert "听写" in tc[0] and "教师用稿" in tc[-2] and "按课文顺序" in tc[0]
    assert round(float(PdfReader(c).pages[0].mediabox.width)) == 612


def test_dictation_refuses_an_unknown_hint(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    try:
        code = main(["worksheet", ids[2], "--kind", "dictation", "--hint", "tones", "-o",
                     str(tmp_path / "x.pdf")])
    except SystemExit as exc:  # argparse refuses a choice it does not know
        code = exc.code
    assert code == 2 and "tones" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_dictation_as_a_word_document(story, tmp_path: Path, capsys) -> None:
    import zipfile

    _, ids = story
    out = tmp_path / "tingxie.docx"
    assert main(["worksheet", ids[2], "--kind", "dictation", "--paper", "Letter", "-o",
                 str(out)]) == 0
    assert "Word document" in capsys.readouterr().out
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert 'w:w="12240"' in xml and "Teacher" in xml and xml.count("<w:tbl>") >= 2
    # another kind of worksheet is a PDF only
    code = main(["worksheet", ids[2], "--kind", "tones", "-o", str(tmp_path / "t.docx")])
    assert code != 0 and "dictation also as Word" in capsys.readouterr().err
    assert not (tmp_path / "t.docx").exists()
