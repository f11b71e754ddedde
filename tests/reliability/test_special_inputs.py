"""Inputs that used to hang or blow up: pipes, devices, zip-bomb Word files, broken
Word XML, a whole book on one line, and a site.toml that is a pipe or nested deeply."""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import pytest

from chinese_teach.cli import main
from chinese_teach.core.errors import BadInputError


def run_briefly(argv: list[str], seconds: float = 60.0) -> int:
    """``main(argv)``'s exit status; fails the test instead of hanging for ever."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(argv)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"{argv} still running after {seconds} s"
    return result[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def test_pipes_and_devices_are_refused_at_once(fresh_home, engine, fifo, tmp_path, capsys):
    commands = {
        "annotate": ["annotate", str(fifo)],
        "analyze": ["analyze", str(fifo)],
        "reader": ["reader", str(fifo), "-o", str(tmp_path / "r.html")],
        "reader docx": ["reader", str(fifo.with_name("pipe.docx")), "-o", str(tmp_path / "r.html")],
        "deck": ["deck", str(fifo), "-o", str(tmp_path / "d.apkg")],
        "course import": ["course", "import", str(fifo)],
        "corrections import": ["corrections", "import", str(fifo)],
        "annotate /dev/zero": ["annotate", "/dev/zero"],
    }
    os.mkfifo(fifo.with_name("pipe.docx"))
    for name, argv in commands.items():
        if argv[1] == "/dev/zero" and not Path("/dev/zero").exists():
            continue
        assert run_briefly(argv) == 1, name
        err = capsys.readouterr().err
        assert "is not a saved file" in err and err.count("\n") == 1, (name, err)
    assert not list(tmp_path.glob("[rd].*"))


def test_site_config_that_is_a_pipe_or_nested_deeply_is_a_problem_not_a_stop(fifo, tmp_path):
    from chinese_teach.core.siteconfig import load_site_config

    deep = tmp_path / "deep.toml"
    deep.write_text("[defaults]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    odd = tmp_path / "odd.toml"
    odd.write_text('[locked]\nsettings = [{a = 1}]\n[library]\nshared = "~nosuchuser-xyz/x"\n')
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf[defaults]\ntheme = \"dark\"\n")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(
        load_site_config([fifo, deep, odd, bom])), daemon=True)
    worker.start()
    worker.join(30)
    assert result, "reading a pipe as site.toml hangs"
    config = result[0]
    text = "\n".join(config.problems)
    assert "pipe.txt" in text and "deep.toml" in text and "nosuchuser" in text
    assert config.defaults.get("theme") == "dark"  # a UTF-8 BOM is read, not ignored
    assert config.shared_library is None


def _docx_bytes(document_xml: bytes) -> bytes:
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            zf.writestr(info.filename, data)
    return out.getvalue()


def test_word_files_that_unpack_huge_or_are_broken_get_a_message(tmp_path, monkeypatch):
    from chinese_teach.core.documents import sources

    monkeypatch.setattr(sources, "MAX_DOCX_UNPACKED", 2 * 2**20)
    body = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body>' + b"<w:p/>" * 600_000
            + b"</w:body></w:document>")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1
                                                       else b"&lol;" * 10) for i in range(1, 10))
              + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
              b'2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    cases = {
        "huge.docx": (body, "unpacks to more than 2 MB"),
        "broken.docx": (b"<w:document><w:body><w:p>", "not a Word"),
    }
    for name, (xml, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(_docx_bytes(xml))
        with pytest.raises(BadInputError, match=message):
            sources.read_docx_text(path)
    amplified = tmp_path / "laughs.docx"
    amplified.write_bytes(_docx_bytes(laughs))
    try:
        text = sources.read_docx_text(amplified)
    except BadInputError:
        pass  # refused: fine
    else:
        assert len(text) < 10_000  # the entities were not expanded a billion times


def test_a_whole_book_on_one_line_is_annotated_piece_by_piece(fresh_home, engine, tmp_path,
                                                               capsys):
    from chinese_teach.cli.annotate import PIECE, _pieces

    sentence = "我们一起去银行吧。他是我的老师，她很喜欢学习汉语！"
    line = sentence * 2000
    pieces = _pieces(line)
    assert "".join(pieces) == line and max(map(len, pieces)) <= PIECE
    assert all(p.endswith(("。", "！")) for p in pieces)
    unbroken = "好" * (PIECE * 2 + 7)
    assert "".join(_pieces(unbroken)) == unbroken
    book = tmp_path / "book.txt"
    book.write_text(line, encoding="utf-8")
    assert run_briefly(["annotate", str(book)]) == 0
    out = capsys.readouterr().out.split("\n")
    assert "".join(out[0::2]) == line  # every character, in order, each piece with its pinyin
    assert out[1].startswith("wǒ men  yì qǐ  qù  yín háng  ba")
