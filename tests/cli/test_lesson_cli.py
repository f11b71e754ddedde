"""``chinese-teach lesson export`` and ``chinese-teach worksheet``: the acceptance story.

A course from HSK 1 (2021) with three lessons; lesson 3's plan (PDF, DOCX) and its
writing worksheet are printed; the course goes to another teacher, who prints the
same plan from the imported copy.
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

from pypdf import PdfReader

from chinese_teach.cli import main


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)



def test_lesson_plan_pdf_and_docx(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    pdf = tmp_path / "plan.pdf"
    assert main(["lesson", "export", ids[2], "--plan", str(pdf)]) == 0
    assert "(Lesson 3: 包饺子, " in capsys.readouterr().out
    text = flat("".join(p.extract_text() for p in PdfReader(pdf).pages))
    for part in ("Lesson3:包饺子", "HSK3.0(2021standard)level2", "Total:45min", "饺子",
                 "jiǎozi", "Homework"):
        assert part in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "LXGW" in fonts and " no " not in fonts.split("\n", 2)[2].replace("yes no", "")
    assert main(["lesson", "export", ids[2], "--plan", str(pdf)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["lesson", "export", ids[2], "--plan", str(pdf), "--force"]) == 0

    docx = tmp_path / "plan.docx"
    assert main(["lesson", "export", ids[2], "--plan", str(docx)]) == 0
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert 'w:eastAsia="LXGW WenKai"' in xml
    body = re.sub(r"<[^>]+>", "", xml)
    for part in ("Lesson 3: 包饺子", "HSK 3.0 (2021 standard) level 2", "饺子", "jiǎozi",
                 "Objectives", "喜欢 + verb", "Write five sentences"):
        assert part in body
    styles = zipfile.ZipFile(docx).read("word/styles.xml").decode()
    assert 'w:eastAsia="LXGW WenKai"' in styles and "eastAsiaTheme" not in styles
    # the text has its pinyin, as in the PDF: 周末 is new in lesson 3
    assert re.search(r"<w:rt>.*?zhōu.*?</w:rt><w:rubyBase>.*?周", xml)


def test_bad_requests_give_readable_errors(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert main(["lesson", "export", "l-nope", "--plan", str(tmp_path / "x.pdf")]) == 1
    assert "no lesson" in capsys.readouterr().err
    assert main(["lesson", "export", ids[0], "--plan", str(tmp_path / "x.txt")]) == 1
    assert ".pdf or .docx" in capsys.readouterr().err
    assert main(["worksheet", ids[0], "--kind", "writing", "-o", str(tmp_path / "w.png")]) == 1
    assert "PDF" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_writing_worksheet_reproducible_and_rendered(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (a, b):
        assert main(["worksheet", ids[2], "--kind", "writing", "--grid", "mi", "--seed", "9",
                     "-o", str(out)]) == 0
    assert "seed 9" in capsys.readouterr().out
    ta = [p.extract_text() for p in PdfReader(a).pages]
    assert ta == [p.extract_text() for p in PdfReader(b).pages]
    assert "Answer" in ta[-1] and "Answer" not in ta[0] and "米字格" in flat(ta[0])
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(a), str(tmp_path / "page")],
                   check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(ta)
    for kind in ("tones", "cloze", "matching", "order"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["worksheet", ids[2], "--kind", kind, "--seed", "2", "-o", str(out)]) == 0
        assert len(PdfReader(out).pages) >= 2


def test_another_teacher_imports_the_course_intact(story, tmp_path: Path, capsys,
                                                   monkeypatch, corpus) -> None:
    course, ids = story
    zipped = tmp_path / "course.zip"
    assert main(["course", "export", course.id, "-o", str(zipped)]) == 0
    assert main(["course", "show", course.id, "--json"]) == 0
    capsys.readouterr()
    mine_pdf = tmp_path / "mine.pdf"
    assert main(["lesson", "export", ids[2], "--plan", str(mine_pdf)]) == 0

    other = tmp_path / "other-teacher"
    other.mkdir()
    (other / "corpus.sqlite").symlink_to(corpus.path)
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(other))
    assert main(["course", "import", str(zipped)]) == 0
    capsys.readouterr()
    assert main(["course", "show", course.id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [x["id"] for x in shown["lessons"]] == ids
    theirs_pdf = tmp_path / "theirs.pdf"
    assert main(["lesson", "export", ids[2], "--plan", str(theirs_pdf)]) == 0
    mine = [p.extract_text() for p in PdfReader(mine_pdf).pages]
    theirs = [p.extract_text() for p in PdfReader(theirs_pdf).pages]
    assert mine == theirs
