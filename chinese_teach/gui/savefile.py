"""Export file names: the save dialog asks before replacing a file, and so do we.

``QFileDialog.getSaveFileName`` confirms overwriting the name the teacher typed.
When the page then adds the format's suffix (``deck`` -> ``deck.apkg``), that new
name has not been confirmed: :func:`with_suffix_confirmed` asks for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask whether to replace the existing file ``path`` (True when it does not exist)."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("savefile", "Replace file?"),
        QCoreApplication.translate(
            "savefile", "{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def with_suffix_confirmed(parent: QWidget | None, chosen: str | Path, suffix: str,
                          *, append: bool = False) -> Path | None:
    """The chosen name with ``suffix``; None if that changed the name to an existing
    file and the teacher declined to replace it.

    ``append`` adds the suffix (``notes.v2`` -> ``notes.v2.pdf``) instead of replacing
    the last one.
    """
    path = Path(chosen)
    if path.suffix.lower() == suffix.lower():
        return path  # the dialog confirmed this very name
    path = path.with_name(path.name + suffix) if append else path.with_suffix(suffix)
    return path if confirm_replace(parent, path) else None
