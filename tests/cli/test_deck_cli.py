"""``chinese-teach deck`` run as a user runs it (a real subprocess), checked in real Anki."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import anki.collection as anki_collection
import pytest
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest


@pytest.fixture
def home(tmp_path: Path, corpus) -> Path:
    """A private data dir (own export clock, own library) reusing the session corpus."""
    h = tmp_path / "home"
    h.mkdir()
    (h / "corpus.sqlite").symlink_to(corpus.path)
    return h


def run(args: list[str], home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, CHINESE_TEACH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "chinese_teach", "deck", *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=180,
                          check=False)


def import_into(tmp_path: Path, apkg: Path):
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    log = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())).log
    return col, log


def test_word_file_to_apkg_then_reexport_updates(tmp_path, home):
    words = tmp_path / "lesson words.txt"
    words.write_text("银行\n你好\n谢谢\n", encoding="utf-8")
    out = tmp_path / "deck.apkg"
    r = run([str(words), "-o", str(out), "--cards", "recognition,recall"], home)
    assert r.returncode == 0, r.stderr
    assert "3 notes, 6 cards" in r.stdout and "Stroke order for 5 characters" in r.stdout
    col, log = import_into(tmp_path, out)
    try:
        assert len(log.new) == 3
        assert col.decks.id_for_name("lesson words")
        # A second export right away gets a later timestamp (persisted clock): Anki accepts
        # it as an update, not a duplicate.
        r = run([str(words), "-o", str(out), "--force"], home)
        assert r.returncode == 0, r.stderr
        log = col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out), options=ImportAnkiPackageOptions())).log
        assert not log.new and len(log.updated) == 3
        assert len(col.find_notes("")) == 3
    finally:
        col.close()


def test_refusals_are_readable(tmp_path, home):
    words = tmp_path / "w.txt"
    words.write_text("银行\n", encoding="utf-8")
    out = tmp_path / "d.apkg"
    out.write_bytes(b"old")
    r = run([str(words), "-o", str(out)], home)
    assert r.returncode == 1 and "--force" in r.stderr and out.read_bytes() == b"old"
    r = run([str(words), "-o", str(tmp_path / "x.apkg"), "--cards", "reading"], home)
    assert r.returncode == 1 and "Unknown card type" in r.stderr
    r = run([str(words), "-o", str(tmp_path / "x.doc")], home)
    assert r.returncode == 1 and ".apkg" in r.stderr
    r = run(["--lesson", "l-doesnotexist", "-o", str(tmp_path / "y.apkg")], home)
    assert r.returncode == 1 and not (tmp_path / "y.apkg").exists()


def test_pleco_and_csv_lists(tmp_path, home):
    words = tmp_path / "w.csv"
    words.write_text("word\n银行\n你好\n", encoding="utf-8")
    r = run([str(words), "-o", str(tmp_path / "p.txt"), "--format", "pleco"], home)
    assert r.returncode == 0, r.stderr
    lines = (tmp_path / "p.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "// w" and lines[1].startswith("银行[銀行]\tyin2hang2\t")
    r = run([str(words), "-o", str(tmp_path / "l.csv")], home)
    assert r.returncode == 0
    assert (tmp_path / "l.csv").read_bytes().startswith(b"\xef\xbb\xbfsimplified,")
    r = run([str(words), "-o", str(tmp_path / "v.pdf")], home)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")


def test_audio_option_synthesises_and_labels(tmp_path, home):
    words = tmp_path / "w.txt"
    words.write_text("银行\n", encoding="utf-8")
    out = tmp_path / "a.apkg"
    r = run([str(words), "-o", str(out), "--audio", "--no-strokes"], home)
    assert r.returncode == 0, r.stderr
    assert "espeak-ng" in r.stderr and "1 synthetic" in r.stdout
    col, _ = import_into(tmp_path, out)
    try:
        assert len(col.find_cards("card:Listening")) == 1
        note = col.get_note(col.find_notes("")[0])
        assert note["Strokes"] == "" and "synthetic voice" in note["Audio"]
    finally:
        col.close()


def test_done_when_lesson_deck_fix_and_reimport_keeps_progress(tmp_path, home):
    """The issue's story: export a lesson, study, fix a meaning, re-export, re-import."""
    from anki.scheduler.v3 import CardAnswer

    from chinese_teach.core.library import Course, Lesson, Library, ReaderDoc, VocabItem

    lib = Library.open(home / "library.sqlite")
    try:
        course = lib.save_course(Course(name="Beginners A", standard="hsk2021"))
        lesson = lib.save_lesson(Lesson(course_id=course.id, title="At the bank", vocab=[
            VocabItem("银行"), VocabItem("钱"), VocabItem("换")]))
        lib.save_reader(ReaderDoc(title="Text", text="我去银行换钱。", lesson_id=lesson.id))
    finally:
        lib.close()
    out = tmp_path / "lesson.apkg"
    r = run(["--lesson", lesson.id, "-o", str(out)], home)
    assert r.returncode == 0, r.stderr
    col, log = import_into(tmp_path, out)
    try:
        assert len(log.new) == 3
        col.decks.select(col.decks.id_for_name("Beginners A::01 At the bank"))
        answered = 0
        while (queued := col.sched.get_queued_cards()).cards and answered < 40:
            top = queued.cards[0]
            card = col.get_card(top.card.id)
            card.start_timer()
            col.sched.answer_card(col.sched.build_answer(card=card, states=top.states,
                                                         rating=CardAnswer.GOOD))
            answered += 1
        reviews = col.db.scalar("select count() from revlog")
        assert reviews >= 6
        cards_before = {c: col.get_card(c).ivl for c in col.find_cards("")}

        lib = Library.open(home / "library.sqlite")
        try:
            lesson = lib.lesson(lesson.id)
            lesson.vocab[0] = VocabItem("银行", meaning="bank (the teacher's fix)")
            lib.save_lesson(lesson)
        finally:
            lib.close()
        r = run(["--lesson", lesson.id, "-o", str(out), "--force"], home)
        assert r.returncode == 0, r.stderr
        log = col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(out), options=ImportAnkiPackageOptions())).log
        assert not log.new
        notes = {col.get_note(n)["Simplified"]: col.get_note(n) for n in col.find_notes("")}
        assert sorted(notes) == sorted(["银行", "钱", "换"])
        assert notes["银行"]["Meaning"] == "bank (the teacher's fix)"
        assert "银行" in notes["银行"]["Example"]
        assert col.db.scalar("select count() from revlog") == reviews
        assert {c: col.get_card(c).ivl for c in col.find_cards("")} == cards_before
    finally:
        col.close()


