"""Reader operations and the exporter tables, without widgets."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from chinese_teach.core.documents.reader import ReaderOptions
from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.ops.exporters import PLAN_WRITERS, READER_WRITERS, WORKSHEET_WRITERS
from chinese_teach.ops.reader import make_reader


def test_tables_name_every_format() -> None:
    assert READER_WRITERS.suffixes == (".pdf", ".html", ".htm", ".docx", ".png")
    assert PLAN_WRITERS.suffixes == (".pdf", ".docx")
    assert WORKSHEET_WRITERS.suffixes == (".pdf",)


@pytest.mark.parametrize("suffix", [".html", ".docx", ".pdf"])
def test_make_reader_writes_the_format_of_the_name(engine, dictionary, tmp_path: Path,
                                                   suffix: str) -> None:
    out = tmp_path / f"story{suffix}"
    result = make_reader("我们一起去银行吧。", out, ReaderOptions(), engine, dictionary,
                         title="Story")
    assert result.changes.files == (out,) and not result.changes.library
    assert result.value.title == "Story" and result.value.document.title == "Story"
    data = out.read_bytes()
    if suffix == ".html":
        assert "银行".encode() in data and b"<ruby" in data
    elif suffix == ".docx":
        assert zipfile.is_zipfile(out)
    else:
        assert data.startswith(b"%PDF") and result.value.pages == 1


def test_make_reader_refuses_before_building(engine, dictionary, tmp_path: Path) -> None:
    old = tmp_path / "story.html"
    old.write_text("older", encoding="utf-8")
    with pytest.raises(ExportError, match="--force"):
        make_reader("你好", old, ReaderOptions(), engine, dictionary, force=False)
    assert old.read_text(encoding="utf-8") == "older"
    with pytest.raises(BadInputError, match=r"\.pdf, \.html or \.docx"):
        make_reader("你好", tmp_path / "story.odt", ReaderOptions(), engine, dictionary)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html"]
