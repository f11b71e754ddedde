"""``chinese-teach course list|show|export|import``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chinese_teach.cli import main


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CHINESE_TEACH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "chinese_teach", *args], capture_output=True,
                          env=env, timeout=120, check=False, text=True, encoding="utf-8")


def _json(capsys, args: list[str]):
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_export_import_between_teachers_as_subprocesses(corpus, tmp_path: Path) -> None:
    teacher_a, teacher_b = tmp_path / "a", tmp_path / "b"
    for home in (teacher_a, teacher_b):
        home.mkdir()
        (home / "corpus.sqlite").symlink_to(corpus.path)
    listed = _run(["course", "list", "--json"], teacher_a)
    assert listed.returncode == 0, listed.stderr
    courses = json.loads(listed.stdout)
    assert len(courses) == 1 and courses[0]["lessons"] == 4  # the first-run sample
    cid = courses[0]["id"]
    shown = json.loads(_run(["course", "show", cid, "--json"], teacher_a).stdout)
    assert [x["number"] for x in shown["lessons"]] == [1, 2, 3, 4]
    assert all(x["id"].startswith("l-") for x in shown["lessons"])
    out = tmp_path / "sample.zip"
    done = _run(["course", "export", cid, "-o", str(out)], teacher_a)
    assert done.returncode == 0, done.stderr
    assert zipfile.ZipFile(out).namelist()[0] == "course.json"
    again = _run(["course", "export", cid, "-o", str(out)], teacher_a)
    assert again.returncode == 1 and "already exists" in again.stderr and "--force" in again.stderr
    assert _run(["course", "export", cid, "-o", str(out), "--force"], teacher_a).returncode == 0
    # Teacher B already has the sample (same content, different ids): the import adds it.
    imported = _run(["course", "import", str(out), "--json"], teacher_b)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["id"] == cid
    theirs = json.loads(_run(["course", "show", cid, "--json"], teacher_b).stdout)
    assert theirs["lessons"] == shown["lessons"]
    dup = _run(["course", "import", str(out)], teacher_b)
    assert dup.returncode == 1 and "already in your library" in dup.stderr


def test_list_and_show_text(fresh_home, capsys) -> None:
    assert main(["course", "list"]) == 0
    line = capsys.readouterr().out.strip()
    cid = line.split()[0]
    assert cid.startswith("c-") and "HSK 3.0 (2021 standard)" in line
    assert main(["course", "show", cid]) == 0
    text = capsys.readouterr().out
    assert "Unit 1: Meeting people" in text and "  1. l-" in text and "4. l-" in text


def test_show_unknown_course(fresh_home, capsys) -> None:
    assert main(["course", "show", "c-nope"]) == 1
    assert "no course with id c-nope" in capsys.readouterr().err


def test_export_one_lesson_and_import_copy(fresh_home, capsys, tmp_path: Path) -> None:
    cid = _json(capsys, ["course", "list", "--json"])[0]["id"]
    lessons = _json(capsys, ["course", "show", cid, "--json"])["lessons"]
    out = tmp_path / "one.zip"
    assert main(["course", "export", cid, "-o", str(out), "--lesson", lessons[2]["id"]]) == 0
    capsys.readouterr()
    result = _json(capsys, ["course", "import", str(out), "--copy", "--json"])
    assert result["as_copy"] and result["lessons"] == 1 and result["id"] != cid
    copy = _json(capsys, ["course", "show", result["id"], "--json"])
    assert [x["title"] for x in copy["lessons"]] == [lessons[2]["title"]]


@pytest.mark.parametrize("content, message", [
    (b"not a zip", "not a valid zip"),
    (None, "leaves its folder"),
])
def test_import_bad_file_changes_nothing(fresh_home, capsys, tmp_path: Path, content,
                                         message) -> None:
    bad = tmp_path / "bad.zip"
    if content is None:
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("course.json", "{}")
            zf.writestr("../../escape.txt", "x")
    else:
        bad.write_bytes(content)
    before = _json(capsys, ["course", "list", "--json"])
    assert main(["course", "import", str(bad)]) == 1
    assert message in capsys.readouterr().err
    assert _json(capsys, ["course", "list", "--json"]) == before
    assert not (tmp_path.parent / "escape.txt").exists()
