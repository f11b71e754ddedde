"""Text files in any common encoding are read; binary files are refused with a message."""

from __future__ import annotations

import codecs

import pytest

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.textio import decode_text, read_text_file

TEXT = "我要去银行取钱。\n这条河很长。"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
    ],
)
def test_encodings_and_line_endings(data: bytes) -> None:
    assert decode_text(data) == TEXT


def test_big5() -> None:
    trad = "我要去銀行取錢。這條河很長。我們一起學習中文，老師說得很清楚。"
    assert decode_text(trad.encode("big5")) == trad


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"\x00\x01\x02\x03" * 50, "binary"),
    ],
)
def test_binary_files_are_refused_by_name(data: bytes, word: str) -> None:
    with pytest.raises(BadInputError, match=word):
        decode_text(data, "file.txt")


def test_size_limit_and_missing_file(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(BadInputError, match="MB"):
        read_text_file(big, max_bytes=1000)
    with pytest.raises(BadInputError, match="does not exist"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(BadInputError, match="folder"):
        read_text_file(tmp_path)
