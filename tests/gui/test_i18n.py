"""Interface translations: every shipped language complete, ``--lang``, switching at run time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from chinese_teach.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")


def _lupdate_messages(tmp_path: Path) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the GUI sources right now."""
    ts = tmp_path / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "chinese_teach" / "gui").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *sources, "-ts", str(ts)], check=True, capture_output=True)
    return {(m.context, m.source) for m, _t, _k in i18n.read_ts(ts)}


def test_every_shipped_language_has_a_catalogue():
    assert len(SHIPPED) >= 4
    for code in SHIPPED:
        assert i18n.catalogue_path(code, ".ts").is_file(), code
        assert i18n.catalogue_path(code, ".qm").is_file(), code


@pytest.mark.parametrize("code", SHIPPED)
def test_no_unfinished_or_untranslated_string(code, tmp_path):
    entries = i18n.read_ts(i18n.catalogue_path(code, ".ts"))
    unfinished = [m.source for m, text, kind in entries if kind == "unfinished" or not text]
    assert not unfinished, f"{code}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    # Strings added to the code since the last packaging/update_translations.py run
    # are untranslated too.
    shipped = {(m.context, m.source) for m, _t, _k in entries}
    new = _lupdate_messages(tmp_path) - shipped
    assert not new, (f"{len(new)} texts not in the {code} catalogue (run "
                     f"packaging/update_translations.py and translate): {sorted(new)[:5]}")


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_placeholders_and_the_qm_is_current(code, qapp):
    translator = QTranslator()
    assert translator.load(str(i18n.catalogue_path(code, ".qm")))
    for message, text, _kind in i18n.read_ts(i18n.catalogue_path(code, ".ts")):
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(message.source)), (
            code, message.source, text)
        if "%n" in message.source:
            assert "%n" in text, (code, message.source)
            continue
        compiled = translator.translate(message.context, message.source,
                                        message.comment or None)
        assert compiled == text, (code, message.context, message.source)


def test_language_codes_are_normalised():
    assert i18n.normalise("zh-CN") == "zh_CN"
    assert i18n.normalise("zh_Hans_CN") == "zh_CN"
    assert i18n.normalise("es_MX") == "es"
    assert i18n.normalise("fr-CA") == "fr"
    assert i18n.resolve("ru") == "ru"
    assert i18n.is_rtl("ar") and i18n.is_rtl("he_IL") and not i18n.is_rtl("zh_CN")


def _restore_english(app) -> None:
    i18n.install(app, "en")
    QLocale.setDefault(QLocale("en_US"))


