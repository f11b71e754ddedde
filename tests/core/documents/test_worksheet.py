"""Worksheet models: content from the lesson, reproducible from a seed, answer keys."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.worksheet import (
    Grid,
    WorksheetKind,
    build_worksheet,
    counted_tiles,
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
        # (a number with the word it counts is one tile: test_worksheet_order_numbers)
        assert sorted(o.words) == sorted(counted_tiles(engine_words(engine, o.answer)))
        # a clause before a comma ends as a sentence (test_worksheet_clause_ends)
        assert o.answer + o.end in TEXTS[1][1] or (
            o.answer + "，" in TEXTS[1][1] and o.end in ("。", "？"))


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


DIALOGUE = ("我的一天\n"
            "小明：你好！我叫小明。你叫什么名字？\n"
            "安娜：你好！我叫安娜。\n"
            "小明：你是哪国人？\n"
            "安娜：我是英国人。你呢？\n"
            "小明：我是中国人。认识你很高兴！\n"
            "安娜：认识你，我也很高兴。\n"
            "老师说：“我们明天去银行。”他们说：“好的！”\n")


def _dialogue_lesson(lib, course, title="我的一天"):
    from chinese_teach.core.library import ReaderDoc

    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Dialogue"))
    lib.save_reader(ReaderDoc(title=title, text=DIALOGUE, lesson_id=lesson.id))
    lib.set_lesson_vocab(lesson.id, ["你好", "叫", "名字", "高兴", "银行", "英国", "明天"])
    return lesson


def test_word_order_has_real_items_and_never_the_title(story, engine, corpus) -> None:
    lib, course, _ = story
    for title in ("我的一天", "Dialogue 1"):  # the first line is a heading either way
        lesson = _dialogue_lesson(lib, course, title)
        order = build_worksheet(lib, lesson.id, "order", engine, corpus).sections[0].order
        answers = [o.answer for o in order]
        assert len(order) >= 8, answers
        assert "我的一天" not in answers
        assert not any("：" in a or a.startswith(("小明", "安娜")) for a in answers)
        assert "我也很高兴" in answers  # the clause after 认识你，
        for o in order:
            assert 3 <= len(o.words) <= 10 and sorted(o.words) == sorted(
                engine_words(engine, o.answer))


def test_cloze_items_never_start_with_a_stray_quote_or_a_speaker(story, engine, corpus):
    lib, course, _ = story
    lesson = _dialogue_lesson(lib, course)
    for seed in range(1, 6):
        cloze = build_worksheet(lib, lesson.id, "cloze", engine, corpus,
                                seed=seed).sections[0].cloze
        for c in cloze:
            sentence = c.before + c.answer + c.after
            assert sentence[0] not in "”’」』）)\"'", sentence
            assert not sentence.startswith(("小明：", "安娜：")), sentence
    assert split_sentences("老师说：“我们明天去银行。”他们说：“好的！”") == [
        "老师说：“我们明天去银行。”", "他们说：“好的！”"]
