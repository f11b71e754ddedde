"""Every exporting sub-command refuses to replace a file unless --force, and leaves the
old file untouched (no partial write, no stray temporary file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.cli import main


@pytest.fixture
def lesson_ids(fresh_home, engine, qapp):
    """The sample course of a first run: (course id, a lesson id with vocabulary).

    ``qapp`` first: the PDF commands then reuse the test session's QApplication
    instead of creating a QGuiApplication that later widget tests cannot use."""
    from chinese_teach.core.library.startup import open_library

    with open_library() as lib:
        course = lib.courses()[0]
        lesson = next(x for x in lib.lessons(course.id) if x.vocab)
        return course.id, lesson.id


def commands(tmp: Path, course_id: str, lesson_id: str) -> dict[str, tuple[list[str], Path]]:
    src = tmp / "text.txt"
    src.write_text("我们一起去银行吧。", encoding="utf-8")
    words = tmp / "words.txt"
    words.write_text("银行\n你好\n", encoding="utf-8")
    out = tmp / "out"
    out.mkdir()
    return {
        "reader html": (["reader", str(src), "-o", str(out / "r.html")], out / "r.html"),
        "reader docx": (["reader", str(src), "-o", str(out / "r.docx")], out / "r.docx"),
        "reader pdf": (["reader", str(src), "-o", str(out / "r.pdf")], out / "r.pdf"),
        "deck apkg": ([ "deck", str(words), "-o", str(out / "d.apkg")], out / "d.apkg"),
        "deck csv": (["deck", "--lesson", lesson_id, "-o", str(out / "d.csv")], out / "d.csv"),
        "lesson plan pdf": (["lesson", "export", lesson_id, "--plan", str(out / "p.pdf")],
                            out / "p.pdf"),
        "lesson plan docx": (["lesson", "export", lesson_id, "--plan", str(out / "p.docx")],
                             out / "p.docx"),
        "worksheet": (["worksheet", lesson_id, "--kind", "matching", "-o", str(out / "w.pdf")],
                      out / "w.pdf"),
        "course export": (["course", "export", course_id, "-o", str(out / "c.zip")],
                          out / "c.zip"),
    }


def test_every_export_refuses_to_overwrite_without_force(lesson_ids, tmp_path, capsys):
    course_id, lesson_id = lesson_ids
    cmds = commands(tmp_path, course_id, lesson_id)
    refused = 0
    for name, (argv, out) in cmds.items():
        out.write_bytes(b"the teacher's older file")
        assert main(argv) == 1, name
        err = capsys.readouterr().err
        assert "already exists" in err and "--force" in err, (name, err)
        assert out.read_bytes() == b"the teacher's older file", name
        refused += 1
        assert main([*argv, "--force"]) == 0, (name, capsys.readouterr().err)
        capsys.readouterr()
        assert out.read_bytes() != b"the teacher's older file" and out.stat().st_size > 0
    assert refused == len(cmds) == 9
    leftovers = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert leftovers == sorted(out.name for _, out in cmds.values())  # no temp files
