"""Course files: export a course (or some of its lessons) as one zip; import one safely.

The file is a zip holding ``course.json`` (format ``chinese-teach-course``,
version :data:`FORMAT_VERSION`) and one UTF-8 file per reader text,
``texts/<reader id>.txt``. Ids travel unchanged, so a course imported by another
teacher keeps the ids printed in its plans; importing *as a copy* gives new ids.

Since version 2, ``course.json`` also carries the teacher's pinyin corrections and
segmentation edits (``corrections``, ``segmentation``) whose word occurs in the
exported lessons' reader texts or vocabulary: the ones that change how this course
reads, not the whole private collection (``chinese-teach corrections export``
shares all of them). Importing merges them without overwriting the importing
teacher's own edits for the same word and context: theirs win, and each
difference is listed in :attr:`ImportResult.conflicts`. Version 1 files (no
edits) are still read.

An imported file is untrusted. Before anything is written it must pass every
check below, otherwise :class:`BadInputError` says what is wrong and the library
is not touched (the whole import is one transaction):

* a real zip, at most :data:`MAX_FILE_BYTES`, at most :data:`MAX_ENTRIES` entries;
* entry names: no absolute paths, drive letters, backslashes or ``..`` (zip-slip),
  no duplicates, only ``course.json`` and ``texts/<id>.txt``;
* sizes (zip bombs): each entry at most :data:`MAX_ENTRY_BYTES`, all together at
  most :data:`MAX_TOTAL_BYTES`, compression ratio at most :data:`MAX_RATIO`; the
  sizes are counted while reading, not taken from the zip's own headers;
* ``course.json``: valid JSON, the known format, a version this app reads, every
  field of the right type and within limits, ids well formed and unique, every
  reference (unit, text file) present;
* no course or lesson id that is already in the library (unless importing as a copy).

Nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from chinese_teach.appinfo import VERSION
from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.errors import BadInputError, Clause, ExportError
from chinese_teach.core.labels import Number, Term
from chinese_teach.core.library import corrections_io
from chinese_teach.core.library.models import (
    Activity,
    Course,
    GrammarPoint,
    Lesson,
    ReaderDoc,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordList,
    WordListItem,
    new_id,
)
from chinese_teach.core.library.store import Library
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.textio import load_json_text, require_regular_file

FORMAT = "chinese-teach-course"
FORMAT_VERSION = 2  # 2: teacher's corrections and segmentation edits

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_ENTRY_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, checked for entries above RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_LESSONS = 1000

_ID = {kind: re.compile(rf"^{p}-[0-9a-z]{{4,32}}$") for kind, p in
       (("course", "c"), ("unit", "u"), ("lesson", "l"), ("reader", "r"), ("wordlist", "w"))}
_TEXT_ENTRY = re.compile(r"^texts/(r-[0-9a-z]{4,32})\.txt$")


@dataclass(slots=True)
class ImportResult:
    """What an import added."""

    course_id: str
    name: str
    lessons: int
    readers: int
    as_copy: bool
    id_map: dict[str, str] = field(default_factory=dict)  # old id -> new id (copies only)
    corrections_added: int = 0
    segmentation_added: int = 0
    #: incoming edits that differ from the teacher's own (the teacher's own were kept)
    conflicts: list[corrections_io.Conflict] = field(default_factory=list)


# -- export ------------------------------------------------------------------------------
def course_to_dict(
    lib: Library, course_id: str, lesson_ids: list[str] | None = None,
    exported_at: datetime | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The JSON document of a course and its reader texts (``entry name -> text``)."""
    course = lib.course(course_id)
    lessons = lib.lessons(course_id)
    if lesson_ids is not None:
        wanted = set(lesson_ids)
        unknown = wanted - {x.id for x in lessons}
        if unknown:
            raise ExportError(key="error.course.not_lessons", ids=", ".join(sorted(unknown)))
        lessons = [x for x in lessons if x.id in wanted]
    units = lib.units(course_id)
    used_units = {x.unit_id for x in lessons}
    if lesson_ids is not None:
        units = [u for u in units if u.id in used_units]
    texts: dict[str, str] = {}
    lesson_docs = []
    vocab_words: list[str] = []
    for lesson in lessons:
        readers = []
        for doc in lib.readers(lesson.id):
            name = f"texts/{doc.id}.txt"
            texts[name] = doc.text
            readers.append({"id": doc.id, "title": doc.title, "subtitle": doc.subtitle,
                            "options": doc.options, "file": name, "created": doc.created,
                            "modified": doc.modified})
        vocab_words.extend(lesson.words)
        lesson_docs.append({
            "id": lesson.id, "unit_id": lesson.unit_id, "title": lesson.title,
            "date": lesson.date, "duration": lesson.duration, "objectives": lesson.objectives,
            "vocab": [{"word": v.word, "pinyin": list(v.pinyin) if v.pinyin else None,
                       "meaning": v.meaning} for v in lesson.vocab],
            "grammar": [{"text": g.text, "note": g.note} for g in lesson.grammar],
            "activities": [{"stage": a.stage.value, "minutes": a.minutes,
                            "description": a.description, "materials": a.materials}
                           for a in lesson.activities],
            "homework": lesson.homework, "notes": lesson.notes, "status": lesson.status.value,
            "created": lesson.created, "modified": lesson.modified, "readers": readers,
        })
    word_list = None
    if course.start_list_id:
        wl = lib.word_list(course.start_list_id)
        word_list = {"id": wl.id, "name": wl.name,
                     "items": [[i.word, i.pinyin, i.meaning] for i in wl.items]}
    own_corrections, own_segmentation = corrections_io.edits_to_list(
        *corrections_io.edits_touching(lib, [*texts.values(), *vocab_words]))
    words = []
    for w in dict.fromkeys(vocab_words):
        data = lib.word_data(w)
        if data is not None:
            words.append({"simplified": w, "uid": data.uid})
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": VERSION,
        "exported": (exported_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "course": {
            "id": course.id, "name": course.name, "learners": course.learners,
            "standard": course.standard, "target_level": course.target_level,
            "start_level": course.start_level, "notes": course.notes,
            "created": course.created, "modified": course.modified,
        },
        "start_word_list": word_list,
        "units": [{"id": u.id, "title": u.title, "notes": u.notes} for u in units],
        "lessons": lesson_docs,
        "words": words,
        "corrections": own_corrections,
        "segmentation": own_segmentation,
    }
    return doc, texts


