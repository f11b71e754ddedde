"""What every page receives: preferences, the task runner, and the shared core objects.

The corpus and the text engine arrive after the window has painted (the corpus
may even be built on first launch), so pages ask for them with
:meth:`AppContext.when_corpus_ready` / :meth:`AppContext.when_engine_ready`
and get called back on the main thread once they are there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from chinese_teach.gui.settings import (
    Preferences,
    document_language,
    enforce_site,
    load_preferences,
    save_preferences,
)
from chinese_teach.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.analyze import LevelIndex
    from chinese_teach.core.text.engine import TextEngine


class AppContext(QObject):
    """Shared state of one main window."""

    preferences_changed = Signal(object)  # Preferences
    corpus_ready = Signal()
    engine_ready = Signal()
    #: a page asks to show ``word`` in the dictionary
    word_requested = Signal(str)
    #: a page asks to open a page by key (e.g. "annotate")
    page_requested = Signal(str)
    #: a short message for the status bar
    status_message = Signal(str)
    #: the corpus/engine state changed: loading, building, engine, ready, missing, failed
    corpus_state_changed = Signal(str)
    #: the library was opened, restored from a backup or closed (Library or None)
    library_changed = Signal(object)
    #: the teacher's reading corrections or segmentation edits changed; they are
    #: already given to the engine: pages showing pinyin annotate again
    corrections_changed = Signal()
    #: an operation changed the library (see :mod:`chinese_teach.gui.operations`): the
    #: OpChanges, the object that started it (views skip their own edits) and the id of
    #: the record to select afterwards (or None)
    ops_changed = Signal(object, object, object)
    #: the teacher opened a lesson or a reader: kind ("lesson", "reader") and id
    item_opened = Signal(str, str)
    #: a page asks the window to open something elsewhere: what and its argument
    #: (see ``MainWindow.open_item``)
    open_requested = Signal(str, str)

    def __init__(self, tasks: TaskRunner, prefs: Preferences | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.prefs = prefs if prefs is not None else load_preferences()
        self.corpus: Corpus | None = None
        self.dictionary: Dictionary | None = None
        self.levels: LevelIndex | None = None
        self.engine: TextEngine | None = None
        self.corpus_state = "unknown"
        #: the teacher's library: one connection for the main thread (see library_session)
        self.library: Library | None = None
        self.library_session = None  # LibrarySession, created on first use
        self._edits_pending = False
        self.apply_document_language()

    # -- preferences ---------------------------------------------------------------------
    def set_preferences(self, prefs: Preferences, *, save: bool = True) -> None:
        """Apply new preferences everywhere (pages listen to ``preferences_changed``).

        Settings the school's site configuration locks keep the site's value.
        """
        prefs = enforce_site(prefs)
        if prefs == self.prefs:
            return
        self.prefs = prefs
        if save:
            save_preferences(prefs)
        self.apply_document_language()
        self.preferences_changed.emit(prefs)

    @property
    def document_language(self) -> str:
        """The language of printed and exported documents (Preferences > Document
        language, else the interface language)."""
        from chinese_teach.gui import i18n

        return document_language(self.prefs, i18n.current_language())

    def apply_document_language(self) -> bool:
        """Make :attr:`document_language` the core's default for documents built without
        an explicit language (exports, previews, printing, new lessons' activities);
        returns True when it changed."""
        from chinese_teach.core import labels

        before = labels.document_language()
        return labels.set_document_language(self.document_language) != before

    # -- shared core objects -------------------------------------------------------------
    def set_corpus(self, corpus: Corpus, levels: LevelIndex) -> None:
        from chinese_teach.core.corpus.dictionary import Dictionary

        self.corpus = corpus
        self.dictionary = Dictionary(corpus)
        self.levels = levels
        self.corpus_ready.emit()

    def set_engine(self, engine: TextEngine) -> None:
        """Publish the loaded engine, with the teacher's corrections already applied."""
        self.engine = engine
        self._sync_engine()
        self.engine_ready.emit()

    def when_corpus_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now if the corpus is open, else as soon as it is."""
        if self.dictionary is not None:
            callback()
        else:
            self.corpus_ready.connect(callback)

    def when_engine_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now if the text engine is loaded, else as soon as it is."""
        if self.engine is not None:
            callback()
        else:
            self.engine_ready.connect(callback)

    # -- the library -----------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        """Publish the (re)opened library; pages reload on ``library_changed``."""
        self.library = library
        if library is not None:
            library.add_listener(self._library_written)
            self._sync_engine()
        self.library_changed.emit(library)

    def _library_written(self, change) -> None:
        """Corrections or segmentation edits were saved: apply them once the writes settle
        (an import saves many; the engine is updated once)."""
        if change.kind in ("corrections", "segmentation") and not self._edits_pending:
            self._edits_pending = True
            QTimer.singleShot(0, self, self._apply_edits)

    def _apply_edits(self) -> None:
        if not self._edits_pending:
            return
        self._edits_pending = False
        self._sync_engine()
        self.corrections_changed.emit()

    def apply_pending_corrections(self) -> None:
        """Give corrections saved a moment ago to the engine now, not after the current
        event (a page that annotates again right after saving one)."""
        self._apply_edits()

    def _sync_engine(self) -> None:
        """The one place the teacher's corrections and word cuttings reach the engine."""
        if self.library is not None and self.engine is not None:
            from chinese_teach.ops.corrections import sync_engine

            sync_engine(self.library, self.engine)

    def require_library(self) -> Library | None:
        """The shared library, opened now if nobody has yet (None if it cannot be)."""
        if self.library is None:
            if self.library_session is None:
                from chinese_teach.gui.library_session import LibrarySession

                LibrarySession(self)
            session = self.library_session
            if not session.error and not session.restoring:
                session.open()
        return self.library

    def set_corpus_state(self, state: str) -> None:
        self.corpus_state = state
        self.corpus_state_changed.emit(state)

    @property
    def corpus_unavailable(self) -> bool:
        """True when the reference corpus is not built (cancelled) or could not be opened."""
        return self.corpus_state in ("missing", "failed")

    def show_status(self, text: str) -> None:
        self.status_message.emit(text)

    def note_opened(self, kind: str, ident: str) -> None:
        """Remember the lesson or reader the teacher opened (the start page leads back)."""
        from chinese_teach.gui.settings import remember_recent

        if ident:
            remember_recent(kind, ident)
            self.item_opened.emit(kind, ident)
