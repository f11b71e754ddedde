"""Issue 6, library side: a course from HSK 1 (2021), three lessons with texts, lesson 3's
new words exclude lessons 1-2's, and another teacher imports the exported course intact."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from chinese_teach.core.documents.lessonwords import propose_new_words
from chinese_teach.core.library import Course, Library, ReaderDoc
from chinese_teach.core.library.exchange import export_course, import_course
from chinese_teach.core.library.known import known_before, new_words

TEXTS = (
    "我们去动物园看熊猫。熊猫很可爱，它喜欢吃竹子。",
    "周末我和朋友去爬长城。长城很长，我们都很累，可是很高兴。",
    "动物园里有熊猫，也有老虎。我们爬山以后去看长城的照片。",
)


def test_three_lessons_and_exchange(tmp_path: Path, corpus, engine) -> None:
    (tmp_path / "a").mkdir()
    with Library.open(tmp_path / "a" / "library.sqlite") as lib:
        course = lib.save_course(Course(name="Class 7A", standard="hsk2021", target_level=2,
                                        start_level=1))
        lessons = []
        for n, text in enumerate(TEXTS, start=1):
            lesson = lib.lesson_from_template(course.id, "ppp", f"Lesson {n}")
            lib.save_reader(ReaderDoc(f"Text {n}", text, lesson_id=lesson.id))
            if n < 3:  # the teacher accepts every proposal for lessons 1 and 2
                props = propose_new_words(lib, lesson.id, engine, corpus)
                lesson = lib.set_lesson_vocab(lesson.id, [p.word for p in props])
            lessons.append(lesson)
        first_two = set(lessons[0].words) | set(lessons[1].words)
        assert {"熊猫", "长城"} <= first_two
        hsk1 = {w for (w,) in corpus.query(
            "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level = 1")}
        proposals = [p.word for p in propose_new_words(lib, lessons[2].id, engine, corpus)]
        assert proposals, "lesson 3 has words of its own"
        assert not set(proposals) & first_two
        assert not set(proposals) & hsk1
        assert "老虎" in proposals
        lib.set_lesson_vocab(lessons[2].id, proposals)
        assert new_words(lib, lessons[2].id, corpus) == proposals
        known3 = known_before(lib, lessons[2].id, corpus)
        assert first_two <= known3.words and hsk1 <= known3.words
        out = export_course(lib, course.id, tmp_path / "class7a.zip")
        mine = lib.lessons(course.id)
        my_texts = {x.id: [(d.id, d.text) for d in lib.readers(x.id)] for x in mine}

    (tmp_path / "b").mkdir()
    with Library.open(tmp_path / "b" / "library.sqlite") as other:
        result = import_course(other, out)
        assert result.course_id == course.id
        theirs = other.lessons(course.id)
        assert [replace(x, modified="") for x in theirs] == [
            replace(x, modified="") for x in mine]
        assert {x.id: [(d.id, d.text) for d in other.readers(x.id)] for x in theirs} == my_texts
        assert new_words(other, theirs[2].id, corpus) == proposals
