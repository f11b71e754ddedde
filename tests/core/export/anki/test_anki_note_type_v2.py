"""Note type version 2: the chosen card types live in each note (flag fields), so Anki
never makes the others; and the upgrade of decks students already have (version 1).

Everything is checked with Anki's own library (PyPI ``anki``): import, study, edit a
note, re-import, Tools > Empty Cards (``get_empty_cards``), Change Note Type.

``data/anki-v1-lesson1.apkg`` was written by the version-1 exporter (as of commit 570e6c8)::

    part = lesson_one(); part.words[1].audio_file = <recording()>   # 你好
    build_apkg([part], AnkiOptions(strokes=False), 1_760_000_000)

3 notes; Recognition and Recall cards, and a Listening card for 你好 (7 cards).
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from anki_deck_helpers import answer_all, import_apkg, lesson_one, make_word, review_state

from chinese_teach.core.audio import wav_bytes
from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg, preview_card
from chinese_teach.core.export.anki.note_type import (
    CONTENT_FIELDS,
    FIELDS,
    FLAG_FIELDS,
    MODEL_ID,
    MODEL_NAME,
    CardType,
    card_ordinals,
)
from chinese_teach.core.export.anki.words import DeckPart

V1_DECK = Path(__file__).with_name("data") / "anki-v1-lesson1.apkg"
V1_NAME = "Chinese Teach vocabulary (v1)"
R, C, L, S = CardType.RECOGNITION, CardType.RECALL, CardType.LISTENING, CardType.SENTENCE
DEFAULT = frozenset({R, C, L})


def recording(tmp_path: Path) -> Path:
    """The recording of 你好 in the version-1 fixture (same bytes, same media name)."""
    path = tmp_path / "nihao.wav"
    path.write_bytes(wav_bytes(b"\1\0" * 800, 8000))
    return path


def lesson(tmp_path: Path, *, extra: tuple = (), bank_meaning: str | None = None) -> DeckPart:
    """Lesson one as in the fixture (银行 has an example, 你好 a recording), plus ``extra``."""
    part = lesson_one()
    part.words[1].audio_file = recording(tmp_path)
    if bank_meaning is not None:
        part.words[0] = dataclasses.replace(part.words[0], meaning=bank_meaning)
    part.words.extend(extra)
    return part


def export(tmp_path: Path, part: DeckPart, name: str, stamp: int, cards=DEFAULT):
    out = tmp_path / name
    rep = export_apkg([part], out, AnkiOptions(cards=frozenset(cards), strokes=False),
                      timestamp=stamp, clock=ExportClock(tmp_path / "clock.json"))
    return out, rep


def now() -> int:
    return int(time.time())


def cards_by_word(col) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        out[note["Simplified"]] = sorted(c.template()["name"] for c in note.cards())
    return out


def expected(cards, words: dict[str, set[CardType]]) -> dict[str, list[str]]:
    """The card names of each word: the chosen types the word can have."""
    return {w: sorted(t.value.capitalize() for t in possible & set(cards))
            for w, possible in words.items()}


#: the card types each word of ``lesson`` can have at all
POSSIBLE = {"银行": {R, C, S}, "你好": {R, C, L}, "谢谢": {R, C}}


def edit_every_note(col) -> None:
    """What a student does in the browser: correct a field of every note."""
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        note["Source"] = note["Source"] + " (my note)"
        col.update_note(note)


def empty_card_ids(col) -> set[int]:
    """The cards Tools > Empty Cards would list."""
    return {cid for n in col.get_empty_cards().notes for cid in n.card_ids}


def ids_of(col, word: str, *names: str) -> set[int]:
    note = col.get_note(col.find_notes(f"Simplified:{word}")[0])
    return {c.id for c in note.cards() if c.template()["name"] in names}


# ---------------------------------------------------------------- first import, edits


@pytest.mark.parametrize("cards", [
    {R}, {C}, {R, C}, {R, L}, {R, S}, {C, S}, {R, C, L, S},
], ids=lambda c: "+".join(sorted(t.value for t in c)))
def test_unchosen_card_types_are_never_made(tmp_path, collection, cards):
    """Not on import, not when the student edits a note, not when Anki regenerates."""
    odd = (make_word("嗯", ("ng4",), " \n "),)  # a meaning Anki counts as empty: no Recall
    apkg, rep = export(tmp_path, lesson(tmp_path, extra=odd), "d.apkg", 1_760_000_000, cards)
    import_apkg(collection, apkg)
    want = expected(cards, {**POSSIBLE, "嗯": {R}})
    # A word with no card of the chosen types stays out: Anki would give it a blank card.
    assert rep.words_without_cards == [w for w, names in want.items() if not names]
    want = {w: names for w, names in want.items() if names}
    assert cards_by_word(collection) == want
    assert rep.cards == len(collection.find_cards(""))

    edit_every_note(collection)
    assert cards_by_word(collection) == want
    nids = collection.find_notes("")
    collection.after_note_updates(nids, mark_modified=False, generate_cards=True)
    assert cards_by_word(collection) == want
    assert not empty_card_ids(collection), "a chosen card type must never be blank"


def test_flag_fields_say_which_card_types_are_off(tmp_path, collection):
    apkg, _ = export(tmp_path, lesson(tmp_path), "d.apkg", 1_760_000_000, {R, S})
    import_apkg(collection, apkg)
    note = collection.get_note(collection.find_notes("Simplified:银行")[0])
    assert note.note_type()["id"] == MODEL_ID and note.note_type()["name"] == MODEL_NAME
    assert [f["name"] for f in note.note_type()["flds"]] == list(FIELDS)
    assert FIELDS[: len(CONTENT_FIELDS)] == CONTENT_FIELDS  # version 1's fields come first
    assert {f: note[f] for f in FLAG_FIELDS} == {
        "NoRecognition": "", "NoRecall": "y", "NoListening": "y", "NoSentence": ""}
    # A student who wants the recall cards after all clears the flag: Anki makes them.
    note["NoRecall"] = ""
    collection.update_note(note)
    assert cards_by_word(collection)["银行"] == ["Recall", "Recognition", "Sentence"]


def test_our_card_rule_is_anki_s(tmp_path, collection):
    """``card_ordinals`` (which decides the package's cards) agrees with Anki for every
    on/off combination of the four flags on notes with and without example, audio and
    meaning (one meaning is markup Anki counts as empty)."""
    apkg, _ = export(tmp_path, lesson(tmp_path, extra=(make_word("嗯", ("ng4",), "um"),)),
                     "all.apkg", 1_760_000_000, CardType)
    import_apkg(collection, apkg)
    blank = collection.get_note(collection.find_notes("Simplified:嗯")[0])
    blank["Meaning"] = "<div> <br></div>"
    collection.update_note(blank)
    checked = 0
    for nid in collection.find_notes(""):
        for mask in range(16):
            note = collection.get_note(nid)
            for i, flag in enumerate(FLAG_FIELDS):
                note[flag] = "y" if mask >> i & 1 else ""
            collection.update_note(note)  # Anki makes the cards whose front has content
            empty = {collection.get_card(c).ord for c in empty_card_ids(collection)
                     if collection.get_card(c).nid == nid}
            anki_says = sorted({c.ord for c in note.cards()} - empty)
            assert card_ordinals([note[f] for f in FIELDS]) == anki_says, (note["Simplified"],
                                                                          mask)
            checked += 1
    assert checked == 4 * 16


def test_preview_shows_a_card_type_the_deck_does_not_carry(tmp_path):
    bank = lesson(tmp_path).words[0]
    preview = preview_card(bank, CardType.RECALL, AnkiOptions(cards=frozenset({R})))
    assert "bank" in preview.front and "写汉字" in preview.front


# ---------------------------------------------------------------- turning a type off


def test_turning_a_card_type_off_loses_nothing_and_empty_cards_removes_it(tmp_path,
                                                                        collection):
    import_apkg(collection, export(tmp_path, lesson(tmp_path), "all.apkg", 1_760_000_000,
                                   CardType)[0])
    assert answer_all(collection) >= 8
    before = review_state(collection)
    revlog = collection.db.scalar("select count() from revlog")

    # The teacher keeps only recognition cards and exports again.
    log = import_apkg(collection, export(tmp_path, lesson(tmp_path), "r.apkg",
                                         1_760_000_060, {R})[0])
    assert not log.new and len(log.updated) == 3
    assert review_state(collection) == before  # every card kept, as it was
    assert collection.db.scalar("select count() from revlog") == revlog
    # ... but the other types' fronts are now empty: Tools > Empty Cards lists exactly them
    others = {cid for cid in before if collection.get_card(cid).template()["name"] != "Recognition"}
    assert empty_card_ids(collection) == others
    blank = collection.get_card(next(iter(others))).question()
    assert "The front of this card is blank." in blank
    edit_every_note(collection)  # nothing comes back on edit
    assert len(collection.find_cards("")) == len(before)

    collection.remove_cards_and_orphaned_notes(list(others))  # what Empty Cards does
    kept = review_state(collection)
    assert kept == {cid: state for cid, state in before.items() if cid not in others}
    assert len(collection.find_notes("")) == 3
    assert collection.db.scalar("select count() from revlog") == revlog  # history kept
    assert not empty_card_ids(collection)

    # Turned on again later: the recall cards come back (new), the rest untouched.
    import_apkg(collection, export(tmp_path, lesson(tmp_path), "rc.apkg", 1_760_000_120,
                                   {R, C})[0])
    assert cards_by_word(collection) == expected({R, C}, POSSIBLE)
    assert {cid: review_state(collection)[cid] for cid in kept} == kept


# ---------------------------------------------------------------- upgrading version-1 decks


@pytest.fixture
def v1_studied(collection):
    """A student's collection: the version-1 deck imported and every card studied."""
    log = import_apkg(collection, V1_DECK)
    assert len(log.new) == 3
    note_type = collection.models.get(MODEL_ID)
    assert note_type["name"] == V1_NAME and len(note_type["flds"]) == len(CONTENT_FIELDS)
    assert answer_all(collection) >= 7
    return collection, review_state(collection), collection.db.scalar(
        "select count() from revlog")


def v2_update(tmp_path: Path, stamp: int) -> Path:
    """The teacher's next export, with version 2: a corrected meaning and a new word."""
    part = lesson(tmp_path, bank_meaning="bank (financial institution)",
                  extra=(make_word("钱", ("qian2",), "money", 2),))
    return export(tmp_path, part, f"v2-{stamp}.apkg", stamp)[0]


def assert_history_intact(col, before: dict, revlog: int) -> None:
    after = review_state(col)
    assert {cid: after.get(cid) for cid in before} == before
    assert col.db.scalar("select count() from revlog") == revlog


def assert_one_note_per_word(col) -> None:
    words = [col.get_note(n)["Simplified"] for n in col.find_notes("")]
    assert sorted(words) == sorted(["银行", "你好", "谢谢", "钱"])


def test_v1_then_v2_with_anki_s_default_options_loses_nothing(tmp_path, v1_studied):
    """Anki sees a changed note type: it keeps the old notes as they are (history, no
    duplicate, no update) and brings a copy of the note type for the new notes."""
    col, before, revlog = v1_studied
    log = import_apkg(col, v2_update(tmp_path, now() - 60))
    assert len(log.new) == 1 and len(log.conflicting) == 3 and not log.updated
    assert_one_note_per_word(col)
    assert_history_intact(col, before, revlog)
    assert len(col.find_cards("")) == len(before) + 2  # only 钱's two cards
    bank = col.get_note(col.find_notes("Simplified:银行")[0])
    assert bank.mid == MODEL_ID and bank["Meaning"] == "bank"  # not updated
    assert col.models.get(MODEL_ID)["name"] == V1_NAME
    money = col.get_note(col.find_notes("Simplified:钱")[0])
    assert money.mid != MODEL_ID and money.note_type()["name"] == MODEL_NAME
    assert not empty_card_ids(col)


def test_merge_note_types_and_update_always_upgrade_in_place(tmp_path, v1_studied):
    """The README's advice for the first version-2 import: one import does it all."""
    col, before, revlog = v1_studied
    log = import_apkg(col, v2_update(tmp_path, now() - 60), merge_notetypes=True,
                      update_notes_always=True)
    assert len(log.new) == 1 and len(log.updated) == 3 and not log.conflicting
    assert_one_note_per_word(col)
    assert_history_intact(col, before, revlog)
    note_type = col.models.get(MODEL_ID)
    assert note_type["name"] == MODEL_NAME
    assert [f["name"] for f in note_type["flds"]] == list(FIELDS)
    assert {col.get_note(n).mid for n in col.find_notes("")} == {MODEL_ID}
    bank = col.get_note(col.find_notes("Simplified:银行")[0])
    assert bank["Meaning"] == "bank (financial institution)" and bank["NoSentence"] == "y"
    # While merging, Anki made every card the still-empty flags allowed: 银行's sentence
    # card, which the update then switched off. Tools > Empty Cards lists it alone.
    assert empty_card_ids(col) == ids_of(col, "银行", "Sentence")
    col.remove_cards_and_orphaned_notes(list(empty_card_ids(col)))
    assert_history_intact(col, before, revlog)
    edit_every_note(col)
    assert cards_by_word(col) == expected(DEFAULT, {**POSSIBLE, "钱": {R, C}})
    assert not empty_card_ids(col)


def test_merge_note_types_alone_is_safe_and_the_next_export_completes_it(tmp_path,
                                                                        v1_studied):
    """With "Update notes: If newer" (Anki's default) the merge marks every old note
    modified, so the same import skips them: their flag fields stay empty, which makes
    them behave as version-1 notes (no blank card, nothing lost) until the next export."""
    col, before, revlog = v1_studied
    log = import_apkg(col, v2_update(tmp_path, now() - 60), merge_notetypes=True)
    assert len(log.new) == 1 and len(log.duplicate) == 3 and not log.conflicting
    assert len(col.models.get(MODEL_ID)["flds"]) == len(FIELDS)
    bank = col.get_note(col.find_notes("Simplified:银行")[0])
    assert bank["Meaning"] == "bank" and not any(bank[f] for f in FLAG_FIELDS)
    assert not empty_card_ids(col)  # "yes" flags would have blanked all 7 studied cards
    assert_history_intact(col, before, revlog)

    log = import_apkg(col, v2_update(tmp_path, now() + 5))  # the next export, default options
    assert len(log.updated) == 4 and not log.new and not log.conflicting
    assert col.get_note(bank.id)["Meaning"] == "bank (financial institution)"
    assert empty_card_ids(col) == ids_of(col, "银行", "Sentence")
    assert_one_note_per_word(col)
    assert_history_intact(col, before, revlog)


def test_default_import_first_then_merge_still_upgrades_in_place(tmp_path, v1_studied):
    """A student who imported without the advice can import again with it."""
    col, before, revlog = v1_studied
    first = v2_update(tmp_path, now() - 60)
    import_apkg(col, first)
    log = import_apkg(col, first, merge_notetypes=True, update_notes_always=True)
    assert not log.new and not log.conflicting and len(log.updated) == 4
    assert {col.get_note(n).mid for n in col.find_notes("")} == {MODEL_ID}
    assert [f["name"] for f in col.models.get(MODEL_ID)["flds"]] == list(FIELDS)
    assert col.get_note(col.find_notes("Simplified:银行")[0])["NoSentence"] == "y"
    assert_one_note_per_word(col)
    assert_history_intact(col, before, revlog)


def test_change_note_type_by_hand_keeps_history(tmp_path, v1_studied):
    """Without "Merge note types" (Anki before 23.10): Browse > Change Note Type moves the
    old notes to the version-2 copy, with their history; the next export updates them."""
    col, before, revlog = v1_studied
    import_apkg(col, v2_update(tmp_path, now() - 60))
    copy = next(m["id"] for m in col.models.all() if m["name"] == MODEL_NAME)
    request = col.models.change_notetype_info(old_notetype_id=MODEL_ID,
                                              new_notetype_id=copy).input
    request.note_ids.extend(col.models.nids(MODEL_ID))
    col.models.change_notetype_of_notes(request)
    assert {col.get_note(n).mid for n in col.find_notes("")} == {copy}
    assert_history_intact(col, before, revlog)

    log = import_apkg(col, v2_update(tmp_path, now() + 5))
    assert len(log.updated) == 4 and not log.new and not log.conflicting
    assert col.get_note(col.find_notes("Simplified:银行")[0])["NoSentence"] == "y"
    assert empty_card_ids(col) == ids_of(col, "银行", "Sentence")  # made by the change
    assert_one_note_per_word(col)
    assert_history_intact(col, before, revlog)


def test_a_word_left_out_in_one_lesson_can_have_its_card_from_another():
    from anki_deck_helpers import lesson_two

    from chinese_teach.core.export.anki.apkg import build_apkg

    # Sentence cards only: 银行 has its example in lesson one, not in lesson two.
    _data, rep = build_apkg([lesson_two(), lesson_one()], AnkiOptions(cards=frozenset({S})),
                            1_760_000_000)
    assert rep.notes == 1 and rep.cards == 1
    assert rep.words_without_cards == ["钱", "你好", "谢谢"]
