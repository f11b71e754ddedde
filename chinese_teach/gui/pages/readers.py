"""Reader studio: write a text, choose what the pinyin shows, see the pages, export.

Left: the saved readers of the library. Middle: title, subtitle, the text (type,
paste or open a .txt/.docx) and the options. Right: the live preview, painted by
the same render engine as the PDF, with page navigation and zoom (the paged preview
shared with the lesson editor's worksheet preview), updated as the teacher types (only
changed paragraphs are annotated again, off the UI thread). Clicking a word opens a pop-up
to pick another reading (stored as a correction in the library, so every later
reader, worksheet and deck uses it), merge or split words, or edit the glossary
meaning. Exports (PDF, HTML, DOCX) run in the background; printing uses the same
page layout through QPrintDialog.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.reader import ReaderDocument, ReaderOptions
from chinese_teach.core.text.annotation_cache import AnnotationCache
from chinese_teach.gui import settings
from chinese_teach.gui.classroom.launch import reader_drill_button, show_reader_in_class
from chinese_teach.gui.operations import perform
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.safetext import tooltip
from chinese_teach.gui.widgets.empty_hint import show_when_empty
from chinese_teach.gui.widgets.export_bar import ExportBar
from chinese_teach.gui.widgets.flow_layout import flow_row
from chinese_teach.gui.widgets.page_preview import PageNavBar
from chinese_teach.gui.widgets.reader_exports import EXPORTS, ReaderExports
from chinese_teach.gui.widgets.reader_live_preview import ReaderLivePreview
from chinese_teach.gui.widgets.reader_options import ReaderOptionsPanel
from chinese_teach.gui.widgets.reader_preview import ReaderPreview
from chinese_teach.gui.widgets.reader_word_edits import ReaderWordEdits
from chinese_teach.gui.widgets.reader_word_popup import ReaderWordPopup
from chinese_teach.ops import reader as reader_ops
from chinese_teach.render.layout import LayoutCache, RubyStyle, TokenRef
from chinese_teach.render.pages import PagedDocument

log = logging.getLogger("chinese_teach.gui")

PREVIEW_DELAY_MS = 300
SAMPLE_TITLE = "小马过河"
SAMPLE_TEXT = (
    "小马和他的妈妈住在绿草茵茵的小河边。除了妈妈过河给河对岸的村子送粮食的时候，"
    "他总是跟随在妈妈的身边寸步不离。\n"
    "有一天，妈妈把小马叫到身边说：“小马，你已经长大了，可以帮妈妈做事了。"
    "今天你把这袋粮食送到河对岸的村子里去吧。”\n"
    "小马非常高兴地答应了。他驮着粮食飞快地来到了小河边。可是河上没有桥，只能自己蹚过去。"
    "可又不知道河水有多深呢？犹豫中的小马一抬头，看见了正在不远处吃草的牛伯伯。"
)

class ReadersPage(ReaderLivePreview, ReaderWordEdits, ReaderExports, Page):
    """The Reader studio."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.library = None
        self.current_id: str = ""
        self.dirty = False
        self.doc: ReaderDocument | None = None
        self.paged: PagedDocument | None = None
        #: paragraphs annotated by the preview and the exports (written by workers)
        self._annotations = AnnotationCache()
        self._layout_cache = LayoutCache()
        self._style: RubyStyle | None = None
        self._style_key: tuple = ()
        self._building = False
        self._loading = False

        outer = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("readers_splitter")
        outer.addWidget(self.splitter)

        # Saved readers
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Saved readers")))
        self.reader_list = QListWidget()
        self.reader_list.setObjectName("reader_list")
        self.reader_list.itemActivated.connect(self._open_item)
        self.reader_list.itemClicked.connect(self._open_item)
        self.list_hint = show_when_empty(self.reader_list, lambda: self.tr(
            "No saved reader yet. Type or paste a text on the right, then click Save."))
        lv.addWidget(self.reader_list)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new_reader)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_reader)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        lv.addLayout(row)
        self.splitter.addWidget(left)

        # Text and options
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(self.tr("Class, lesson, date"))
        mv.addWidget(self.title_edit)
        mv.addWidget(self.subtitle_edit)
        tabs = QTabWidget()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reader_editor")
        self.editor.setPlaceholderText(self.tr("Type or paste the Chinese text here, "
                                               "one paragraph per line."))
        self._use_teaching_font(self.ctx.prefs)
        self.ctx.preferences_changed.connect(self._use_teaching_font)
        tabs.addTab(self.editor, self.tr("Text"))
        self.options_panel = ReaderOptionsPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.options_panel)
        scroll.setWidgetResizable(True)
        tabs.addTab(scroll, self.tr("Options"))
        self.tabs = tabs
        mv.addWidget(tabs)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.clicked.connect(self._choose_file)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_reader)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        mv.addLayout(row)
        self.splitter.addWidget(middle)

        # Preview and exports
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        # the shared export toolbar: PDF (primary), Word, web page, print
        actions = {kind: (lambda k=kind: self.choose_export(k)) for kind in EXPORTS}
        self.export_bar = ExportBar({**actions, "print": self.print_reader}, primary="pdf",
                                    names={k: f"reader_export_{k}" for k in EXPORTS}
                                    | {"print": "reader_print"})
        self.export_buttons = {k: self.export_bar.buttons[k] for k in EXPORTS}
        self.print_button = self.export_bar.buttons["print"]
        self.class_button = QPushButton(self.tr("Show in class"))
        self.class_button.setObjectName("show_in_class")
        self.class_button.setToolTip(self.tr("The text full screen on the projector, sentence "
                                             "by sentence (Esc leaves)"))
        self.class_button.clicked.connect(lambda _checked=False: show_reader_in_class(self))
        self.drill_button = reader_drill_button(self)
        # the classroom buttons wrap under the exports on a narrow window (1366 × 768, 150 %)
        rv.addWidget(flow_row(self.export_bar, self.class_button, self.drill_button))
        self.status = QLabel()
        self.status.setObjectName("reader_status")
        self.status.setWordWrap(True)
        rv.addWidget(self.status)
        self.preview = ReaderPreview()
        self.preview.token_clicked.connect(self._token_clicked)
        self.page_nav = PageNavBar(self.preview)
        rv.addWidget(self.page_nav)
        rv.addWidget(self.preview, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        settings.restore_splitter(self.splitter)

        self.popup = ReaderWordPopup(self)
        self.popup.reading_chosen.connect(self.store_reading)
        self.popup.merge_requested.connect(lambda p, i: self.edit_segmentation(p, i, "merge"))
        self.popup.split_requested.connect(lambda p, i: self.edit_segmentation(p, i, "split"))
        self.popup.meaning_edited.connect(self.set_meaning)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self._edited)
        self.title_edit.textChanged.connect(self._edited)
        self.subtitle_edit.textChanged.connect(self._edited)
        self.options_panel.options_changed.connect(lambda _o: self._edited())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_reader)

        self.options_panel.set_options(self.default_options())
        self._open_library()
        self._update_buttons()

    # -- library ------------------------------------------------------------------------
    def _open_library(self) -> None:
        """Use the window's library (opened once, see ``gui.library_session``)."""
        self.ctx.library_changed.connect(self._library_changed)
        self._library_changed(self.ctx.require_library())
        self.ctx.when_engine_ready(self._corrections_changed)
        self.ctx.corrections_changed.connect(self._corrections_changed)  # "My corrections"

    def _library_changed(self, lib) -> None:
        """The library was opened or restored from a backup (None: unavailable)."""
        self.library = lib
        self.reader_list.setEnabled(lib is not None)
        if lib is None:
            session = self.ctx.library_session
            err = session.error if session is not None else ""
            if err:
                self.status.setText(self.tr("The library cannot be opened: {err}").format(
                    err=err))
            self.reader_list.clear()
            return
        if self.current_id and not any(d.id == self.current_id for d in lib.all_readers()):
            # The restored library does not have this reader: the text stays in the
            # editor and is saved as a new reader.
            self.current_id = ""
            self.dirty = True
        self.reload_list()
        self._update_buttons()

    def _corrections_changed(self) -> None:
        """The engine has the teacher's current corrections: annotate again."""
        if self.library is not None and self.ctx.engine is not None:
            self._annotations.clear()
            self.schedule()

    def reload_list(self) -> None:
        """Fill Saved readers in a fixed order (saving does not move a reader under the
        cursor), the open reader highlighted and current."""
        blocked = self.reader_list.blockSignals(True)
        self.reader_list.clear()
        if self.library is not None:
            for doc in self.library.readers_as_made():
                item = QListWidgetItem(doc.title or self.tr("(untitled)"))
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                item.setToolTip(tooltip(doc.subtitle or doc.text[:60]))
                self.reader_list.addItem(item)
                if doc.id == self.current_id:
                    self.reader_list.setCurrentItem(item)
        self.reader_list.blockSignals(blocked)

    def default_options(self) -> ReaderOptions:
        """New readers start from the teacher's preferences."""
        prefs = self.ctx.prefs
        scheme = prefs.tone_scheme().key if prefs.tone_colours else "black"
        return ReaderOptions(
            standard=prefs.standard,
            target_level=prefs.target_level if prefs.target_level in prefs.standard.levels
            else 3,
            tone_style=prefs.pinyin_style,
            tone_changes=prefs.tone_changes,
            tone_scheme=scheme if scheme in ("default", "mdbg", "colorblind",
                                             "high-contrast", "black") else "default",
            font_family=prefs.chinese_font,
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid and rid != self.current_id:
            self.load_reader(rid)

    def load_reader(self, reader_id: str) -> None:
        if self.library is None:
            return
        self._autosave()
        doc = self.library.reader(reader_id)
        self._loading = True
        self.current_id = doc.id
        self.title_edit.setText(doc.title)
        self.subtitle_edit.setText(doc.subtitle)
        self.editor.setPlainText(doc.text)
        self.options_panel.set_options(ReaderOptions.from_dict(doc.options))
        self._loading = False
        self.dirty = False
        self.ctx.note_opened("reader", doc.id)
        self.refresh()

    def new_reader(self) -> None:
        self._autosave()
        self._loading = True
        self.current_id = ""
        self.title_edit.clear()
        self.subtitle_edit.clear()
        self.editor.clear()
        self.options_panel.set_options(self.default_options())
        self._loading = False
        self.dirty = False
        self.reader_list.setCurrentRow(-1)  # nothing open: nothing highlighted
        self.refresh()
        self.editor.setFocus()

    def _use_teaching_font(self, prefs) -> None:
        """Chinese in the text, its title and the saved readers: the teaching font."""
        from chinese_teach.gui import theme

        theme.use_chinese_fonts(prefs, {"editor": [self.editor], "list": [self.reader_list],
                                        "field": [self.title_edit]})

    def new_from_text(self, text: str) -> None:
        """A new reader of ``text`` (pasted from the clipboard by the start page)."""
        self.new_reader()
        self.editor.setPlainText(text)

    def save_reader(self) -> bool:
        """Store the reader in the library (new or updated)."""
        if self.library is None:
            return False
        title = self.title_edit.text().strip() or self._title_from_text()
        result = perform(self.ctx, lambda lib: reader_ops.save_reader(
            lib, self.current_id, title=title, text=self.editor.toPlainText(),
            subtitle=self.subtitle_edit.text().strip(),
            options=self.options_panel.options().to_dict()),
            initiator=self, parent=self, library=self.library)
        if result is None:
            return False
        saved = result.value
        self.current_id = saved.id
        if self.title_edit.text().strip() and self.title_edit.text().strip() != saved.title:
            self._loading = True  # show the numbered title; nothing to re-save
            self.title_edit.setText(saved.title)
            self._loading = False
        self.dirty = False
        self.ctx.note_opened("reader", saved.id)
        self.reload_list()
        self._update_buttons()  # a reader just saved can be deleted
        self.ctx.show_status(self.tr("Saved “{title}”.").format(title=saved.title))
        return True

    def _autosave(self) -> None:
        if self.dirty and self.editor.toPlainText().strip():
            self.save_reader()

    def delete_reader(self) -> None:
        if self.library is None or not self.current_id:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete reader"),
            self.tr("Delete “{title}” from the library?").format(title=self.title_edit.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if perform(self.ctx, lambda lib: reader_ops.delete_reader(lib, self.current_id),
                   initiator=self, parent=self, library=self.library) is None:
            return
        self.dirty = False
        self.current_id = ""
        self.new_reader()
        self.reload_list()

    def _title_from_text(self) -> str:
        first = self.editor.toPlainText().strip().splitlines()
        return first[0][:20] if first else self.tr("Reader")

    # -- files ------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a text"), "", self.tr("Texts (*.txt *.docx);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Load a .txt or .docx file into the editor (read in the background). A Word
        file's own title (its first Title or Heading 1) becomes the reader's title and
        is not repeated as the text's first line; otherwise the file's name is the title."""
        from chinese_teach.core.documents.sources import SourceText, open_source

        def loaded(source: SourceText) -> None:
            self.new_reader()
            self.title_edit.setText(source.title or Path(path).stem)
            self.editor.setPlainText(source.text)

        self.ctx.tasks.run(lambda progress, cancel: open_source(Path(path)),
                           label=self.tr("Opening {name}").format(name=Path(path).name),
                           on_success=loaded)
        return True

    # -- live preview --------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def current_options(self) -> ReaderOptions:
        return self.options_panel.options()

    def _update_buttons(self) -> None:
        has = self.doc is not None and bool(self.doc.paragraphs)
        for b in (*self.export_buttons.values(), self.print_button):
            b.setEnabled(has)
        self.delete_button.setEnabled(bool(self.current_id))

    def is_ready(self) -> bool:
        return self.doc is not None and not self._building and not self._timer.isActive()

    def load_sample(self) -> None:
        from chinese_teach.core.documents.reader import GlossMark, PinyinMode

        self.new_reader()
        self.title_edit.setText(SAMPLE_TITLE)
        self.subtitle_edit.setText(self.tr("Class 3 · Lesson 5"))
        self.editor.setPlainText(SAMPLE_TEXT)
        self.options_panel.set_options(replace(
            self.default_options(), pinyin=PinyinMode.ABOVE, target_level=3,
            gloss_mark=GlossMark.UNDERLINE, numbering="paragraph"))
        self.dirty = False
        self.refresh()

    def save_state(self) -> None:
        settings.save_splitter(self.splitter)
        self._autosave()

    def highlight(self, ref: TokenRef | None) -> None:
        self.preview.canvas.highlight = ref
        self.preview.canvas.update()


PAGE = PageSpec(
    key="readers",
    title=QT_TRANSLATE_NOOP("pages", "Reader studio"),
    factory=ReadersPage,
    order=20,
    icon="book-open",
    group="materials",
    tip=QT_TRANSLATE_NOOP("pages",
                          "Pinyin readers for your class: PDF, web page and Word"),
)