def test_install_sets_locale_translators_and_direction(qapp):
    try:
        i18n.install(qapp, "zh_CN")
        assert i18n.current_language() == "zh_CN"
        assert QCoreApplication.translate("actions", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        i18n.install(qapp, "ar")  # Qt ships Arabic: the layout mirrors
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("actions", "&File") == "&File"
    finally:
        _restore_english(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("actions", "&File") == "&File"


def test_language_switch_retranslates_the_open_window(window, qapp, qtbot):
    win = window
    win.show_page("dictionary")
    menus = [a.text() for a in win.menuBar().actions()]
    titles = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
    try:
        i18n.set_language("fr")
        assert [a.text() for a in win.menuBar().actions()][:2] == ["&Fichier", "É&dition"]
        sidebar = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert "Dictionnaire" in sidebar and "Bibliothèque" in sidebar
        assert win.actions_by_key["find"].text() == "&Rechercher…"
        count = win.pages["dictionary"].count_label
        count.setText(QCoreApplication.translate("DictionaryPage", "%n result(s)", None, 3))
        assert count.text() == "3 résultats"
        i18n.set_language("ru")  # from one translation to another
        assert count.text() == "3 результата"  # plural forms follow the number
        assert win.menuBar().actions()[0].text() == "&Файл"
        assert "Словарь" in [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
    finally:
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en_US"))
    assert [a.text() for a in win.menuBar().actions()] == menus
    assert [win.sidebar.item(i).text() for i in range(win.sidebar.count())] == titles


def test_template_texts_are_retranslated():
    before = {i18n.Message("X", "Tone {n}"): "Tone {n}", i18n.Message("X", "Save"): "Save"}
    after = {i18n.Message("X", "Tone {n}"): "第{n}声", i18n.Message("X", "Save"): "保存"}
    convert = i18n.Retranslator(before, after)
    assert convert("Tone 3") == "第3声"
    assert convert("Save") == "保存"
    assert convert("Something else") is None


def test_gui_starts_in_the_chosen_language(fresh_home, tmp_path):
    out = tmp_path / "zh.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHINESE_TEACH_HOME=str(fresh_home))
    result = subprocess.run(
        [sys.executable, "-m", "chinese_teach", "gui", "--lang", "zh_CN", "--screenshot",
         str(out), "--page", "dictionary", "--size", "800x500"],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.is_file()
    log = (fresh_home / "logs" / "chinese-teach.log").read_text(encoding="utf-8")
    assert "interface language: zh_CN" in log
    assert "chinese_teach_zh_CN.qm" in log


def test_lesson_editor_tabs_of_their_own_are_translated(window, qapp):
    """The Texts and Print and export tabs are widgets of their own; lupdate finds their
    texts (``self.tr``), so the editor shows them in the interface language, and the shared
    export bar's buttons follow it too."""
    editor = window.show_page("library").editor
    kinds = editor.kind_combo

    def plan_row_label() -> str:
        plan_bar = editor.plan_pdf_button.parentWidget()
        return plan_bar.parentWidget().layout().labelForField(plan_bar).text()

    try:
        i18n.set_language("fr")
        assert plan_row_label() == "Plan de leçon"
        assert editor.plan_pdf_button.toolTip() == "Enregistrer en PDF, pour imprimer ou envoyer"
        assert editor.add_text_button.text() == "Ajouter un texte"
        assert kinds.itemText(kinds.findData("cloze")) == "Texte à trous"
        hints = [editor.hint_combo.itemText(i) for i in range(editor.hint_combo.count())]
        assert hints == ["Le pinyin comme aide", "Le sens comme aide", "Sans aide"]
        # the core's names come from the message catalogue and switch too
        assert editor.status_combo.itemText(0) == "Brouillon"
        assert "Leçon vierge" in [editor.template_combo.itemText(i)
                                  for i in range(editor.template_combo.count())]
        i18n.set_language("zh_CN")
        assert plan_row_label() == "教案"
        assert editor.add_text_button.text() == "添加课文"
    finally:
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en_US"))
        editor.flush()  # nothing pending for the next test's library
    assert plan_row_label() == "Lesson plan"
    assert editor.plan_pdf_button.text() == "PDF…"
    assert editor.add_text_button.text() == "Add text"
    assert kinds.itemText(kinds.findData("cloze")) == "Fill in the blanks"


def test_a_text_shared_by_two_sources_goes_back_by_its_context():
    """French says "Annuler" for both Undo and Cancel: where it is shown decides."""
    before = {i18n.Message("LibraryPage", "Undo"): "Annuler",
              i18n.Message("tasks", "Cancel"): "Annuler"}
    after = {i18n.Message("LibraryPage", "Undo"): "Undo",
             i18n.Message("tasks", "Cancel"): "Cancel"}
    convert = i18n.Retranslator(before, after)
    assert convert("Annuler", ["LibraryPage", "tasks"]) == "Undo"
    assert convert("Annuler", ["TaskPanel", "tasks"]) == "Cancel"
    assert convert("Annuler") is None  # no context: left as it is rather than guessed


def _shown_texts() -> dict[tuple[int, str], str]:
    """Every text the open widgets show, keyed by widget and property."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
    )

    out: dict[tuple[int, str], str] = {}
    for w in QApplication.allWidgets():
        key = id(w)
        out[key, "toolTip"] = w.toolTip()
        out[key, "accessibleName"] = w.accessibleName()
        if isinstance(w, QLabel | QAbstractButton):
            out[key, "text"] = w.text()
        elif isinstance(w, QGroupBox):
            out[key, "title"] = w.title()
        elif isinstance(w, QLineEdit):
            out[key, "placeholder"] = w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                out[key, f"item{i}"] = w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out[key, f"tab{i}"] = w.tabText(i)
        for action in w.actions():
            out[id(action), "action"] = action.text()
    return out


def test_every_text_comes_back_after_a_round_of_languages(window, qapp):
    """Switching through every language and back to English leaves no text in another
    language, including texts two sources share in one language (fr "Annuler")."""
    for key in ("library", "annotate", "readers", "decks", "dictionary", "corrections"):
        window.show_page(key)
    window.show_page("library").editor.flush()
    start = _shown_texts()
    try:
        for code in ("fr", "ru", "zh_CN", "es", "fr"):
            i18n.set_language(code)
    finally:
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en_US"))
        window.pages["library"].editor.flush()
    now = _shown_texts()
    changed = {k: (v, now[k]) for k, v in start.items() if k in now and now[k] != v}
    assert not changed, sorted(set(changed.values()))


def test_every_translation_context_the_code_asks_for_exists():
    """A ``translate("context", ...)`` whose context lupdate never wrote finds no
    translation at run time (the library's Check and Restore messages stayed English)."""
    asked = set()
    for path in (ROOT / "chinese_teach" / "gui").rglob("*.py"):
        asked |= set(re.findall(r'\btranslate\(\s*"([^"]*)"', path.read_text(encoding="utf-8")))
    catalogue = {m.context for m, _t, _k in i18n.read_ts(i18n.catalogue_path("fr", ".ts"))}
    assert asked and asked <= catalogue, sorted(asked - catalogue)


def test_library_messages_follow_the_language(window, qapp, messages):
    from tests.gui.driving import activate, click_menu_action

    try:
        i18n.set_language("fr")
        activate(window)
        click_menu_action(window, "file", window.actions_by_key["check_library"])
        kind, text = messages[-1]
        assert kind == "information"
        assert text.startswith("La bibliothèque") and "Sauvegardes conservées" in text
    finally:
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en_US"))
