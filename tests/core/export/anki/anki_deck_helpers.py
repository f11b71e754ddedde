"""Shared helpers of the Anki export tests (imported by name: tests have no packages)."""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.export.anki.words import DeckPart, DeckWord, ExampleSentence


def import_apkg(col, path: Path, *, merge_notetypes: bool = False,
                update_notes_always: bool = False):
    """Import like Anki's File > Import (its default options unless told: "Merge note
    types", "Update notes: Always"); returns the import log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

    options = ImportAnkiPackageOptions(merge_notetypes=merge_notetypes)
    if update_notes_always:
        options.update_notes = Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS
    log = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    ).log
    col.models._clear_cache()  # the Python side caches note types the import may change
    return log


def make_word(simplified: str, pinyin: tuple[str, ...], meaning: str, level: int | None = 1,
              example: ExampleSentence | None = None, uid: str | None = None,
              traditional: str | None = None, **kw) -> DeckWord:
    return DeckWord(
        uid=uid or f"uid-{simplified}",
        simplified=simplified,
        traditional=traditional or simplified,
        pinyin=pinyin,
        meaning=meaning,
        level=Level(Standard.HSK2021, level) if level else None,
        example=example,
        **kw,
    )


def lesson_one() -> DeckPart:
    bank = make_word(
        "银行", ("yin2", "hang2"), "bank", 3, traditional="銀行",
        example=ExampleSentence(
            (("我", ("wo3",)), ("去", ("qu4",)), ("银行", ("yin2", "hang2")), ("。", ())),
            "I am going to the bank.",
        ),
    )
    return DeckPart(
        key="l-lesson1", name="Course A::01 At the bank",
        words=[bank, make_word("你好", ("ni3", "hao3"), "hello"),
               make_word("谢谢", ("xie4", "xie5"), "thank you")],
        tags=("Course_A", "Course_A::01_At_the_bank"),
    )


def lesson_two() -> DeckPart:
    return DeckPart(
        key="l-lesson2", name="Course A::02 Money",
        words=[make_word("钱", ("qian2",), "money", 2),
               make_word("银行", ("yin2", "hang2"), "bank", 3, traditional="銀行")],
        tags=("Course_A", "Course_A::02_Money"),
    )


def answer_all(col, rating_good: bool = True) -> int:
    """Study every due card once (Good); returns how many were answered."""
    from anki.scheduler.v3 import CardAnswer

    answered = 0
    col.decks.select(col.get_card(col.find_cards("")[0]).did)
    while True:
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            return answered
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        rating = CardAnswer.GOOD if rating_good else CardAnswer.AGAIN
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=rating))
        answered += 1
        if answered > 50:
            return answered


def review_state(col) -> dict[int, tuple]:
    return {
        cid: (c.type, c.queue, c.ivl, c.due, c.reps)
        for cid in col.find_cards("")
        for c in [col.get_card(cid)]
    }
