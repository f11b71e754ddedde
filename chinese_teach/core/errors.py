"""Named errors that carry a message a teacher can read.

The GUI shows ``str(error)`` in a dialog; the CLI prints it and exits non-zero.

An error made with a catalogue ``key`` (``BadInputError(key="error.textio.binary",
name=...)``) is written out when it is shown, in the message language of
:mod:`chinese_teach.core.labels` (the GUI's interface language, English on the command
line): a teacher using the Spanish interface reads Spanish. Its fields (file names,
paths, numbers, the operating system's own words) are kept as they are; a field that
is itself an error or a :class:`~chinese_teach.core.labels.Term` is written in the same
language. :meth:`ChineseTeachError.text`
gives the message in any language.
"""

from __future__ import annotations

from typing import Any


class ChineseTeachError(Exception):
    """Base class: the message is meant for the user, not a developer."""

    def __init__(self, message: str = "", *, key: str | None = None, **fields: Any) -> None:
        self.key = key
        self.fields = fields
        super().__init__(message if key is None else self.text("en"))

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (None: the current message language)."""
        if self.key is None:
            return super().__str__()
        from chinese_teach.core.labels import label

        values = {k: (v.text(lang) if callable(getattr(v, "text", None)) else v)
                  for k, v in self.fields.items()}
        return label(self.key, lang, **values)

    def __str__(self) -> str:
        return self.text()


class CorpusError(ChineseTeachError):
    """The reference corpus is missing, damaged or could not be built."""


class BadInputError(ChineseTeachError):
    """A file or text the user gave cannot be used (wrong type, encoding, size...)."""


class LibraryError(ChineseTeachError):
    """The teacher's library cannot be read or written."""


class ExportError(ChineseTeachError):
    """An export could not be written."""


class Cancelled(ChineseTeachError):
    """The user cancelled a long operation."""

    def __init__(self, message: str = "", **kwargs: Any) -> None:
        if not message and "key" not in kwargs:
            kwargs["key"] = "error.cancelled"
        super().__init__(message, **kwargs)


class Clause:
    """An error's message as part of a longer sentence: without its final full stop."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def text(self, lang: str | None = None) -> str:
        e = self.error
        inner = e.text(lang) if isinstance(e, ChineseTeachError) else str(e)
        return inner.rstrip().rstrip(".。")

    def __str__(self) -> str:
        return self.text()
