"""Word lists as text files for Pleco, Quizlet and spreadsheets.

Formats (all UTF-8, one word per line, in deck order):

``pleco``
    Pleco's flashcard import ("Import Cards", plain text): ``// Deck name`` category lines,
    then ``simplified[traditional]<TAB>pinyin<TAB>definition`` with numbered pinyin
    without spaces (``yin2hang2``), which Pleco converts to its own display.
``quizlet``
    Quizlet's "Import from Word, Excel, Google Docs": term and definition separated by a
    TAB, cards separated by new lines. Term = hanzi; definition = ``pinyin — meaning``.
``csv`` / ``tsv``
    A header row and the columns ``simplified, traditional, pinyin, pinyin_numbered,
    zhuyin, meaning, level, example, example_pinyin, example_meaning, deck`` (RFC 4180
    quoting for CSV; TSV replaces tabs and line breaks inside a cell by spaces). CSV
    starts with a byte-order mark so that Excel reads the Chinese correctly.

Quizlet and the table write a word's 一 and 不 as the deck's cards and example sentences
do, with their changed tones inside the word (一起 yìqǐ: ``DeckWord.spoken``); Pleco's
import keeps the dictionary's (yi1qi3), which its own entries are matched by.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from chinese_teach.core.atomicfile import atomic_write_bytes
from chinese_teach.core.errors import ExportError
from chinese_teach.core.export.anki.words import DeckPart, DeckWord, pinyin_line
from chinese_teach.core.text.syllables import join_word, render

FORMATS = ("pleco", "quizlet", "csv", "tsv")

CSV_COLUMNS = (
    "simplified", "traditional", "pinyin", "pinyin_numbered", "zhuyin", "meaning", "level",
    "example", "example_pinyin", "example_meaning", "deck",
)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _unique(parts: list[DeckPart]) -> list[tuple[DeckPart, list[DeckWord]]]:
    seen: set[str] = set()
    out: list[tuple[DeckPart, list[DeckWord]]] = []
    for part in parts:
        words = [w for w in part.words if not (w.uid in seen or seen.add(w.uid))]  # type: ignore[func-returns-value]
        out.append((part, words))
    return out


def _example_pinyin(word: DeckWord) -> str:
    if word.example is None:
        return ""
    return "".join(lead + shown for _, lead, shown in pinyin_line(word.example))


def pleco_text(parts: list[DeckPart]) -> str:
    """Pleco flashcard import text (see module docstring)."""
    lines: list[str] = []
    for part, words in _unique(parts):
        lines.append(f"// {_one_line(part.name)}")
        for w in words:
            head = w.simplified
            if w.traditional != w.simplified:
                head += f"[{w.traditional}]"
            pinyin = "".join(render(s, "numbers") for s in w.pinyin)
            lines.append(f"{head}\t{pinyin}\t{_one_line(w.meaning)}")
    return "\n".join(lines) + "\n"


def quizlet_text(parts: list[DeckPart]) -> str:
    """Quizlet import text: ``term<TAB>definition`` per line."""
    lines: list[str] = []
    for _part, words in _unique(parts):
        for w in words:
            lines.append(f"{w.simplified}\t{join_word(w.spoken, 'marks')} — {_one_line(w.meaning)}")
    return "\n".join(lines) + "\n"


#: A cell starting with one of these is a formula to spreadsheets (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as plain text to a spreadsheet: a leading ``= + - @`` (a formula such as
    ``=HYPERLINK(...)`` from a hostile course or word list) gets an apostrophe first,
    which Excel, LibreOffice and Google Sheets show as text and do not print."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def table_rows(parts: list[DeckPart]) -> list[list[str]]:
    """Rows of the CSV/TSV table, header first; no cell is a live formula."""
    rows = [list(CSV_COLUMNS)]
    for part, words in _unique(parts):
        for w in words:
            rows.append([
                w.simplified,
                w.traditional,
                join_word(w.spoken, "marks"),
                join_word(w.spoken, "numbers"),
                join_word(w.spoken, "zhuyin"),
                w.meaning,
                str(w.level) if w.level else "",
                w.example.text if w.example else "",
                _example_pinyin(w),
                w.example.meaning if w.example else "",
                part.name,
            ])
    return [rows[0], *([spreadsheet_safe(c) for c in row] for row in rows[1:])]


def csv_text(parts: list[DeckPart]) -> str:
    """The table as CSV (RFC 4180)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(table_rows(parts))
    return buf.getvalue()


def tsv_text(parts: list[DeckPart]) -> str:
    """The table as TSV (no quoting; tabs and line breaks in cells become spaces)."""
    return "".join("\t".join(_one_line(c) for c in row) + "\n" for row in table_rows(parts))


def wordlist_bytes(parts: list[DeckPart], fmt: str) -> bytes:
    """The file content of ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "pleco":
        return pleco_text(parts).encode("utf-8")
    if fmt == "quizlet":
        return quizlet_text(parts).encode("utf-8")
    if fmt == "csv":
        return csv_text(parts).encode("utf-8-sig")
    if fmt == "tsv":
        return tsv_text(parts).encode("utf-8")
    raise ExportError(key="error.wordlist.format", format=repr(fmt), choices=", ".join(FORMATS))


def export_wordlist(parts: list[DeckPart], out: Path, fmt: str, overwrite: bool = False) -> int:
    """Write the list atomically; returns the number of words written."""
    data = wordlist_bytes(parts, fmt)
    atomic_write_bytes(out, data, overwrite=overwrite)
    return sum(len(words) for _p, words in _unique(parts))
