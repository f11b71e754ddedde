"""Content that used to be accepted and should not be: wrong encodings, NULs, control
characters, spreadsheet formulas in CSV/TSV, and restores of files that are not a
library this app can safely use."""

from __future__ import annotations

import codecs
import shutil
import sqlite3
from pathlib import Path

import pytest

from chinese_teach.core.errors import BadInputError, LibraryError
from chinese_teach.core.library import Course, Library
from chinese_teach.core.library import backup as bk
from chinese_teach.core.textio import decode_text

JAPANESE = "これは日本語のテキストです。ひらがなとカタカナがあります。"
KOREAN = "이것은 한국어 텍스트입니다. 안녕하세요 여러분, 반갑습니다."


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe\x00\x00hello world", "UTF-32"),
    (codecs.BOM_UTF16_LE + "ab\x00cd".encode("utf-16-le"), "binary"),
    (b"\xff\xfe" + "hi".encode("utf-32-le")[:-2], "binary"),
    (JAPANESE.encode("shift_jis"), "Japanese"),
    (JAPANESE.encode("euc_jp"), "Japanese"),
    (KOREAN.encode("euc_kr"), "Korean"),
], ids=["FF FE 00 00 + ASCII", "UTF-16 with NUL", "short UTF-32 read as UTF-16",
        "Shift-JIS", "EUC-JP", "EUC-KR"])
def test_wrong_encodings_and_nuls_are_refused(data, message):
    with pytest.raises(BadInputError, match=message):
        decode_text(data, "input.txt")


@pytest.mark.parametrize("text", [
    "我们一起去银行吧。他是我的老师，她很喜欢学习汉语。上海生活",
    "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。",
    "你好", "中文", "北京欢迎你",
])
def test_chinese_in_gb_encodings_still_reads(text):
    assert decode_text(text.encode("gb18030"), "t.txt") == text
    assert decode_text(text.encode("utf-8"), "t.txt") == text


@pytest.mark.parametrize("text", [
    "我們今天去銀行。",
    "我們今天去銀行。天氣很好，我們一起去公園，下午回家吃飯。",
    "春眠不覺曉，處處聞啼鳥。夜來風雨聲，花落知多少。",
])
def test_chinese_in_big5_is_never_taken_for_japanese(text):
    """Big5's common hanzi (lead bytes A4-A5) sit where GB2312 has kana: a Taiwanese
    teacher's Big5 file was refused as 'Japanese text'."""
    assert decode_text(text.encode("big5"), "t.txt") == text


def test_utf32_with_its_mark_is_read_and_control_characters_are_stripped():
    assert decode_text(codecs.BOM_UTF32_LE + "hello 你好".encode("utf-32-le")) == "hello 你好"
    assert decode_text("你好\x1b[31m红\x07\r\n好\x0b".encode()) == "你好[31m红\n好"


def test_csv_and_tsv_cells_are_never_live_formulas():
    from chinese_teach.core.export.wordlists import spreadsheet_safe, table_rows

    for cell in ("=HYPERLINK(\"http://x\",\"click\")", "+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert spreadsheet_safe(cell).startswith("'"), cell
    assert spreadsheet_safe("银行") == "银行" and spreadsheet_safe("") == ""
    assert table_rows([])[0][0] != "'"  # the header is left alone


def _library_with_course(path: Path) -> None:
    with Library.open(path) as lib:
        lib.save_course(Course(name="Mine"))


def _variant(tmp_path: Path, name: str, sql: list[str], version: int | None = None) -> Path:
    src = tmp_path / "src.sqlite"
    if not src.exists():
        _library_with_course(src)
        conn = sqlite3.connect(src)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    out = tmp_path / name
    shutil.copyfile(src, out)
    conn = sqlite3.connect(out)
    for stmt in sql:
        conn.execute(stmt)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return out


def test_restore_accepts_only_what_check_fully_validates(tmp_path, capsys):
    library = tmp_path / "home" / "library.sqlite"
    library.parent.mkdir()
    _library_with_course(library)
    only_names = tmp_path / "names.sqlite"
    conn = sqlite3.connect(only_names)
    for table in ("meta", "courses", "lessons"):
        conn.execute(f"CREATE TABLE {table} (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    bad = {
        "format 99": (_variant(tmp_path, "v99.sqlite", [], 99), "newer version"),
        "table names only": (only_names, "not a Chinese Teach library"),
        "a trigger": (_variant(tmp_path, "trigger.sqlite", [
            "CREATE TRIGGER wipe AFTER INSERT ON corrections BEGIN DELETE FROM courses; END"]),
            "trigger"),
        "a view": (_variant(tmp_path, "view.sqlite", ["CREATE VIEW v AS SELECT 1"]), "view"),
        "an extra column": (_variant(tmp_path, "col.sqlite", [
            "ALTER TABLE courses ADD COLUMN evil TEXT"]), "courses differs"),
    }
    for name, (path, message) in bad.items():
        ok, why = bk.check_backup(path)
        assert not ok and message in why, (name, why)
        with pytest.raises(LibraryError, match="cannot be used"):
            bk.restore(path, library)
    with Library.open(library) as lib:
        assert [c.name for c in lib.courses()] == ["Mine"]
    good = _variant(tmp_path, "good.sqlite", [])
    assert bk.check_backup(good) == (True, "ok")


def test_library_check_reports_a_library_the_app_cannot_use(fresh_home, capsys):
    from chinese_teach.cli import main

    _library_with_course(fresh_home / "library.sqlite")
    conn = sqlite3.connect(fresh_home / "library.sqlite")
    conn.execute("CREATE TRIGGER t AFTER INSERT ON courses BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    assert main(["library", "check"]) == 1
    assert "trigger" in capsys.readouterr().out
