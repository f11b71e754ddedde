"""Preferences > Document language: one setting for every printed and exported document.

Changing it changes the labels of the next worksheet and lesson plan the lesson editor
exports; left on "Same as the interface" the documents follow the interface language,
and the Reader studio's preview shows the glossary as it will print.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach import paths
from chinese_teach.core import labels
from chinese_teach.core.errors import BadInputError
from chinese_teach.gui.settings import Preferences, document_language, load_preferences
from tests.document_language import pdf_text, squash
from tests.lesson_story import make_story


@pytest.fixture
def story_page(gui_home, qtbot, engine, corpus):
    """The Library page on the lesson story's library, lesson 3 open in the editor."""
    from chinese_teach.core.text.analyze import level_index
    from chinese_teach.gui.context import AppContext
    from chinese_teach.gui.pages.library import LibraryPage
    from chinese_teach.gui.tasks import TaskRunner

    lib, _, ids = make_story(paths.library_path(), engine, corpus)
    lib.close()
    tasks = TaskRunner()
    ctx = AppContext(tasks, Preferences())
    ctx.set_corpus(corpus, level_index(corpus))
    ctx.set_engine(engine)
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.tree.setCurrentItem(page.find_item(ids[2]))
    assert page.editor.lesson is not None and page.editor.lesson.id == ids[2]
    yield ctx, page
    tasks.shutdown()
    engine.set_corrections([])
    if ctx.library is not None:
        ctx.library.close()


def _export(page, qtbot, what: str, path: Path) -> str:
    with qtbot.waitSignal(page.editor.exported, timeout=60000):
        page.editor.export(what, path)
    return squash(pdf_text(path))


def test_the_preference_changes_the_exported_labels(story_page, qtbot, tmp_path) -> None:
    ctx, page = story_page
    editor = page.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("matching"))
    assert labels.document_language() == "en"
    english = _export(page, qtbot, "worksheet", tmp_path / "en.pdf")
    assert "Name:" in english and "Answerkey:" in english

    ctx.set_preferences(ctx.prefs.with_changes(document_language="es"))
    assert ctx.document_language == "es" == labels.document_language()
    assert load_preferences().document_language == "es"  # saved
    spanish = _export(page, qtbot, "worksheet", tmp_path / "es.pdf")
    for word in ("Nombre:", "Fecha:", "Soluciones:", "Relacionarpalabras",
                 "Relacionacadapalabraconsusignificado."):
        assert word in spanish, word
    assert "Name:" not in spanish and "Answerkey" not in spanish
    plan = _export(page, qtbot, "plan", tmp_path / "plan.pdf")
    assert "Lección3:包饺子" in plan and "Objetivos" in plan and "Objectives" not in plan

    ctx.set_preferences(ctx.prefs.with_changes(document_language="zh_CN"))
    chinese = _export(page, qtbot, "worksheet", tmp_path / "zh.pdf")
    assert "姓名：" in chinese and "答案：" in chinese and "Nombre" not in chinese

    # "Same as the interface": English here
    ctx.set_preferences(ctx.prefs.with_changes(document_language=""))
    assert labels.document_language() == "en"
    assert "Name:" in _export(page, qtbot, "worksheet", tmp_path / "again.pdf")


def test_preferences_dialog_offers_the_document_language(gui_home, qtbot) -> None:
    from chinese_teach.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(document_language="fr"))
    qtbot.addWidget(dialog)
    combo = dialog.document_language
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *labels.LANGUAGES]
    assert combo.currentData() == "fr" and combo.toolTip()
    assert combo.itemText(combo.findData("ru")) == "Русский"
    combo.setCurrentIndex(combo.findData("es"))
    assert dialog.preferences().document_language == "es"
    dialog.restore_defaults()
    assert dialog.preferences().document_language == ""


def test_following_the_interface_language() -> None:
    prefs = Preferences()
    assert document_language(prefs, "fr") == "fr"
    assert document_language(prefs, "zh_CN") == "zh_CN"
    assert document_language(prefs, "de") == "en"  # a language documents are not written in
    assert document_language(prefs.with_changes(document_language="ru"), "fr") == "ru"


def test_site_configuration_can_preset_and_lock_it(tmp_path, monkeypatch, gui_home) -> None:
    from chinese_teach.core.siteconfig import ENV_VAR, load_site_config

    site = tmp_path / "site.toml"
    site.write_text('[defaults]\ndocument_language = "es"\n[locked]\n'
                    'settings = ["document_language"]\n', encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(site))
    config = load_site_config()
    assert config.defaults["document_language"] == "es" and not config.problems
    assert load_preferences().document_language == "es"
    site.write_text('[defaults]\ndocument_language = "de"\n', encoding="utf-8")
    assert load_site_config().problems


def test_reader_preview_follows_the_interface_language(window, qtbot) -> None:
    """Switching the interface to French with documents following it: the Reader
    studio's preview rebuilds with the French glossary heading and core errors are
    French; switching back restores English."""
    from chinese_teach.render.pages import TextItem

    page = window.show_page("readers")
    from chinese_teach.core.documents.reader import GlossaryMode

    assert page.current_options().glossary is GlossaryMode.END  # the default
    page.editor.setPlainText("我们一起去银行吧。他犹豫了一下。")
    qtbot.waitUntil(lambda: page.paged is not None and page.doc is not None
                    and bool(page.doc.glossary), timeout=30000)

    def texts() -> list[str]:
        return [it.text for p in page.paged.pages for it in p.items
                if isinstance(it, TextItem)]

    qtbot.waitUntil(lambda: "生词 Glossary" in texts(), timeout=30000)
    try:
        window.ctx.set_preferences(window.ctx.prefs.with_changes(language="fr"))
        assert labels.document_language() == "fr" and labels.message_language() == "fr"
        qtbot.waitUntil(lambda: "生词 Glossaire" in texts(), timeout=30000)
        assert str(BadInputError(key="error.worksheet.no_meanings")) == (
            "Le vocabulaire n’a pas de sens à associer.")
    finally:
        window.ctx.set_preferences(window.ctx.prefs.with_changes(language="en"))
    qtbot.waitUntil(lambda: "生词 Glossary" in texts(), timeout=30000)
    assert labels.message_language() == "en"
