"""The class's known words grow lesson by lesson; reordering changes later lessons."""

from __future__ import annotations

import pytest

from chinese_teach.core.library import Course, Lesson, Library, VocabItem, WordList, WordListItem
from chinese_teach.core.library.known import (
    coverage,
    known_after,
    known_before,
    new_words,
    starting_vocabulary,
)
from chinese_teach.core.text.tokens import Kind, Token


def _add(lib: Library, course: Course, title: str, words: list[str]) -> Lesson:
    return lib.save_lesson(Lesson(course_id=course.id, title=title,
                                  vocab=[VocabItem(w) for w in words]))


def test_starting_vocabulary_is_hsk_level_of_named_standard(lib: Library, corpus) -> None:
    c1 = lib.save_course(Course(name="A", standard="hsk2021", start_level=1))
    c2 = lib.save_course(Course(name="B", standard="hsk2", start_level=1))
    s1 = starting_vocabulary(lib, c1, corpus)
    s2 = starting_vocabulary(lib, c2, corpus)
    n1 = corpus.query("SELECT count(*) FROM word_levels WHERE standard='hsk2021' AND level<=1")
    assert len(s1) == n1[0][0] and "学生" in s1
    assert len(s2) == 150 and "HSK 2.0" in s2.description
    none = lib.save_course(Course(name="C", start_level=0))
    assert len(starting_vocabulary(lib, none, corpus)) == 0


def test_word_list_start_adds_to_level(lib: Library, corpus) -> None:
    wl = lib.save_word_list(WordList("extra", [WordListItem("熊猫"), WordListItem("长城")]))
    c = lib.save_course(Course(name="A", start_level=1, start_list_id=wl.id))
    known = starting_vocabulary(lib, c, corpus)
    assert {"熊猫", "长城", "学生"} <= known.words
    only = lib.save_course(Course(name="B", start_level=0, start_list_id=wl.id))
    assert starting_vocabulary(lib, only, corpus).words == {"熊猫", "长城"}


def test_known_before_lesson_n(lib: Library, corpus) -> None:
    c = lib.save_course(Course(name="A", standard="hsk2021", start_level=1))
    l1 = _add(lib, c, "L1", ["熊猫", "动物园"])
    l2 = _add(lib, c, "L2", ["长城", "爬山"])
    l3 = _add(lib, c, "L3", ["熊猫", "故宫", "长城"])
    k1, k2, k3 = (known_before(lib, x.id, corpus) for x in (l1, l2, l3))
    assert "熊猫" not in k1 and "学生" in k1
    assert "熊猫" in k2 and "长城" not in k2
    assert {"熊猫", "动物园", "长城", "爬山"} <= k3.words and "故宫" not in k3
    assert "lessons 1-2" in k3.description
    assert new_words(lib, l3.id, corpus) == ["故宫"]
    assert "故宫" in known_after(lib, l3.id, corpus)


def test_reordering_changes_later_known_sets(lib: Library, corpus) -> None:
    c = lib.save_course(Course(name="A", start_level=0))
    l1 = _add(lib, c, "L1", ["熊猫"])
    l2 = _add(lib, c, "L2", ["长城"])
    l3 = _add(lib, c, "L3", ["故宫"])
    affected = lib.move_lesson(l3.id, 0)
    assert [r.id for r in affected] == [l3.id, l1.id, l2.id]
    assert known_before(lib, l3.id, corpus).words == frozenset()
    assert known_before(lib, l1.id, corpus).words == {"故宫"}
    assert new_words(lib, l2.id, corpus) == ["长城"]
    lib.delete_lesson(l3.id)
    assert known_before(lib, l2.id, corpus).words == {"熊猫"}
    # Inserting a lesson before L2 makes its words known in L2.
    ins = lib.save_lesson(Lesson(course_id=c.id, title="New", vocab=[VocabItem("长城")]),
                          position=1)
    assert [r.title for r in lib.lesson_refs(c.id)] == ["L1", "New", "L2"]
    assert new_words(lib, l2.id, corpus) == []
    assert known_before(lib, ins.id, corpus).words == {"熊猫"}


def _tokens(*parts: str) -> list[Token]:
    out, pos = [], 0
    for p in parts:
        kind = Kind.PUNCT if p in "。，" else Kind.HANZI
        out.append(Token(p, pos, pos + len(p), kind))
        pos += len(p)
    return out


def test_coverage_thresholds(lib: Library, corpus) -> None:
    from chinese_teach.core.text.analyze import KnownWords

    tokens = _tokens("我", "是", "学生", "。", "你", "是", "老师", "。")
    words = [t.text for t in tokens if t.is_word]
    full = coverage(tokens, KnownWords.from_words(words), "hsk2021", corpus)
    assert full.fraction == 1.0 and full.comfortable and full.with_help
    part = coverage(tokens, KnownWords.from_words(words[:-1]), "hsk2021", corpus)
    assert part.fraction == pytest.approx((len(words) - 1) / len(words))
    assert not part.with_help and part.unknown == [words[-1]]