def test_words_no_chosen_card_fits_are_left_out_and_named(tmp_path, home):
    """A word without a meaning can have no recall card: a note without any card would
    get a blank one from Anki, so the word stays out of a recall-only deck."""
    words = tmp_path / "words.txt"
    words.write_text("银行\n银银银\n", encoding="utf-8")  # the second is in no dictionary
    out = tmp_path / "recall.apkg"
    r = run([str(words), "-o", str(out), "--cards", "recall", "--no-strokes"], home)
    assert r.returncode == 0, r.stderr
    assert "1 notes, 1 cards" in r.stdout
    assert "Left out, no card of the chosen types fits them: 银银银" in r.stdout
    col, log = import_into(tmp_path, out)
    try:
        assert len(log.new) == 1
        [cid] = col.find_cards("")
        assert col.get_card(cid).template()["name"] == "Recall"
    finally:
        col.close()


def test_doc_lang_speaks_on_the_cards(tmp_path, home):
    """``--doc-lang es``: the stroke-order hint and the synthetic-voice label in Spanish;
    the messages of the command line stay English."""
    words = tmp_path / "w.txt"
    words.write_text("银行\n", encoding="utf-8")
    out = tmp_path / "es.apkg"
    r = run([str(words), "-o", str(out), "--audio", "--doc-lang", "es"], home)
    assert r.returncode == 0, r.stderr
    assert "Synthetic voice: espeak-ng" in r.stderr
    col, _ = import_into(tmp_path, out)
    try:
        note = col.get_note(col.find_notes("")[0])
        assert note["Strokes"] == ('银行<span data-ct-hint="Toca un carácter para volver a ver '
                                   'el orden de sus trazos."></span>')
        assert "voz sintética (espeak-ng" in note["Audio"]
        desc = col.decks.get(col.decks.id_for_name("w"))["desc"]
        assert desc.startswith("Hecho con Chinese Teach.")
    finally:
        col.close()


def test_words_from_standard_input(tmp_path, home):
    """``deck -`` reads the word list from standard input, as ``reader -`` reads a text."""
    out = tmp_path / "piped.tsv"
    r = run(["-", "-o", str(out)], home, stdin="# lesson 1\n银行\tbank\n老师\n银行\n")
    assert r.returncode == 0, r.stderr
    assert "Wrote 2 words" in r.stdout
    rows = out.read_text(encoding="utf-8").splitlines()
    assert [row.split("\t")[0] for row in rows if row.startswith(("银行", "老师"))] == [
        "银行", "老师"]
    r = run(["-", "-o", str(tmp_path / "none.tsv")], home, stdin="hello\n")
    assert r.returncode == 1 and "standard input" in r.stderr and "Traceback" not in r.stderr


def test_the_teacher_s_corrections_reach_a_word_list_deck(tmp_path, home):
    """A reading the teacher corrected (长 zhǎng everywhere) is what the deck prints: the
    command gives the engine the corrections of the library it opens."""
    from chinese_teach.core.library.models import Correction
    from chinese_teach.core.library.store import Library

    lib = Library.open(home / "library.sqlite", auto_backup=False)
    try:
        lib.save_correction(Correction(word="长", pinyin=("zhang3",)))
    finally:
        lib.close()
    words = tmp_path / "words.txt"
    words.write_text("长\n", encoding="utf-8")
    out = tmp_path / "words.csv"
    r = run([str(words), "-o", str(out)], home)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "zhǎng" in text and "cháng" not in text
