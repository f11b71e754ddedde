"""Quick annotate operations: open a text file, annotate the paragraphs that changed,
profile a text's levels, look up a clicked word.

Nothing here writes the library, so the operations return their values directly (as
:func:`chinese_teach.ops.lesson.analyse_lesson` does). The annotated paragraphs are
kept in a :class:`ParagraphAnnotator`, one bounded, thread-safe cache (a worker stores
while the UI thread reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from chinese_teach.core.documents.lasting import long_job
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.analyze import TextAnalysis, analyze
from chinese_teach.core.text.annotation_cache import PARAGRAPHS_PER_CALL, AnnotationCache
from chinese_teach.core.text.tokens import Token

#: Cached annotated paragraphs (by text); plenty for a long text being edited.
CACHE_LIMIT = 20000


class ParagraphAnnotator:
    """The tokens of each paragraph annotated so far (by text and tone-change setting)."""

    def __init__(self) -> None:
        self._cache = AnnotationCache(CACHE_LIMIT)

    def cached(self, paragraph: str, tone_changes: bool) -> list[Token] | None:
        """The tokens of ``paragraph`` if it was annotated already, else None."""
        return self._cache.get((paragraph, tone_changes))

    def missing(self, paragraphs: list[str], tone_changes: bool) -> list[str]:
        """Paragraphs (each once) that still need the engine."""
        return [p for p in dict.fromkeys(paragraphs) if (p, tone_changes) not in self._cache]

    def store(self, results: dict[str, list[Token]], tone_changes: bool,
              keep: list[str] | None = None) -> None:
        """Remember ``results``; past :data:`CACHE_LIMIT` the least recently used go
        first, the paragraphs in ``keep`` (the current text) last."""
        self._cache.limit = CACHE_LIMIT
        self._cache.touch((p, tone_changes) for p in keep or ())
        for p, tokens in results.items():
            self._cache[(p, tone_changes)] = tokens


#: Paragraphs given to the engine in one call (:meth:`.TextEngine.annotate_many`: the
#: polyphone model runs once for all of them); a cancel waits for one block at most.
BLOCK = PARAGRAPHS_PER_CALL


def annotate_paragraphs(engine, paragraphs: list[str], tone_changes: bool,
                        progress: ProgressCallback | None = None,
                        cancel: CancelToken | None = None, *, label: str = ""
                        ) -> dict[str, list[Token]]:
    """The tokens of each paragraph (an empty paragraph has none), with the third-tone
    and 一/不 tone changes in the pinyin when ``tone_changes``; the engine reads
    :data:`BLOCK` paragraphs at a time. A long text's tokens are kept out of the
    collector's passes (:func:`~chinese_teach.core.documents.lasting.long_job`)."""
    out: dict[str, list[Token]] = {}
    total = len(paragraphs)
    with long_job(sum(map(len, paragraphs))):
        for b in range(0, total, BLOCK):
            check(cancel)
            report(progress, b, total, label)
            block = paragraphs[b:b + BLOCK]
            texts = [p for p in block if p]
            read = dict(zip(texts, engine.annotate_many(texts, tone_changes=tone_changes),
                            strict=True))
            for p in block:
                out[p] = read[p] if p else []
    return out


def open_text(path: Path) -> str:
    """The text of a ``.txt`` file dropped or opened on the page (a readable error for a
    binary, huge or unreadable file)."""
    from chinese_teach.core.textio import read_text_file

    return read_text_file(path)


def profile_text(paragraphs: Iterable[list[Token]], levels, standard,
                 target: int | None) -> TextAnalysis:
    """The level profile of the whole text: words per level, estimated level, the words
    above ``target``."""
    return analyze([t for para in paragraphs for t in para], levels, standard, target=target)


def look_up(dictionary, word: str) -> list:
    """The dictionary entries of a clicked word (most common reading first)."""
    return dictionary.lookup(word)
