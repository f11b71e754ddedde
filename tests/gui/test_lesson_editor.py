"""The lesson editor: fields, autosave and undo, vocabulary panel, texts, exports.

The acceptance story walked through the widgets: a course from HSK 1 (2021), three
lessons written with texts, lesson 3's proposals exclude lessons 1-2's words, its
plan and a writing worksheet are printed (and rendered to PNG), and the exported
course is imported intact by another teacher.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest

from chinese_teach.core.library import Course, Library
from chinese_teach.core.library.models import Stage
from chinese_teach.gui.pages.lesson_editor import coverage_sentence
from chinese_teach.gui.pages.library import CourseDialog, LibraryPage
from tests.lesson_story import TEXTS


def write_lesson(page: LibraryPage, qtbot, title: str, text: str) -> str:
    """New lesson (PPP template), its text typed in, all proposed words accepted."""
    editor = page.editor
    lesson = page.new_lesson(title)
    assert editor.lesson is not None and editor.lesson.id == lesson.id
    qtbot.mouseClick(editor.add_text_button, Qt.MouseButton.LeftButton)
    editor.text_title.setText(title)
    with qtbot.waitSignal(editor.analysed, timeout=20000):
        editor.text_edit.setPlainText(text)
        editor.flush()
    return lesson.id


def test_story_through_the_widgets(page: LibraryPage, qtbot, tmp_path: Path, engine,
                                   corpus) -> None:
    editor = page.editor
    dialog = CourseDialog(parent=page)
    dialog.name_edit.setText("Year 7 Chinese")
    dialog.standard_combo.setCurrentIndex(dialog.standard_combo.findData("hsk2021"))
    dialog.target_spin.setValue(2)
    dialog.start_spin.setValue(1)
    course = page.new_course(dialog.result_course())
    assert page.selected_id() == course.id
    assert page.library.course(course.id).start_level == 1

    ids = []
    accepted: list[list[str]] = []
    for title, text in TEXTS:
        lid = write_lesson(page, qtbot, title, text)
        proposed = editor.vocab_panel.proposed_words()
        assert proposed, title
        for earlier in accepted:
            assert not set(earlier) & set(proposed)  # known from lessons before
        qtbot.mouseClick(editor.vocab_panel.accept_all_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(editor.analysed, timeout=20000):
            editor.flush()
        assert editor.vocab_panel.proposed_words() == []
        accepted.append(page.library.lesson(lid).words)
        ids.append(lid)
    assert "饺子" in accepted[2] and "公园" in accepted[1]
    assert "%" in editor.vocab_panel.coverage_label.text()
    assert "95%" in editor.vocab_panel.coverage_label.text() or "98%" in \
        editor.vocab_panel.coverage_label.text()
    assert [r.id for r in page.library.lesson_refs(course.id)] == ids

    # Lesson 1's panel names the later lessons its vocabulary affects.
    page.tree.setCurrentItem(page.find_item(ids[0]))
    assert "包饺子" in editor.vocab_panel.affected_label.text()

    # Print lesson 3's plan and a writing worksheet in the background.
    page.tree.setCurrentItem(page.find_item(ids[2]))
    plan = tmp_path / "plan.pdf"
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export("plan", plan)
    text = "".join(p.extract_text() for p in PdfReader(plan).pages).replace("\t", " ")
    assert "饺子" in text and "HSK 3.0 (2021 standard) level 2" in text
    word = tmp_path / "plan.docx"
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export("plan", word)
    import zipfile

    xml = zipfile.ZipFile(word).read("word/document.xml").decode()
    assert "<w:ruby>" in xml and "jiǎo" in xml  # the text with its pinyin, as in the PDF
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("writing"))
    editor.grid_combo.setCurrentIndex(editor.grid_combo.findData("mi"))
    sheet = tmp_path / "writing.pdf"
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export("worksheet", sheet)
    pages = PdfReader(sheet).pages
    assert len(pages) >= 2 and "Answer" in pages[-1].extract_text()
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(sheet),
                    str(tmp_path / "writing")], check=True)
    assert list(tmp_path.glob("writing-*.png"))

    # Another teacher imports the exported course intact.
    from chinese_teach.core.library.exchange import export_course, import_course

    zipped = export_course(page.library, course.id, tmp_path / "course.zip")
    (tmp_path / "other").mkdir()
    with Library.open(tmp_path / "other" / "library.sqlite") as other:
        import_course(other, zipped)
        assert [r.id for r in other.lesson_refs(course.id)] == ids
        for lid in ids:
            mine, theirs = page.library.lesson(lid), other.lesson(lid)
            assert (theirs.title, theirs.words, theirs.activities) == (
                mine.title, mine.words, mine.activities)
            assert [d.text for d in other.readers(lid)] == [d.text for d in
                                                           page.library.readers(lid)]


def test_autosave_undo_redo_and_timing(page: LibraryPage, qtbot) -> None:
    editor = page.editor
    page.new_course(Course(name="Undo course", start_level=1))
    lesson = page.new_lesson("First")
    editor.title_edit.setText("Renamed")
    qtbot.waitUntil(lambda: page.library.lesson(lesson.id).title == "Renamed", timeout=5000)
    assert page.find_item(lesson.id).text(0) == "1. Renamed"
    editor.duration_spin.setValue(50)
    editor.flush()
    assert "fewer than the 50-minute lesson" in editor.activities.total_label.text()
    page.undo_stack.undo()
    assert page.library.lesson(lesson.id).duration == 45
    assert editor.duration_spin.value() == 45
    assert "Total 45 of 45" in editor.activities.total_label.text()
    page.undo_stack.undo()
    assert editor.title_edit.text() == "First" and page.library.lesson(lesson.id).title == "First"
    page.undo_stack.redo()
    assert page.library.lesson(lesson.id).title == "Renamed"

    editor.objectives_edit.setPlainText("Can greet\nCan count to ten")
    editor.grammar_combo.setCurrentText("是 sentences")
    QTest.mouseClick(editor.grammar.add_button, Qt.MouseButton.LeftButton)
    editor.homework_edit.setPlainText("Workbook p. 3")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("ready"))
    editor.activities.add_activity(
        type(editor.activities.activities()[0])(Stage.HOMEWORK, 20, "Workbook"))
    editor.flush()
    saved = page.library.lesson(lesson.id)
    assert saved.objectives == ["Can greet", "Can count to ten"]
    assert [g.text for g in saved.grammar] == ["是 sentences"]
    assert saved.homework == "Workbook p. 3" and saved.status.value == "ready"
    assert saved.activities[-1].stage is Stage.HOMEWORK
    assert editor.activities.planned_minutes() == 45  # homework is not class time
    # The grammar point is offered again in another lesson.
    page.new_lesson("Second")
    assert editor.grammar_combo.findText("是 sentences") >= 0


def test_vocab_panel_add_remove_reorder(page: LibraryPage, qtbot) -> None:
    editor = page.editor
    page.new_course(Course(name="Words", start_level=0))
    lesson = page.new_lesson("Words")
    panel = editor.vocab_panel
    panel.add_edit.setText("熊猫, 长城 故宫")
    panel._add_typed()
    assert panel.words() == ["熊猫", "长城", "故宫"]
    panel.vocab_tree.setCurrentItem(panel.vocab_tree.topLevelItem(2))
    panel.move_selected(-1)
    assert panel.words() == ["熊猫", "故宫", "长城"]
    panel.vocab_tree.setCurrentItem(panel.vocab_tree.topLevelItem(0))
    panel.remove_selected()
    editor.flush()
    assert page.library.lesson(lesson.id).words == ["故宫", "长城"]
    # The teacher's own pinyin and meaning for this lesson; bad pinyin is refused.
    panel.set_item_field("长城", 2, "Chang2 cheng2")
    panel.set_item_field("长城", 3, "the Great Wall")
    panel.set_item_field("故宫", 2, "gu")
    assert "one pinyin syllable per character" in editor.status_label.text()
    editor.flush()
    saved = {v.word: v for v in page.library.lesson(lesson.id).vocab}
    assert saved["长城"].pinyin == ("chang2", "cheng2")
    assert saved["长城"].meaning == "the Great Wall"
    assert saved["故宫"].pinyin is None
    assert panel.vocab_tree.topLevelItem(1).text(2) == "chángchéng"


def test_text_hands_off_to_reader_studio(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=30000)
    page = window.show_page("library")
    assert isinstance(page, LibraryPage)
    page.new_course(Course(name="Studio", start_level=1))
    page.new_lesson("With text")
    doc = page.editor.add_text("对话", "你好！我叫小明。")
    assert page.editor.open_in_studio()
    assert window.current_key() == "readers"
    studio = window.page("readers")
    assert studio.current_id == doc.id
    assert studio.editor.toPlainText() == "你好！我叫小明。"
    qtbot.waitUntil(lambda: not window.tasks.active, timeout=30000)


def test_coverage_sentence() -> None:
    s = coverage_sentence("T", 0.9, 0.985)
    assert "90.0%" in s and "below the 95%" in s and "98.5%" in s and "comfortable" in s
    assert coverage_sentence("", 1.0, 1.0).startswith("“(untitled)”: 100.0% of the words")


#: French for the coverage sentence, until the shipped catalogue has it
_FRENCH_COVERAGE = {
    "“{title}”: {before}% of the words known before this lesson ({verdict_before}); "
    "{after}% with this lesson's vocabulary ({verdict_after}).":
        "«\u00a0{title}\u00a0»\u00a0: {before}\u00a0% des mots connus avant cette leçon "
        "({verdict_before})\u00a0; {after}\u00a0% avec le vocabulaire de la leçon "
        "({verdict_after}).",
    "comfortable, at least 98%": "confortable, au moins 98\u00a0%",
    "readable with help, at least 95%": "lisible avec de l’aide, au moins 95\u00a0%",
    "below the 95% comfort threshold": "sous le seuil de confort de 95\u00a0%",
}


class _FrenchCoverage(QTranslator):
    """French for the coverage sentence, until the shipped catalogue has it (installed
    before the interface's own translators, which win when they have the text)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return _FRENCH_COVERAGE.get(source) if context == "LessonEditor" else None

    def isEmpty(self) -> bool:
        return False


def test_coverage_follows_the_interface_language(page: LibraryPage, qtbot, qapp) -> None:
    """The coverage sentences are written again in the new language when the interface
    language is switched (Preferences > Language), decimal commas included."""
    from chinese_teach.gui import i18n

    editor = page.editor
    page.new_course(Course(name="Coverage", start_level=1))
    write_lesson(page, qtbot, *TEXTS[0])
    english = editor.vocab_panel.coverage_label.text()
    title = TEXTS[0][0]
    assert english.startswith(f"“{title}”: ") and "known before this lesson" in english
    french = _FrenchCoverage()
    qapp.installTranslator(french)
    try:
        i18n.set_language("fr")
        text = editor.vocab_panel.coverage_label.text()
        assert text != english and "known before this lesson" not in text
        assert title in text and re.search(r"\d,\d\u00a0?%", text), text
        assert text == "\n".join(coverage_sentence(c.title, c.before, c.after)
                                 for c in editor._coverage)
        qapp.removeTranslator(french)
        i18n.set_language("en")
        assert editor.vocab_panel.coverage_label.text() == english
    finally:
        qapp.removeTranslator(french)
        i18n.set_language("en")


def test_deck_export_in_the_background(page: LibraryPage, qtbot, tmp_path: Path) -> None:
    editor = page.editor
    page.new_course(Course(name="Deck course", start_level=1))
    lid = write_lesson(page, qtbot, *TEXTS[2])
    qtbot.mouseClick(editor.vocab_panel.accept_all_button, Qt.MouseButton.LeftButton)
    editor.flush()
    out = tmp_path / "lesson.apkg"
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export("deck", out)
    import zipfile

    assert out.exists() and zipfile.is_zipfile(out)
    assert "Wrote" in editor.export_label.text()
    assert page.library.lesson(lid).words
