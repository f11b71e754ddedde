"""The :class:`Library` facade: courses, units, lessons, readers, words and the teacher's edits.

One ``Library`` wraps one :class:`~chinese_teach.core.library.db.LibraryDB`; use it
from one thread (the GUI's library worker). Every method that writes several
rows does so in one transaction. Writes return the saved record; listeners
registered with :meth:`Library.add_listener` receive a :class:`Change` after
each write (with the later lessons whose known words changed).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.errors import LibraryError
from chinese_teach.core.labels import Number, Term
from chinese_teach.core.library import rows
from chinese_teach.core.library.db import LibraryDB, open_db
from chinese_teach.core.library.models import (
    Correction,
    Course,
    GrammarPoint,
    Lesson,
    LessonRef,
    ReaderDoc,
    SegmentationEdit,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordData,
    WordList,
    WordListItem,
    new_id,
)

#: A canonical syllable: letters (v for ü), then the tone 1-5 (5 = neutral); r for erhua.
_SYLLABLE = re.compile(r"^(?:[a-z]{1,6}|r)[1-5]$")


def default_word_uid(simplified: str) -> str:
    """The uid a word gets when first stored: a name-based UUID of its simplified form.

    Name-based, so two libraries (and decks built without a library) agree; once
    stored, a word's uid never changes, even if this rule ever did.
    """
    import uuid

    return uuid.uuid5(uuid.NAMESPACE_URL, "chinese-teach:word:" + simplified).hex


class NotFoundError(LibraryError):
    """A course, lesson or other record does not exist (any more)."""


@dataclass(frozen=True, slots=True)
class Change:
    """What a write changed: ``kind`` (course, unit, lesson, reader, words, ...), ``action``
    (saved, deleted, moved), the ids, the course, and later lessons whose known set changed."""

    kind: str
    action: str
    ids: tuple[str, ...]
    course_id: str | None = None
    affected: tuple[LessonRef, ...] = ()


Listener = Callable[[Change], None]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A course, lesson or reader whose text matches a search."""

    kind: str  # "course", "lesson" or "reader"
    id: str
    title: str
    course_id: str | None
    lesson_id: str | None
    field: str  # where it matched: name, title, vocab, text, notes...


