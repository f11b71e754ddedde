"""Courses, units, lessons, readers, words and corrections in the library."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from chinese_teach.core.errors import LibraryError
from chinese_teach.core.library import (
    Activity,
    Change,
    Correction,
    Course,
    GrammarPoint,
    Lesson,
    Library,
    NotFoundError,
    ReaderDoc,
    SegmentationEdit,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordList,
    WordListItem,
)
from chinese_teach.core.library.schema import SCHEMA_VERSION


def _lesson(course: Course, title: str, words: list[str] = ()) -> Lesson:
    return Lesson(course_id=course.id, title=title, vocab=[VocabItem(w) for w in words])


def test_new_library_has_schema_wal_and_foreign_keys(lib: Library) -> None:
    assert lib.db.schema_version == SCHEMA_VERSION
    assert lib.db.query_one("PRAGMA journal_mode")[0] == "wal"
    assert lib.db.query_one("PRAGMA foreign_keys")[0] == 1
    assert not lib.read_only


def test_course_round_trip_and_printable_ids(lib: Library, course: Course) -> None:
    assert course.id.startswith("c-") and course.id.isascii() and len(course.id) == 12
    again = lib.course(course.id)
    assert again == course
    course.name = "Beginners B"
    lib.save_course(course)
    assert [c.name for c in lib.courses()] == ["Beginners B"]
    assert lib.course(course.id).id == course.id


def test_course_validation(lib: Library) -> None:
    with pytest.raises(LibraryError, match="standard"):
        lib.save_course(Course(name="x", standard="hsk9"))
    with pytest.raises(LibraryError, match="target level"):
        lib.save_course(Course(name="x", standard="hsk2", target_level=7))
    with pytest.raises(LibraryError, match="text"):
        lib.save_course(Course(name=42))  # type: ignore[arg-type]
    assert lib.courses() == []


def test_lesson_with_children_round_trips(lib: Library, course: Course) -> None:
    unit = lib.save_unit(Unit(course.id, "Unit 1: Greetings"))
    lesson = Lesson(
        course_id=course.id, title="你好", unit_id=unit.id, date="2026-09-01", duration=50,
        objectives=["Can greet a classmate", "Can say their name"],
        vocab=[VocabItem("你好"), VocabItem("名字", ("ming2", "zi5"), "name (given)")],
        grammar=[GrammarPoint("叫 + name", "我叫……")],
        activities=[Activity(Stage.WARM_UP, 5, "Song"), Activity(Stage.PRACTICE, 20, "Pairs",
                                                                 "cards")],
        homework="Write 你好 five times", notes="bring cards", status=Status.READY,
    )
    saved = lib.save_lesson(lesson)
    assert saved.id.startswith("l-")
    got = lib.lesson(saved.id)
    assert got.title == "你好" and got.unit_id == unit.id and got.duration == 50
    assert got.objectives == lesson.objectives
    assert got.vocab == lesson.vocab
    assert [g.text for g in got.grammar] == ["叫 + name"] and got.grammar[0].id > 0
    assert got.activities == lesson.activities
    assert got.status is Status.READY
    assert got.planned_minutes == 25
    assert [g.text for g in lib.grammar_points()] == ["叫 + name"]


def test_lesson_validation_rolls_back(lib: Library, course: Course) -> None:
    bad = _lesson(course, "x")
    bad.activities = [Activity("dancing", 5, "x")]  # type: ignore[arg-type]
    with pytest.raises(LibraryError, match="stage"):
        lib.save_lesson(bad)
    bad = _lesson(course, "x")
    bad.duration = -3
    with pytest.raises(LibraryError, match="duration"):
        lib.save_lesson(bad)
    assert lib.lessons(course.id) == []


def test_failed_save_changes_nothing(lib: Library, course: Course) -> None:
    saved = lib.save_lesson(_lesson(course, "L1", ["你好", "谢谢"]))
    saved.title = "changed"
    saved.vocab = [VocabItem("再见")]
    saved.grammar = [GrammarPoint("   ")]  # empty grammar point fails after other rows
    with pytest.raises(LibraryError):
        lib.save_lesson(saved)
    got = lib.lesson(saved.id)
    assert got.title == "L1" and got.words == ["你好", "谢谢"]


def test_order_insert_move_delete(lib: Library, course: Course) -> None:
    a = lib.save_lesson(_lesson(course, "A", ["一"]))
    b = lib.save_lesson(_lesson(course, "B", ["二"]))
    c = lib.save_lesson(_lesson(course, "C", ["三"]))
    assert [r.title for r in lib.lesson_refs(course.id)] == ["A", "B", "C"]
    x = lib.save_lesson(_lesson(course, "X", ["四"]), position=1)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["A", "X", "B", "C"]
    affected = lib.move_lesson(c.id, 0)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["C", "A", "X", "B"]
    assert [r.title for r in affected] == ["C", "A", "X", "B"]
    affected = lib.move_lesson(a.id, 2)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["C", "X", "A", "B"]
    assert [r.title for r in affected] == ["X", "A"]
    assert lib.move_lesson(a.id, 2) == []
    affected = lib.delete_lesson(x.id)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["C", "A", "B"]
    assert [r.title for r in affected] == ["A", "B"]
    assert [r.position for r in lib.lesson_refs(course.id)] == [0, 1, 2]
    assert [r.title for r in lib.later_lessons(c.id)] == ["A", "B"]
    assert lib.later_lessons(b.id) == []


def test_listener_reports_affected_lessons(lib: Library, course: Course) -> None:
    a = lib.save_lesson(_lesson(course, "A", ["一"]))
    lib.save_lesson(_lesson(course, "B", ["二"]))
    changes: list[Change] = []
    lib.add_listener(changes.append)
    a.title = "A2"
    lib.save_lesson(a)  # same words: nothing later changes
    a.vocab.append(VocabItem("三"))
    lib.save_lesson(a)
    assert len(changes) == 2 and changes[0].affected == ()
    assert [r.title for r in changes[1].affected] == ["B"]
    assert changes[1].kind == "lesson" and changes[1].ids == (a.id,)


def test_duplicate_lesson_copies_texts(lib: Library, course: Course) -> None:
    a = lib.save_lesson(_lesson(course, "A", ["一"]))
    lib.save_lesson(_lesson(course, "B"))
    lib.save_reader(ReaderDoc("Text", "一二三", lesson_id=a.id, options={"tones": "marks"}))
    dup = lib.duplicate_lesson(a.id)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["A", "A (copy)", "B"]
    assert dup.words == ["一"] and dup.status is Status.DRAFT
    docs = lib.readers(dup.id)
    assert [(d.title, d.text, d.options) for d in docs] == [("Text", "一二三", {"tones": "marks"})]
    assert docs[0].id != lib.readers(a.id)[0].id


def test_template_lesson(lib: Library, course: Course) -> None:
    lesson = lib.lesson_from_template(course.id, "ppp", "New", duration=60)
    assert sum(a.minutes for a in lesson.activities) == 60
    assert lesson.activities[0].stage is Stage.WARM_UP
    assert {a.stage for a in lib.lesson_from_template(course.id, "task", "T").activities} >= {
        Stage.PRODUCTION}
    with pytest.raises(LibraryError, match="template"):
        lib.lesson_from_template(course.id, "nope", "x")


def test_units(lib: Library, course: Course) -> None:
    u1 = lib.save_unit(Unit(course.id, "U1"))
    u2 = lib.save_unit(Unit(course.id, "U2"))
    lib.move_unit(u2.id, 0)
    assert [u.title for u in lib.units(course.id)] == ["U2", "U1"]
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="L", unit_id=u1.id))
    lib.delete_unit(u1.id)
    assert lib.lesson(lesson.id).unit_id is None
    assert [u.position for u in lib.units(course.id)] == [0]


def test_delete_course_cascades_but_keeps_readers(lib: Library, course: Course) -> None:
    a = lib.save_lesson(_lesson(course, "A", ["一"]))
    doc = lib.save_reader(ReaderDoc("T", "一", lesson_id=a.id))
    lib.delete_course(course.id)
    with pytest.raises(NotFoundError):
        lib.lesson(a.id)
    assert lib.reader(doc.id).lesson_id is None
    assert lib.db.query_one("SELECT count(*) FROM lesson_vocab")[0] == 0


def test_readers_order_and_options_are_opaque(lib: Library, course: Course) -> None:
    a = lib.save_lesson(_lesson(course, "A"))
    opts = {"tone_style": "marks", "nested": {"x": [1, 2]}, "说明": "中文"}
    d1 = lib.save_reader(ReaderDoc("One", "你好", subtitle="s", options=opts, lesson_id=a.id))
    d2 = lib.save_reader(ReaderDoc("Two", "再见", lesson_id=a.id))
    loose = lib.save_reader(ReaderDoc("Loose", "谢谢"))
    assert [d.id for d in lib.readers(a.id)] == [d1.id, d2.id]
    assert lib.reader(d1.id).options == opts
    assert [d.id for d in lib.readers(None)] == [loose.id]
    lib.delete_reader(d1.id)
    assert [d.id for d in lib.readers(a.id)] == [d2.id]


def test_word_uid_is_stable(lib: Library, tmp_path: Path) -> None:
    uid = lib.word_uid("银行")
    assert uid == lib.word_uid("银行") and uid != lib.word_uid("你好")
    lib.set_word_data("银行", meaning="bank", pinyin=("yin2", "hang2"))
    assert lib.word_uid("银行") == uid
    data = lib.word_data("银行")
    assert data.meaning == "bank" and data.pinyin == ("yin2", "hang2") and data.uid == uid
    path = lib.path
    lib.close()
    with Library.open(path) as again:
        assert again.word_uid("银行") == uid


def test_corrections_and_segmentation_for_engine(lib: Library) -> None:
    lib.save_correction(Correction("银行", ("yin2", "hang2")))
    lib.save_correction(Correction("行", ("xíng",), left="", right="李", note="walk"))
    lib.save_correction(Correction("银行", ("yin2", "xing2")))  # same key: replaced
    assert len(lib.corrections()) == 2
    with pytest.raises(LibraryError, match="one syllable per character"):
        lib.save_correction(Correction("银行", ("yin2",)))
    with pytest.raises(LibraryError, match="not a pinyin syllable"):
        lib.save_correction(Correction("银行", ("yin2", "123")))
    rc = lib.engine_corrections()
    assert {(c.word, c.pinyin, c.right) for c in rc} == {
        ("银行", ("yin2", "xing2"), ""), ("行", ("xing2",), "李")}
    lib.save_segmentation_edit(SegmentationEdit("merge", "中文课"))
    lib.save_segmentation_edit(SegmentationEdit("split", "好朋友", ("好", "朋友")))
    with pytest.raises(LibraryError, match="make up"):
        lib.save_segmentation_edit(SegmentationEdit("split", "学生", ("学", "习")))
    assert lib.engine_segmentation() == (["中文课"], {"好朋友": ("好", "朋友")})


def test_word_lists(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "list.tsv"
    f.write_text("# my list\nword\tpinyin\tmeaning\n你好\tnǐ hǎo\thello\n谢谢\n你好\n",
                 encoding="utf-8")
    wl = lib.import_word_list(f, "Book 1")
    assert wl.words == ["你好", "谢谢"] and wl.items[0].meaning == "hello"
    assert lib.word_list(wl.id).items == wl.items
    lib.save_word_list(WordList("Other", [WordListItem("再见")]))
    assert [w.name for w in lib.word_lists()] == ["Book 1", "Other"]


def test_sql_is_parameterised_hostile_strings(lib: Library) -> None:
    evil = "x'); DROP TABLE lessons; --"
    course = lib.save_course(Course(name=evil, learners='"; DELETE FROM courses; --'))
    lesson = lib.save_lesson(Lesson(course_id=course.id, title=evil, notes="<script>",
                                    vocab=[VocabItem(evil[:20])]))
    assert lib.lesson(lesson.id).title == evil
    assert lib.course(course.id).name == evil


def test_read_only_writes_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        c = lib.save_course(Course(name="Shared"))
    from chinese_teach.core.library import db as dbmod

    monkeypatch.setattr(dbmod, "_location_writable", lambda p: False)
    with Library.open(path) as ro:
        assert ro.read_only and "cannot be written" in ro.read_only_reason
        assert ro.course(c.id).name == "Shared"
        with pytest.raises(LibraryError, match="read-only"):
            ro.save_course(Course(name="New"))


def test_too_new_library_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(path)
    assert path.read_bytes() == before


def test_word_uid_matches_library_free_rule(lib: Library) -> None:
    from chinese_teach.core.library.store import default_word_uid

    assert lib.word_uid("学生") == default_word_uid("学生")
    assert len(default_word_uid("学生")) == 32


def test_undo_delete_lesson_and_course(lib: Library, course: Course) -> None:
    unit = lib.save_unit(Unit(course.id, "U"))
    a = lib.save_lesson(_lesson(course, "A", ["一"]))
    b = lib.save_lesson(Lesson(course_id=course.id, title="B", unit_id=unit.id,
                               vocab=[VocabItem("二")], activities=[
                                   Activity(Stage.REVIEW, 5, "r")]))
    lib.save_lesson(_lesson(course, "C", ["三"]))
    doc = lib.save_reader(ReaderDoc("T", "二", lesson_id=b.id))
    snap = lib.snapshot_lesson(b.id)
    lib.delete_lesson(b.id)
    lib.restore_deleted(snap)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["A", "B", "C"]
    again = lib.lesson(b.id)
    assert again.vocab == b.vocab and again.activities == b.activities
    assert again.unit_id == unit.id
    assert [d.id for d in lib.readers(b.id)] == [doc.id]
    whole = lib.snapshot_course(course.id)
    lib.delete_course(course.id)
    assert lib.courses() == []
    lib.restore_deleted(whole)
    assert [r.title for r in lib.lesson_refs(course.id)] == ["A", "B", "C"]
    assert [u.id for u in lib.units(course.id)] == [unit.id]
    assert lib.lesson(a.id).words == ["一"]
    assert [d.id for d in lib.readers(b.id)] == [doc.id]


def test_changing_starting_vocabulary_affects_every_lesson(lib: Library, course: Course) -> None:
    lib.save_lesson(_lesson(course, "A"))
    lib.save_lesson(_lesson(course, "B"))
    changes: list[Change] = []
    lib.add_listener(changes.append)
    course.learners = "Year 9"
    lib.save_course(course)
    course.start_level = 2
    lib.save_course(course)
    assert changes[0].affected == ()
    assert [r.title for r in changes[1].affected] == ["A", "B"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_real_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    with Library.open(folder / "library.sqlite") as lib:
        c = lib.save_course(Course(name="On the school drive"))
    folder.chmod(0o555)
    try:
        with Library.open(folder / "library.sqlite") as ro:
            assert ro.read_only and ro.course(c.id).name == "On the school drive"
            with pytest.raises(LibraryError, match="read-only"):
                ro.save_course(Course(name="x"))
    finally:
        folder.chmod(0o755)


def test_search(lib: Library, course: Course) -> None:
    a = lib.save_lesson(Lesson(course_id=course.id, title="At the zoo", notes="50% off_day",
                               vocab=[VocabItem("熊猫", meaning="panda")]))
    lib.save_lesson(_lesson(course, "Family", ["爸爸"]))
    doc = lib.save_reader(ReaderDoc("动物", "我们去动物园看熊猫。", lesson_id=a.id))
    hits = lib.search("熊猫")
    assert [(h.kind, h.id, h.field) for h in hits] == [
        ("lesson", a.id, "vocab"), ("reader", doc.id, "text")]
    assert hits[1].course_id == course.id and hits[1].lesson_id == a.id
    assert [h.kind for h in lib.search("beginners")] == ["course"]
    assert [h.id for h in lib.search("ZOO")] == [a.id]
    assert [h.id for h in lib.search("50%")] == [a.id]
    assert [h.id for h in lib.search("%")] == [a.id]  # literal, not a wildcard
    assert [h.id for h in lib.search("f_d")] == [a.id] and lib.search("fxd") == []
    assert lib.search("  ") == []
