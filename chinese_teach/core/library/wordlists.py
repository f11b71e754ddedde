"""Reading word-list files the teacher imports (a textbook's vocabulary, known words)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import Number
from chinese_teach.core.library.models import WordListItem
from chinese_teach.core.text.tokens import is_hanzi_char
from chinese_teach.core.textio import read_text_file

MAX_WORDS = 200_000


def parse_word_list_text(text: str) -> list[WordListItem]:
    """One word per line, or ``word<TAB or ,>pinyin<TAB or ,>meaning``; ``#`` starts a comment.

    Lines whose first field has no Chinese character (headers, blank lines) are
    skipped; a word given twice is kept once.
    """
    items: list[WordListItem] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        delim = "\t" if "\t" in line else ","
        fields = next(csv.reader(io.StringIO(line), delimiter=delim), [])
        fields = [f.strip() for f in fields]
        if not fields:
            continue
        word = fields[0]
        if not word or len(word) > 100 or not any(is_hanzi_char(ch) for ch in word):
            continue
        if word in seen:
            continue
        seen.add(word)
        pinyin = fields[1] if len(fields) > 1 else ""
        meaning = ", ".join(f for f in fields[2:] if f) if len(fields) > 2 else ""
        items.append(WordListItem(word, pinyin[:500], meaning[:5000]))
        if len(items) > MAX_WORDS:
            raise BadInputError(key="error.wordlist.too_many", limit=Number(MAX_WORDS))
    return items


def parse_word_list(path: Path) -> list[WordListItem]:
    """Read a word-list file (any common Chinese encoding; see :func:`parse_word_list_text`)."""
    items = parse_word_list_text(read_text_file(Path(path)))
    if not items:
        raise BadInputError(key="error.wordlist.no_words", name=Path(path).name)
    return items
