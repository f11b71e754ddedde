"""The first-run sample course, and new-word proposals from a lesson's texts."""

from __future__ import annotations

import itertools

from chinese_teach.core.documents.lessonwords import propose_new_words
from chinese_teach.core.library import Library, Status
from chinese_teach.core.library.known import known_before, new_words
from chinese_teach.core.library.sample import SAMPLE_NAME, ensure_sample_course


def test_sample_course_created_once(lib: Library) -> None:
    course = ensure_sample_course(lib)
    assert course is not None and course.name == SAMPLE_NAME
    assert ensure_sample_course(lib) is None
    lessons = lib.lessons(course.id)
    assert len(lessons) == 4 and len(lib.units(course.id)) == 2
    for lesson in lessons:
        assert lesson.objectives and lesson.grammar and lesson.homework
        assert lesson.planned_minutes == lesson.duration == 45
        assert lesson.status is Status.DRAFT
        docs = lib.readers(lesson.id)
        assert len(docs) == 1 and len(docs[0].text) > 40
    lib.delete_course(course.id)
    assert ensure_sample_course(lib) is None and lib.courses() == []


def test_sample_known_sets_grow(lib: Library, corpus) -> None:
    course = ensure_sample_course(lib)
    l1, l2, l3, _ = lib.lessons(course.id)
    assert known_before(lib, l1.id, corpus).words == frozenset()
    assert set(l1.words) | set(l2.words) <= known_before(lib, l3.id, corpus).words
    assert new_words(lib, l3.id, corpus) == l3.words  # no overlap with lessons 1-2


def test_proposals_exclude_known_and_rank_by_level(lib: Library, corpus, engine) -> None:
    course = ensure_sample_course(lib)
    l1, l2, l3, _ = lib.lessons(course.id)
    props = propose_new_words(lib, l3.id, engine, corpus, include_vocab=True)
    words = [p.word for p in props]
    assert words and not set(words) & (set(l1.words) | set(l2.words))
    assert "服务员" in words and "米饭" in words
    levels = [p.level for p in props if p.level is not None]
    assert levels == sorted(levels)
    nones = [i for i, p in enumerate(props) if p.level is None]
    assert nones == list(range(len(props) - len(nones), len(props)))  # unlisted words last
    assert all(p.level_label.startswith(("HSK2021 ", "not in HSK2021")) for p in props)
    by_word = {p.word: p for p in props}
    assert by_word["服务员"].in_vocab and by_word["服务员"].count == 3
    # Within one level, commoner words first.
    for a, b in itertools.pairwise(props):
        if a.level == b.level:
            assert a.freq >= b.freq
    # Accepting proposals: the accepted words become known for later lessons.
    lib.set_lesson_vocab(l2.id, [*l2.words, "大卫"])
    later = [p.word for p in propose_new_words(lib, l3.id, engine, corpus)]
    assert "大卫" not in later


def test_proposals_from_given_text(lib: Library, corpus, engine) -> None:
    course = ensure_sample_course(lib)
    first = lib.lessons(course.id)[0]
    props = propose_new_words(lib, first.id, engine, corpus, texts=["我喜欢熊猫。熊猫很可爱。"])
    by_word = {p.word: p for p in props}
    assert by_word["熊猫"].count == 2 and "。" not in by_word


def test_the_sample_lessons_meet_their_threshold_and_propose_nothing(fresh_home, corpus, engine):
    """Every sample lesson's texts are fully known once its vocabulary is learnt: coverage,
    proposals and the "every word is known" message agree (names and numbers apart)."""
    from chinese_teach.core.documents.lessonwords import propose_new_words
    from chinese_teach.core.library.known import coverage
    from chinese_teach.core.library.sample import ensure_sample_course
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.analyze import KnownWords

    with Library.open() as lib:
        course = ensure_sample_course(lib)
        for lesson in lib.lessons(course.id):
            after = KnownWords(lib.known_before(lesson.id, corpus).words | frozenset(lesson.words))
            for doc in lib.readers(lesson.id):
                got = coverage(engine.segment(doc.text), after, course.standard, corpus)
                assert got.fraction >= 0.95, (lesson.title, got.unknown)
                assert got.unknown == []
            proposals = [p.word for p in propose_new_words(lib, lesson.id, engine, corpus)]
            assert proposals == [], lesson.title  # no names (安娜, 大卫), no numbers


def test_proposals_offer_the_words_of_a_verb_and_object(lib: Library, corpus, engine) -> None:
    """做生意 (HSK 2021 7-9) is proposed as the words a learner looks up: 生意."""
    course = ensure_sample_course(lib)
    first = lib.lessons(course.id)[0]
    props = propose_new_words(lib, first.id, engine, corpus, texts=["我爸爸做生意。"])
    words = {p.word for p in props}
    assert "生意" in words and "做生意" not in words
