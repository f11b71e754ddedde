"""The word drill's state: hanzi, pinyin, meaning step by step, words in order or
shuffled from a seed, the marked words in the order the class met them."""

from __future__ import annotations

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.drill import Drill, DrillWord, Stage, drill_words, review_text
from chinese_teach.core.documents.lessonwords import VocabRow


def _row(word: str, syllables: tuple[str, ...], pinyin: str, meaning: str) -> VocabRow:
    return VocabRow(word, syllables, pinyin, meaning, Standard.HSK2021, None)


ROWS = [_row("你好", ("ni3", "hao3"), "nǐ hǎo", "hello"),
        _row("谢谢", ("xie4", "xie5"), "xièxie", "thank you"),
        _row("你好", ("ni3", "hao3"), "nǐ hǎo", "hello"),  # twice in the list: drilled once
        _row("西安", ("xi1", "an1"), "Xī'ān", "Xi'an")]


def test_words_once_each_with_one_pinyin_part_and_tone_per_syllable() -> None:
    words = drill_words(ROWS)
    assert [w.word for w in words] == ["你好", "谢谢", "西安"]
    assert words[1].parts == ("xiè", "xie") and words[1].tones == (4, 5)
    assert "".join(words[2].parts).lower() == "xī'ān" and words[2].tones == (1, 1)
    assert DrillWord("茶", (), "chá").parts == ("chá",)  # no syllables: one part, no tones
    row = words[0].row(Standard.HSK2021)
    assert (row.word, row.pinyin, row.meaning, row.syllables) == (
        "你好", "nǐ hǎo", "hello", ("ni3", "hao3"))


def test_steps_forward_and_back_through_each_word_to_the_end() -> None:
    drill = Drill(drill_words(ROWS))
    seen = []
    while not drill.finished:
        seen.append((drill.current.word, drill.stage))
        drill.step()
    assert seen == [(w, s) for w in ("你好", "谢谢", "西安") for s in Stage]
    drill.step()  # past the end nothing moves
    assert drill.finished and drill.current.word == "西安"
    drill.back()
    assert not drill.finished and drill.stage is Stage.MEANING
    for _ in range(3):
        drill.back()
    assert drill.current.word == "谢谢" and drill.stage is Stage.MEANING
    drill.next_word()
    assert drill.current.word == "西安" and drill.stage is Stage.HANZI
    drill.next_word()
    assert drill.finished


def test_marks_are_kept_in_the_order_met_and_survive_a_shuffle() -> None:
    drill = Drill(drill_words(ROWS))
    drill.next_word()
    assert drill.toggle_mark() and drill.is_marked
    drill.next_word()
    drill.toggle_mark()
    assert drill.toggle_mark() is False  # 西安 unmarked again
    drill.back()
    assert drill.current.word == "谢谢" and drill.is_marked
    assert [w.word for w in drill.marked_words()] == ["谢谢"]
    drill.set_shuffled(True, seed=3)
    again = Drill(drill_words(ROWS))
    again.set_shuffled(True, seed=3)
    assert drill.order == again.order and sorted(drill.order) == [0, 1, 2]
    assert drill.position == 0 and drill.stage is Stage.HANZI and drill.marked == {"谢谢"}
    drill.set_shuffled(False)
    assert drill.order == [0, 1, 2] and not drill.shuffled


def test_review_text_is_one_word_a_line() -> None:
    assert review_text(drill_words(ROWS)[:2]) == "你好\tnǐ hǎo\thello\n谢谢\txièxie\tthank you\n"


def test_an_empty_drill_is_finished_before_it_starts() -> None:
    drill = Drill([])
    assert drill.current is None and not drill.toggle_mark()
    drill.step()
    drill.next_word()
    assert drill.current is None


def test_a_reader_s_glossary_words_once_each_as_printed() -> None:
    from chinese_teach.core.documents.drill import glossary_words
    from chinese_teach.core.documents.reader import GlossaryEntry

    def entry(n: int, word: str, syls: tuple[str, ...], pinyin: str, meaning: str):
        return GlossaryEntry(n, word, word, pinyin, syls, meaning, 4, Standard.HSK2021, 0)

    words = glossary_words([entry(1, "期末", ("qi1", "mo4"), "qīmò", "end of term"),
                            entry(2, "功課", ("gong1", "ke4"), "gōngkè", "homework"),
                            entry(3, "期末", ("qi1", "mo4"), "qīmò", "end of term")])
    assert [(w.word, w.pinyin, w.meaning, w.tones) for w in words] == [
        ("期末", "qīmò", "end of term", (1, 4)), ("功課", "gōngkè", "homework", (1, 4))]
