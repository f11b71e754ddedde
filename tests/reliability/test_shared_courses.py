"""The shared course library of docs/deploying.md: Library > Shared courses… lists the
shared folder's course files read-only, says which are in the teacher's library and
where a newer version is available, and imports one with Import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from chinese_teach.core.library import Course, Lesson
from chinese_teach.core.library.exchange import export_course
from chinese_teach.core.library.shared import list_shared_courses
from chinese_teach.core.library.startup import open_library
from tests.reliability.test_library_session import home, make_window  # noqa: F401


def _shared_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    shared = tmp_path / "shared"
    shared.mkdir()
    with open_library() as lib:
        sample = lib.courses()[0]
        export_course(lib, sample.id, shared / "sample.ctcourse")
        other = lib.save_course(Course(name="HSK 2 term 1"))
        lib.save_lesson(Lesson(course_id=other.id, title="Shopping"))
        export_course(lib, other.id, shared / "hsk2.ctcourse")
        lib.delete_course(other.id)  # not in this teacher's library
        # the teacher's copy of the sample course is older than the shared file
        lib.db.conn.execute("UPDATE courses SET modified = '2000-01-01T00:00:00+00:00' "
                            "WHERE id = ?", (sample.id,))
    (shared / "broken.ctcourse").write_bytes(b"not a zip")
    return shared, {"sample": sample.name, "other": "HSK 2 term 1"}


def test_shared_courses_are_listed_and_imported(home, qtbot, messages, tmp_path,  # noqa: F811
                                                monkeypatch):
    shared, names = _shared_folder(tmp_path)
    site = tmp_path / "site.toml"
    site.write_text(f"[library]\nshared = '{shared}'\n", encoding="utf-8")
    monkeypatch.setenv("CHINESE_TEACH_SITE_CONFIG", str(site))
    before = (shared / "sample.ctcourse").read_bytes()
    win = make_window(qtbot)
    page = win.show_page("library")
    button = page.buttons["shared"]
    assert button.isVisible()
    seen: dict = {}

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        seen["rows"] = [tuple(dialog.tree.topLevelItem(i).text(c) for c in range(3))
                        for i in range(dialog.tree.topLevelItemCount())]
        seen["note"] = dialog.note.text()
        row = next(i for i, r in enumerate(seen["rows"]) if r[0] == names["other"])
        item = dialog.tree.topLevelItem(row)
        rect = dialog.tree.visualItemRect(item)
        qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        seen["after"] = [tuple(dialog.tree.topLevelItem(i).text(c) for c in range(3))
                         for i in range(dialog.tree.topLevelItemCount())]
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sorted(seen["rows"]) == sorted([(names["other"], "1", ""),
                                           (names["sample"], "4", "newer version available")])
    assert "1 file(s) could not be read" in seen["note"]
    assert (names["other"], "1", "yes") in seen["after"]
    assert names["other"] in [c.name for c in win.ctx.library.courses()]
    tree = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert names["other"] in tree
    assert (shared / "sample.ctcourse").read_bytes() == before  # never written
    win.close()


def test_no_shared_folder_no_button_and_unreachable_folder_no_courses(home, qtbot,  # noqa: F811
                                                                       tmp_path, monkeypatch):
    monkeypatch.setenv("CHINESE_TEACH_SITE_CONFIG", str(tmp_path / "none.toml"))
    win = make_window(qtbot)
    assert not win.show_page("library").buttons["shared"].isVisible()
    win.close()
    courses, problems = list_shared_courses(tmp_path / "unplugged", None)
    assert courses == [] and len(problems) == 1
