"""The acceptance story of the lesson-planning issue, shared by its tests.

A course starting at HSK 1 (2021 standard), three lessons with short original
texts; each lesson's vocabulary is its proposed new words.
"""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.library import Course, GrammarPoint, Library, ReaderDoc

TEXTS = (
    ("我的老师", "我叫小明。我是学生。我的老师姓王。王老师很好。"),
    ("去公园", "今天星期六。我和妈妈去公园。公园里有很多花，也有熊猫。熊猫很可爱。"),
    ("包饺子", "小明喜欢吃饺子。他的妈妈会做饺子。周末他们一起包饺子，爸爸也来帮忙。饺子很好吃！"),
)


def make_story(path: Path, engine, corpus) -> tuple[Library, Course, list[str]]:
    """A library at ``path`` with the story's course; returns (library, course, lesson ids)."""
    from chinese_teach.core.documents.lessonwords import propose_new_words

    lib = Library.open(path)
    course = lib.save_course(Course(name="Year 7 Chinese", learners="Year 7",
                                    standard="hsk2021", target_level=2, start_level=1))
    ids = []
    for i, (title, text) in enumerate(TEXTS):
        lesson = lib.lesson_from_template(course.id, "ppp", title, duration=45)
        lib.save_reader(ReaderDoc(title=title, text=text, lesson_id=lesson.id))
        words = [p.word for p in propose_new_words(lib, lesson.id, engine, corpus)]
        lesson = lib.set_lesson_vocab(lesson.id, words)
        if i == 2:
            lesson.objectives = ["Can say what they like to eat",
                                 "Can read a short text about a weekend"]
            lesson.grammar = [GrammarPoint("喜欢 + verb", "我喜欢吃饺子。")]
            lesson.homework = "Write five sentences about your weekend."
            lesson.date = "2026-09-15"
            lib.save_lesson(lesson)
        ids.append(lesson.id)
    return lib, course, ids
