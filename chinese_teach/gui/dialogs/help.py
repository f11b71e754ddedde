"""Help > Guide: a short offline guide, and the list of keyboard shortcuts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.gui.dialogs.screen_fit import resize_on_screen


class HelpDialog(QDialog):
    """Two tabs: the guide and the keyboard shortcuts of ``window``'s actions."""

    def __init__(self, window: QWidget, parent: QWidget | None = None,
                 shortcuts_first: bool = False) -> None:
        super().__init__(parent or window)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("Chinese Teach Help"))
        resize_on_screen(self, 720, 560)
        self.guide = QTextBrowser()
        self.guide.setObjectName("help_guide")
        self.guide.setOpenExternalLinks(False)
        self.guide.setHtml(self.guide_html())
        self.guide.setAccessibleName(self.tr("Guide"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("help_shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for command, keys in self.shortcut_rows(window):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("Guide"))
        self.tabs.addTab(self.table, self.tr("Keyboard shortcuts"))
        if shortcuts_first:
            self.tabs.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def guide_html(self) -> str:
        """The guide, one translated paragraph per section."""
        sections = [
            (self.tr("Getting started"),
             self.tr("Every start opens on the start page: back to the lesson and reader "
                     "you opened last, the next lesson, quick actions and, the first time, "
                     "four steps through the sample course. The navigation on the left groups "
                     "the pages by what you do (Ctrl+1 to Ctrl+9 go to them). On the first "
                     "start the app builds its reference dictionary (a few seconds); "
                     "everything works offline.")),
            (self.tr("Library"),
             self.tr("Create a course, its units and lessons. A lesson holds its plan, "
                     "texts, vocabulary and the new words proposed from its texts.")),
            (self.tr("Worksheet preview"),
             self.tr("In a lesson, Print and export > Preview… shows a worksheet's pages as "
                     "they will print. Choose the kind, the boxes and the seed; show or hide "
                     "the answer key; New version shuffles a sheet again (the same seed always "
                     "gives the same sheet); then print it or export the PDF.")),
            (self.tr("Reader studio"),
             self.tr("Paste or open a text, choose which words get pinyin, and export a "
                     "reader as PDF, web page or Word. Click a word to correct its reading.")),
            (self.tr("Decks"),
             self.tr("Make Anki decks (stroke order, audio) or word lists for Pleco and "
                     "Quizlet from typed words, a file, a reader, a lesson or a course.")),
            (self.tr("Dictionary and Quick annotate"),
             self.tr("Look up words by characters, pinyin or English. Quick annotate shows "
                     "a text's pinyin and how many of its words are above an HSK level.")),
            (self.tr("Files"),
             self.tr("Drop a .txt or .docx file on the window to open it in the Reader "
                     "studio, or a course file (.ctcourse) to import it into the library. "
                     "File > Open Recent lists the files opened last.")),
            (self.tr("Language and display"),
             self.tr("Edit > Preferences sets the interface language, the theme (follows "
                     "the system, dark or high contrast), tone colours (a colour-blind safe "
                     "scheme is offered) and the Chinese font size.")),
            (self.tr("Printed documents in your students' language"),
             self.tr("Edit > Preferences > Document language sets the language of the "
                     "headings, labels and instructions on readers, worksheets and their "
                     "answer keys, lesson plans and vocabulary lists, printed or exported: "
                     "English, Chinese, Spanish, French or Russian. By default it is the "
                     "interface language. The Chinese text itself is never changed. On the "
                     "command line, add --doc-lang es (or zh_CN, fr, ru).")),
        ]
        parts = [f"<h2>{html.escape(self.tr('Chinese Teach'))}</h2>"]
        for title, body in sections:
            parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(body)}</p>")
        return "".join(parts)

    def shortcut_rows(self, window: QWidget) -> list[tuple[str, str]]:
        """(command, keys) for every action of ``window`` with a shortcut, then Tab keys."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in window.findChildren(QAction):
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not keys or not text or text in seen:
                continue
            seen.add(text)
            rows.append((text.rstrip("…"), ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)))
        native = QKeySequence.SequenceFormat.NativeText
        rows += [
            (self.tr("Next / previous control"),
             QKeySequence(Qt.Key.Key_Tab).toString(native) + " / "
             + QKeySequence("Shift+Tab").toString(native)),
            (self.tr("Undo / redo in the library"),
             QKeySequence(QKeySequence.StandardKey.Undo).toString(native) + " / "
             + QKeySequence(QKeySequence.StandardKey.Redo).toString(native)),
        ]
        return rows
