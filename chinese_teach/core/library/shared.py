"""The school's shared course library: course files in a folder named by ``site.toml``.

IT points ``[library] shared`` at a folder (often read-only for teachers) holding
course exports. The app never writes there: it lists the courses (each file checked
like an import), says which are already in the teacher's library and where the
shared file holds a newer version, and imports one on request through the ordinary
course import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.library.exchange import read_course_file
from chinese_teach.core.library.store import Library
from chinese_teach.core.siteconfig import COURSE_SUFFIXES

#: At most this many course files are read from the shared folder.
MAX_FILES = 500


@dataclass(frozen=True, slots=True)
class SharedCourse:
    """One course file of the shared folder."""

    path: Path
    course_id: str
    name: str
    lessons: int
    modified: str  # the course's last change when it was exported (ISO, UTC)
    status: str  # "new", "in_library" or "newer" (the shared file is newer than yours)


def list_shared_courses(folder: Path | None, lib: Library | None
                        ) -> tuple[list[SharedCourse], list[str]]:
    """The courses in ``folder`` (sorted by name) and one line per file that could not
    be read. An unreachable or missing folder gives no courses and one line."""
    if folder is None:
        return [], []
    folder = Path(folder)
    try:
        files = sorted(p for p in folder.iterdir()
                       if p.suffix.lower() in COURSE_SUFFIXES and p.is_file())[:MAX_FILES]
    except OSError as exc:
        return [], [f"{folder}: {exc.strerror or exc}"]
    courses: list[SharedCourse] = []
    problems: list[str] = []
    for path in files:
        try:
            doc, _texts = read_course_file(path)
        except BadInputError as exc:
            problems.append(str(exc))
            continue
        course = doc.get("course", {}) if isinstance(doc, dict) else {}
        course_id = str(course.get("id", ""))
        modified = str(course.get("modified", "") or doc.get("exported", ""))
        status = "new"
        if lib is not None and course_id:
            row = lib.db.query_one("SELECT modified FROM courses WHERE id = ?", (course_id,))
            if row is not None:
                status = "newer" if modified > str(row[0] or "") else "in_library"
        courses.append(SharedCourse(path, course_id, str(course.get("name", path.stem)),
                                    len(doc.get("lessons", []) or []), modified, status))
    courses.sort(key=lambda c: c.name.casefold())
    return courses, problems
