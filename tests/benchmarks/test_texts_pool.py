"""The benchmark texts' pool: many distinct sentences of the project's own, none blind."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.make_pool import split_sentences
from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS, read_classroom
from benchmarks.texts import NUMBERS, SENTENCES, mixed_text, pool

PINYIN = Path(__file__).resolve().parents[2] / "benchmarks" / "pinyin"


def test_pool_holds_thousands_of_distinct_sentences_and_the_first_sixty() -> None:
    sentences = pool()
    assert len(sentences) >= 10_000
    assert len(set(sentences)) == len(sentences)
    assert all(s and "\n" not in s for s in sentences)
    assert set(SENTENCES) <= set(sentences)


def test_pool_holds_no_sentence_of_a_blind_set() -> None:
    """Nor of the two sets blind up to the eighteenth session (seen since, still kept out)."""
    in_pool = set(pool())
    for name in BLIND_SETS | {"classroom fresh 10", "classroom fresh 11"}:
        blind = {item.text for item in read_classroom(PINYIN / CLASSROOM_SETS[name])}
        assert blind and not blind & in_pool, name


def _hanzi(text: str) -> set[str]:
    return set(re.findall(r"[\u3400-\u9fff]", text))


def test_long_text_meets_many_sentences_and_characters() -> None:
    text = mixed_text(200_000)
    assert len({s for s in pool() if s in text}) > 5_000
    assert len(_hanzi(text)) > 1_500


def test_classic_pool_draws_only_on_its_sentences() -> None:
    text = mixed_text(50_000, seed=5, sentences=SENTENCES)
    assert len(text) == 50_000
    allowed = _hanzi("".join(SENTENCES) + "".join(NUMBERS))
    assert _hanzi(text) == allowed


def test_split_sentences_keeps_end_marks_and_closes_a_tail() -> None:
    assert list(split_sentences("他说：“好！”我们走吧。还有\n下一行？")) == [
        "他说：“好！”", "我们走吧。", "还有。", "下一行？"]
