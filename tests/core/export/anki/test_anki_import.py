"""The exported .apkg checked by importing it into a real Anki collection (PyPI ``anki``)."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest
from anki_deck_helpers import (
    answer_all,
    import_apkg,
    lesson_one,
    lesson_two,
    make_word,
    review_state,
)

from chinese_teach.core.export.anki.apkg import (
    AnkiOptions,
    ExportClock,
    build_apkg,
    deck_id_for,
    export_apkg,
    note_guid,
)
from chinese_teach.core.export.anki.note_type import FIELDS, MODEL_ID, CardType
from chinese_teach.core.export.anki.words import DeckPart

T0 = 1_760_000_000


def write(tmp_path: Path, parts, name: str, stamp: int, **opts) -> Path:
    out = tmp_path / name
    export_apkg(parts, out, AnkiOptions(**opts), timestamp=stamp,
                clock=ExportClock(tmp_path / "clock.json"))
    return out


def package_deck_ids(apkg: Path) -> dict[int, str]:
    """Deck ids and names inside an .apkg (the default deck left out)."""
    import sqlite3
    import tempfile

    with zipfile.ZipFile(apkg) as z, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        db.write_bytes(z.read("collection.anki2"))
        con = sqlite3.connect(db)
        decks = json.loads(con.execute("select decks from col").fetchone()[0])
        con.close()
    return {int(k): v["name"] for k, v in decks.items() if int(k) != 1}


def notes_by_word(col) -> dict[str, object]:
    return {col.get_note(nid)["Simplified"]: col.get_note(nid) for nid in col.find_notes("")}


def test_fresh_import_notes_cards_fields_media(tmp_path, collection):
    apkg = write(tmp_path, [lesson_one()], "l1.apkg", T0)
    log = import_apkg(collection, apkg)
    assert len(log.new) == 3 and not log.updated and not log.duplicate

    notes = notes_by_word(collection)
    assert set(notes) == {"银行", "你好", "谢谢"}
    bank = notes["银行"]
    assert bank.note_type()["id"] == MODEL_ID
    assert [f["name"] for f in bank.note_type()["flds"]] == list(FIELDS)
    assert bank.guid == note_guid("uid-银行")
    assert bank["Traditional"] == "銀行"
    assert bank["PinyinNumbered"] == "yin2 hang2"
    assert bank["Zhuyin"] == "ㄧㄣˊ ㄏㄤˊ"
    assert bank["Pinyin"] == '<span class="tone2">yín</span><span class="tone2">háng</span>'
    assert bank["Level"] == "HSK2021 3"
    assert bank["Example"] == '我去<span class="ct-word">银行</span>。'
    assert "ct-word" in bank["ExamplePinyin"] and "wǒ" in bank["ExamplePinyin"]
    assert bank["ExampleMeaning"] == "I am going to the bank."
    # the characters with stroke data, then the hint in the deck's language (an attribute)
    assert bank["Strokes"] == ('银行<span data-ct-hint="Tap a character to replay its stroke '
                               'order."></span>')
    # default card types: recognition, recall, listening; the flag fields switch off the rest
    assert [bank[f] for f in ("NoRecognition", "NoRecall", "NoListening", "NoSentence")] == [
        "", "", "", "y"]
    assert notes["你好"]["Traditional"] == ""  # same as simplified: not repeated
    assert sorted(bank.tags) == sorted(["HSK2021::3", "Course_A", "Course_A::01_At_the_bank"])

    cards = bank.cards()
    assert sorted(c.template()["name"] for c in cards) == ["Recall", "Recognition"]
    assert {collection.decks.name(c.did) for c in cards} == {"Course A::01 At the bank"}
    # Anki matches decks by name on import; the package itself carries the stable id
    assert package_deck_ids(apkg) == {deck_id_for("l-lesson1"): "Course A::01 At the bank"}

    recognition = next(c for c in cards if c.template()["name"] == "Recognition")
    q, a = recognition.question(), recognition.answer()
    assert '<div class="ct-hanzi ct-kai">银行</div>' in q and "bank" not in q.split("</style>")[-1]
    body = a.split("</style>")[-1]
    assert "bank" in body and 'class="tone2">yín' in body
    assert "_ct-hanzi-writer-3.7.3.js" in body and "HanziWriter.create" in body
    assert ".tone1 { color: #e30000; }" in a  # the default tone scheme's CSS
    recall = next(c for c in cards if c.template()["name"] == "Recall")
    assert "bank" in recall.question() and "银行" not in recall.question().split("</style>")[-1]

    media = set(Path(collection.media.dir()).iterdir())
    names = {p.name for p in media}
    # only the deck's characters' stroke data, plus the library and its licence
    chars = set("银行你好谢")
    assert {f"_ct-hw-{ord(c):x}.js" for c in chars} <= names
    assert len([n for n in names if n.startswith("_ct-hw-")]) == len(chars)
    assert "_ct-hanzi-writer-3.7.3.js" in names and "_ct-strokes-ARPHICPL.txt" in names
    js = (Path(collection.media.dir()) / f"_ct-hw-{ord('银'):x}.js").read_text()
    assert js.startswith('(window.ctStrokeData=window.ctStrokeData||{})["\\u94f6"]=')
    assert json.loads(js.split("]=", 1)[1].rstrip(";\n"))["strokes"]


def test_reexport_after_edit_updates_note_and_keeps_history(tmp_path, collection):
    first = lesson_one()
    import_apkg(collection, write(tmp_path, [first], "v1.apkg", T0))
    studied = answer_all(collection)
    assert studied >= 6
    revlog_before = collection.db.scalar("select count() from revlog")
    assert revlog_before >= 6
    state_before = review_state(collection)
    note_ids_before = set(collection.find_notes(""))

    edited = dataclasses.replace(first, words=list(first.words))
    edited.words[0] = dataclasses.replace(first.words[0], meaning="bank (financial institution)",
                                          pinyin=("yin2", "hang2"))
    log = import_apkg(collection, write(tmp_path, [edited], "v2.apkg", T0 + 60))

    assert not log.new, "a re-export must not add notes"
    assert len(log.updated) == 3  # every note of the newer export counts as updated
    assert set(collection.find_notes("")) == note_ids_before
    assert notes_by_word(collection)["银行"]["Meaning"] == "bank (financial institution)"
    assert collection.db.scalar("select count() from revlog") == revlog_before
    assert review_state(collection) == state_before


def test_same_second_reexport_is_ignored_by_anki_so_the_clock_moves_on(tmp_path, collection):
    """The trap: Anki skips an update that is not newer. The clock prevents it."""
    part = lesson_one()
    import_apkg(collection, write(tmp_path, [part], "a.apkg", T0))
    part.words[1] = dataclasses.replace(part.words[1], meaning="hi")
    log = import_apkg(collection, write(tmp_path, [part], "b.apkg", T0))
    assert not log.updated  # same timestamp: Anki ignores the edit
    assert notes_by_word(collection)["你好"]["Meaning"] == "hello"

    clock = ExportClock(tmp_path / "state.json")
    stamps = [clock.next() for _ in range(3)]
    assert stamps[0] < stamps[1] < stamps[2]
    assert ExportClock(tmp_path / "state.json").last() == stamps[2]  # persisted
    out = tmp_path / "c.apkg"
    rep = export_apkg([part], out, clock=ExportClock(tmp_path / "state.json"))
    assert rep.timestamp > stamps[2]
    log = import_apkg(collection, out)
    assert len(log.updated) == 3 and not log.new
    assert notes_by_word(collection)["你好"]["Meaning"] == "hi"


def test_second_lesson_sharing_a_word_adds_no_duplicate(tmp_path, collection):
    import_apkg(collection, write(tmp_path, [lesson_one()], "l1.apkg", T0))
    log = import_apkg(collection, write(tmp_path, [lesson_two()], "l2.apkg", T0 + 10))
    words = [collection.get_note(n)["Simplified"] for n in collection.find_notes("")]
    assert sorted(words) == sorted(["银行", "你好", "谢谢", "钱"])
    assert len(log.new) == 1
    assert collection.decks.id_for_name("Course A::02 Money")


def test_course_export_one_note_per_word_with_both_lesson_tags(tmp_path, collection):
    rep = build_apkg([lesson_one(), lesson_two()], AnkiOptions(), T0)[1]
    assert rep.notes == 4 and rep.decks == 2
    import_apkg(collection, write(tmp_path, [lesson_one(), lesson_two()], "course.apkg", T0))
    bank = notes_by_word(collection)["银行"]
    assert {"Course_A::01_At_the_bank", "Course_A::02_Money"} <= set(bank.tags)
    assert len(collection.find_notes("")) == 4


def test_hostile_text_appears_as_text(tmp_path, collection):
    evil = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    part = DeckPart("list:evil", "Evil", [make_word("你好", ("ni3", "hao3"), evil, source=evil)])
    import_apkg(collection, write(tmp_path, [part], "evil.apkg", T0))
    card = collection.get_card(collection.find_cards("")[0])
    body = card.answer().split("</style>")[-1]
    assert "<img src=x" not in body and "alert('x')</script>" not in body
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_card_type_choice_and_sentence_cards(tmp_path, collection):
    opts = {"cards": frozenset({CardType.RECOGNITION, CardType.SENTENCE})}
    import_apkg(collection, write(tmp_path, [lesson_one()], "s.apkg", T0, **opts))
    names = sorted(collection.get_card(c).template()["name"] for c in collection.find_cards(""))
    # three recognition cards, one sentence card (only 银行 has an example)
    assert names == ["Recognition"] * 3 + ["Sentence"]
    sentence = next(collection.get_card(c) for c in collection.find_cards("card:Sentence"))
    q = sentence.question().split("</style>")[-1]
    assert 'ct-cloze' in q and '<span class="ct-word">银行</span>' in q  # hidden by CSS
    assert ".ct-cloze .ct-word { font-size: 0" in sentence.question()


def test_no_strokes_option(tmp_path, collection):
    import_apkg(collection, write(tmp_path, [lesson_one()], "n.apkg", T0, strokes=False))
    assert notes_by_word(collection)["银行"]["Strokes"] == ""
    assert not [p for p in Path(collection.media.dir()).iterdir() if p.name.startswith("_ct")]


def test_output_is_deterministic_and_guid_ignores_fields():
    a, _ = build_apkg([lesson_one()], AnkiOptions(), T0)
    b, _ = build_apkg([lesson_one()], AnkiOptions(), T0)
    assert a == b
    c, _ = build_apkg([lesson_one()], AnkiOptions(), T0 + 1)
    assert a != c
    part = lesson_one()
    part.words[0] = dataclasses.replace(part.words[0], meaning="something else")
    with zipfile.ZipFile(__import__("io").BytesIO(build_apkg([part], AnkiOptions(), T0)[0])) as z:
        assert "collection.anki2" in z.namelist()
    assert note_guid("uid-银行") == note_guid("uid-银行") != note_guid("uid-银")


def test_export_refuses_existing_file_and_wrong_suffix(tmp_path):
    from chinese_teach.core.errors import BadInputError, ExportError

    out = write(tmp_path, [lesson_one()], "x.apkg", T0)
    with pytest.raises(ExportError):
        write(tmp_path, [lesson_one()], "x.apkg", T0 + 1)
    with pytest.raises(ExportError):
        write(tmp_path, [lesson_one()], "x.zip", T0 + 1)
    with pytest.raises(BadInputError):
        build_apkg([DeckPart("k", "Empty")], AnkiOptions(), T0)
    assert out.exists()


def test_preview_renders_like_anki(tmp_path, collection):
    """The app's preview fills the templates exactly as Anki does, and writes in the
    stroke-order hint that the card's script shows in Anki."""
    from chinese_teach.core.export.anki.apkg import preview_card
    from chinese_teach.core.export.anki.note_type import HINT_PLACE

    opts = AnkiOptions(cards=frozenset(CardType))
    import_apkg(collection, write(tmp_path, [lesson_one()], "p.apkg", T0,
                                  cards=frozenset(CardType)))
    bank = lesson_one().words[0]
    for cid in collection.find_cards("Simplified:银行"):
        card = collection.get_card(cid)
        ours = preview_card(bank, CardType(card.template()["name"].lower()), opts)

        def body(h: str) -> str:
            h = h.replace(HINT_PLACE, '<div class="ct-strokes-hint">Tap a character to '
                                      'replay its stroke order.</div>')
            return " ".join(h.rsplit("</style>", maxsplit=1)[-1].split())

        assert body(card.question()) == " ".join(ours.front.split())
        assert body(card.answer()) == " ".join(ours.back.split())


