"""The choice of what a dictation sheet prints beside each word's boxes, shared by the
lesson editor's worksheet options and the drill's review list (one list, one
translation context: ``LessonExports``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def fill_hint_choices(combo: QComboBox, chosen: str = "pinyin") -> None:
    """Add the hints (pinyin, meaning, none; their data is the worksheet's ``hint``) to
    ``combo`` and select ``chosen``."""
    for text, value in (
        (QCoreApplication.translate("LessonExports", "Pinyin as a hint"), "pinyin"),
        (QCoreApplication.translate("LessonExports", "Meaning as a hint"), "meaning"),
        (QCoreApplication.translate("LessonExports", "No hint"), "none"),
    ):
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