def export_course(
    lib: Library, course_id: str, out: Path, *, overwrite: bool = False,
    lesson_ids: list[str] | None = None, exported_at: datetime | None = None,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> Path:
    """Write the course (or only ``lesson_ids``) to the zip ``out`` atomically."""
    doc, texts = course_to_dict(lib, course_id, lesson_ids, exported_at)
    stamp = (exported_at or datetime.now(UTC)).timetuple()[:6]
    stamp = max(stamp, (1980, 1, 1, 0, 0, 0))
    total = len(texts) + 1
    with atomic_write(out, overwrite=overwrite) as tmp, zipfile.ZipFile(
            tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("course.json", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, json.dumps(doc, ensure_ascii=False, indent=1))
        report(progress, 1, total, "course.json")
        for n, (name, text) in enumerate(sorted(texts.items()), start=2):
            check(cancel)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
            report(progress, n, total, name)
    return Path(out)


# -- reading an untrusted zip ------------------------------------------------------------
def _safe_name(name: str) -> None:
    if not name or "\\" in name or "\x00" in name:
        raise BadInputError(key="error.course.unsafe_name", name=repr(name))
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise BadInputError(key="error.course.absolute_path", name=repr(name))
    if ".." in PurePosixPath(name).parts:
        raise BadInputError(key="error.course.leaves_folder", name=repr(name))


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> bytes:
    """Read one entry, counting real bytes against the per-entry and total limits."""
    if info.file_size > MAX_ENTRY_BYTES:
        raise BadInputError(key="error.course.entry_too_large", name=info.filename,
                            size=Number(info.file_size), limit=Number(MAX_ENTRY_BYTES))
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise BadInputError(key="error.course.zip_bomb", name=info.filename)
    out = io.BytesIO()
    try:
        with zf.open(info) as src:
            while True:
                chunk = src.read(65536)
                if not chunk:
                    break
                out.write(chunk)
                size = out.tell()
                budget[0] -= len(chunk)
                if size > MAX_ENTRY_BYTES or size > info.file_size:
                    raise BadInputError(key="error.course.entry_unpacks", name=info.filename,
                                        limit=Number(MAX_ENTRY_BYTES))
                if budget[0] < 0:
                    raise BadInputError(key="error.course.total_unpacks",
                                        limit=Number(MAX_TOTAL_BYTES))
                if size > RATIO_FLOOR and size > MAX_RATIO * max(1, info.compress_size):
                    raise BadInputError(key="error.course.zip_bomb", name=info.filename)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,
            ValueError) as exc:
        raise BadInputError(key="error.course.entry_damaged", name=info.filename,
                            detail=exc) from exc
    return out.getvalue()


def read_course_file(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Open and check a course zip; returns ``(course.json document, {entry: text})``."""
    path = Path(path)
    try:
        require_regular_file(path)  # a pipe would block for ever, a device never ends
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_read", path=path,
                            detail=exc.strerror or exc) from exc
    if size > MAX_FILE_BYTES:
        raise BadInputError(key="error.course.file_too_large", name=path.name,
                            limit=MAX_FILE_BYTES // 2**20)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInputError(key="error.course.not_zip", name=path.name) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BadInputError(key="error.course.too_many_files", name=path.name,
                                count=Number(len(infos)), limit=Number(MAX_ENTRIES))
        names: set[str] = set()
        for info in infos:
            _safe_name(info.filename)
            if info.filename in names:
                raise BadInputError(key="error.course.twice", name=path.name,
                                    entry=info.filename)
            names.add(info.filename)
            if info.is_dir():
                continue
            if info.filename != "course.json" and not _TEXT_ENTRY.match(info.filename):
                raise BadInputError(key="error.course.unexpected_file", name=path.name,
                                    entry=repr(info.filename))
        if "course.json" not in names:
            raise BadInputError(key="error.course.no_json", name=path.name)
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BadInputError(key="error.course.unpacks", name=path.name,
                                limit=Number(MAX_TOTAL_BYTES))
        budget = [MAX_TOTAL_BYTES]
        raw = _read_entry(zf, zf.getinfo("course.json"), budget)
        try:
            doc = load_json_text(raw.decode("utf-8-sig"))
        except (UnicodeError, ValueError, RecursionError) as exc:  # huge ints too
            raise BadInputError(key="error.course.bad_json", name=path.name, detail=exc) from exc
        texts: dict[str, str] = {}
        for info in infos:
            if info.is_dir() or info.filename == "course.json":
                continue
            data = _read_entry(zf, info, budget)
            try:
                texts[info.filename] = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BadInputError(key="error.course.not_utf8", name=info.filename) from exc
    return doc, texts


# -- checking the document ---------------------------------------------------------------
class _Checker:
    """Type and limit checks with the path of the offending field in the message."""

    def fail(self, where: str, what: str, **fields: Any) -> BadInputError:
        """The error for field ``where`` (a JSON path, kept as it is) with the predicate
        ``error.course.field.<what>`` of the message catalogue."""
        return BadInputError(key="error.course.invalid", where=where,
                             what=Term(f"error.course.field.{what}", **fields))

    def obj(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "object")
        return value

    def lst(self, value: object, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "list")
        if len(value) > limit:
            raise self.fail(where, "too_many", limit=Number(limit))
        return value

    def text(self, d: dict, key: str, where: str, limit: int = 20_000, *,
             required: bool = True, default: str = "") -> str:
        if key not in d or d[key] is None:
            if required:
                raise self.fail(f"{where}.{key}", "missing")
            return default
        value = d[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "text")
        if len(value) > limit:
            raise self.fail(f"{where}.{key}", "too_long", limit=Number(limit))
        return value

    def opt_text(self, d: dict, key: str, where: str, limit: int = 20_000) -> str | None:
        if d.get(key) is None:
            return None
        return self.text(d, key, where, limit)

    def int_(self, d: dict, key: str, where: str, low: int, high: int,  # noqa: PLR0917
             default: int | None = None) -> int:
        if key not in d and default is not None:
            return default
        value = d.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{where}.{key}", "whole_number")
        if not low <= value <= high:
            raise self.fail(f"{where}.{key}", "between", low=low, high=high)
        return value

    def ident(self, d: dict, key: str, where: str, kind: str) -> str:
        value = self.text(d, key, where, 40)
        if not _ID[kind].match(value):
            raise self.fail(f"{where}.{key}", "bad_id", kind=Term(f"error.course.kind.{kind}"),
                            value=repr(value))
        return value


@dataclass(slots=True)
class _Parsed:
    course: Course
    units: list[Unit]
    lessons: list[Lesson]
    readers: list[ReaderDoc]
    word_list: WordList | None
    words: dict[str, str]
    corrections: list = field(default_factory=list)
    segmentation: list = field(default_factory=list)


def _parse(doc: object, texts: dict[str, str]) -> _Parsed:
    from chinese_teach.core.corpus.levels import Standard

    c = _Checker()
    root = c.obj(doc, Term("error.course.the_file"))
    if root.get("format") != FORMAT:
        raise BadInputError(key="error.course.unknown_format")
    version = root.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise c.fail("version", "positive")
    if version > FORMAT_VERSION:
        raise BadInputError(key="error.course.too_new", version=version,
                            supported=FORMAT_VERSION)
    cd = c.obj(root.get("course"), "course")
    standard = c.text(cd, "standard", "course", 20)
    try:
        std = Standard.parse(standard)
    except ValueError as exc:
        raise c.fail("course.standard", "standard", value=repr(standard)) from exc
    top = max(std.levels)
    course = Course(
        id=c.ident(cd, "id", "course", "course"), name=c.text(cd, "name", "course", 500),
        learners=c.text(cd, "learners", "course", 2000, required=False),
        standard=std.value, target_level=c.int_(cd, "target_level", "course", 1, top),
        start_level=c.int_(cd, "start_level", "course", 0, top, default=0),
        notes=c.text(cd, "notes", "course", required=False),
        created=c.text(cd, "created", "course", 40, required=False),
        modified=c.text(cd, "modified", "course", 40, required=False),
    )
    word_list = None
    if root.get("start_word_list") is not None:
        wd = c.obj(root["start_word_list"], "start_word_list")
        items = []
        for n, item in enumerate(c.lst(wd.get("items"), "start_word_list.items", 200_000)):
            where = f"start_word_list.items[{n}]"
            row = c.lst(item, where, 3)
            if not row or not all(isinstance(x, str) for x in row):
                raise c.fail(where, "word_row")
            if not row[0].strip() or len(row[0]) > 100 or any(len(x) > 5000 for x in row):
                raise c.fail(where, "bad_word")
            items.append(WordListItem(row[0], *[*row[1:], "", ""][:2]))
        word_list = WordList(c.text(wd, "name", "start_word_list", 500), items,
                             c.ident(wd, "id", "start_word_list", "wordlist"))
    seen: set[str] = {course.id}

    def unique(ident: str, where: str) -> str:
        if ident in seen:
            raise c.fail(where, "repeats_id", id=ident)
        seen.add(ident)
        return ident

    units = []
    for n, raw_ud in enumerate(c.lst(root.get("units", []), "units", 500)):
        where = f"units[{n}]"
        ud = c.obj(raw_ud, where)
        units.append(Unit(course.id, c.text(ud, "title", where, 500),
                          c.text(ud, "notes", where, required=False), n,
                          unique(c.ident(ud, "id", where, "unit"), f"{where}.id")))
    unit_ids = {u.id for u in units}
    lessons: list[Lesson] = []
    readers: list[ReaderDoc] = []
    used_files: set[str] = set()
    for n, raw_ld in enumerate(c.lst(root.get("lessons"), "lessons", MAX_LESSONS)):
        where = f"lessons[{n}]"
        ld = c.obj(raw_ld, where)
        lid = unique(c.ident(ld, "id", where, "lesson"), f"{where}.id")
        unit_id = ld.get("unit_id")
        if unit_id is not None and unit_id not in unit_ids:
            raise c.fail(f"{where}.unit_id", "unknown_unit")
        status = c.text(ld, "status", where, 20, required=False, default="draft")
        if status not in {s.value for s in Status}:
            raise c.fail(f"{where}.status", "status", value=repr(status))
        objectives = []
        for k, obj in enumerate(c.lst(ld.get("objectives", []), f"{where}.objectives", 100)):
            if not isinstance(obj, str) or len(obj) > 2000:
                raise c.fail(f"{where}.objectives[{k}]", "text")
            objectives.append(obj)
        vocab = []
        for k, raw_vd in enumerate(c.lst(ld.get("vocab", []), f"{where}.vocab", 2000)):
            vw = f"{where}.vocab[{k}]"
            vd = c.obj(raw_vd, vw)
            word = c.text(vd, "word", vw, 100)
            if not word.strip():
                raise c.fail(f"{vw}.word", "empty")
            pinyin = vd.get("pinyin")
            if pinyin is not None:
                syl = c.lst(pinyin, f"{vw}.pinyin", 100)
                if not all(isinstance(s, str) and 0 < len(s) <= 12 for s in syl):
                    raise c.fail(f"{vw}.pinyin", "syllables")
                pinyin = tuple(syl)
            vocab.append(VocabItem(word.strip(), pinyin, c.opt_text(vd, "meaning", vw, 5000)))
        grammar = []
        for k, raw_gd in enumerate(c.lst(ld.get("grammar", []), f"{where}.grammar", 200)):
            gw = f"{where}.grammar[{k}]"
            gd = c.obj(raw_gd, gw)
            text = c.text(gd, "text", gw, 2000)
            if not text.strip():
                raise c.fail(f"{gw}.text", "empty")
            grammar.append(GrammarPoint(text.strip(), c.text(gd, "note", gw, required=False)))
        activities = []
        for k, raw_ad in enumerate(c.lst(ld.get("activities", []), f"{where}.activities", 200)):
            aw = f"{where}.activities[{k}]"
            ad = c.obj(raw_ad, aw)
            stage = c.text(ad, "stage", aw, 20)
            if stage not in {s.value for s in Stage}:
                raise c.fail(f"{aw}.stage", "stage", value=repr(stage))
            activities.append(Activity(Stage(stage), c.int_(ad, "minutes", aw, 0, 1440),
                                       c.text(ad, "description", aw, 20_000, required=False),
                                       c.text(ad, "materials", aw, 20_000, required=False)))
        lessons.append(Lesson(
            course_id=course.id, title=c.text(ld, "title", where, 500), unit_id=unit_id,
            date=c.text(ld, "date", where, 40, required=False),
            duration=c.int_(ld, "duration", where, 0, 1440, default=45),
            objectives=objectives, vocab=vocab, grammar=grammar, activities=activities,
            homework=c.text(ld, "homework", where, required=False),
            notes=c.text(ld, "notes", where, required=False), status=Status(status),
            position=n, id=lid, created=c.text(ld, "created", where, 40, required=False),
            modified=c.text(ld, "modified", where, 40, required=False)))
        for k, raw_rd in enumerate(c.lst(ld.get("readers", []), f"{where}.readers", 100)):
            rw = f"{where}.readers[{k}]"
            rd = c.obj(raw_rd, rw)
            rid = unique(c.ident(rd, "id", rw, "reader"), f"{rw}.id")
            name = c.text(rd, "file", rw, 100)
            if name != f"texts/{rid}.txt" or name not in texts:
                raise c.fail(f"{rw}.file", "unknown_text", value=repr(name))
            if name in used_files:
                raise c.fail(f"{rw}.file", "used_twice")
            used_files.add(name)
            options = c.obj(rd.get("options", {}), f"{rw}.options")
            if len(json.dumps(options)) > 100_000:
                raise c.fail(f"{rw}.options", "too_large")
            text = texts[name]
            if len(text) > 5_000_000:
                raise c.fail(name, "too_long", limit=Number(5_000_000))
            readers.append(ReaderDoc(
                title=c.text(rd, "title", rw, 500), text=text,
                subtitle=c.text(rd, "subtitle", rw, 1000, required=False), options=options,
                lesson_id=lid, position=k, id=rid,
                created=c.text(rd, "created", rw, 40, required=False),
                modified=c.text(rd, "modified", rw, 40, required=False)))
    extra = set(texts) - used_files
    if extra:
        raise c.fail(Term("error.course.the_file"), "unused_texts",
                     names=", ".join(sorted(extra)[:3]))
    words: dict[str, str] = {}
    for n, raw_wd in enumerate(c.lst(root.get("words", []), "words", 200_000)):
        where = f"words[{n}]"
        wd = c.obj(raw_wd, where)
        simplified = c.text(wd, "simplified", where, 100)
        uid = c.text(wd, "uid", where, 64)
        if not re.fullmatch(r"[0-9a-f]{32}", uid):
            raise c.fail(f"{where}.uid", "uid")
        words[simplified] = uid
    corrections: list = []
    segmentation: list = []
    if version >= 2:
        try:
            corrections = corrections_io.parse_corrections(root.get("corrections", []))
            segmentation = corrections_io.parse_segmentation(root.get("segmentation", []))
        except BadInputError as exc:
            raise c.fail(Term("error.course.the_file"), "bad_correction",
                         detail=Clause(exc)) from exc
    return _Parsed(course, units, lessons, readers, word_list, words, corrections,
                   segmentation)


def _as_copy(p: _Parsed) -> dict[str, str]:
    """Give every record a new id, keeping the references; returns old -> new."""
    ids = {p.course.id: new_id("course")}
    ids.update({u.id: new_id("unit") for u in p.units})
    ids.update({x.id: new_id("lesson") for x in p.lessons})
    ids.update({r.id: new_id("reader") for r in p.readers})
    p.course = replace(p.course, id=ids[p.course.id])
    p.units = [replace(u, id=ids[u.id], course_id=p.course.id) for u in p.units]
    p.lessons = [replace(x, id=ids[x.id], course_id=p.course.id,
                         unit_id=ids.get(x.unit_id) if x.unit_id else None) for x in p.lessons]
    p.readers = [replace(r, id=ids[r.id], lesson_id=ids[r.lesson_id]) for r in p.readers]
    return ids


def import_course(
    lib: Library, path: Path, *, as_copy: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> ImportResult:
    """Check the course file at ``path`` and add its course in one transaction."""
    doc, texts = read_course_file(path)
    return import_course_data(lib, doc, texts, as_copy=as_copy, progress=progress,
                              cancel=cancel)


def duplicate_course(lib: Library, course_id: str, name: str | None = None) -> ImportResult:
    """Copy a whole course (units, lessons, texts) under new ids, named "… (copy)"."""
    doc, texts = course_to_dict(lib, course_id)
    doc["course"]["name"] = name if name is not None else f"{doc['course']['name'][:490]} (copy)"
    return import_course_data(lib, doc, texts, as_copy=True)


def import_course_data(
    lib: Library, doc: object, texts: dict[str, str], *, as_copy: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> ImportResult:
    """Check a course document (``course.json`` + texts) and add it in one transaction."""
    parsed = _parse(doc, texts)
    id_map = _as_copy(parsed) if as_copy else {}
    if not as_copy:
        if lib.db.query_one("SELECT 1 FROM courses WHERE id = ?", (parsed.course.id,)):
            raise BadInputError(key="error.course.already_in", name=repr(parsed.course.name),
                                id=parsed.course.id)
        for table, items in (("lessons", parsed.lessons), ("units", parsed.units),
                             ("readers", parsed.readers)):
            sql = {"lessons": "SELECT 1 FROM lessons WHERE id = ?",
                   "units": "SELECT 1 FROM units WHERE id = ?",
                   "readers": "SELECT 1 FROM readers WHERE id = ?"}[table]
            for item in items:
                if lib.db.query_one(sql, (item.id,)):
                    raise BadInputError(key="error.course.id_used", id=item.id)
    total = len(parsed.lessons) + 1
    with lib.transaction():
        if parsed.word_list is not None:
            wl = parsed.word_list
            existing = lib.db.query_one("SELECT 1 FROM word_lists WHERE id = ?", (wl.id,))
            if existing and lib.word_list(wl.id).items == wl.items:
                parsed.course.start_list_id = wl.id
            else:
                fresh = replace(wl, id=new_id("wordlist") if existing or as_copy else wl.id)
                parsed.course.start_list_id = lib.save_word_list(fresh).id
        lib.save_course(parsed.course)
        for unit in parsed.units:
            lib.save_unit(unit)
        for simplified, uid in parsed.words.items():
            lib.ensure_word(simplified, uid)  # keeps the library's uid if it has one
        for n, lesson in enumerate(parsed.lessons, start=1):
            check(cancel)
            lib.save_lesson(lesson)
            report(progress, n, total, lesson.title)
        for doc_ in parsed.readers:
            lib.save_reader(doc_)
        merged = corrections_io.merge_edits(lib, parsed.corrections, parsed.segmentation)
    report(progress, total, total, str(Term("progress.done")))
    return ImportResult(parsed.course.id, parsed.course.name, len(parsed.lessons),
                        len(parsed.readers), as_copy, id_map, merged.corrections_added,
                        merged.segmentation_added, merged.conflicts)
