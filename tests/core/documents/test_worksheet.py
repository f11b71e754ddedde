"""Worksheet models: content from the lesson, reproducible from a seed, answer keys."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.worksheet import (
    Grid,
    WorksheetKind,
    build_worksheet,
    letter,
    split_sentences,
)
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.library import Lesson
from tests.lesson_story import TEXTS


def test_writing_sheet_lists_each_character_once_with_strokes(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "writing", engine, corpus, grid="mi")
    assert ws.grid is Grid.MI and ws.kind is WorksheetKind.WRITING
    chars = ws.sections[0].writing
    text = "".join(c.char for c in chars)
    assert len(text) == len(set(text))
    zhou = next(c for c in chars if c.char == "周")
    assert (zhou.strokes, zhou.pinyin, zhou.word) == (8, "zhōu", "周末")
    assert "8 strokes" in ws.sections[0].answers()[0] or any(
        "周 zhōu: 8 strokes" in a for a in ws.sections[0].answers())
    assert "seed 1" in ws.footer and "米字格" in ws.footer


def test_same_seed_same_sheet_other_seed_differs(story, engine, corpus) -> None:
    lib, _, ids = story
    for kind in ("tones", "matching", "cloze", "order"):
        a = build_worksheet(lib, ids[2], kind, engine, corpus, seed=7)
        b = build_worksheet(lib, ids[2], kind, engine, corpus, seed=7)
        assert a.answer_key() == b.answer_key()
        assert a.sections == b.sections
    seen = {tuple(build_worksheet(lib, ids[1], "order", engine, corpus, seed=s)
                  .sections[0].order[0].words) for s in range(1, 8)}
    assert len(seen) > 1


def test_tones_sheet_prompts_without_marks(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "tones", engine, corpus, seed=3)
    tones, match = ws.sections
    jiaozi = next(t for t in tones.tones if t.hanzi == "饺子")
    assert (jiaozi.prompt, jiaozi.answer) == ("jiao zi", "jiǎo zi")
    (m,) = match.matches
    for i, word in enumerate(m.left):
        assert m.right[m.answer[i]] in {"zhōumò", "jiǎozi", "bāojiǎozi"}
        assert word in lib.lesson(ids[2]).words


def test_matching_answers_point_at_the_right_meaning(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[1], "matching", engine, corpus, seed=2)
    (m,) = ws.sections[0].matches
    pairs = {m.left[i]: m.right[m.answer[i]] for i in range(len(m.left))}
    assert "park" in pairs["公园"]
    assert sorted(m.answer) == list(range(len(m.left)))


def test_cloze_blanks_vocabulary_words_and_bank_holds_answers(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "cloze", engine, corpus, seed=5)
    sec = ws.sections[0]
    vocab = set(lib.lesson(ids[2]).words)
    assert sec.cloze and set(sec.bank) == {c.answer for c in sec.cloze} <= vocab
    for c in sec.cloze:
        assert c.before + c.answer + c.after in TEXTS[2][1]


def test_order_items_are_permutations_of_text_sentences(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[1], "order", engine, corpus, seed=4)
    for o in ws.sections[0].order:
        assert sorted(o.words) == sorted(engine_words(engine, o.answer))
        assert o.answer + o.end in TEXTS[1][1]


def engine_words(engine, sentence: str) -> list[str]:
    return [t.text for t in engine.segment(sentence)]


def test_lesson_without_vocab_or_text_gives_a_clear_error(story, engine, corpus) -> None:
    lib, course, _ = story
    empty = lib.save_lesson(Lesson(course_id=course.id, title="Empty"))
    with pytest.raises(BadInputError, match="no vocabulary"):
        build_worksheet(lib, empty.id, "writing", engine, corpus)
    with pytest.raises(BadInputError, match="has no text"):
        build_worksheet(lib, empty.id, "order", engine, corpus)
    with pytest.raises(BadInputError):
        build_worksheet(lib, empty.id, "essay", engine, corpus)


def test_helpers() -> None:
    assert [letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
    assert split_sentences("你好。我很好！\n再见") == ["你好。", "我很好！", "再见"]


def test_er_alone_is_er_not_the_erhua_r(story, engine, corpus) -> None:
    """儿 practised on its own reads ér; inside 这儿 it stays the erhua r of zhèr."""
    lib, course, _ = story
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Where"))
    lib.set_lesson_vocab(lesson.id, ["这儿", "一点儿"])
    ws = build_worksheet(lib, lesson.id, "writing", engine, corpus)
    er = next(c for c in ws.sections[0].writing if c.char == "儿")
    assert (er.pinyin, er.word, er.word_pinyin) == ("ér", "这儿", "zhèr")
    assert "2. 儿 ér: 2 strokes (这儿 zhèr)" in ws.sections[0].answers()
    tones = build_worksheet(lib, lesson.id, "tones", engine, corpus).sections[0].tones
    shown = {t.hanzi: (t.prompt, t.answer) for t in tones}
    assert shown["这儿"] == ("zher", "zhèr")
    assert shown["一点儿"][1].endswith(" diǎnr")
