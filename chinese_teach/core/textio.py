"""Reading text files a teacher hands us: any common Chinese encoding, never binary.

UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK and Big5 are
detected; Windows and old Mac line endings become ``\\n``. Binary files (PDF,
images, zip, office files) and files over :data:`MAX_TEXT_BYTES` are refused
with a message that names the problem.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import Term, decimal

#: Largest text file accepted (5 MB is about 1.7 million Chinese characters).
MAX_TEXT_BYTES = 5 * 1024 * 1024

#: magic bytes -> key of what the file is (``error.filetype.*`` in the message catalogue)
_MAGIC = {
    b"%PDF": "error.filetype.pdf",
    b"\x89PNG": "error.filetype.png",
    b"\xff\xd8\xff": "error.filetype.jpeg",
    b"GIF8": "error.filetype.gif",
    b"PK\x03\x04": "error.filetype.zip",
    b"\x7fELF": "error.filetype.program",
    b"MZ": "error.filetype.windows_program",
    b"\xd0\xcf\x11\xe0": "error.filetype.old_office",
    b"SQLite format 3": "error.filetype.database",
    b"\x1f\x8b": "error.filetype.gzip",
    b"Rar!": "error.filetype.rar",
    b"7z\xbc\xaf": "error.filetype.7zip",
    b"RIFF": "error.filetype.media",
    b"ID3": "error.filetype.mp3",
}


def _describe_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    return None


def _cjk_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return cjk / max(1, sum(1 for ch in sample if not ch.isspace()))


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _kana_ratio(text: str) -> float:
    """Share of full-width kana among the non-ASCII characters of ``text``."""
    wide = [ch for ch in text[:20000] if ord(ch) > 0x7F and not ch.isspace()]
    if len(wide) < 8:
        return 0.0
    return sum(1 for ch in wide if "\u3040" <= ch <= "\u30ff") / len(wide)


def _refuse_other_languages(data: bytes, name: str) -> None:
    """Refuse Japanese (Shift-JIS) and Korean (EUC-KR) files, which would otherwise be
    read as GB18030 into Chinese-looking nonsense."""
    try:
        japanese = data.decode("shift_jis")
    except UnicodeDecodeError:
        pass
    else:
        if _kana_ratio(japanese) > 0.2:
            raise BadInputError(key="error.textio.other_language", name=name,
                                what=Term("error.textio.japanese"))
    try:
        data.decode("euc_kr")
    except UnicodeDecodeError:
        return
    # Korean in EUC-KR: almost every double-byte character is a hangul syllable, whose
    # lead bytes are B0-C8; Chinese in GB2312 spreads over B0-F7 (common hanzi to D7).
    leads = _lead_bytes(data)
    wide = [b for b in leads if b >= 0xB0]
    if len(wide) >= 8 and sum(1 for b in wide if b <= 0xC8) / len(wide) > 0.95:
        raise BadInputError(key="error.textio.other_language", name=name,
                            what=Term("error.textio.korean"))


def _euc_only(data: bytes) -> bool:
    """True if every double-byte character's second byte is A1-FE, as in EUC-JP and GB2312.
    Big5 puts about a third of its second bytes in 40-7E (我們 A7DA ADCC, 去 A568)."""
    i, end = 0, min(len(data), 40000)
    while i < end:
        if data[i] >= 0x81 and i + 1 < end:
            if data[i + 1] < 0xA1:
                return False
            i += 2
        else:
            i += 1
    return True


def _lead_bytes(data: bytes) -> list[int]:
    """The first bytes of the double-byte characters of an EUC-style text."""
    leads: list[int] = []
    i, end = 0, min(len(data), 40000)
    while i < end:
        if data[i] >= 0xA1 and i + 1 < end and data[i + 1] >= 0xA1:
            leads.append(data[i])
            i += 2
        else:
            i += 1
    return leads


def decode_text(data: bytes, name: str = "the text") -> str:
    """Decode bytes from a text file, detecting the encoding; raise :class:`BadInputError`."""
    what = _describe_binary(data[:16])
    if what:
        raise BadInputError(key="error.textio.binary_kind", name=name, what=Term(what))
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="strict")
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # before UTF-16: FF FE 00 00 is UTF-32's mark, not UTF-16's followed by a NUL
        try:
            text = data.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise BadInputError(key="error.textio.utf32", name=name) from exc
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInputError(key="error.textio.utf16", name=name) from exc
    else:
        if b"\x00" in data[:4096]:
            raise BadInputError(key="error.textio.binary", name=name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            candidates = []
            for enc in ("gb18030", "big5"):
                try:
                    candidates.append((enc, data.decode(enc)))
                except UnicodeDecodeError:
                    continue
            _refuse_other_languages(data, name)
            if not candidates:
                raise BadInputError(key="error.textio.encoding", name=name) from None
            # Big5 bytes often also decode as GB18030 (into rare characters): prefer the
            # decoding with more common CJK characters.
            if _euc_only(data) and any(_kana_ratio(t) > 0.2 for _, t in candidates):
                # EUC-JP: its kana sit where GB2312 has them (and where Big5 has common
                # hanzi, so only bytes that cannot be Big5's are taken for Japanese)
                raise BadInputError(key="error.textio.other_language", name=name,
                                    what=Term("error.textio.japanese")) from None
            text = max(candidates, key=lambda c: _cjk_ratio(c[1]))[1]
    if "\x00" in text:  # NUL is never text (UTF-32 read as UTF-16, a binary file)
        raise BadInputError(key="error.textio.binary", name=name)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 8:
        raise BadInputError(key="error.textio.binary_data", name=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # other C0 controls (ESC would reach a terminal, others break XML and Word files)
    return _CONTROLS.sub("", text)


def load_json_text(text: str) -> object:
    """``json.loads`` for files teachers exchange, refusing what would fail later.

    Raises ``ValueError`` for malformed JSON and for integers over Python's digit
    limit (as ``json.loads`` does), and ``UnicodeError`` for a lone surrogate such as
    ``"\\ud800"`` in any string, which no file, database or screen can hold.
    """
    doc = json.loads(text)
    json.dumps(doc, ensure_ascii=False).encode("utf-8")  # UnicodeEncodeError on surrogates
    return doc


def require_regular_file(path: Path | str) -> None:
    """Raise :class:`BadInputError` unless ``path`` is a regular file.

    A pipe (FIFO) would block the app for ever when opened, a device such as
    ``/dev/zero`` never ends; neither is a file a teacher means to import. Missing
    files raise ``FileNotFoundError`` (an ``OSError``) for the caller to word.
    """
    path = Path(path)
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(mode):
        raise BadInputError(key="error.file.not_regular", name=path.name)


def read_regular_file(path: Path | str, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of the regular file at ``path``.

    Refuses pipes and devices (:func:`require_regular_file`) without blocking, and
    never trusts the size the file system reports: a caller sees more than
    ``max_bytes`` bytes when the file is too large, however it was measured.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # non-blocking: opening a FIFO without a writer returns
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise BadInputError(key="error.file.not_regular", name=path.name)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(max_bytes + 1)
    finally:
        os.close(fd)


def read_text_file(path: Path | str, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read a text file for import; refuses binary files, pipes and devices, and files
    over ``max_bytes``."""
    path = Path(path)
    try:
        data = read_regular_file(path, max_bytes)
        if len(data) > max_bytes:
            size = max(path.stat().st_size, len(data))
            raise BadInputError(key="error.textio.too_large", name=path.name,
                                size=decimal(size / 1e6), limit=f"{max_bytes / 1e6:.0f}")
    except FileNotFoundError as exc:
        raise BadInputError(key="error.file.missing", path=path) from exc
    except IsADirectoryError as exc:
        raise BadInputError(key="error.textio.folder", path=path) from exc
    except PermissionError as exc:
        raise BadInputError(key="error.file.permission", path=path) from exc
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_read", path=path,
                            detail=exc.strerror or exc) from exc
    return decode_text(data, path.name)