def test_adding_a_card_type_later_keeps_the_studied_cards(tmp_path, collection):
    only = {"cards": frozenset({CardType.RECOGNITION})}
    import_apkg(collection, write(tmp_path, [lesson_one()], "r.apkg", T0, **only))
    answer_all(collection)
    before = review_state(collection)
    assert len(before) == 3
    both = {"cards": frozenset({CardType.RECOGNITION, CardType.RECALL})}
    log = import_apkg(collection, write(tmp_path, [lesson_one()], "rr.apkg", T0 + 30, **both))
    assert not log.new
    after = review_state(collection)
    assert len(after) == 6  # the recall cards arrive
    assert {cid: after[cid] for cid in before} == before  # studied cards untouched


def test_cancelled_export_leaves_no_file(tmp_path):
    from chinese_teach.core.errors import Cancelled
    from chinese_teach.core.progress import CancelToken

    token = CancelToken()
    seen = []

    def progress(p):
        seen.append(p)
        token.cancel()

    out = tmp_path / "c.apkg"
    with pytest.raises(Cancelled):
        export_apkg([lesson_one()], out, timestamp=T0, clock=ExportClock(tmp_path / "k.json"),
                    progress=progress, cancel=token)
    assert seen and not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".apkg" or ".tmp" in p.name]


def test_strokes_only_for_characters_with_data():
    from anki_deck_helpers import make_word

    part = DeckPart("k", "Mixed", [make_word("卡拉OK", ("ka3", "la1", "ou1", "kei4"), "karaoke"),
                                   make_word("𠀋", ("ding1",), "rare")])
    _data, rep = build_apkg([part], AnkiOptions(), T0)
    assert rep.stroke_chars == 2  # 卡 and 拉; no data for O, K
    assert rep.chars_without_strokes == ["𠀋"]  # only hanzi are reported missing