def _like(query: str) -> str:
    """A LIKE pattern matching ``query`` literally anywhere (``\\`` is the escape)."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(slots=True)
class Deleted:
    """A snapshot taken before deleting a lesson or course, to undo the delete."""

    kind: str  # "lesson", "unit" or "course"
    course: Course
    units: list[Unit]
    lessons: list[Lesson]
    reader_ids: dict[str, list[str]]  # lesson id -> its texts' ids, in order
    #: the texts themselves, to put back those deleted with the lesson (undo of a duplicate)
    readers: dict[str, list[ReaderDoc]] = field(default_factory=dict)


def _field(name: str) -> Term:
    """A field's name for messages: ``lesson title`` -> the catalogue's
    ``error.field.lesson_title``, written in the message language when shown."""
    return Term("error.field." + re.sub(r"\W+", "_", name).strip("_"))


def _text(value: object, field: str, limit: int = 1_000_000) -> str:
    if not isinstance(value, str):
        raise LibraryError(key="error.store.not_text", field=_field(field))
    if len(value) > limit:
        raise LibraryError(key="error.store.too_long", field=_field(field),
                           length=Number(len(value)))
    return value


def _int(value: object, field: str, low: int = 0, high: int = 100_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise LibraryError(key="error.store.not_number", field=_field(field), low=low,
                           high=high)
    return value


class Library:
    """The teacher's library; see the module docstring."""

    def __init__(self, db: LibraryDB) -> None:
        self.db = db
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path | None = None, auto_backup: bool = True) -> Library:
        """Open the library at ``path`` (default: the data directory's), creating it if needed."""
        return cls(open_db(Path(path or paths.library_path()), auto_backup=auto_backup))

    # -- state -----------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def read_only(self) -> bool:
        """True when the library's folder cannot be written (show a banner)."""
        return self.db.read_only

    @property
    def read_only_reason(self) -> str:
        return self.db.read_only_reason

    @property
    def backup_warning(self) -> str:
        """Why the automatic backup at opening failed ("" when it did not); show it."""
        return self.db.backup_warning

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(change)`` after every write."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def transaction(self):
        """Group several library calls into one all-or-nothing user action."""
        return self.db.transaction()

    # -- courses ---------------------------------------------------------------------
    def courses(self) -> list[Course]:
        """All courses, by name."""
        return [rows.course_from_row(r) for r in self.db.query(
            "SELECT * FROM courses ORDER BY name COLLATE NOCASE, created")]

    def course(self, course_id: str) -> Course:
        row = self.db.query_one("SELECT * FROM courses WHERE id = ?", (course_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_course", id=course_id)
        return rows.course_from_row(row)

    def save_course(self, course: Course) -> Course:
        """Insert (empty or unknown id) or update a course; returns the stored record."""
        from chinese_teach.core.corpus.levels import Standard

        _text(course.name, "course name", 500)
        _text(course.learners, "learners", 2000)
        _text(course.notes, "course notes")
        try:
            std = Standard.parse(course.standard)
        except ValueError as exc:
            raise LibraryError(key="error.store.standard", value=repr(course.standard)) from exc
        top = max(std.levels)
        _int(course.target_level, "target level", 1, top)
        _int(course.start_level, "starting level", 0, top)
        now = rows.now_iso()
        saved = replace(course, standard=std.value, id=course.id or new_id("course"),
                        modified=now, created=course.created or now)
        with self.db.transaction() as conn:
            if saved.start_list_id is not None:
                self.word_list(saved.start_list_id)
            exists = conn.execute(
                "SELECT standard, start_level, start_list_id FROM courses WHERE id = ?",
                (saved.id,)).fetchone()
            values = (saved.name, saved.learners, saved.standard, saved.target_level,
                      saved.start_level, saved.start_list_id, saved.notes, saved.modified)
            if exists:
                conn.execute(
                    "UPDATE courses SET name=?, learners=?, standard=?, target_level=?, "
                    "start_level=?, start_list_id=?, notes=?, modified=? WHERE id=?",
                    (*values, saved.id))
            else:
                conn.execute(
                    "INSERT INTO courses(name, learners, standard, target_level, start_level, "
                    "start_list_id, notes, modified, id, created) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*values, saved.id, saved.created))
        start_changed = exists is not None and tuple(exists) != (
            saved.standard, saved.start_level, saved.start_list_id)
        self._emit(Change("course", "saved", (saved.id,), saved.id,
                          tuple(self.lesson_refs(saved.id)) if start_changed else ()))
        return saved

    def delete_course(self, course_id: str) -> None:
        """Delete a course with its units and lessons (their readers are kept, unlinked)."""
        self.course(course_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM courses WHERE id = ?", (course_id,))
        self._emit(Change("course", "deleted", (course_id,), course_id))

    # -- units -----------------------------------------------------------------------
    def units(self, course_id: str) -> list[Unit]:
        return [rows.unit_from_row(r) for r in self.db.query(
            "SELECT * FROM units WHERE course_id = ? ORDER BY position", (course_id,))]

    def unit(self, unit_id: str) -> Unit:
        row = self.db.query_one("SELECT * FROM units WHERE id = ?", (unit_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_unit", id=unit_id)
        return rows.unit_from_row(row)

    def save_unit(self, unit: Unit) -> Unit:
        """Insert (appended to the course) or update a unit."""
        _text(unit.title, "unit title", 500)
        _text(unit.notes, "unit notes")
        self.course(unit.course_id)
        with self.db.transaction() as conn:
            row = conn.execute("SELECT position FROM units WHERE id = ?", (unit.id,)).fetchone()
            if row is None:
                count = conn.execute("SELECT count(*) FROM units WHERE course_id = ?",
                                     (unit.course_id,)).fetchone()[0]
                saved = replace(unit, id=unit.id or new_id("unit"), position=count)
                conn.execute(
                    "INSERT INTO units(id, course_id, position, title, notes) VALUES (?,?,?,?,?)",
                    (saved.id, saved.course_id, saved.position, saved.title, saved.notes))
            else:
                saved = replace(unit, position=row["position"])
                conn.execute("UPDATE units SET title=?, notes=? WHERE id=?",
                             (saved.title, saved.notes, saved.id))
        self._emit(Change("unit", "saved", (saved.id,), saved.course_id))
        return saved

    def delete_unit(self, unit_id: str) -> None:
        """Delete a unit heading; its lessons stay in the course, without a unit."""
        unit = self.unit(unit_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
            self._renumber(conn, "units", unit.course_id)
        self._emit(Change("unit", "deleted", (unit_id,), unit.course_id))

    def move_unit(self, unit_id: str, index: int) -> None:
        """Put a unit at ``index`` (0-based) among the course's units."""
        unit = self.unit(unit_id)
        ids = [u.id for u in self.units(unit.course_id) if u.id != unit_id]
        ids.insert(max(0, min(index, len(ids))), unit_id)
        with self.db.transaction() as conn:
            for pos, uid in enumerate(ids):
                conn.execute("UPDATE units SET position = ? WHERE id = ?", (pos, uid))
        self._emit(Change("unit", "moved", (unit_id,), unit.course_id))

    @staticmethod
    def _renumber(conn, table: str, course_id: str) -> None:
        # ``table`` is one of two fixed names, never user text.
        sql = {"units": "SELECT id FROM units WHERE course_id = ? ORDER BY position",
               "lessons": "SELECT id FROM lessons WHERE course_id = ? ORDER BY position"}[table]
        update = {"units": "UPDATE units SET position = ? WHERE id = ?",
                  "lessons": "UPDATE lessons SET position = ? WHERE id = ?"}[table]
        for pos, (rid,) in enumerate(conn.execute(sql, (course_id,)).fetchall()):
            conn.execute(update, (pos, rid))

    # -- lessons ---------------------------------------------------------------------
    def lesson_refs(self, course_id: str) -> list[LessonRef]:
        """The course's lessons in course order (id, title, position), cheap."""
        return [LessonRef(r["id"], r["title"], r["position"]) for r in self.db.query(
            "SELECT id, title, position FROM lessons WHERE course_id = ? ORDER BY position",
            (course_id,))]

    def lessons(self, course_id: str) -> list[Lesson]:
        """The course's lessons in course order, with their children."""
        return [self._load_children(rows.lesson_from_row(r)) for r in self.db.query(
            "SELECT * FROM lessons WHERE course_id = ? ORDER BY position", (course_id,))]

    def lesson(self, lesson_id: str) -> Lesson:
        row = self.db.query_one("SELECT * FROM lessons WHERE id = ?", (lesson_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_lesson", id=lesson_id)
        return self._load_children(rows.lesson_from_row(row))

    def _load_children(self, lesson: Lesson) -> Lesson:
        lesson.vocab = [rows.vocab_from_row(r) for r in self.db.query(
            "SELECT * FROM lesson_vocab WHERE lesson_id = ? ORDER BY position", (lesson.id,))]
        lesson.activities = [rows.activity_from_row(r) for r in self.db.query(
            "SELECT * FROM activities WHERE lesson_id = ? ORDER BY position", (lesson.id,))]
        lesson.grammar = [rows.grammar_from_row(r) for r in self.db.query(
            "SELECT g.* FROM lesson_grammar lg JOIN grammar_points g ON g.id = lg.grammar_id "
            "WHERE lg.lesson_id = ? ORDER BY lg.position", (lesson.id,))]
        return lesson

    def _validate_lesson(self, lesson: Lesson) -> Lesson:
        _text(lesson.title, "lesson title", 500)
        _text(lesson.date, "lesson date", 40)
        _int(lesson.duration, "lesson duration (minutes)", 0, 24 * 60)
        _text(lesson.homework, "homework")
        _text(lesson.notes, "lesson notes")
        if not isinstance(lesson.objectives, list):
            raise LibraryError(key="error.store.objectives")
        for obj in lesson.objectives:
            _text(obj, "objective", 2000)
        try:
            status = Status(lesson.status)
        except ValueError as exc:
            raise LibraryError(key="error.store.status", value=repr(lesson.status)) from exc
        acts = []
        for act in lesson.activities:
            try:
                stage = Stage(act.stage)
            except ValueError as exc:
                raise LibraryError(key="error.store.stage", value=repr(act.stage)) from exc
            _int(act.minutes, "activity minutes", 0, 24 * 60)
            _text(act.description, "activity description", 20_000)
            _text(act.materials, "activity materials", 20_000)
            acts.append(replace(act, stage=stage))
        seen: set[str] = set()
        vocab = []
        for item in lesson.vocab:
            word = _text(item.word, "vocabulary word", 100).strip()
            if not word:
                raise LibraryError(key="error.store.empty_word")
            if word in seen:
                continue  # the same word twice in one lesson: keep the first
            seen.add(word)
            if item.meaning is not None:
                _text(item.meaning, "meaning", 5000)
            pinyin = None if item.pinyin is None else tuple(item.pinyin)
            if pinyin is not None and not all(isinstance(s, str) and s for s in pinyin):
                raise LibraryError(key="error.store.pinyin_list", word=word)
            vocab.append(VocabItem(word, pinyin, item.meaning))
        for gp in lesson.grammar:
            _text(gp.text, "grammar point", 2000)
            _text(gp.note, "grammar note", 20_000)
        return replace(lesson, status=status, activities=acts, vocab=vocab,
                       objectives=list(lesson.objectives))

    def save_lesson(self, lesson: Lesson, position: int | None = None) -> Lesson:
        """Insert or update a lesson with its vocabulary, grammar and activities.

        A new lesson goes at ``position`` (0-based; default: the end of the course).
        For an existing lesson ``position`` is ignored: use :meth:`move_lesson`.
        """
        lesson = self._validate_lesson(lesson)
        now = rows.now_iso()
        with self.db.transaction() as conn:
            self.course(lesson.course_id)
            if lesson.unit_id is not None:
                unit = self.unit(lesson.unit_id)
                if unit.course_id != lesson.course_id:
                    raise LibraryError(key="error.store.unit_course")
            old = conn.execute("SELECT course_id, position FROM lessons WHERE id = ?",
                               (lesson.id,)).fetchone() if lesson.id else None
            if old is not None and old["course_id"] != lesson.course_id:
                raise LibraryError(key="error.store.move_course")
            old_words = set(self._vocab_words(lesson.id)) if old is not None else None
            if old is None:
                count = conn.execute("SELECT count(*) FROM lessons WHERE course_id = ?",
                                     (lesson.course_id,)).fetchone()[0]
                pos = count if position is None else max(0, min(position, count))
                conn.execute("UPDATE lessons SET position = position + 1 "
                             "WHERE course_id = ? AND position >= ?", (lesson.course_id, pos))
                saved = replace(lesson, id=lesson.id or new_id("lesson"), position=pos,
                                created=lesson.created or now, modified=now)
                conn.execute(
                    "INSERT INTO lessons(id, course_id, unit_id, position, title, date, duration,"
                    " objectives, homework, notes, status, created, modified)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (saved.id, saved.course_id, saved.unit_id, saved.position, saved.title,
                     saved.date, saved.duration, rows.dumps(saved.objectives), saved.homework,
                     saved.notes, saved.status.value, saved.created, saved.modified))
            else:
                saved = replace(lesson, position=old["position"], modified=now)
                conn.execute(
                    "UPDATE lessons SET unit_id=?, title=?, date=?, duration=?, objectives=?, "
                    "homework=?, notes=?, status=?, modified=? WHERE id=?",
                    (saved.unit_id, saved.title, saved.date, saved.duration,
                     rows.dumps(saved.objectives), saved.homework, saved.notes,
                     saved.status.value, saved.modified, saved.id))
            self._write_children(conn, saved)
            saved = self._load_children(saved)
            if old is None:
                affected = self._refs_after(saved.course_id, saved.position) if saved.vocab else []
            elif old_words != set(saved.words):
                affected = self._refs_after(saved.course_id, saved.position)
            else:
                affected = []
        self._emit(Change("lesson", "saved", (saved.id,), saved.course_id, tuple(affected)))
        return saved

    def _write_children(self, conn, lesson: Lesson) -> None:
        conn.execute("DELETE FROM lesson_vocab WHERE lesson_id = ?", (lesson.id,))
        conn.executemany(
            "INSERT INTO lesson_vocab(lesson_id, position, word, pinyin, meaning) "
            "VALUES (?,?,?,?,?)",
            [(lesson.id, i, v.word, rows.syllables_to_text(v.pinyin), v.meaning)
             for i, v in enumerate(lesson.vocab)])
        conn.execute("DELETE FROM activities WHERE lesson_id = ?", (lesson.id,))
        conn.executemany(
            "INSERT INTO activities(lesson_id, position, stage, minutes, description, materials)"
            " VALUES (?,?,?,?,?,?)",
            [(lesson.id, i, a.stage.value, a.minutes, a.description, a.materials)
             for i, a in enumerate(lesson.activities)])
        conn.execute("DELETE FROM lesson_grammar WHERE lesson_id = ?", (lesson.id,))
        for i, gp in enumerate(lesson.grammar):
            gid = self._grammar_id(conn, gp)
            conn.execute("INSERT OR IGNORE INTO lesson_grammar(lesson_id, position, grammar_id) "
                         "VALUES (?,?,?)", (lesson.id, i, gid))

    def _vocab_words(self, lesson_id: str) -> list[str]:
        return [r[0] for r in self.db.query(
            "SELECT word FROM lesson_vocab WHERE lesson_id = ? ORDER BY position", (lesson_id,))]

    def _refs_after(self, course_id: str, position: int) -> list[LessonRef]:
        return [r for r in self.lesson_refs(course_id) if r.position > position]

    def later_lessons(self, lesson_id: str) -> list[LessonRef]:
        """Lessons after ``lesson_id`` in its course: their known set depends on it."""
        row = self.db.query_one("SELECT course_id, position FROM lessons WHERE id = ?",
                                (lesson_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_lesson", id=lesson_id)
        return self._refs_after(row["course_id"], row["position"])

    def delete_lesson(self, lesson_id: str) -> list[LessonRef]:
        """Delete a lesson (its readers are kept, unlinked); returns the affected later lessons."""
        lesson = self.lesson(lesson_id)
        affected = self.later_lessons(lesson_id) if lesson.vocab else []
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM lessons WHERE id = ?", (lesson_id,))
            self._renumber(conn, "lessons", lesson.course_id)
        affected = [r for r in self.lesson_refs(lesson.course_id)
                    if r.id in {a.id for a in affected}]
        self._emit(Change("lesson", "deleted", (lesson_id,), lesson.course_id, tuple(affected)))
        return affected

    def snapshot_lesson(self, lesson_id: str) -> Deleted:
        """Everything needed to undo deleting this lesson (take it before the delete)."""
        lesson = self.lesson(lesson_id)
        docs = self.readers(lesson_id)
        return Deleted("lesson", self.course(lesson.course_id), [], [lesson],
                       {lesson_id: [d.id for d in docs]}, {lesson_id: docs})

    def snapshot_unit(self, unit_id: str) -> Deleted:
        """Everything needed to undo deleting this unit heading: the unit and the
        lessons under it (take it before the delete)."""
        unit = self.unit(unit_id)
        members = [x for x in self.lessons(unit.course_id) if x.unit_id == unit_id]
        return Deleted("unit", self.course(unit.course_id), [unit], members, {})

    def snapshot_course(self, course_id: str) -> Deleted:
        """Everything needed to undo deleting this course (take it before the delete)."""
        lessons = self.lessons(course_id)
        docs = {x.id: self.readers(x.id) for x in lessons}
        return Deleted("course", self.course(course_id), self.units(course_id), lessons,
                       {k: [d.id for d in v] for k, v in docs.items()}, docs)

    def restore_deleted(self, deleted: Deleted) -> None:
        """Undo a delete from its snapshot: same ids, same places, texts linked again
        (or put back from the snapshot when they were deleted too)."""
        if deleted.kind == "unit":
            self._restore_unit(deleted)
            return
        with self.db.transaction() as conn:
            if deleted.kind == "course":
                self.save_course(deleted.course)
                for unit in deleted.units:
                    self.save_unit(unit)
                    conn.execute("UPDATE units SET position = ? WHERE id = ?",
                                 (unit.position, unit.id))
            for lesson in sorted(deleted.lessons, key=lambda x: x.position):
                unit_ok = lesson.unit_id and conn.execute(
                    "SELECT 1 FROM units WHERE id = ?", (lesson.unit_id,)).fetchone()
                self.save_lesson(replace(lesson, unit_id=lesson.unit_id if unit_ok else None),
                                 position=lesson.position)
                docs = {d.id: d for d in deleted.readers.get(lesson.id, [])}
                for pos, rid in enumerate(deleted.reader_ids.get(lesson.id, [])):
                    gone = rid in docs and conn.execute(
                        "SELECT 1 FROM readers WHERE id = ?", (rid,)).fetchone() is None
                    if gone:
                        self.save_reader(replace(docs[rid], lesson_id=lesson.id))
                    conn.execute("UPDATE readers SET lesson_id = ?, position = ? "
                                 "WHERE id = ? AND lesson_id IS NULL", (lesson.id, pos, rid))
        self._emit(Change(deleted.kind, "restored",
                          tuple(x.id for x in deleted.lessons) or (deleted.course.id,),
                          deleted.course.id))

    def _restore_unit(self, deleted: Deleted) -> None:
        unit = deleted.units[0]
        with self.db.transaction():
            self.save_unit(unit)
            self.move_unit(unit.id, unit.position)
            for member in deleted.lessons:
                self.save_lesson(replace(self.lesson(member.id), unit_id=unit.id))
        self._emit(Change("unit", "restored", (unit.id,), unit.course_id))

    def move_lesson(self, lesson_id: str, index: int) -> list[LessonRef]:
        """Put a lesson at ``index`` (0-based) in the course order.

        Returns the lessons whose known set changed: every lesson between the old and
        the new place (the moved one included), in the new order.
        """
        lesson = self.lesson(lesson_id)
        ids = [r.id for r in self.lesson_refs(lesson.course_id) if r.id != lesson_id]
        index = max(0, min(index, len(ids)))
        ids.insert(index, lesson_id)
        with self.db.transaction() as conn:
            for pos, lid in enumerate(ids):
                conn.execute("UPDATE lessons SET position = ? WHERE id = ?", (pos, lid))
        low, high = sorted((lesson.position, index))
        affected = [r for r in self.lesson_refs(lesson.course_id) if low <= r.position <= high]
        if low == high:
            affected = []
        self._emit(Change("lesson", "moved", (lesson_id,), lesson.course_id, tuple(affected)))
        return affected

    def duplicate_lesson(self, lesson_id: str) -> Lesson:
        """Copy a lesson (with its texts) right after itself, as a draft titled "… (copy)"."""
        src = self.lesson(lesson_id)
        copy = replace(src, id="", title=f"{src.title} (copy)", status=Status.DRAFT,
                       created="", modified="")
        with self.db.transaction():
            saved = self.save_lesson(copy, position=src.position + 1)
            for doc in self.readers(lesson_id):
                self.save_reader(replace(doc, id="", lesson_id=saved.id, created="",
                                         modified=""))
        return saved

    def lesson_from_template(
        self, course_id: str, template: str, title: str, *, unit_id: str | None = None,
        duration: int = 45, position: int | None = None,
    ) -> Lesson:
        """Create a lesson whose activities follow a template (see ``templates.TEMPLATES``)."""
        from chinese_teach.core.library.templates import template_activities

        lesson = Lesson(course_id=course_id, title=title, unit_id=unit_id, duration=duration,
                        activities=template_activities(template, duration))
        return self.save_lesson(lesson, position=position)

    def set_lesson_vocab(self, lesson_id: str, vocab: Iterable[VocabItem | str]) -> Lesson:
        """Replace a lesson's vocabulary (accepted proposals, edits, reordering)."""
        lesson = self.lesson(lesson_id)
        lesson.vocab = [v if isinstance(v, VocabItem) else VocabItem(v) for v in vocab]
        return self.save_lesson(lesson)

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Courses, lessons (title, objectives, notes, homework, vocabulary) and readers
        (title, text) containing ``query``; courses first, then lessons in course order."""
        query = query.strip()
        if not query:
            return []
        pat = _like(query)
        hits: list[SearchHit] = []
        for r in self.db.query(
            "SELECT id, name, CASE WHEN name LIKE :p ESCAPE '\\' THEN 'name' "
            "WHEN learners LIKE :p ESCAPE '\\' THEN 'learners' ELSE 'notes' END AS f "
            "FROM courses WHERE name LIKE :p ESCAPE '\\' OR learners LIKE :p ESCAPE '\\' "
            "OR notes LIKE :p ESCAPE '\\' ORDER BY name", {"p": pat},
        ):
            hits.append(SearchHit("course", r["id"], r["name"], r["id"], None, r["f"]))
        for r in self.db.query(
            "SELECT l.id, l.title, l.course_id, CASE "
            "WHEN l.title LIKE :p ESCAPE '\\' THEN 'title' "
            "WHEN EXISTS (SELECT 1 FROM lesson_vocab v WHERE v.lesson_id = l.id AND "
            "(v.word LIKE :p ESCAPE '\\' OR v.meaning LIKE :p ESCAPE '\\')) THEN 'vocab' "
            "WHEN l.objectives LIKE :p ESCAPE '\\' THEN 'objectives' "
            "WHEN l.homework LIKE :p ESCAPE '\\' THEN 'homework' ELSE 'notes' END AS f "
            "FROM lessons l JOIN courses c ON c.id = l.course_id "
            "WHERE l.title LIKE :p ESCAPE '\\' OR l.notes LIKE :p ESCAPE '\\' "
            "OR l.homework LIKE :p ESCAPE '\\' OR l.objectives LIKE :p ESCAPE '\\' "
            "OR EXISTS (SELECT 1 FROM lesson_vocab v WHERE v.lesson_id = l.id AND "
            "(v.word LIKE :p ESCAPE '\\' OR v.meaning LIKE :p ESCAPE '\\')) "
            "ORDER BY c.name, l.position LIMIT :n", {"p": pat, "n": limit},
        ):
            hits.append(SearchHit("lesson", r["id"], r["title"], r["course_id"], r["id"],
                                  r["f"]))
        for r in self.db.query(
            "SELECT r.id, r.title, r.lesson_id, l.course_id, CASE "
            "WHEN r.title LIKE :p ESCAPE '\\' OR r.subtitle LIKE :p ESCAPE '\\' "
            "THEN 'title' ELSE 'text' END AS f "
            "FROM readers r LEFT JOIN lessons l ON l.id = r.lesson_id "
            "WHERE r.title LIKE :p ESCAPE '\\' OR r.subtitle LIKE :p ESCAPE '\\' "
            "OR r.text LIKE :p ESCAPE '\\' ORDER BY r.modified DESC LIMIT :n",
            {"p": pat, "n": limit},
        ):
            hits.append(SearchHit("reader", r["id"], r["title"], r["course_id"],
                                  r["lesson_id"], r["f"]))
        return hits[:limit]

    # -- readers ---------------------------------------------------------------------
    def readers(self, lesson_id: str | None = None) -> list[ReaderDoc]:
        """A lesson's texts in order, or (``None``) the readers attached to no lesson."""
        if lesson_id is None:
            found = self.db.query(
                "SELECT * FROM readers WHERE lesson_id IS NULL ORDER BY modified DESC")
        else:
            found = self.db.query(
                "SELECT * FROM readers WHERE lesson_id = ? ORDER BY position, created",
                (lesson_id,))
        return [rows.reader_from_row(r) for r in found]

    def all_readers(self) -> list[ReaderDoc]:
        """Every reader document, newest first."""
        return [rows.reader_from_row(r) for r in self.db.query(
            "SELECT * FROM readers ORDER BY modified DESC")]

    def readers_as_made(self) -> list[ReaderDoc]:
        """Every reader document, the newest made first: an order saving never changes
        (the Reader studio's Saved readers list)."""
        return [rows.reader_from_row(r) for r in self.db.query(
            "SELECT * FROM readers ORDER BY created DESC, rowid DESC")]

    def reader(self, reader_id: str) -> ReaderDoc:
        row = self.db.query_one("SELECT * FROM readers WHERE id = ?", (reader_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_reader", id=reader_id)
        return rows.reader_from_row(row)

    def save_reader(self, doc: ReaderDoc) -> ReaderDoc:
        """Insert or update a reader document (a new lesson text goes last)."""
        _text(doc.title, "reader title", 500)
        _text(doc.subtitle, "reader subtitle", 1000)
        _text(doc.text, "reader text", 5_000_000)
        if not isinstance(doc.options, dict):
            raise LibraryError(key="error.store.reader_options")
        now = rows.now_iso()
        with self.db.transaction() as conn:
            if doc.lesson_id is not None:
                self.lesson(doc.lesson_id)
            exists = doc.id and conn.execute("SELECT 1 FROM readers WHERE id = ?",
                                             (doc.id,)).fetchone()
            if exists:
                saved = replace(doc, modified=now)
                conn.execute(
                    "UPDATE readers SET lesson_id=?, position=?, title=?, subtitle=?, text=?, "
                    "options=?, modified=? WHERE id=?",
                    (saved.lesson_id, saved.position, saved.title, saved.subtitle, saved.text,
                     rows.dumps(saved.options), saved.modified, saved.id))
            else:
                pos = doc.position
                if doc.lesson_id is not None:
                    pos = conn.execute("SELECT count(*) FROM readers WHERE lesson_id = ?",
                                       (doc.lesson_id,)).fetchone()[0]
                saved = replace(doc, id=doc.id or new_id("reader"), position=pos,
                                created=doc.created or now, modified=now)
                conn.execute(
                    "INSERT INTO readers(id, lesson_id, position, title, subtitle, text, options,"
                    " created, modified) VALUES (?,?,?,?,?,?,?,?,?)",
                    (saved.id, saved.lesson_id, saved.position, saved.title, saved.subtitle,
                     saved.text, rows.dumps(saved.options), saved.created, saved.modified))
        self._emit(Change("reader", "saved", (saved.id,)))
        return saved

    def delete_reader(self, reader_id: str) -> None:
        self.reader(reader_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM readers WHERE id = ?", (reader_id,))
        self._emit(Change("reader", "deleted", (reader_id,)))

    # -- grammar points --------------------------------------------------------------
    def grammar_points(self) -> list[GrammarPoint]:
        """The teacher's reusable grammar points, alphabetically."""
        return [rows.grammar_from_row(r) for r in self.db.query(
            "SELECT * FROM grammar_points ORDER BY text")]

    def _grammar_id(self, conn, gp: GrammarPoint) -> int:
        text = gp.text.strip()
        if not text:
            raise LibraryError(key="error.store.empty_grammar")
        row = conn.execute("SELECT id FROM grammar_points WHERE text = ?", (text,)).fetchone()
        if row is not None:
            if gp.note:
                conn.execute("UPDATE grammar_points SET note = ? WHERE id = ?", (gp.note, row[0]))
            return int(row[0])
        cur = conn.execute("INSERT INTO grammar_points(text, note, created) VALUES (?,?,?)",
                           (text, gp.note, rows.now_iso()))
        return int(cur.lastrowid)

    def save_grammar_point(self, gp: GrammarPoint) -> GrammarPoint:
        """Add a grammar point to the list (or update the note of the one with that text)."""
        _text(gp.text, "grammar point", 2000)
        with self.db.transaction() as conn:
            if gp.id:
                conn.execute("UPDATE grammar_points SET text = ?, note = ? WHERE id = ?",
                             (gp.text.strip(), gp.note, gp.id))
                gid = gp.id
            else:
                gid = self._grammar_id(conn, gp)
        self._emit(Change("grammar", "saved", (str(gid),)))
        return rows.grammar_from_row(self.db.query_one(
            "SELECT * FROM grammar_points WHERE id = ?", (gid,)))

    def delete_grammar_point(self, grammar_id: int) -> None:
        """Remove a grammar point from the list and from every lesson."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM grammar_points WHERE id = ?", (grammar_id,))
        self._emit(Change("grammar", "deleted", (str(grammar_id),)))

    # -- words -----------------------------------------------------------------------
    def word_uid(self, simplified: str) -> str:
        """The stable uid of a word (created on first use; never changes afterwards)."""
        row = self.db.query_one("SELECT uid FROM words WHERE simplified = ?", (simplified,))
        if row is not None:
            return str(row[0])
        if self.read_only:
            return default_word_uid(simplified)
        with self.db.transaction():
            return self.ensure_word(simplified)

    def ensure_word(self, simplified: str, uid: str | None = None) -> str:
        """The word's uid; adds the word (with ``uid`` if free). Call inside a transaction."""
        import uuid

        _text(simplified, "word", 100)
        conn = self.db.conn
        row = conn.execute("SELECT uid FROM words WHERE simplified = ?", (simplified,)).fetchone()
        if row is not None:
            return str(row[0])
        uid = uid or default_word_uid(simplified)
        if conn.execute("SELECT 1 FROM words WHERE uid = ?", (uid,)).fetchone():
            uid = uuid.uuid4().hex
        conn.execute("INSERT INTO words(simplified, uid, created) VALUES (?,?,?)",
                     (simplified, uid, rows.now_iso()))
        return uid

    def word_data(self, simplified: str) -> WordData | None:
        """The teacher's data for a word, or None if the library has none."""
        row = self.db.query_one("SELECT * FROM words WHERE simplified = ?", (simplified,))
        return None if row is None else rows.word_from_row(row)

    def set_word_data(
        self, simplified: str, meaning: str | None = None,
        pinyin: tuple[str, ...] | None = None, note: str = "",
    ) -> WordData:
        """Store the teacher's meaning / pinyin / note for a word (None = the dictionary's)."""
        if meaning is not None:
            _text(meaning, "meaning", 5000)
        _text(note, "note", 20_000)
        with self.db.transaction() as conn:
            self.ensure_word(simplified)
            conn.execute("UPDATE words SET meaning = ?, pinyin = ?, note = ? WHERE simplified = ?",
                         (meaning, rows.syllables_to_text(pinyin), note, simplified))
        self._emit(Change("words", "saved", (simplified,)))
        return self.word_data(simplified)  # type: ignore[return-value]

    # -- word lists ------------------------------------------------------------------
    def word_lists(self) -> list[WordList]:
        """All imported word lists (without their items), by name."""
        return [WordList(r["name"], [], r["id"], r["created"]) for r in self.db.query(
            "SELECT * FROM word_lists ORDER BY name COLLATE NOCASE")]

    def word_list(self, list_id: str) -> WordList:
        row = self.db.query_one("SELECT * FROM word_lists WHERE id = ?", (list_id,))
        if row is None:
            raise NotFoundError(key="error.store.no_word_list", id=list_id)
        items = [WordListItem(r["word"], r["pinyin"], r["meaning"]) for r in self.db.query(
            "SELECT * FROM word_list_items WHERE list_id = ? ORDER BY position", (list_id,))]
        return WordList(row["name"], items, row["id"], row["created"])

    def save_word_list(self, wl: WordList) -> WordList:
        """Insert or replace a word list with its items."""
        _text(wl.name, "word list name", 500)
        if len(wl.items) > 200_000:
            raise LibraryError(key="error.store.word_list_size", limit=Number(200_000))
        saved = replace(wl, id=wl.id or new_id("wordlist"), created=wl.created or rows.now_iso())
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO word_lists(id, name, created) VALUES (?,?,?) "
                         "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                         (saved.id, saved.name, saved.created))
            conn.execute("DELETE FROM word_list_items WHERE list_id = ?", (saved.id,))
            conn.executemany(
                "INSERT INTO word_list_items(list_id, position, word, pinyin, meaning) "
                "VALUES (?,?,?,?,?)",
                [(saved.id, i, _text(it.word, "word", 100), _text(it.pinyin, "pinyin", 500),
                  _text(it.meaning, "meaning", 5000)) for i, it in enumerate(saved.items)])
        self._emit(Change("wordlist", "saved", (saved.id,)))
        return saved

    def import_word_list(self, path: Path, name: str | None = None) -> WordList:
        """Import a word-list file: one word per line, or CSV/TSV ``word,pinyin,meaning``."""
        from chinese_teach.core.library.wordlists import parse_word_list

        items = parse_word_list(Path(path))
        return self.save_word_list(WordList(name or Path(path).stem, items))

    def delete_word_list(self, list_id: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM word_lists WHERE id = ?", (list_id,))
        self._emit(Change("wordlist", "deleted", (list_id,)))

    # -- reading corrections and segmentation edits ------------------------------------
    def corrections(self) -> list[Correction]:
        return [rows.correction_from_row(r) for r in self.db.query(
            "SELECT * FROM corrections ORDER BY word, left_ctx, right_ctx")]

    def save_correction(self, c: Correction) -> Correction:
        """Store a reading correction (same word and context: replaced)."""
        from chinese_teach.core.text.syllables import normalize

        _text(c.word, "word", 100)
        _text(c.left, "left context", 100)
        _text(c.right, "right context", 100)
        _text(c.note, "note", 5000)
        if len(c.pinyin) != len(c.word):
            raise LibraryError(key="error.store.syllable_count", word=c.word,
                               count=len(c.word), given=len(c.pinyin))
        try:
            syllables = tuple(normalize(str(s)) for s in c.pinyin)
        except (ValueError, KeyError) as exc:
            raise LibraryError(key="error.store.bad_syllables",
                               pinyin=" ".join(map(str, c.pinyin))) from exc
        for syl in syllables:
            if not _SYLLABLE.match(syl):
                raise LibraryError(key="error.store.bad_syllable", value=repr(syl))
        created = c.created or rows.now_iso()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO corrections(word, pinyin, left_ctx, right_ctx, note, created) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT(word, left_ctx, right_ctx) DO UPDATE SET "
                "pinyin = excluded.pinyin, note = excluded.note",
                (c.word, " ".join(syllables), c.left, c.right, c.note, created))
            row = conn.execute("SELECT * FROM corrections WHERE word = ? AND left_ctx = ? AND "
                               "right_ctx = ?", (c.word, c.left, c.right)).fetchone()
        saved = rows.correction_from_row(row)
        self._emit(Change("corrections", "saved", (str(saved.id),)))
        return saved

    def delete_correction(self, correction_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        self._emit(Change("corrections", "deleted", (str(correction_id),)))

    def segmentation_edits(self) -> list[SegmentationEdit]:
        return [rows.segmentation_from_row(r) for r in self.db.query(
            "SELECT * FROM segmentation_edits ORDER BY word")]

    def save_segmentation_edit(self, edit: SegmentationEdit) -> SegmentationEdit:
        """Keep a word whole (``merge``) or cut it (``split`` into parts joining to it)."""
        _text(edit.word, "word", 100)
        if edit.kind not in ("merge", "split"):
            raise LibraryError(key="error.store.edit_kind", value=repr(edit.kind))
        parts = tuple(edit.parts) if edit.kind == "split" else ()
        if edit.kind == "split" and ("".join(parts) != edit.word or len(parts) < 2):
            raise LibraryError(key="error.store.edit_parts", parts=" + ".join(parts),
                               word=edit.word)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO segmentation_edits(kind, word, parts, created) VALUES (?,?,?,?) "
                "ON CONFLICT(word) DO UPDATE SET kind = excluded.kind, parts = excluded.parts",
                (edit.kind, edit.word, rows.dumps(list(parts)), edit.created or rows.now_iso()))
            row = conn.execute("SELECT * FROM segmentation_edits WHERE word = ?",
                               (edit.word,)).fetchone()
        saved = rows.segmentation_from_row(row)
        self._emit(Change("segmentation", "saved", (str(saved.id),)))
        return saved

    def delete_segmentation_edit(self, edit_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM segmentation_edits WHERE id = ?", (edit_id,))
        self._emit(Change("segmentation", "deleted", (str(edit_id),)))

    def engine_corrections(self) -> list:
        """The corrections as ``ReadingCorrection`` objects for ``engine.set_corrections``."""
        from chinese_teach.core.text.pinyin import ReadingCorrection

        return [ReadingCorrection(c.word, c.pinyin, c.left, c.right) for c in self.corrections()]

    def engine_segmentation(self) -> tuple[list[str], dict[str, tuple[str, ...]]]:
        """``(merges, splits)`` for ``engine.set_segmentation``."""
        merges, splits = [], {}
        for e in self.segmentation_edits():
            if e.kind == "merge":
                merges.append(e.word)
            else:
                splits[e.word] = e.parts
        return merges, splits

    def apply_to_engine(self, engine) -> None:
        """Give the text engine the teacher's corrections and segmentation edits."""
        engine.set_corrections(self.engine_corrections())
        merges, splits = self.engine_segmentation()
        engine.set_segmentation(merges, splits)

    # -- known words -----------------------------------------------------------------
    def known_before(self, lesson_id: str, corpus=None):
        """The words the class knows before ``lesson_id`` (a ``KnownWords``); see ``known``."""
        from chinese_teach.core.library.known import known_before

        return known_before(self, lesson_id, corpus)

    def starting_vocabulary(self, course_id: str, corpus=None):
        """The course's starting vocabulary (a ``KnownWords``)."""
        from chinese_teach.core.library.known import starting_vocabulary

        return starting_vocabulary(self, self.course(course_id), corpus)
