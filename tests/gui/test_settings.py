"""Preferences: defaults, persistence in the data directory, tolerance of bad values."""

from __future__ import annotations

from chinese_teach import paths
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.text import tonecolors
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.gui.settings import (
    KEYS,
    Preferences,
    load_preferences,
    open_settings,
    save_preferences,
    settings_path,
)


def test_defaults(gui_home):
    prefs = load_preferences()
    assert prefs == Preferences()
    assert prefs.standard is Standard.HSK2021
    assert prefs.pinyin_style is ToneStyle.MARKS
    assert prefs.tone_colours and prefs.tone_changes
    assert prefs.colour_scheme == tonecolors.DEFAULT.colors
    assert prefs.tone_scheme() is tonecolors.DEFAULT


def test_round_trip_lives_in_the_data_dir(gui_home):
    prefs = Preferences(
        standard=Standard.HSK2025, pinyin_style=ToneStyle.ZHUYIN, tone_changes=False,
        tone_colours=False, colour_scheme=("#111111", "#222222", "#333333", "#444444", "#555555"),
        chinese_font="Noto Sans CJK SC", font_size=28, target_level=5,
    )
    save_preferences(prefs)
    assert settings_path().startswith(str(paths.data_dir()))
    assert (gui_home / "settings.ini").exists()
    assert load_preferences() == prefs
    assert prefs.tone_scheme() is tonecolors.BLACK
    assert prefs.with_changes(tone_colours=True).tone_scheme().colors[0] == "#111111"


def test_bad_values_fall_back_to_defaults(gui_home):
    store = open_settings()
    store.setValue(KEYS["standard"], "hsk99")
    store.setValue(KEYS["pinyin_style"], "none")  # exports only, not a display choice
    store.setValue(KEYS["colour_scheme"], "red,green")
    store.setValue(KEYS["font_size"], "enormous")
    store.setValue(KEYS["target_level"], 42)
    store.setValue(KEYS["tone_colours"], "false")
    store.sync()
    prefs = load_preferences()
    default = Preferences()
    assert prefs.standard == default.standard
    assert prefs.pinyin_style == default.pinyin_style
    assert prefs.colour_scheme == default.colour_scheme
    assert prefs.font_size == default.font_size
    assert prefs.target_level == 7
    assert prefs.tone_colours is False


def test_one_place_knows_every_key():
    from dataclasses import fields

    assert set(KEYS) == {f.name for f in fields(Preferences)}
    assert len(set(KEYS.values())) == len(KEYS)
