"""The window's library: opened once, damaged file dialog, read-only banner, File menu
backup / check / restore, and worker threads that never touch the main connection."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from chinese_teach.core.library import Course, Library


@pytest.fixture
def home(fresh_home, qapp):
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return fresh_home


def make_window(qtbot, *, load: bool = False):
    from chinese_teach.gui.mainwindow import MainWindow

    win = MainWindow()
    win.persist_state = False
    qtbot.addWidget(win)
    win.resize(1100, 760)
    win.show()
    if load:
        win.start_background_loading()
        qtbot.waitUntil(lambda: win.corpus_state == "ready" and not win._unloaded,
                        timeout=60000)
    return win


def count_opens(monkeypatch) -> list[int]:
    """Record the thread of every ``Library.open``."""
    calls: list[int] = []
    original = Library.open.__func__

    def counting(cls, *args, **kwargs):
        calls.append(threading.get_ident())
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Library, "open", classmethod(counting))
    return calls


def test_the_window_opens_the_library_once_and_pages_share_it(home, qtbot, monkeypatch,
                                                               messages, engine):
    calls = count_opens(monkeypatch)
    win = make_window(qtbot, load=True)
    lib = win.ctx.library
    assert lib is not None and not lib.read_only
    assert not win.library_banner.isVisible()
    library_page, readers = win.show_page("library"), win.show_page("readers")
    decks = win.show_page("decks")
    decks.source_kind.setCurrentIndex(decks.source_kind.findData("course"))
    assert decks.item_combo.count() >= 1  # the sample course, read through ctx.library
    assert library_page.library is lib and readers.library is lib
    assert calls == [threading.get_ident()]  # one open, on the main thread
    win.close()


def test_background_exports_use_their_own_connection(home, qtbot, messages, engine, tmp_path):
    """Deck, worksheet and reader exports read the library in workers through a
    private connection: the main thread's connection only ever runs on the main thread."""
    from chinese_teach.core.export.anki.sources import DeckSource

    win = make_window(qtbot, load=True)
    lib = win.ctx.library
    threads: list[int] = []
    for name in ("query", "query_one"):
        original = getattr(lib.db, name)

        def wrapped(*args, _original=original, **kwargs):
            threads.append(threading.get_ident())
            return _original(*args, **kwargs)

        setattr(lib.db, name, wrapped)
    course = lib.courses()[0]
    lesson = lib.lessons(course.id)[0]

    decks = win.show_page("decks")
    task = decks.export_to(DeckSource("lesson", lesson.id), tmp_path / "deck.csv", "csv")
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert (tmp_path / "deck.csv").stat().st_size > 0

    page = win.show_page("library")
    page.reload(select=lesson.id)
    qtbot.waitUntil(lambda: page.editor.lesson is not None, timeout=10000)
    with qtbot.waitSignal(page.editor.exported, timeout=60000):
        page.editor.export("worksheet", tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").stat().st_size > 0

    readers = win.show_page("readers")
    readers.load_sample()
    qtbot.waitUntil(readers.is_ready, timeout=30000)
    task = readers.export("html", tmp_path / "reader.html")
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert (tmp_path / "reader.html").exists()
    qtbot.waitUntil(lambda: not win.tasks.active, timeout=30000)

    assert threads and set(threads) == {threading.get_ident()}
    assert not [m for m in messages if m[0] in ("warning", "critical")]
    # Control: a worker that did use the main connection would be seen.
    task = win.tasks.run(lambda progress, cancel: lib.courses(), show_progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert len(set(threads)) == 2
    win.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 6)):  # pages 2-6: tables and indexes
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def _library_with_backup(home: Path) -> tuple[Path, str]:
    """A library with a course, backed up, then closed; returns (path, course name)."""
    path = home / "library.sqlite"
    with Library.open(path) as lib:
        lib.save_course(Course(name="Backed-up course", standard="hsk2021"))
        lib.db.backup("manual")
        for i in range(30):  # enough rows that damage hits real pages
            lib.save_course(Course(name=f"Course {i} " + "长" * 200, standard="hsk2021"))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path, "Backed-up course"


