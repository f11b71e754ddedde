"""The main window: page registry, menus from actions, shortcuts, restored geometry, About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from chinese_teach.gui.actions import ACTION_SPECS, MENUS
from chinese_teach.gui.dialogs.about import CREDITS, about_html
from chinese_teach.gui.pages import PageSpec, load_page_specs


def test_registry_skips_areas_not_built_yet():
    specs = load_page_specs(("dictionary", "no_such_area", "annotate"))
    assert [s.key for s in specs] == ["dictionary", "annotate"]
    assert all(isinstance(s, PageSpec) for s in specs)


def test_sidebar_lists_registered_pages_in_order(window):
    keys = window.nav.keys()
    assert keys == [s.key for s in load_page_specs()]
    assert keys[0] == "start" and "dictionary" in keys and "annotate" in keys
    # grouped by what a teacher does; the headings cannot be selected
    rows = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    headings = [r.text() for r in rows if r.data(0x0100) is None]
    assert headings == ["Plan", "Make materials", "Look up"]  # "My corrections" is its page
    assert all(not r.flags() & Qt.ItemFlag.ItemIsSelectable for r in rows
               if r.data(0x0100) is None)
    assert all(not r.icon().isNull() for r in rows if r.data(0x0100) is not None)
    # pages are created on first show only
    page = window.show_page("annotate")
    assert window.stack.currentWidget() is page
    assert window.show_page("no_such_page") is None


def test_menus_are_built_from_the_actions(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [t for _, t in MENUS]
    for spec in ACTION_SPECS:
        action = window.actions_by_key[spec.key]
        menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()),
                                          f"menu_{spec.menu}")
        assert action in menu.actions()
    shortcut = {k: a.shortcut() for k, a in window.actions_by_key.items()}
    assert shortcut["find"] == QKeySequence("Ctrl+F")
    assert shortcut["preferences"] == QKeySequence("Ctrl+,")
    assert shortcut["quit"] == QKeySequence("Ctrl+Q")


def test_quit_action_closes_the_window(window, qtbot):
    assert window.isVisible()
    window.actions_by_key["quit"].trigger()
    assert not window.isVisible()


def test_geometry_and_splitters_are_restored(gui_home, qtbot, engine):
    from chinese_teach.gui.mainwindow import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(720, 540)
    first.show()
    assert first.nav.compact  # a narrow window shows the navigation's icons only
    qtbot.mouseClick(first.nav.fold, Qt.MouseButton.LeftButton)  # names, by choice
    page = first.show_page("annotate")
    first.splitter.setSizes([200, 520])
    page.splitter.setSizes([250, 250])
    qtbot.wait(50)
    sizes, page_sizes = first.splitter.sizes(), page.splitter.sizes()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == "start"  # every start begins on the start page
    assert (second.width(), second.height()) == (720, 540)
    assert not second.nav.compact  # the teacher's choice is kept
    assert second.splitter.sizes() == sizes
    second.show_page("annotate")
    qtbot.waitUntil(lambda: second.pages["annotate"].splitter.sizes() == page_sizes,
                    timeout=3000)
    second.close()


def test_about_names_every_source_and_licence(window):
    text = about_html(window.ctx)
    for credit in CREDITS:
        assert credit.name in text and credit.licence in text
    for needed in ("CC-CEDICT", "CC BY-SA 4.0", "jieba", "pypinyin", "g2pM", "Apache-2.0",
                   "Arphic Public License", "hanzi-writer", "LXGW WenKai", "Noto",
                   "LGPL", "genanki", "sqlite-utils", "OpenCC", "0.1.0", "Lucide", "ISC"):
        assert needed in text
    assert "Reference dictionary built" in text


def test_preferences_dialog_round_trip(window, qtbot, monkeypatch):
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.gui.dialogs.preferences import PreferencesDialog
    from chinese_teach.gui.settings import load_preferences

    def edit(dialog):
        dialog.standard.setCurrentIndex(dialog.standard.findData(Standard.HSK2))
        dialog.tone_colours.setChecked(False)
        dialog.set_colour(0, "#123456")
        dialog.font_size.setValue(30)
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", edit)
    window.actions_by_key["preferences"].trigger()
    prefs = window.ctx.prefs
    assert prefs.standard is Standard.HSK2 and not prefs.tone_colours
    assert prefs.colour_scheme[0] == "#123456" and prefs.font_size == 30
    assert load_preferences() == prefs


def test_zoom_actions_change_font_size(window):
    size = window.ctx.prefs.font_size
    window.actions_by_key["bigger_text"].trigger()
    assert window.ctx.prefs.font_size == size + 2
    window.actions_by_key["smaller_text"].trigger()
    assert window.ctx.prefs.font_size == size


def test_only_the_start_page_loads_before_first_paint(gui_home, qtbot, engine):
    from chinese_teach.gui import settings
    from chinese_teach.gui.mainwindow import MainWindow

    store = settings.open_settings()
    store.setValue(settings.PAGE_KEY, "annotate")
    store.setValue(settings.PAGE_MODULE_KEY, "annotate")
    store.sync()
    win = MainWindow()
    qtbot.addWidget(win)
    assert [s.key for s in win.specs] == ["start"]
    assert win.current_key() == "start"
    win.show()
    win.start_background_loading()
    qtbot.waitUntil(lambda: not win._unloaded, timeout=20000)
    assert win.nav.keys() == [s.key for s in load_page_specs()]
    assert win.current_key() == "start"
    assert win.stack.currentWidget() is win.pages["start"]
    win.show_page("annotate")
    qtbot.waitUntil(lambda: win.corpus_state == "ready", timeout=30000)
    win.close()
    assert settings.open_settings().value(settings.PAGE_MODULE_KEY) == "annotate"


def test_lang_option_installs_translations(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from chinese_teach.gui.app import install_translators

    before = QLocale()
    installed = install_translators(qapp, "de")
    try:
        assert installed
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_window_size_option():
    import pytest

    from chinese_teach.core.errors import BadInputError
    from chinese_teach.gui.app import parse_size

    assert parse_size("1280x800") == (1280, 800)
    assert parse_size(None) is None
    for bad in ("big", "10x10", "1280"):
        with pytest.raises(BadInputError):
            parse_size(bad)


def test_screenshot_mode_opens_the_main_dialogs(window):
    for name, kind in (("preferences", "PreferencesDialog"), ("about", "AboutDialog"),
                       ("help", "HelpDialog")):
        dialog = window.screenshot_dialog(name)
        assert type(dialog).__name__ == kind and dialog.isVisible() and dialog.is_ready()
        dialog.close()
        dialog.deleteLater()
    assert window.screenshot_dialog("no-such-dialog") is None


def test_the_page_takes_the_width_the_folded_navigation_gives_up(gui_home, qtbot, engine):
    """Icons only, on a narrow window or by the fold button, the page starts beside the
    icons: the splitter kept the navigation's pane as wide as with its names, and a 1366 ×
    768 screen at 150 % (911 px) showed 124 px of nothing between the icons and the page."""
    from chinese_teach.gui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.wait(50)
    assert not win.nav.compact
    named = win.splitter.sizes()[0]
    assert named >= win.nav.full_width()
    win.resize(911, 512)  # narrow: icons only
    qtbot.waitUntil(lambda: win.nav.compact, timeout=2000)
    qtbot.wait(50)
    assert win.splitter.sizes()[0] == win.nav.width() < named
    assert win.page_scroll.x() <= win.nav.width() + win.splitter.handleWidth()
    qtbot.mouseClick(win.nav.fold, Qt.MouseButton.LeftButton)  # names, by choice
    qtbot.wait(50)
    assert not win.nav.compact and win.splitter.sizes()[0] >= win.nav.full_width()
    qtbot.mouseClick(win.nav.fold, Qt.MouseButton.LeftButton)  # icons only, by choice
    qtbot.wait(50)
    assert win.nav.compact and win.splitter.sizes()[0] == win.nav.width()
    win.close()
