"""Segmentation: every character kept, exact offsets, Chinese runs cut into words.

Non-Chinese runs (Latin, digits, punctuation, spaces, newlines, emoji) become
their own tokens. Chinese runs are cut by a jieba tokenizer whose dictionary is
jieba's own merged with the corpus words (CC-CEDICT simplified and traditional
forms, HSK words), so teaching vocabulary and traditional text come out whole.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import jieba

from chinese_teach.core.text.tokens import Kind, is_hanzi_char

jieba.setLogLevel(logging.WARNING)


def char_kind(ch: str) -> Kind:
    """Classify one character for run splitting."""
    if is_hanzi_char(ch):
        return Kind.HANZI
    if ch in "\n\r\u2028\u2029":
        return Kind.NEWLINE
    if ch.isspace():
        return Kind.SPACE
    if ch.isdigit():
        return Kind.NUMBER
    cat = unicodedata.category(ch)
    if cat[0] == "L" or cat[0] == "M":
        return Kind.LATIN
    if cat[0] == "P" or cat in ("Sm", "Sc", "Sk"):
        return Kind.PUNCT
    return Kind.OTHER


def runs(text: str) -> Iterator[tuple[Kind, int, int]]:
    """Split ``text`` into maximal runs of one kind: ``(kind, start, end)``.

    Punctuation is split one mark at a time (so line breaking can treat each),
    except runs of the same mark such as ``……`` or ``——``.
    """
    n = len(text)
    i = 0
    while i < n:
        kind = char_kind(text[i])
        j = i + 1
        if kind is Kind.PUNCT:
            while j < n and text[j] == text[i]:
                j += 1
        elif kind is Kind.NEWLINE:
            if text[i] == "\r" and j < n and text[j] == "\n":
                j += 1
        elif kind is Kind.LATIN:
            # Words like "don't" or "e-mail" and digits inside words stay together.
            while j < n and (char_kind(text[j]) in (Kind.LATIN, Kind.NUMBER)):
                j += 1
        else:
            while j < n and char_kind(text[j]) is kind:
                j += 1
        yield kind, i, j
        i = j


class Segmenter:
    """A jieba tokenizer over a merged dictionary, with the teacher's merges and splits.

    ``dictionary`` is a jieba-format word list (``word freq [pos]`` per line).
    The prefix-dictionary cache is kept in ``cache_dir``.
    """

    def __init__(self, dictionary: Path | None = None, cache_dir: Path | None = None) -> None:
        self._tk = jieba.Tokenizer(dictionary=str(dictionary)) if dictionary else jieba.Tokenizer()
        if cache_dir is not None:
            self._tk.tmp_dir = str(cache_dir)
            if dictionary:
                digest = hashlib.md5(
                    str(Path(dictionary).resolve()).encode(), usedforsecurity=False
                ).hexdigest()
                self._tk.cache_file = f"jieba.{digest}.cache"
        self._lock = threading.Lock()
        self._splits: dict[str, tuple[str, ...]] = {}
        self._added: set[str] = set()

    def initialize(self) -> None:
        """Load the dictionary now (otherwise it loads on first use)."""
        with self._lock:
            self._tk.initialize()

    def add_word(self, word: str, freq: int | None = None) -> None:
        """Keep ``word`` whole from now on (a teacher's merge)."""
        self.initialize()
        with self._lock:
            self._tk.add_word(word, freq=freq)
            self._added.add(word)
            self._splits.pop(word, None)

    def set_split(self, word: str, parts: Iterable[str]) -> None:
        """Always cut ``word`` into ``parts`` (a teacher's split)."""
        parts = tuple(parts)
        if "".join(parts) != word:
            raise ValueError(f"The parts {parts!r} do not spell {word!r}.")
        self._splits[word] = parts

    def remove_split(self, word: str) -> None:
        self._splits.pop(word, None)

    def cut(self, hanzi_run: str) -> list[str]:
        """Cut a run of Chinese characters into words."""
        self.initialize()
        out: list[str] = []
        for word in self._tk.cut(hanzi_run, HMM=False):
            parts = self._splits.get(word)
            if parts:
                out.extend(parts)
            else:
                out.append(word)
        return out

    def segment(self, text: str) -> Iterator[tuple[Kind, int, int]]:
        """All tokens of ``text`` as ``(kind, start, end)``; they tile the input exactly."""
        for kind, start, end in runs(text):
            if kind is not Kind.HANZI:
                yield kind, start, end
                continue
            pos = start
            for word in self.cut(text[start:end]):
                yield Kind.HANZI, pos, pos + len(word)
                pos += len(word)
