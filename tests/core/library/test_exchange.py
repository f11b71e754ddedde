"""Course export/import: a faithful round trip, and hostile files refused with nothing changed."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.library import (
    Activity,
    Course,
    GrammarPoint,
    Lesson,
    Library,
    ReaderDoc,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordList,
    WordListItem,
)
from chinese_teach.core.library import exchange as ex

WHEN = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _build(lib: Library) -> Course:
    wl = lib.save_word_list(WordList("Known", [WordListItem("熊猫", "xiong2 mao1", "panda")]))
    course = lib.save_course(Course(name="Year 8 中文", learners="8B", standard="hsk2021",
                                    target_level=2, start_level=1, start_list_id=wl.id,
                                    notes="<b>notes</b>"))
    u1 = lib.save_unit(Unit(course.id, "Unit 1"))
    u2 = lib.save_unit(Unit(course.id, "Unit 2", notes="n"))
    l1 = lib.save_lesson(Lesson(
        course_id=course.id, title="At the zoo", unit_id=u1.id, date="2026-09-01",
        duration=45, objectives=["Can name animals"],
        vocab=[VocabItem("动物园"), VocabItem("老虎", ("lao3", "hu3"), "tiger")],
        grammar=[GrammarPoint("有 + noun", "there is")],
        activities=[Activity(Stage.WARM_UP, 5, "Song", "audio"),
                    Activity(Stage.PRACTICE, 40, "Pairs")],
        homework="Draw an animal", notes="x", status=Status.TAUGHT))
    lib.save_lesson(Lesson(course_id=course.id, title="Weekend", unit_id=u2.id,
                           vocab=[VocabItem("周末")]))
    lib.save_reader(ReaderDoc("动物园", "我们去动物园。\n老虎很大！𠮷", subtitle="Text 1",
                              options={"tone_style": "marks", "size": 14}, lesson_id=l1.id))
    lib.save_reader(ReaderDoc("Dialogue", "A：你好！", lesson_id=l1.id))
    lib.word_uid("动物园")
    return course


def _snapshot(lib: Library) -> str:
    return "\n".join(lib.db.conn.iterdump())


@pytest.fixture
def exported(lib: Library, tmp_path: Path) -> tuple[Course, Path]:
    course = _build(lib)
    out = tmp_path / "course.zip"
    ex.export_course(lib, course.id, out, exported_at=WHEN)
    return course, out


def test_round_trip_keeps_everything_and_ids(lib: Library, exported, tmp_path: Path) -> None:
    course, out = exported
    (tmp_path / "other").mkdir()
    with Library.open(tmp_path / "other" / "library.sqlite") as other:
        result = ex.import_course(other, out)
        assert result.course_id == course.id and result.lessons == 2 and result.readers == 2
        got = other.course(course.id)
        assert (got.name, got.learners, got.standard, got.target_level, got.start_level,
                got.notes) == (course.name, "8B", "hsk2021", 2, 1, "<b>notes</b>")
        assert other.word_list(got.start_list_id).items == [
            WordListItem("熊猫", "xiong2 mao1", "panda")]
        assert [u.title for u in other.units(course.id)] == ["Unit 1", "Unit 2"]
        for mine, theirs in zip(lib.lessons(course.id), other.lessons(course.id), strict=True):
            assert replace(theirs, modified="") == replace(mine, modified="")
            a = [(d.id, d.title, d.subtitle, d.text, d.options) for d in lib.readers(mine.id)]
            b = [(d.id, d.title, d.subtitle, d.text, d.options) for d in other.readers(mine.id)]
            assert a == b
        assert other.word_uid("动物园") == lib.word_uid("动物园")
        # Importing the same course again is refused; as a copy it gets new ids.
        before = _snapshot(other)
        with pytest.raises(BadInputError, match="already in your library"):
            ex.import_course(other, out)
        assert _snapshot(other) == before
        copy = ex.import_course(other, out, as_copy=True)
        assert copy.course_id != course.id and len(other.courses()) == 2
        copied = other.lessons(copy.course_id)
        assert [x.title for x in copied] == ["At the zoo", "Weekend"]
        assert all(x.id not in {y.id for y in lib.lessons(course.id)} for x in copied)
        assert {x.unit_id for x in copied} == {u.id for u in other.units(copy.course_id)}
        assert other.readers(copied[0].id)[0].text.endswith("𠮷")


def test_export_is_deterministic_and_refuses_overwrite(lib: Library, exported,
                                                       tmp_path: Path) -> None:
    course, out = exported
    again = tmp_path / "again.zip"
    ex.export_course(lib, course.id, again, exported_at=WHEN)
    assert again.read_bytes() == out.read_bytes()
    with pytest.raises(ExportError, match="already exists"):
        ex.export_course(lib, course.id, out, exported_at=WHEN)
    ex.export_course(lib, course.id, out, overwrite=True, exported_at=WHEN)


def test_export_some_lessons(lib: Library, tmp_path: Path) -> None:
    course = _build(lib)
    first = lib.lesson_refs(course.id)[0]
    out = tmp_path / "one.zip"
    ex.export_course(lib, course.id, out, lesson_ids=[first.id])
    doc, texts = ex.read_course_file(out)
    assert [x["id"] for x in doc["lessons"]] == [first.id]
    assert [u["title"] for u in doc["units"]] == ["Unit 1"]
    assert len(texts) == 2
    with pytest.raises(ExportError, match="Not lessons"):
        ex.export_course(lib, course.id, tmp_path / "x.zip", lesson_ids=["l-0000000000"])


# -- hostile files -----------------------------------------------------------------------
def _good_doc(exported) -> tuple[dict, dict[str, bytes]]:
    _, out = exported
    with zipfile.ZipFile(out) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    return json.loads(files.pop("course.json")), files


def _zip(path: Path, entries: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return path


def _with(doc: dict, texts: dict[str, bytes], path: Path) -> Path:
    raw = json.dumps(doc).encode()
    return _zip(path, [("course.json", raw), *texts.items()])


def _mutate(exported, fn) -> tuple[dict, dict[str, bytes]]:
    doc, texts = _good_doc(exported)
    fn(doc, texts)
    return doc, texts


def _hostile_cases(exported, tmp: Path) -> dict[str, tuple[Path, str]]:
    doc, _ = _good_doc(exported)
    good_json = json.dumps(doc).encode()
    cases: dict[str, tuple[Path, str]] = {}

    def add(name: str, path: Path, match: str) -> None:
        cases[name] = (path, match)

    def mutated(name: str, fn, match: str) -> None:
        d, t = _mutate(exported, fn)
        add(name, _with(d, t, tmp / f"{name}.zip"), match)

    (tmp / "notzip.zip").write_bytes(b"%PDF-1.4 not a zip" * 50)
    add("not_a_zip", tmp / "notzip.zip", "not a valid zip")
    (tmp / "empty.zip").write_bytes(b"")
    add("empty_file", tmp / "empty.zip", "not a valid zip")
    add("no_course_json", _zip(tmp / "nojson.zip", [("texts/r-0123456789.txt", b"x")]),
        "no course.json")
    for n, evil in enumerate(["../evil.txt", "/etc/passwd", "C:/win/evil.txt",
                              "texts/../../evil.txt", "..\\evil.txt"]):
        add(f"zip_slip_{n}", _zip(tmp / f"slip{n}.zip", [("course.json", good_json),
                                                          (evil, b"pwned")]),
            "unsafe name|absolute path|leaves its folder")
    add("unexpected_entry", _zip(tmp / "extra.zip", [("course.json", good_json),
                                                     ("run.exe", b"MZ")]), "unexpected file")
    add("duplicate_entry", _zip(tmp / "dup.zip", [("course.json", good_json),
                                                  ("course.json", good_json)]), "twice")
    bomb = b"\0" * (ex.MAX_ENTRY_BYTES - 10)
    add("bomb_ratio", _zip(tmp / "ratio.zip", [("course.json", good_json),
                                               ("texts/r-0123456789.txt", bomb)]),
        "zip bomb")
    add("bomb_entry_size", _zip(tmp / "big.zip", [("course.json", good_json),
                                                  ("texts/r-0123456789.txt", os.urandom(
                                                      ex.MAX_ENTRY_BYTES + 1))],
                                method=zipfile.ZIP_STORED), "too large")
    many = [(f"texts/r-{n:010d}.txt", b"\0" * 1000) for n in range(ex.MAX_ENTRIES + 1)]
    add("too_many_entries", _zip(tmp / "many.zip", [("course.json", good_json), *many]),
        "at most")
    # Lying headers: declare 10 bytes for a 100 kB entry.
    liar = _zip(tmp / "liar.zip", [("course.json", good_json),
                                   ("texts/r-0123456789.txt", b"a" * 100_000)])
    data = bytearray(liar.read_bytes())
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := data.find(sig, start)) >= 0:
            name_len = struct.unpack_from("<H", data, pos + (26 if sig == b"PK\x03\x04" else 28))
            name = bytes(data[pos + (30 if sig == b"PK\x03\x04" else 46):][:name_len[0]])
            if name.startswith(b"texts/"):
                struct.pack_into("<I", data, pos + off, 10)
            start = pos + 4
    liar.write_bytes(bytes(data))
    add("lying_sizes", liar, "damaged|zip bomb|declares")
    add("malformed_json", _zip(tmp / "badjson.zip", [("course.json", b'{"format": ')]),
        "not valid JSON")
    add("json_not_object", _zip(tmp / "list.zip", [("course.json", b"[1, 2]")]),
        "must be an object|not a Chinese Teach")
    add("deep_json", _zip(tmp / "deep.zip", [("course.json", b"[" * 50_000)]),
        "not valid JSON")
    add("binary_json", _zip(tmp / "bin.zip", [("course.json", b"\xff\xfe\x00garbage")]),
        "not valid JSON")
    mutated("wrong_format", lambda d, t: d.update(format="anki"), "not a Chinese Teach")
    mutated("future_version", lambda d, t: d.update(version=99), "newer version")
    mutated("version_string", lambda d, t: d.update(version="1"), "version")
    mutated("missing_lessons", lambda d, t: (d.pop("lessons"), t.clear()), "must be a list")
    mutated("missing_name", lambda d, t: d["course"].pop("name"), r"course\.name is missing")
    mutated("duration_text", lambda d, t: d["lessons"][0].update(duration="45"),
            "whole number")
    mutated("duration_bool", lambda d, t: d["lessons"][0].update(duration=True),
            "whole number")
    mutated("duration_huge", lambda d, t: d["lessons"][0].update(duration=10**9), "between")
    mutated("objectives_str", lambda d, t: d["lessons"][0].update(objectives="x"),
            "must be a list")
    mutated("vocab_word_int", lambda d, t: d["lessons"][0]["vocab"][0].update(word=5),
            "must be text")
    mutated("bad_stage", lambda d, t: d["lessons"][0]["activities"][0].update(stage="nap"),
            "not an activity stage")
    mutated("bad_standard", lambda d, t: d["course"].update(standard="toefl"),
            "not a known HSK standard")
    mutated("bad_id", lambda d, t: d["lessons"][0].update(id="'; DROP TABLE lessons"),
            "not a valid lesson id")
    mutated("duplicate_lesson_id", lambda d, t: d["lessons"][1].update(
        id=d["lessons"][0]["id"]), "repeats the id")
    mutated("duplicate_unit_id", lambda d, t: d["units"][1].update(id=d["units"][0]["id"]),
            "repeats the id")
    mutated("missing_unit", lambda d, t: d["lessons"][0].update(unit_id="u-9999999999"),
            "unit that is not in the file")
    mutated("missing_text", lambda d, t: t.clear(), "text that is not in the file")
    mutated("orphan_text", lambda d, t: t.update({"texts/r-abcdefabcd.txt": b"x"}),
            "texts no lesson uses")
    mutated("text_not_utf8", lambda d, t: t.update({next(iter(t)): "中文".encode("gb18030")}),
            "not UTF-8")
    mutated("options_not_object", lambda d, t: d["lessons"][0]["readers"][0].update(
        options=[1]), "must be an object")
    mutated("bad_word_uid", lambda d, t: d["words"].append({"simplified": "x", "uid": "../"}),
            "not a word uid")
    return cases


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_hostile_files_refused_library_unchanged(lib: Library, exported, tmp_path: Path,
                                                 capsys) -> None:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    cases = _hostile_cases(exported, hostile)
    other_path = tmp_path / "victim" / "library.sqlite"
    other_path.parent.mkdir()
    with Library.open(other_path) as victim:
        victim.save_course(Course(name="Mine"))
        before = _snapshot(victim)
        for name, (path, match) in cases.items():
            with pytest.raises(BadInputError, match=match):
                ex.import_course(victim, path)
            assert _snapshot(victim) == before, name
        assert sorted(p.name for p in other_path.parent.iterdir() if p.is_file()) == [
            ".library.sqlite.lock", "library.sqlite", "library.sqlite-shm", "library.sqlite-wal"]
    assert not (tmp_path / "evil.txt").exists()
    with capsys.disabled():
        print(f"\nhostile course files refused: {len(cases)}")
    assert len(cases) >= 35


def test_conflicting_lesson_id_refused(lib: Library, exported, tmp_path: Path) -> None:
    doc, texts = _good_doc(exported)
    doc["course"]["id"] = "c-aaaaaaaaaa"  # a new course that reuses an existing lesson id
    path = _with(doc, texts, tmp_path / "conflict.zip")
    before = _snapshot(lib)
    with pytest.raises(BadInputError, match="already used"):
        ex.import_course(lib, path)
    assert _snapshot(lib) == before


def test_cancelled_import_changes_nothing(lib: Library, exported, tmp_path: Path) -> None:
    from chinese_teach.core.errors import Cancelled
    from chinese_teach.core.progress import CancelToken

    _, out = exported
    token = CancelToken()
    calls = []

    def progress(p) -> None:
        calls.append(p)
        token.cancel()

    before = _snapshot(lib)
    with pytest.raises(Cancelled):
        ex.import_course(lib, out, as_copy=True, progress=progress, cancel=token)
    assert _snapshot(lib) == before and calls


def test_duplicate_course(lib: Library) -> None:
    course = _build(lib)
    result = ex.duplicate_course(lib, course.id)
    copy = lib.course(result.course_id)
    assert copy.name == "Year 8 中文 (copy)" and copy.id != course.id
    mine, theirs = lib.lessons(course.id), lib.lessons(copy.id)
    assert [x.title for x in theirs] == [x.title for x in mine]
    assert [x.vocab for x in theirs] == [x.vocab for x in mine]
    assert not {x.id for x in theirs} & {x.id for x in mine}
    assert [d.text for d in lib.readers(theirs[0].id)] == [d.text for d in lib.readers(
        mine[0].id)]
