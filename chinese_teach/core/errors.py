"""Named errors that carry a message a teacher can read.

The GUI shows ``str(error)`` in a dialog; the CLI prints it and exits non-zero.
"""

from __future__ import annotations


class ChineseTeachError(Exception):
    """Base class: the message is meant for the user, not a developer."""


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

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
