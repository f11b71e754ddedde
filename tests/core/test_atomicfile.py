"""Atomic export writes: no partial file, no stray temp, no silent overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.atomicfile import atomic_write, atomic_write_bytes, atomic_write_text
from chinese_teach.core.errors import Cancelled, ExportError


def test_writes_complete_file_and_leaves_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "deck.apkg"
    with atomic_write(out) as tmp:
        assert tmp.parent == tmp_path
        assert tmp.suffix == ".apkg"
        assert not out.exists()
        tmp.write_bytes(b"data")
    assert out.read_bytes() == b"data"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]


def test_refuses_overwrite_unless_allowed(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        atomic_write_bytes(out, b"new")
    assert out.read_bytes() == b"old"
    atomic_write_bytes(out, b"new", overwrite=True)
    assert out.read_bytes() == b"new"
    assert len(list(tmp_path.iterdir())) == 1


def test_target_appearing_during_write_is_not_clobbered(tmp_path: Path) -> None:
    out = tmp_path / "a.txt"
    with pytest.raises(ExportError, match="already exists"), atomic_write(out) as tmp:
        tmp.write_text("mine")
        out.write_text("someone else's")
    assert out.read_text() == "someone else's"
    assert len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("exc", [Cancelled(), RuntimeError("boom"), OSError("disk")])
def test_failure_or_cancel_leaves_nothing(tmp_path: Path, exc: Exception) -> None:
    out = tmp_path / "reader.html"
    with pytest.raises((type(exc), ExportError)), atomic_write(out) as tmp:
        tmp.write_text("half")
        raise exc
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_old_file_when_overwriting(tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    out.write_bytes(b"old")
    with pytest.raises(Cancelled), atomic_write(out, overwrite=True) as tmp:
        tmp.write_bytes(b"partial")
        raise Cancelled()
    assert out.read_bytes() == b"old"
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write_text(tmp_path / "nope" / "a.txt", "x")
    with pytest.raises(ExportError, match="folder"):
        atomic_write_text(tmp_path, "x")


def test_writer_that_deletes_temp_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "a.bin"
    with pytest.raises(ExportError, match="no file"), atomic_write(out) as tmp:
        tmp.unlink()
    assert list(tmp_path.iterdir()) == []


def test_text_is_utf8(tmp_path: Path) -> None:
    out = tmp_path / "t.txt"
    atomic_write_text(out, "你好 𠮷")
    assert out.read_text(encoding="utf-8") == "你好 𠮷"
