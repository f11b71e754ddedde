"""Words printed on documents and shown in messages, in the languages the app ships.

Qt's translators cannot be used here (``core`` imports no Qt), and documents have a
language of their own anyway: the teacher chooses the *document language* of what is
printed and exported (readers, worksheets, lesson plans, vocabulary lists), which
defaults to the interface language but need not be the same.

The catalogues are plain JSON, one file per language and kind:

* ``resources/i18n/documents/<code>.json``: headings, labels and instructions printed
  on documents (keys such as ``worksheet.name``, ``plan.heading.objectives``);
* ``resources/i18n/messages/<code>.json``: the messages of the core's errors
  (keys ``error.*``), notices (``notice.*``: what an export left out and why) and
  progress labels (``progress.*``), shown by the GUI in the interface language.

A value is a template in :meth:`str.format` syntax (``"Lesson {number}: {title}"``),
or, for a text that depends on a number, an object of plural forms chosen by the
``count`` field with the usual CLDR categories (``one``, ``few``, ``many``, ``other``;
Russian has three forms, Chinese one). A key missing in a language falls back to
English, so a half-finished catalogue never breaks an export.

:func:`label` gives the text of a key in a language; with no language it uses the
*message language* (:func:`set_message_language`), which the GUI keeps equal to its
interface language and which is English on the command line. Document builders
called without a language use the *document language* (:func:`set_document_language`:
the teacher's Preference in the GUI, ``--doc-lang`` on the command line).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from chinese_teach import paths

log = logging.getLogger("chinese_teach.core.labels")

#: Every language documents and messages can be written in, English (the source) first,
#: with the name each language gives itself.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
}
SOURCE = "en"
#: the locale a word processor spell-checks a language with (``w:lang`` in DOCX files)
LOCALES: dict[str, str] = {"en": "en-US", "zh_CN": "zh-CN", "es": "es-ES", "fr": "fr-FR",
                           "ru": "ru-RU"}
KINDS = ("documents", "messages")
PLURAL_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "zh_CN": ("other",),
    "es": ("one", "other"),
    "fr": ("one", "other"),
    "ru": ("one", "few", "many"),
}
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")


def normalise(code: str | None) -> str | None:
    """The shipped language for ``code`` (``"zh-CN"``, ``"zh_Hans"``, ``"ES"``, ``"fr_FR"``
    all work), or None when there is none."""
    if not code:
        return None
    text = str(code).strip().replace("-", "_")
    if text in LANGUAGES:
        return text
    base = text.split("_", 1)[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else None


# -- the message and document languages ----------------------------------------------------
class _Language:
    """A language setting shared by every thread (messages, documents)."""

    def __init__(self) -> None:
        self.language = SOURCE
        self.lock = threading.Lock()

    def set(self, code: str | None) -> str:
        lang = normalise(code) or SOURCE
        with self.lock:
            self.language = lang
        return lang


_message = _Language()
_document = _Language()


def set_message_language(code: str | None) -> str:
    """Use ``code`` (normalised; English if it is not shipped) for messages from now on;
    returns the language applied."""
    return _message.set(code)


def message_language() -> str:
    """The language of messages (the GUI's interface language; English on the CLI)."""
    return _message.language


def set_document_language(code: str | None) -> str:
    """Make ``code`` the language of documents built without an explicit one (the GUI
    applies the teacher's Preference here); returns the language applied."""
    return _document.set(code)


def document_language() -> str:
    """The default language of printed and exported documents (English unless set)."""
    return _document.language


def for_document(lang: str | None) -> str:
    """The language a document builder uses: ``lang`` normalised, or the document
    language when it is None (an unknown code gives English)."""
    if lang is None:
        return document_language()
    return normalise(lang) or SOURCE


def resolve(lang: str | None) -> str:
    """``lang`` normalised; None means the message language, an unknown code English."""
    if lang is None:
        return message_language()
    return normalise(lang) or SOURCE


# -- catalogues -----------------------------------------------------------------------------
def catalogue_path(lang: str, kind: str = "documents"):
    """``resources/i18n/<kind>/<lang>.json``."""
    return paths.resource("i18n", kind, f"{lang}.json")


@lru_cache(maxsize=16)
def _load(lang: str, kind: str) -> Mapping[str, Any]:
    path = catalogue_path(lang, kind)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.error("cannot read the %s catalogue %s: %s", kind, path, exc)
        return {}
    if not isinstance(data, dict):
        log.error("the %s catalogue %s is not an object", kind, path)
        return {}
    return {k: v for k, v in data.items() if not k.startswith("_")}


def catalogue(lang: str) -> dict[str, Any]:
    """Every entry of a language (documents and messages), as read from its files."""
    out: dict[str, Any] = {}
    for kind in KINDS:
        out.update(_load(lang, kind))
    return out


def fields_of(template: str) -> set[str]:
    """The ``{names}`` a template uses."""
    return set(_FIELD.findall(template))


def plural_category(n: int, lang: str) -> str:
    """The CLDR plural category of a whole number ``n`` in ``lang``."""
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if lang == "zh_CN":
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def _entry(key: str, lang: str) -> tuple[Any, str]:
    """The catalogue value of ``key`` and the language it was found in."""
    for kind in KINDS:
        value = _load(lang, kind).get(key)
        if value is not None:
            return value, lang
    if lang != SOURCE:
        return _entry(key, SOURCE)
    raise KeyError(key)


class _Fields(dict):
    """Format fields that leave an unknown ``{name}`` as it is (never a KeyError)."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def label(key: str, lang: str | None = None, /, **fields: Any) -> str:
    """The text of ``key`` in ``lang`` (None: the message language) with ``fields``
    filled in; a plural entry picks its form by ``count``."""
    lang = resolve(lang)
    try:
        value, found = _entry(key, lang)
    except KeyError:
        log.error("no text for %r", key)
        return key
    if isinstance(value, dict):
        count = fields.get("count", 0)
        form = plural_category(count if isinstance(count, int) else 0, found)
        value = value.get(form) or value.get("other") or next(iter(value.values()), key)
    try:
        return str(value).format_map(_Fields(fields))
    except (ValueError, IndexError, AttributeError) as exc:
        log.error("bad template for %r in %s: %s", key, found, exc)
        return str(value)


def has_label(key: str) -> bool:
    """True when the English catalogue has ``key``."""
    return key in catalogue(SOURCE)


class Term:
    """A catalogue text written out only when it is shown (a field of an error that is
    itself a word to translate: ``Term("error.field.lesson_title")``)."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, **fields: Any) -> None:
        self.key = key
        self.fields = fields

    def text(self, lang: str | None = None) -> str:
        return label(self.key, lang, **{
            k: (v.text(lang) if callable(getattr(v, "text", None)) else v)
            for k, v in self.fields.items()})

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Term({self.key!r})"


_THOUSANDS = {"es": ".", "fr": "\u202f", "ru": "\u00a0"}


class Number:
    """A whole number written with the thousands separator of the language it is shown
    in: ``200,000``, ``200.000``, ``200 000`` (a field of a message)."""

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = int(value)

    def text(self, lang: str | None = None) -> str:
        return f"{self.value:,}".replace(",", _THOUSANDS.get(resolve(lang), ","))

    def __str__(self) -> str:
        return self.text()


# -- numbers and dates ------------------------------------------------------------------------
def decimal(value: float, lang: str | None = None, digits: int = 1) -> str:
    """``95.5`` written for ``lang``: ``95,5`` in French, Spanish and Russian; trailing
    ``.0`` dropped (``98``)."""
    lang = resolve(lang)
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", ",") if lang in ("es", "fr", "ru") else text


def format_date(d: date, lang: str | None = None) -> str:
    """A lesson date written out: ``Tue 1 Sep 2026``, ``martes, 1 de septiembre de 2026``,
    ``2026年9月1日 星期二``..."""
    lang = resolve(lang)
    day = label("date.day.1", lang) if d.day == 1 else str(d.day)  # French: 1er
    return label("date.format", lang, weekday=label(f"date.weekday.{d.isoweekday()}", lang),
                 day=day, month=label(f"date.month.{d.month}", lang), year=d.year)
