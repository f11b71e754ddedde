"""Site configuration: lookup order, validation, locks, the shared course library."""

from __future__ import annotations

import sys
from pathlib import Path

from chinese_teach.core import siteconfig
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.siteconfig import SiteConfig, load_site_config
from chinese_teach.core.text.syllables import ToneStyle

EXAMPLE = """
[defaults]
standard = "hsk2021"
pinyin_style = "numbers"
tone_changes = false
tone_colours = true
colour_scheme = ["#FF0000", "#00aa00", "#0000ff", "#800080", "#808080"]
chinese_font = "LXGW WenKai"
font_size = 24
target_level = 7
language = "zh_CN"
theme = "dark"

[locked]
settings = ["standard", "pinyin_style"]

[library]
shared = "courses"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_example_is_read_and_typed(tmp_path):
    cfg = load_site_config([write(tmp_path / "site.toml", EXAMPLE)])
    assert cfg.problems == []
    assert cfg.defaults == {
        "standard": Standard.HSK2021,
        "pinyin_style": ToneStyle.NUMBERS,
        "tone_changes": False,
        "tone_colours": True,
        "colour_scheme": ("#ff0000", "#00aa00", "#0000ff", "#800080", "#808080"),
        "chinese_font": "LXGW WenKai",
        "font_size": 24,
        "target_level": 7,
        "language": "zh_CN",
        "theme": "dark",
    }
    assert cfg.locked == {"standard", "pinyin_style"}
    assert cfg.is_locked("standard") and not cfg.is_locked("font_size")
    # a relative shared folder is taken relative to the file
    assert cfg.shared_library == tmp_path / "courses"
    assert cfg.sources == [tmp_path / "site.toml"]
    assert "2 locked" in cfg.summary()
    assert "courses (not reachable)" in cfg.summary()
    (tmp_path / "courses").mkdir()
    (tmp_path / "courses" / "term1.ctcourse").write_bytes(b"PK")
    assert "courses (1 course files)" in cfg.summary()


def test_missing_files_give_empty_config(tmp_path):
    cfg = load_site_config([tmp_path / "nope.toml"])
    assert cfg == SiteConfig()
    assert cfg.summary() == "no site configuration"


def test_later_files_override_and_locks_add_up(tmp_path):
    system = write(tmp_path / "etc" / "site.toml", """
[defaults]
standard = "hsk2"
font_size = 18
[locked]
settings = ["font_size"]
""")
    beside = write(tmp_path / "app" / "site.toml", """
[defaults]
standard = "2025"
[locked]
settings = ["standard"]
[library]
shared = "/srv/courses"
""")
    cfg = load_site_config([system, beside])
    assert cfg.defaults["standard"] is Standard.HSK2025
    assert cfg.defaults["font_size"] == 18
    assert cfg.locked == {"font_size", "standard"}
    assert cfg.shared_library == Path("/srv/courses")
    assert cfg.sources == [system, beside]


def test_bad_values_are_skipped_and_reported(tmp_path):
    path = write(tmp_path / "site.toml", """
[defaults]
standard = "hsk9"
pinyin_style = "none"
font_size = 200
target_level = "3"
tone_colours = "yes"
colour_scheme = ["#fff"]
chinese_font = ""
theme = "purple"
favourite_colour = "blue"
[locked]
settings = ["standard", "wallpaper"]
[network]
proxy = "x"
""")
    cfg = load_site_config([path])
    assert cfg.defaults == {}
    # a lock on a known setting stays even when its value was bad: the built-in default wins
    assert cfg.locked == {"standard"}
    text = "\n".join(cfg.problems)
    for word in ("standard", "pinyin_style", "font_size", "target_level", "tone_colours",
                 "colour_scheme", "chinese_font", "theme", "favourite_colour", "wallpaper",
                 "[network]"):
        assert word in text, word
    assert len(cfg.problems) == 11


def test_broken_toml_does_not_stop_the_app(tmp_path):
    broken = write(tmp_path / "broken.toml", "[defaults\nstandard = ")
    good = write(tmp_path / "good.toml", '[defaults]\nfont_size = 30\n')
    cfg = load_site_config([broken, good])
    assert cfg.defaults == {"font_size": 30}
    assert cfg.sources == [good]
    assert len(cfg.problems) == 1 and "broken.toml" in cfg.problems[0]


def test_apply_merges_teacher_site_and_builtin():
    cfg = SiteConfig(defaults={"standard": Standard.HSK2021, "font_size": 24},
                     locked={"standard", "pinyin_style"})
    builtin = {"standard": Standard.HSK2025, "font_size": 20,
               "pinyin_style": ToneStyle.MARKS, "tone_colours": True}
    teacher = {"standard": Standard.HSK2, "font_size": 30,
               "pinyin_style": ToneStyle.ZHUYIN}
    merged = cfg.apply(teacher, builtin)
    assert merged == {
        "standard": Standard.HSK2021,       # locked: the site's value
        "font_size": 30,                    # the teacher's choice beats a site default
        "pinyin_style": ToneStyle.MARKS,    # locked without a site value: built-in
        "tone_colours": True,               # nobody chose: built-in
    }
    assert cfg.apply({}, builtin)["font_size"] == 24


def test_shared_courses_lists_course_files(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    for name in ("b.ctcourse", "A.zip", "notes.txt"):
        (folder / name).write_bytes(b"x")
    (folder / "sub.zip").mkdir()
    cfg = SiteConfig(shared_library=folder)
    assert [p.name for p in cfg.shared_courses()] == ["A.zip", "b.ctcourse"]
    assert SiteConfig(shared_library=tmp_path / "offline").shared_courses() == []
    assert SiteConfig().shared_courses() == []


def test_locations(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv(siteconfig.ENV_VAR, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert siteconfig.site_config_locations() == [Path("/etc/chinese-teach/site.toml")]

    monkeypatch.setenv(siteconfig.ENV_VAR, str(tmp_path / "x.toml"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "app" / "chinese-teach"))
    assert siteconfig.site_config_locations() == [
        Path("/etc/chinese-teach/site.toml"),
        (tmp_path / "app" / "site.toml").resolve(),
        tmp_path / "x.toml",
    ]


def test_system_dirs(monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", r"D:\PD")
    assert siteconfig.system_config_dir("win32") == Path(r"D:\PD") / "ChineseTeach"
    assert siteconfig.system_config_dir("darwin") == Path(
        "/Library/Application Support/ChineseTeach")
    assert siteconfig.system_config_dir("linux") == Path("/etc/chinese-teach")
