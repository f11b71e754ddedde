"""``--doc-lang``: the commands that write documents print their labels in the language
asked for (reader, worksheet, lesson plan, printable vocabulary list); English by
default; an unknown code is a one-line error that names the languages."""

from __future__ import annotations

import zipfile
from pathlib import Path

from chinese_teach.cli import main
from tests.document_language import docx_text, english_labels, html_text, pdf_text, squash


def test_worksheet_and_plan_in_spanish_and_chinese(story, tmp_path: Path, capsys) -> None:
    course, ids = story
    sheet = tmp_path / "ficha.pdf"
    assert main(["worksheet", ids[2], "--kind", "cloze", "--doc-lang", "es",
                 "-o", str(sheet)]) == 0
    assert "Completar los huecos" in capsys.readouterr().out
    text = squash(pdf_text(sheet))
    for word in ("Nombre:", "Fecha:", "Soluciones:", "Completarloshuecos", "número1"):
        assert squash(word) in text, word
    assert english_labels(text, "es", [course.name]) == []

    plan = tmp_path / "教案.docx"
    assert main(["lesson", "export", ids[2], "--plan", str(plan), "--doc-lang", "zh-CN"]) == 0
    body = docx_text(plan)
    for word in ("第 3 课：包饺子", "教学目标", "教学活动", "生词", "作业", "日期："):
        assert word in body, word
    pdf = tmp_path / "plan.pdf"
    assert main(["lesson", "export", ids[2], "--plan", str(pdf), "--doc-lang", "fr"]) == 0
    assert squash("Leçon 3\u00a0: 包饺子") in squash(pdf_text(pdf))
    # English when nothing is asked
    default = tmp_path / "default.pdf"
    assert main(["worksheet", ids[2], "--kind", "cloze", "-o", str(default)]) == 0
    assert "Name:" in pdf_text(default)


def test_reader_in_russian(tmp_path: Path, corpus, capsys) -> None:
    src = tmp_path / "課文.txt"
    src.write_text("我们一起去银行吧。他犹豫了一下。\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["reader", str(src), "-o", str(out), "--target", "2", "--glossary", "end",
                 "--doc-lang", "ru"]) == 0
    text = html_text(out.read_text(encoding="utf-8"))
    assert "生词 Словарик" in text and "Значение" in text
    assert "пиньинь над словами выше уровня 2" in text
    docx = tmp_path / "r.docx"
    assert main(["reader", str(src), "-o", str(docx), "--target", "2", "--doc-lang", "ru"]) == 0
    assert "Словарик" in docx_text(docx)
    assert zipfile.is_zipfile(docx)


def test_vocabulary_list_in_french(tmp_path: Path, fresh_home, capsys) -> None:
    words = tmp_path / "mots.txt"
    words.write_text("银行\n你好\n谢谢\n", encoding="utf-8")
    out = tmp_path / "vocabulaire.pdf"
    assert main(["deck", str(words), "-o", str(out), "--doc-lang", "fr"]) == 0
    text = pdf_text(out)
    assert squash("3 mots") in squash(text) and "Sens" in text and "Niveau" in text
    assert "Meaning" not in text and "words" not in text


def test_unknown_language_is_a_readable_error(story, tmp_path: Path, capsys) -> None:
    _, ids = story
    out = tmp_path / "x.pdf"
    assert main(["worksheet", ids[2], "--kind", "writing", "--doc-lang", "de",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Unknown document language 'de'" in err and "zh_CN" in err and "ru" in err
    assert not out.exists()
    assert main(["reader", "-", "-o", str(out), "--doc-lang", "xx"]) == 1
    assert "Unknown document language" in capsys.readouterr().err
