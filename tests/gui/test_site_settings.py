"""The school's site configuration reaches the teacher's preferences: defaults, locks."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from chinese_teach.core import siteconfig
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.siteconfig import SiteConfig
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.gui import settings
from chinese_teach.gui.settings import Preferences


def store_at(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_site_defaults_apply_until_the_teacher_chooses(tmp_path):
    site = SiteConfig(defaults={"standard": Standard.HSK2, "font_size": 30,
                                "ui_language": "zh_CN"})
    store = store_at(tmp_path)
    prefs = settings.load_preferences(store, site)
    assert prefs.standard is Standard.HSK2 and prefs.font_size == 30
    settings.save_preferences(prefs.with_changes(font_size=14), store)
    assert settings.load_preferences(store, site).font_size == 14
    assert settings.site_defaults(site) == Preferences().with_changes(
        standard=Standard.HSK2, font_size=30)


def test_locked_settings_ignore_the_teachers_choice(tmp_path):
    site = SiteConfig(defaults={"pinyin_style": ToneStyle.NUMBERS},
                      locked={"pinyin_style", "standard"})
    store = store_at(tmp_path)
    settings.save_preferences(Preferences().with_changes(
        pinyin_style=ToneStyle.ZHUYIN, standard=Standard.HSK2, font_size=26), store)
    prefs = settings.load_preferences(store, site)
    assert prefs.pinyin_style is ToneStyle.NUMBERS        # the site's value
    assert prefs.standard is Preferences().standard       # locked, no site value: built-in
    assert prefs.font_size == 26                          # not locked: the teacher's
    assert settings.enforce_site(prefs.with_changes(pinyin_style=ToneStyle.MARKS), site) == prefs


def test_site_file_found_through_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "site.toml"
    path.write_text('[defaults]\nstandard = "hsk2025"\n[locked]\nsettings = ["standard"]\n',
                    encoding="utf-8")
    monkeypatch.setenv(siteconfig.ENV_VAR, str(path))
    store = store_at(tmp_path)
    settings.save_preferences(Preferences().with_changes(standard=Standard.HSK2), store)
    assert settings.load_preferences(store).standard is Standard.HSK2025


def _locked_site(tmp_path, monkeypatch):
    path = tmp_path / "site.toml"
    path.write_text('[defaults]\npinyin_style = "numbers"\nfont_size = 22\n'
                    '[locked]\nsettings = ["pinyin_style"]\n', encoding="utf-8")
    monkeypatch.setenv(siteconfig.ENV_VAR, str(path))


def test_preferences_dialog_disables_locked_settings(qtbot, tmp_path, monkeypatch):
    from chinese_teach.gui.dialogs.preferences import PreferencesDialog

    _locked_site(tmp_path, monkeypatch)
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert not dialog.pinyin_style.isEnabled()
    assert dialog.standard.isEnabled() and dialog.font_size.isEnabled()
    dialog.font_size.setValue(30)
    dialog.restore_defaults()
    assert dialog.font_size.value() == 22  # the school's default, not the built-in one


def test_a_locked_setting_cannot_be_applied(qtbot, tmp_path, monkeypatch):
    from chinese_teach.gui.context import AppContext
    from chinese_teach.gui.tasks import TaskRunner

    _locked_site(tmp_path, monkeypatch)
    ctx = AppContext(TaskRunner(), Preferences().with_changes(pinyin_style=ToneStyle.NUMBERS))
    ctx.set_preferences(ctx.prefs.with_changes(pinyin_style=ToneStyle.ZHUYIN, font_size=25),
                        save=False)
    assert ctx.prefs.pinyin_style is ToneStyle.NUMBERS
    assert ctx.prefs.font_size == 25
