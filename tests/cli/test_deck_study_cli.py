"""``chinese-teach deck ... -o page.html``: the study page from a word file or a course,
run as a user runs it (a real subprocess), with the words, meanings and identities of the
Anki deck of the same source."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import anki.collection as anki_collection
import pytest
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from chinese_teach.core.export.anki.apkg import note_guid


@pytest.fixture
def home(tmp_path: Path, corpus) -> Path:
    """A private data dir (own library) reusing the session corpus."""
    h = tmp_path / "home"
    h.mkdir()
    (h / "corpus.sqlite").symlink_to(corpus.path)
    return h


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CHINESE_TEACH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "chinese_teach", "deck", *args],
                          capture_output=True, text=True, env=env, timeout=180, check=False)


def page_data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ct-data">(.*?)</script>', html,
                      re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def test_word_file_to_study_page(tmp_path, home):
    words = tmp_path / "week 1.txt"
    words.write_text("银行\n你好\n谢谢\n", encoding="utf-8")
    out = tmp_path / "words.html"
    r = run([str(words), "-o", str(out)], home)
    assert r.returncode == 0, r.stderr
    assert "study page, 3 words in 1 lesson(s)" in r.stdout
    assert "Stroke order for 5 characters" in r.stdout
    data = page_data(out)
    assert [w["s"] for w in data["words"]] == ["银行", "你好", "谢谢"]
    assert data["title"] == "week 1" and data["lang"] == "en"
    assert data["words"][1]["p"] == ["nǐ", "hǎo"]
    # an unknown suffix is refused before any work, naming the formats
    r = run([str(words), "-o", str(tmp_path / "words.xyz")], home)
    assert r.returncode != 0 and ".html" in r.stderr


def test_course_page_matches_the_anki_deck_and_keeps_its_key(tmp_path, home):
    from chinese_teach.core.library import Course, Lesson, Library, VocabItem

    lib = Library.open(home / "library.sqlite")
    try:
        course = lib.save_course(Course(name="Beginners A", standard="hsk2021"))
        lib.save_lesson(Lesson(course_id=course.id, title="At the bank", vocab=[
            VocabItem("银行", meaning="bank (where money is kept)"), VocabItem("钱")]))
        lib.save_lesson(Lesson(course_id=course.id, title="Greetings", position=1,
                               vocab=[VocabItem("你好")]))
    finally:
        lib.close()
    page, deck = tmp_path / "course.html", tmp_path / "course.apkg"
    r = run(["--course", course.id, "-o", str(page), "--doc-lang", "es"], home)
    assert r.returncode == 0, r.stderr
    r = run(["--course", course.id, "-o", str(deck)], home)
    assert r.returncode == 0, r.stderr
    data = page_data(page)
    assert [lesson["name"] for lesson in data["lessons"]] == ["01 At the bank", "02 Greetings"]
    assert [w["k"] for w in data["words"]] == [0, 0, 1]
    assert data["labels"]["show_answer"] == "Ver respuesta" and data["lang"] == "es"
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(deck), options=ImportAnkiPackageOptions()))
        notes = {col.get_note(n)["Simplified"]: col.get_note(n) for n in col.find_notes("")}
        for word in data["words"]:
            note = notes[word["s"]]
            assert note.guid == note_guid(word["id"])  # the same stable identity
            assert note["Meaning"] == word["m"]  # the same teacher's meaning
            assert re.sub(r"<[^>]+>", " ", note["Pinyin"]).split() == word["p"]
    finally:
        col.close()
    assert data["words"][0]["m"] == "bank (where money is kept)"
    # the teacher edits a meaning and exports again: same page key, new meaning
    lib = Library.open(home / "library.sqlite")
    try:
        lesson = lib.lessons(course.id)[0]
        lesson.vocab[1] = VocabItem("钱", meaning="money (edited)")
        lib.save_lesson(lesson)
    finally:
        lib.close()
    r = run(["--course", course.id, "-o", str(page), "--force"], home)
    assert r.returncode == 0, r.stderr
    again = page_data(page)
    assert again["key"] == data["key"]
    assert [w["id"] for w in again["words"]] == [w["id"] for w in data["words"]]
    assert again["words"][1]["m"] == "money (edited)"
