"""Guards the measured accuracy: the classroom set and a CPP dev sample keep their floors.

The full figures come from ``benchmarks/pinyin/evaluate.py``; these floors sit a
little below them so that a change that loses ground fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from chinese_teach.core.text.syllables import normalize

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "pinyin"


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("pinyin_evaluate", BENCH / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_classroom_set_is_large_and_varied() -> None:
    items = _evaluate_module().read_classroom(BENCH / "classroom.tsv")
    marks = [(it.text, i) for it in items for i in it.marks]
    assert len(marks) >= 300
    assert len({text[i] for text, i in marks}) >= 60
    for it in items:
        hanzi = [ch for ch in it.text if "\u4e00" <= ch <= "\u9fff"]
        assert len(hanzi) == len(it.expected), it.text


def test_classroom_accuracy_floor(engine) -> None:
    ev = _evaluate_module()
    marks, sentences, _ = ev.score_classroom(engine, ev.read_classroom(BENCH / "classroom.tsv"))
    assert marks.accuracy >= 99.0, marks.errors
    assert sentences.accuracy >= 97.0, sentences.errors


def test_cpp_dev_sample_floor(engine) -> None:
    ev = _evaluate_module()
    items = []
    for line in (BENCH / "cpp_dev_sample.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        sent, label = line.split("\t")
        items.append((sent.replace("\u2581", ""), sent.index("\u2581"), normalize(label)))
    assert len(items) > 900
    score = ev.score_cpp(engine, items)
    assert score.accuracy >= 96.5, score.errors[:20]
    # The unsure marks: most errors dotted, at most about 2 in 100 characters. The sample
    # holds about 17 errors, so each error fixed that carried a mark (率兵, 参将 in the fifth
    # round) moves the share by 3 points: the floor counts the marked errors themselves.
    # cpp18 fixed two marked errors of the sample (伊什木汗 hán, 靡室靡家 mǐ): 975 -> 977 right,
    # 9 -> 7 marked errors of 13. cpp19 fixed two more (为效力 wèi, 冠恐鸟 guān), one of them
    # marked: 978 -> 980 right, 7 -> 6 marked errors of 10. cpp20 fixed two more (炸广椒 zhá,
    # 加劲梁 jìng), one of them marked: 980 -> 982 right, 6 -> 5 marked errors of 8 (the other
    # eight errors are those of ff940216, counted on both codes by the integrator). cpp21
    # fixed one more, marked (洞宾呵 a): 982 -> 983 right, 5 -> 4 marked errors of 7; the
    # other seven errors and their marks are those of d42163e5 (counted on both codes).
    assert score.marked_share <= 2.2
    assert score.errors_unsure >= 4, [e for e in score.errors]


def test_content_word_set_covers_150_characters() -> None:
    items = _evaluate_module().read_classroom(BENCH / "classroom_words.tsv")
    chars: dict[str, int] = {}
    for it in items:
        for i in it.marks:
            chars[it.text[i]] = chars.get(it.text[i], 0) + 1
        hanzi = [ch for ch in it.text if "\u4e00" <= ch <= "\u9fff"]
        assert len(hanzi) == len(it.expected), it.text
    assert len(chars) >= 150
    assert min(chars.values()) >= 3
    held = {it.text[i] for it in items if it.held_out for i in it.marks}
    assert held == set(chars)  # one held-out sentence per character


def test_content_word_set_floor(engine) -> None:
    ev = _evaluate_module()
    items = ev.read_classroom(BENCH / "classroom_words.tsv")
    tuning, _, _ = ev.score_classroom(engine, [it for it in items if not it.held_out])
    assert tuning.accuracy >= 99.0, tuning.errors
    marks, _, _ = ev.score_classroom(engine, items)
    assert marks.accuracy >= 97.0, marks.errors


def test_cpp_lexical_score_counts_a_light_label_as_written(engine) -> None:
    """cpp15: a light syllable that is CPP's label as written is right (右边 bian5), as
    a light syllable whose full tone is the label (认识 shi5 for shi2); a wrong full tone
    stays wrong, and a light syllable is no match for a label of another tone."""
    ev = _evaluate_module()
    reader = engine.reader
    assert ev.lexical_right(reader, "边", "bian5", "bian5")
    assert ev.lexical_right(reader, "边", "bian5", "bian1")
    assert ev.lexical_right(reader, "识", "shi5", "shi2")
    assert not ev.lexical_right(reader, "识", "shi5", "shi4")
    assert not ev.lexical_right(reader, "过", "guo4", "guo5")
    assert not ev.lexical_right(reader, "边", "", "bian5")


def test_cpp_lexical_score_is_never_below_strict(engine) -> None:
    ev = _evaluate_module()
    items = [("右边红底，上有一只银色的龙虾。", 1, "bian5"), ("他们认识很久了。", 3, "shi2")]
    score = ev.score_cpp(engine, items)
    # 右边 bian5: right as written (strict), wrong by its full tone bian1 alone;
    # 认识 shi5: right by its full tone, wrong as written
    assert (score.right, score.strict, score.right_full_tone_only) == (2, 1, 1)


def test_cpp_lexical_score_takes_any_full_tone_of_a_light_syllable(engine) -> None:
    """cpp15: where the character has the syllable in several full tones, a light syllable
    names none of them, so it is right for each (妥当 dang5 for dàng, whose default dāng
    lexical_tone gives); never for a tone the character lacks, another syllable, or a
    particle that is only light."""
    ev = _evaluate_module()
    reader = engine.reader
    assert reader.lexical_tone("当", "dang5") == "dang1"
    assert ev.lexical_right(reader, "当", "dang5", "dang4")
    assert ev.lexical_right(reader, "当", "dang5", "dang1")
    assert ev.lexical_right(reader, "缝", "feng5", "feng2")
    assert not ev.lexical_right(reader, "当", "dang5", "dang3")
    assert not ev.lexical_right(reader, "当", "dang4", "dang1")  # a full tone stays strict
    assert not ev.lexical_right(reader, "当", "dang5", "tang3")
    assert not ev.lexical_right(reader, "过", "guo5", "guo4")  # 过 light is the particle


def test_cpp_lexical_score_takes_a_light_label_for_its_full_tone(engine) -> None:
    """cpp16: a light label is right for a full tone of that syllable the character has
    (西南边 bian5 printed biān; 妥当 dang5 printed dàng or dāng), as a light syllable the
    engine prints is right for the label's full tone; never for another tone or syllable,
    nor for a particle whose light syllable is another word (过 guo5, 哇 wa5, 哪 na5)."""
    ev = _evaluate_module()
    reader = engine.reader
    assert ev.lexical_right(reader, "边", "bian1", "bian5")
    assert ev.lexical_right(reader, "当", "dang4", "dang5")
    assert ev.lexical_right(reader, "当", "dang1", "dang5")
    assert ev.lexical_right(reader, "识", "shi2", "shi5")
    assert not ev.lexical_right(reader, "识", "shi4", "shi5")  # 识 has no shì
    assert not ev.lexical_right(reader, "当", "tang3", "dang5")
    assert not ev.lexical_right(reader, "过", "guo4", "guo5")
    assert not ev.lexical_right(reader, "哇", "wa1", "wa5")
    assert not ev.lexical_right(reader, "哪", "na3", "na5")
    assert not ev.lexical_right(reader, "边", "bian5", "bian3")


def test_cpp_lexical_score_counts_the_light_labels_apart(engine) -> None:
    """cpp16: the table counts the items right only by a light label (the score before)."""
    ev = _evaluate_module()
    text = "他家在北边。"
    printed = ev.hanzi_readings(engine, text, tone_changes=False)[4][1]
    assert printed == "bian1"  # 北边 běibiān, as CC-CEDICT and the classroom sets write it
    items = [(text, 4, "bian5"), ("他们认识很久了。", 3, "shi2")]
    score = ev.score_cpp(engine, items)
    assert (score.right, score.strict, score.right_light_label) == (2, 0, 1)
