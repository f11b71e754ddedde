"""Property test: any text in any field survives save, export and import exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinese_teach.core.library import (
    Activity,
    Course,
    Lesson,
    Library,
    ReaderDoc,
    Stage,
    VocabItem,
)
from chinese_teach.core.library.exchange import export_course, import_course

# Any Unicode text (no lone surrogates: they cannot be stored as UTF-8 by any program).
TEXT = st.text(max_size=300)
SPECIAL = st.sampled_from([
    "", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "'); DROP TABLE lessons; --", "\u202eRTL\u202c", "𠮷𡈽𪚥", "e\u0301\u0308", "\x00\x07\x1b",
    "a\r\nb\rc\n", "🙂👩‍🏫", "x" * 450,
])
ANY = st.one_of(TEXT, SPECIAL)
WORD = st.text(min_size=1, max_size=8).filter(lambda w: w.strip() == w and w.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=ANY, learners=ANY, title=ANY, objectives=st.lists(ANY, max_size=3), notes=ANY,
       homework=ANY, words=st.lists(WORD, max_size=5, unique=True), meaning=ANY,
       description=ANY, text=ANY, options=st.dictionaries(TEXT, st.one_of(
           TEXT, st.integers(), st.booleans(), st.none()), max_size=3))
def test_any_text_round_trips(name, learners, title, objectives, notes, homework, words,
                              meaning, description, text, options) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "a").mkdir()
        (base / "b").mkdir()
        with Library.open(base / "a" / "l.sqlite", auto_backup=False) as lib:
            course = lib.save_course(Course(name=name, learners=learners))
            lesson = lib.save_lesson(Lesson(
                course_id=course.id, title=title, objectives=objectives, notes=notes,
                homework=homework, vocab=[VocabItem(w, meaning=meaning) for w in words],
                activities=[Activity(Stage.PRODUCTION, 7, description, description)]))
            doc = lib.save_reader(ReaderDoc(title, text, subtitle=notes, options=options,
                                            lesson_id=lesson.id))
            saved = lib.lesson(lesson.id)
            assert (saved.title, saved.objectives, saved.notes, saved.homework) == (
                title, objectives, notes, homework)
            assert lib.reader(doc.id).text == text
            out = export_course(lib, course.id, base / "c.zip")
        with Library.open(base / "b" / "l.sqlite", auto_backup=False) as other:
            import_course(other, out)
            got = other.course(course.id)
            assert (got.name, got.learners) == (name, learners)
            back = other.lesson(lesson.id)
            assert (back.title, back.objectives, back.notes, back.homework) == (
                title, objectives, notes, homework)
            assert back.vocab == saved.vocab and back.activities == saved.activities
            (rd,) = other.readers(lesson.id)
            assert (rd.title, rd.text, rd.subtitle, rd.options) == (title, text, notes, options)
