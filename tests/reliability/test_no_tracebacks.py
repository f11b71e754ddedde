"""Inputs that used to end in a traceback now end in one line the teacher can read."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from chinese_teach.cli import main
from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.core.library import Course, Library
from chinese_teach.core.library.startup import open_library
from tests.reliability.smalldisk import fill, small_disk


def _one_line_error(argv: list[str], capsys) -> str:
    assert main(argv) == 1, argv
    err = capsys.readouterr().err
    assert err.startswith("chinese-teach: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def _course_file(tmp_path: Path, fresh_home: Path, patch) -> Path:
    with open_library() as lib:
        course = lib.courses()[0]
    out = tmp_path / "course.zip"
    assert main(["course", "export", course.id, "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["course.json"] = patch(entries["course.json"].decode("utf-8")).encode("utf-8")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return bad


@pytest.mark.parametrize("patch", [
    lambda doc: doc.replace('"format_version": 1', '"format_version": ' + "9" * 5000, 1)
    if '"format_version": 1' in doc else doc[:-2] + ', "x": ' + "9" * 5000 + "}\n",
    lambda doc: doc.replace('"name": "', '"name": "\\ud800', 1),
], ids=["huge integer", "lone surrogate"])
def test_course_files_with_json_that_python_cannot_hold(fresh_home, engine, tmp_path, capsys,
                                                         patch):
    bad = _course_file(tmp_path, fresh_home, patch)
    capsys.readouterr()
    before = [c.name for c in open_library().courses()]
    _one_line_error(["course", "import", str(bad), "--copy"], capsys)
    assert [c.name for c in open_library().courses()] == before


@pytest.mark.parametrize("body", [
    '{"format": "chinese-teach-corrections", "version": ' + "1" * 5000 + "}",
    '{"format": "chinese-teach-corrections", "version": 1, "corrections": '
    '[{"word": "\\ud800", "pinyin": "yi1"}]}',
], ids=["huge integer", "lone surrogate"])
def test_corrections_files_with_json_that_python_cannot_hold(fresh_home, tmp_path, capsys, body):
    path = tmp_path / "corrections.json"
    path.write_text(body, encoding="utf-8")
    _one_line_error(["corrections", "import", str(path)], capsys)


def test_reader_options_with_numbers_out_of_range_fall_back_to_defaults():
    from chinese_teach.core.documents.reader import ReaderOptions

    opts = ReaderOptions.from_dict({"target_level": 1e400, "font_size": float("inf"),
                                    "line_spacing": float("nan"), "margin_mm": 10 ** 5000})
    default = ReaderOptions()
    assert opts.target_level == default.target_level and opts.font_size == default.font_size
    assert opts.line_spacing == default.line_spacing and opts.margin_mm == default.margin_mm
    opts.validate()


def test_a_lone_surrogate_in_a_save_is_a_message(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as lib:
        with pytest.raises(ChineseTeachError, match="not valid Unicode"):
            lib.save_course(Course(name="Bad \ud800 name"))
        assert lib.courses() == []
        lib.save_course(Course(name="Fine"))  # the library is still usable


def test_a_disk_filling_during_course_import_is_a_message(tmp_path, fresh_home, capsys):
    with open_library() as lib:
        course = lib.courses()[0]
    exported = tmp_path / "course.zip"
    assert main(["course", "export", course.id, "-o", str(exported)]) == 0
    with small_disk(tmp_path / "disk") as disk:
        bad_home = disk / "home"
        bad_home.mkdir()
        os.symlink(fresh_home / "corpus.sqlite", bad_home / "corpus.sqlite")
        os.environ["CHINESE_TEACH_HOME"] = str(bad_home)
        try:
            with open_library() as lib:
                names = [c.name for c in lib.courses()]
            fill(disk, 40_000)
            capsys.readouterr()
            for _ in range(40):  # until the disk is full mid-import
                code = main(["course", "import", str(exported), "--copy"])
                err = capsys.readouterr().err
                assert "Traceback" not in err and "savepoint" not in err, err
                if code == 1:
                    break
            assert code == 1 and "Could not save to the library" in err, err
            with Library.open(bad_home / "library.sqlite", auto_backup=False) as lib:
                assert len(lib.courses()) >= len(names)
                assert lib.db.integrity_check() == ["ok"]
        finally:
            os.environ["CHINESE_TEACH_HOME"] = str(fresh_home)


def test_a_name_with_a_title_keeps_the_readers_title(engine, dictionary):
    """A name with a title (王老师) once overwrote the reader's title with a number, and
    the PDF export then failed in QPdfWriter.setTitle."""
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader

    doc = build_reader("王老师是我的老师。", ReaderOptions(), engine=engine,
                       dictionary=dictionary, title="Week 1")
    assert doc.title == "Week 1"
