"""Words of the study-page tests (imported by name: tests have no packages): two lessons
built as the deck sources build them, with stable ids, levels and an example."""

from __future__ import annotations

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.export.anki.words import DeckPart, DeckWord, ExampleSentence


def make_word(simplified: str, pinyin: tuple[str, ...], meaning: str, level: int | None = 1,
              example: ExampleSentence | None = None, uid: str | None = None,
              traditional: str | None = None, **kw) -> DeckWord:
    return DeckWord(uid=uid or f"uid-{simplified}", simplified=simplified,
                    traditional=traditional or simplified, pinyin=pinyin, meaning=meaning,
                    level=Level(Standard.HSK2021, level) if level else None, example=example,
                    **kw)


def lesson_one() -> DeckPart:
    bank = make_word(
        "银行", ("yin2", "hang2"), "bank", 3, traditional="銀行",
        example=ExampleSentence(
            (("我", ("wo3",)), ("去", ("qu4",)), ("银行", ("yin2", "hang2")), ("。", ())),
            "I am going to the bank.",
        ),
    )
    return DeckPart(key="l-lesson1", name="Course A::01 At the bank",
                    words=[bank, make_word("你好", ("ni3", "hao3"), "hello"),
                           make_word("谢谢", ("xie4", "xie5"), "thank you")])


def lesson_two() -> DeckPart:
    return DeckPart(key="l-lesson2", name="Course A::02 Money",
                    words=[make_word("钱", ("qian2",), "money", 2),
                           make_word("银行", ("yin2", "hang2"), "bank", 3, traditional="銀行")])
