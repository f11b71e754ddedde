"""One export and print toolbar for every page that makes a file or prints.

A teacher who has exported a reader knows where a deck's or a lesson plan's export is:
every page shows its outputs in the same order, with the same icon and name for the same
kind of file, and the page's main output as the one primary (filled) button.

``ExportBar({"pdf": slot, "print": slot}, primary="pdf")`` lays out the kinds the page
offers in the order of :data:`KINDS`, whatever order the page passes them in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from chinese_teach.gui import theme
from chinese_teach.gui.icons import icon

#: every kind of output, in the order bars show them: (icon, name, what it does)
KINDS: dict[str, tuple[str, str, str]] = {
    "preview": ("eye", QT_TRANSLATE_NOOP("ExportBar", "Preview…"),
                QT_TRANSLATE_NOOP("ExportBar", "See the pages before printing")),
    "pdf": ("file-down", QT_TRANSLATE_NOOP("ExportBar", "PDF…"),
            QT_TRANSLATE_NOOP("ExportBar", "Save as a PDF file, to print or send")),
    "docx": ("file-type", QT_TRANSLATE_NOOP("ExportBar", "Word…"),
             QT_TRANSLATE_NOOP("ExportBar", "Save as a Word document, to edit")),
    "html": ("globe", QT_TRANSLATE_NOOP("ExportBar", "Web page…"),
             QT_TRANSLATE_NOOP("ExportBar", "Save as a web page students open on a phone")),
    "apkg": ("layers", QT_TRANSLATE_NOOP("ExportBar", "Anki deck…"),
             QT_TRANSLATE_NOOP("ExportBar", "Save as a deck to import into Anki")),
    "file": ("file-output", QT_TRANSLATE_NOOP("ExportBar", "Export…"),
             QT_TRANSLATE_NOOP("ExportBar", "Save to a file to share with colleagues")),
    "print": ("printer", QT_TRANSLATE_NOOP("ExportBar", "Print…"),
              QT_TRANSLATE_NOOP("ExportBar", "Print on paper")),
}
ICON_PX = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportBar", text)


class ExportBar(QWidget):
    """The page's export and print buttons, in the shared order; ``buttons[kind]``.
    ``primary`` is the page's main output (``None`` on a second bar of the same page)."""

    def __init__(self, actions: Mapping[str, Callable[[], object]], primary: str | None,
                 names: Mapping[str, str] | None = None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        if (primary is not None and primary not in actions) or set(actions) - set(KINDS):
            raise ValueError(f"unknown kinds or primary: {sorted(actions)}, {primary!r}")
        self.setObjectName("export_bar")
        self.primary = primary
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACING["s"])
        for kind, (glyph, name, tip) in KINDS.items():
            if kind not in actions:
                continue
            button = QPushButton(icon(glyph, "accent_text" if kind == primary else "text"),
                                 _tr(name))
            button.setIconSize(QSize(ICON_PX, ICON_PX))
            button.setToolTip(_tr(tip))
            button.setObjectName((names or {}).get(kind, f"export_{kind}"))
            button.setProperty("export_kind", kind)
            if kind == primary:
                theme.set_role(button, "primary")
            button.clicked.connect(lambda _checked=False, act=actions[kind]: act())
            row.addWidget(button)
            self.buttons[kind] = button
        # as wide as its buttons: the page places it (a form row, the end of a row)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every button (nothing to export yet)."""
        for button in self.buttons.values():
            button.setEnabled(enabled)
