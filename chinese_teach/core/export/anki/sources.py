"""Where a deck's words come from: a word file, a reader's new words, a lesson, a course.

Each function returns :class:`DeckPart` s ready for the exporters. With a library the
words get their stable uids and the teacher's saved meanings and readings; lessons add
their own per-lesson pinyin/meaning and example sentences from their readers. A deck
the teacher did not name (typed words, an untitled reader) is named in the document
language: the name is the vocabulary list's title and the Anki deck's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import DEFAULT_STANDARD, Standard
from chinese_teach.core.export.anki.words import (
    DeckPart,
    WordOverride,
    build_words,
    read_word_file,
    tag_of,
    words_from_text,
)
from chinese_teach.core.labels import for_document, label
from chinese_teach.core.progress import CancelToken, ProgressCallback

if TYPE_CHECKING:
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.library import Library
    from chinese_teach.core.library.models import Course, Lesson
    from chinese_teach.core.text.engine import TextEngine


def parts_from_words(
    words: list[str],
    name: str,
    *,
    dictionary: Dictionary,
    engine: TextEngine,
    library: Library | None = None,
    standard: Standard | str = DEFAULT_STANDARD,
    texts: list[str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> list[DeckPart]:
    """One deck called ``name`` from a typed, pasted or imported list of words."""
    deck_words = build_words(
        words, dictionary=dictionary, engine=engine, standard=standard, texts=texts or (),
        library=library, source=name, progress=progress, cancel=cancel,
    )
    return [DeckPart(key=f"list:{name}", name=name, words=deck_words, tags=(tag_of(name),))]


def parts_from_file(path: Path, **kwargs) -> list[DeckPart]:  # type: ignore[no-untyped-def]
    """One deck from a .txt/.csv word file, named after the file."""
    path = Path(path)
    return parts_from_words(read_word_file(path), path.stem, **kwargs)


def lesson_deck_name(course: Course, lesson: Lesson) -> str:
    """``Course::01 Lesson title`` (the number keeps Anki's alphabetical order = course order)."""
    title = lesson.title.replace("::", ":")
    return f"{course.name.replace('::', ':')}::{lesson.position + 1:02d} {title}"


def _lesson_part(
    library: Library, course: Course, lesson: Lesson, *, dictionary: Dictionary,
    engine: TextEngine, progress: ProgressCallback | None, cancel: CancelToken | None,
) -> DeckPart:
    overrides: dict[str, WordOverride] = {}
    for item in lesson.vocab:
        saved = library.word_data(item.word)
        overrides[item.word] = WordOverride(
            meaning=item.meaning if item.meaning is not None else (saved and saved.meaning),
            pinyin=item.pinyin if item.pinyin is not None else (saved and saved.pinyin),
        )
    texts = [doc.text for doc in library.readers(lesson.id)]
    name = lesson_deck_name(course, lesson)
    course_tag = tag_of(course.name)
    tags = (course_tag, f"{course_tag}::{tag_of(f'{lesson.position + 1:02d} {lesson.title}')}")
    words = build_words(
        lesson.words, dictionary=dictionary, engine=engine, standard=course.standard,
        texts=texts, overrides=overrides, library=library,
        source=f"{course.name} · {lesson.title}", progress=progress, cancel=cancel,
    )
    return DeckPart(key=f"lesson:{lesson.id}", name=name, words=words, tags=tags)


def parts_from_lesson(
    library: Library, lesson_id: str, *, dictionary: Dictionary, engine: TextEngine,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> list[DeckPart]:
    """The deck of one lesson's vocabulary (subdeck of its course)."""
    lesson = library.lesson(lesson_id)
    course = library.course(lesson.course_id)
    return [_lesson_part(library, course, lesson, dictionary=dictionary, engine=engine,
                         progress=progress, cancel=cancel)]


def parts_from_course(
    library: Library, course_id: str, *, dictionary: Dictionary, engine: TextEngine,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> list[DeckPart]:
    """One subdeck per lesson of the course, in course order (lessons without words skipped)."""
    course = library.course(course_id)
    return [
        _lesson_part(library, course, lesson, dictionary=dictionary, engine=engine,
                     progress=progress, cancel=cancel)
        for lesson in library.lessons(course_id)
        if lesson.vocab
    ]


def parts_from_reader(
    library: Library, reader_id: str, *, dictionary: Dictionary, engine: TextEngine,
    corpus=None,  # type: ignore[no-untyped-def]
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
    lang: str | None = None,
) -> list[DeckPart]:
    """The reader's new words (its glossary) with example sentences from its text; an
    untitled reader's deck is called "Reader" in ``lang`` (None: the document language)."""
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader

    doc = library.reader(reader_id)
    options = ReaderOptions.from_dict(doc.options)
    known = library.known_before(doc.lesson_id, corpus) if doc.lesson_id else None
    built = build_reader(doc.text, options, engine, dictionary, known, title=doc.title,
                         cancel=cancel)
    overrides: dict[str, WordOverride] = {}
    for entry in built.glossary:
        if entry.edited:
            overrides[entry.source] = WordOverride(meaning=entry.definition)
    words = [g.source for g in built.glossary]
    name = doc.title or label("reader.html_title", for_document(lang))
    deck_words = build_words(
        words, dictionary=dictionary, engine=engine, standard=options.standard,
        texts=[doc.text], overrides=overrides, library=library, source=name,
        progress=progress, cancel=cancel,
    )
    return [DeckPart(key=f"reader:{doc.id}", name=name, words=deck_words, tags=(tag_of(name),))]


SOURCE_KINDS = ("file", "list", "words", "reader", "lesson", "course")


@dataclass(frozen=True, slots=True)
class DeckSource:
    """What a deck is made of: ``kind`` (one of :data:`SOURCE_KINDS`) and its value.

    ``file``: a path; ``list``: the text of a word file read from elsewhere (standard
    input), one word per line or a first column; ``words``: words separated by new lines,
    spaces or commas (``name`` names the deck); ``reader``/``lesson``/``course``: a library id.
    """

    kind: str
    value: str
    name: str = ""

    def describe(self) -> str:
        return {
            "file": f"word file {self.value}",
            "list": f"word list {self.name or 'from standard input'}",
            "words": f"word list {self.name or 'Words'}",
            "reader": f"reader {self.value}",
            "lesson": f"lesson {self.value}",
            "course": f"course {self.value}",
        }.get(self.kind, self.kind)


def split_words(text: str) -> list[str]:
    """Words typed or pasted by the teacher: separated by lines, spaces, commas or 、."""
    import re

    return [w for w in re.split(r"[\s,，、;；]+", text) if w]


def load_parts(
    source: DeckSource,
    *,
    corpus=None,  # type: ignore[no-untyped-def]
    library: Library | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    lang: str | None = None,
) -> list[DeckPart]:
    """Build the parts of ``source``. The engine is used as it is: the caller applies the
    teacher's corrections to it (once, at start), and gives the ``library`` a reader,
    lesson or course is read from (for typed words and word files it is optional: the
    teacher's saved meanings and readings come from it).

    Typed words without a name make a deck called "Words" in ``lang`` (None: the document
    language), and so does an untitled reader ("Reader")."""
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.text.engine import get_engine

    if source.kind not in SOURCE_KINDS:
        raise BadInputError(key="error.deck.unknown_source", kind=repr(source.kind))
    if library is None and source.kind in ("reader", "lesson", "course"):
        raise ValueError(f"load_parts: a {source.kind} is read from a library; none was given")
    corpus = corpus or open_corpus(progress=progress, cancel=cancel)
    engine = get_engine(corpus)
    dictionary = Dictionary(corpus)
    common = {"dictionary": dictionary, "engine": engine, "progress": progress,
              "cancel": cancel}
    if source.kind == "file":
        return parts_from_file(Path(source.value), library=library, **common)
    if source.kind == "list":
        words = words_from_text(source.value, source.name or "The standard input")
        name = label("deck.words", for_document(lang))
        return parts_from_words(words, name, library=library, **common)
    if source.kind == "words":
        words = split_words(source.value)
        if not words:
            raise BadInputError(key="error.deck.no_typed_words")
        name = source.name or label("deck.words", for_document(lang))
        return parts_from_words(words, name, library=library, **common)
    if source.kind == "reader":
        return parts_from_reader(library, source.value, corpus=corpus, lang=lang, **common)
    if source.kind == "lesson":
        return parts_from_lesson(library, source.value, **common)
    return parts_from_course(library, source.value, **common)