def test_damaged_library_offers_the_newest_backup(home, qtbot, messages):
    path, name = _library_with_backup(home)
    _damage(path)
    messages.answer = QMessageBox.StandardButton.Yes
    win = make_window(qtbot)
    (kind, offer), *rest = messages
    assert kind == "question"
    assert "damaged" in offer and "kept as" in offer and "not deleted" in offer
    assert "Restore the newest good backup" in offer
    assert any("restored" in text for _, text in rest)
    lib = win.ctx.library
    assert lib is not None and name in [c.name for c in lib.courses()]
    kept = list(home.glob("library.sqlite.damaged-*"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # the damaged file is kept
    assert lib.db.integrity_check() == ["ok"]
    win.close()


def test_damaged_library_declined_leaves_it_unavailable_and_kept(home, qtbot, messages):
    path, _ = _library_with_backup(home)
    _damage(path)
    messages.answer = QMessageBox.StandardButton.No
    win = make_window(qtbot)
    assert win.ctx.library is None
    assert win.library_banner.isVisible() and "unavailable" in win.library_banner.text()
    assert len(list(home.glob("library.sqlite.damaged-*"))) == 1
    page = win.show_page("library")
    assert "cannot be opened" in page.message.text() and not page.tree.isEnabled()
    assert not win.actions_by_key["backup_now"].isEnabled()
    # Later, File > Restore from Backup… brings the library back.
    win.library_session.choose_backup = lambda backups: backups[0]
    messages.answer = QMessageBox.StandardButton.Yes
    win.actions_by_key["restore_backup"].trigger()
    assert win.ctx.library is not None and not win.library_banner.isVisible()
    assert page.tree.isEnabled() and page.tree.topLevelItemCount() >= 1
    assert len(list(home.glob("library.sqlite.damaged-*"))) == 1
    win.close()


def test_read_only_location_shows_a_banner(home, qtbot, messages, monkeypatch):
    with Library.open(home / "library.sqlite") as made:
        made.db.backup("manual")  # a brand-new library gets no automatic backup
    from chinese_teach.core.library import db

    monkeypatch.setattr(db, "_location_writable", lambda path: False)
    win = make_window(qtbot)
    lib = win.ctx.library
    assert lib is not None and lib.read_only
    assert win.library_banner.isVisible()
    assert "Read-only library" in win.library_banner.text()
    assert "cannot be written" in win.library_banner.text()
    page = win.show_page("library")
    assert "Read-only" in page.message.text()
    assert not messages  # no error dialog: it simply opens read-only
    # A read-only library is never replaced from the app.
    win.library_session.choose_backup = lambda backups: backups[0]
    assert win.library_session.restore_dialog() is False
    assert "read-only" in messages[-1][1]
    assert not list(home.glob("library.sqlite.before-restore-*"))
    win.close()


def test_back_up_check_and_restore_from_the_file_menu(home, qtbot, messages, monkeypatch):
    win = make_window(qtbot)
    session = win.library_session
    lib = win.ctx.library
    lib.save_course(Course(name="Before the backup", standard="hsk2021"))

    win.actions_by_key["backup_now"].trigger()
    assert messages[-1][0] == "information" and "backup" in messages[-1][1]
    made = session.backups()[0]
    assert made.reason == "manual"

    win.actions_by_key["check_library"].trigger()
    assert messages[-1][0] == "information" and "good order" in messages[-1][1]

    lib.save_course(Course(name="After the backup", standard="hsk2021"))
    page = win.show_page("library")
    page.reload()
    names = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "After the backup" in names

    decks = win.show_page("decks")
    decks.source_kind.setCurrentIndex(decks.source_kind.findData("course"))
    listed = [decks.item_combo.itemText(i) for i in range(decks.item_combo.count())]
    assert "After the backup" in listed

    offered = []
    session.choose_backup = lambda backups: offered.extend(backups) or backups[0]
    messages.answer = QMessageBox.StandardButton.Yes
    opens = count_opens(monkeypatch)
    win.actions_by_key["restore_backup"].trigger()
    assert len(opens) == 1  # reopened once; no page reopened the old file meanwhile
    listed = [decks.item_combo.itemText(i) for i in range(decks.item_combo.count())]
    assert "After the backup" not in listed and "Before the backup" in listed
    assert offered and offered[0].path == made.path
    assert any("Replace your library" in text for _, text in messages)
    new = win.ctx.library
    assert new is not lib and new is not None
    names = [c.name for c in new.courses()]
    assert "Before the backup" in names and "After the backup" not in names
    tree = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "After the backup" not in tree and "Before the backup" in tree
    assert page.library is new and win.show_page("readers").library is new
    # Nothing lost: the replaced library is kept as a pre-restore backup.
    kept = [b for b in session.backups() if b.reason == "pre-restore"]
    assert len(kept) == 1
    assert any(str(kept[0].path) in text for _, text in messages)
    with sqlite3.connect(kept[0].path) as old:
        assert ("After the backup",) in old.execute("SELECT name FROM courses").fetchall()
    win.close()


def test_restore_declined_changes_nothing(home, qtbot, messages):
    win = make_window(qtbot)
    lib = win.ctx.library
    lib.db.backup("manual")
    win.library_session.choose_backup = lambda backups: backups[0]
    messages.answer = QMessageBox.StandardButton.No
    assert win.library_session.restore_dialog() is False
    assert win.ctx.library is lib and not list(home.glob("library.sqlite.before-restore-*"))
    win.close()


def test_a_suffix_added_after_the_save_dialog_asks_before_replacing(qapp, tmp_path, messages):
    from chinese_teach.gui.savefile import with_suffix_confirmed

    (tmp_path / "deck.apkg").write_bytes(b"old")
    messages.answer = QMessageBox.StandardButton.No
    assert with_suffix_confirmed(None, tmp_path / "deck", ".apkg") is None
    assert "already exists" in messages[-1][1]
    messages.answer = QMessageBox.StandardButton.Yes
    assert with_suffix_confirmed(None, tmp_path / "deck", ".apkg") == tmp_path / "deck.apkg"
    asked = len(messages)
    # The dialog itself confirmed an exact name; a new name needs no question.
    assert with_suffix_confirmed(None, tmp_path / "deck.apkg", ".apkg") == tmp_path / "deck.apkg"
    assert with_suffix_confirmed(None, tmp_path / "plan.v2", ".pdf", append=True) == \
        tmp_path / "plan.v2.pdf"
    assert len(messages) == asked


def test_export_dialogs_ask_before_replacing_a_suffixed_name(home, qtbot, messages,
                                                            monkeypatch, tmp_path):
    """The teacher types "story" in the save dialog; "story.pdf" exists: the studio and
    the Decks page ask, and answering No writes nothing."""
    from PySide6.QtWidgets import QFileDialog

    win = make_window(qtbot)
    existing = {"pdf": tmp_path / "story.pdf", "apkg": tmp_path / "words.apkg"}
    for path in existing.values():
        path.write_bytes(b"older")
    messages.answer = QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "story"), "")))
    readers = win.show_page("readers")
    readers.choose_export("pdf")
    assert messages[-1][0] == "question" and "story.pdf already exists" in messages[-1][1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "words"), "")))
    decks = win.show_page("decks")
    decks.source_kind.setCurrentIndex(decks.source_kind.findData("words"))
    decks.words_edit.setPlainText("银行")
    decks.format_combo.setCurrentIndex(decks.format_combo.findData("anki"))
    decks.export()
    assert messages[-1][0] == "question" and "words.apkg already exists" in messages[-1][1]
    assert not win.tasks.active
    assert all(p.read_bytes() == b"older" for p in existing.values())
    win.close()
