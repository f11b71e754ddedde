"""The lesson plan model: header, timing check, vocabulary with corrections, texts."""

from __future__ import annotations

from chinese_teach.core.documents.lessonplan import (
    build_lesson_plan,
    plan_activities,
    timing_warning,
)
from chinese_teach.core.documents.lessonwords import propose_new_words
from chinese_teach.core.library import Activity, Correction, Stage


def test_new_words_of_lesson_3_exclude_lessons_1_and_2(story, engine, corpus) -> None:
    lib, _, ids = story
    words = [lib.lesson(i).words for i in ids]
    assert "公园" in words[1] and "熊猫" in words[1]
    assert "饺子" in words[2] and "周末" in words[2]
    earlier = set(words[0]) | set(words[1])
    assert not earlier & set(words[2])
    # HSK 1 words are known from the start: never proposed.
    assert "妈妈" not in words[1] and "学生" not in words[0]
    # Proposals exclude the accepted vocabulary unless asked for, ranked by level.
    assert propose_new_words(lib, ids[2], engine, corpus) == []
    ranked = propose_new_words(lib, ids[2], engine, corpus, include_vocab=True)
    levels = [p.level if p.level is not None else 99 for p in ranked]
    assert levels == sorted(levels)
    assert all("HSK" in p.level_label for p in ranked)


def test_plan_header_timing_and_vocab(story, engine, corpus) -> None:
    lib, _, ids = story
    plan = build_lesson_plan(lib, ids[2], engine, corpus)
    h = plan.header
    assert (h.course, h.number, h.lesson, h.duration) == ("Year 7 Chinese", 3, "包饺子", 45)
    assert h.level_text == "HSK 3.0 (2021 standard) level 2"
    assert h.date_text == "Tue 15 Sep 2026"
    assert plan.timing_ok and not plan.warnings
    assert plan.activities[0].timing == "0-5"
    assert plan.activities[-1].start + plan.activities[-1].minutes == 45
    jiaozi = next(v for v in plan.vocab if v.word == "饺子")
    assert jiaozi.pinyin == "jiǎozi" and "dumpling" in jiaozi.meaning
    assert jiaozi.level_label == "HSK2021 2"
    assert plan.objectives[0].startswith("Can say")
    assert plan.grammar == [("喜欢 + verb", "我喜欢吃饺子。")]
    (text,) = plan.texts
    assert text.coverage is not None and 0.5 < text.coverage < 0.95
    assert "95%" in text.coverage_text
    assert text.reader is not None
    shown = {t.text for p in text.reader.paragraphs for t in p if t.has_ruby}
    assert "饺子" in shown and "妈妈" not in shown  # pinyin only on new words


def test_timing_mismatch_warns(story, engine, corpus) -> None:
    lib, _, ids = story
    lesson = lib.lesson(ids[0])
    lesson.activities.append(Activity(Stage.PRACTICE, 10, "Extra drill"))
    lesson.activities.append(Activity(Stage.HOMEWORK, 20, "Workbook"))
    lib.save_lesson(lesson)
    plan = build_lesson_plan(lib, ids[0], engine, corpus, with_readers=False)
    assert plan.planned_minutes == 55 and not plan.timing_ok
    assert plan.warnings == [timing_warning(55, 45)]
    assert "10 more than the 45-minute lesson" in plan.warnings[0]
    assert "10 min over" in plan.timing_text
    assert plan.activities[-1].timing == "after class"
    assert timing_warning(40, 45).startswith("The activities take 40 minutes, 5 fewer")
    assert timing_warning(45, 45) is None


def test_teacher_corrections_reach_the_vocab_pinyin(story, engine, corpus) -> None:
    lib, _, ids = story
    lib.save_correction(Correction("饺子", ("jiao3", "zi3")))
    lib.apply_to_engine(engine)  # as the app's change listener and the CLI do
    plan = build_lesson_plan(lib, ids[2], engine, corpus, with_readers=False)
    assert next(v for v in plan.vocab if v.word == "饺子").pinyin == "jiǎozǐ"
    lesson = lib.lesson(ids[2])
    lesson.vocab[0].meaning = "my meaning"
    lib.save_lesson(lesson)
    plan = build_lesson_plan(lib, ids[2], engine, corpus, with_readers=False)
    assert plan.vocab[0].meaning == "my meaning"


def test_plan_activities_clock() -> None:
    acts = [Activity(Stage.WARM_UP, 5, "a"), Activity(Stage.HOMEWORK, 30, "h"),
            Activity(Stage.PRACTICE, 10, "b")]
    rows = plan_activities(acts)
    assert [r.start for r in rows] == [0, 5, 5]
    assert [r.timing for r in rows] == ["0-5", "after class", "5-15"]
