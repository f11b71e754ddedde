"""``chinese-teach course list|show|export|import``: the courses in the teacher's library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.cli.common import configure_stdout, print_json

if TYPE_CHECKING:
    from chinese_teach.core.library import Course, Library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("course", help="list, show, export and import courses")
    actions = p.add_subparsers(dest="course_action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="list the courses in your library")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=run_list)

    show = actions.add_parser("show", help="show a course and its lessons in order")
    show.add_argument("id", help="course id (see `course list`)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)

    exp = actions.add_parser("export", help="write a course to a file another teacher can import")
    exp.add_argument("id", help="course id")
    exp.add_argument("-o", "--output", required=True, help="the course file to write (.zip)")
    exp.add_argument("--lesson", action="append", metavar="LESSON_ID",
                     help="export only this lesson (repeatable)")
    exp.add_argument("--force", action="store_true", help="overwrite an existing file")
    exp.set_defaults(func=run_export)

    imp = actions.add_parser("import", help="add the course from a course file")
    imp.add_argument("file", help="a course file (.zip) made by `course export`")
    imp.add_argument("--copy", action="store_true",
                     help="import as a copy with new ids (when the course is already here)")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=run_import)


def _open() -> Library:
    from chinese_teach.cli.common import open_teacher_library

    return open_teacher_library()


def course_summary(lib: Library, course: Course) -> dict:
    """The JSON shape of a course in ``course list``."""
    from chinese_teach.core.corpus.levels import Standard, level_name

    std = Standard.parse(course.standard)
    return {
        "id": course.id,
        "name": course.name,
        "learners": course.learners,
        "standard": std.value,
        "standard_name": std.label,
        "target_level": level_name(course.target_level),
        "start_level": level_name(course.start_level) if course.start_level else None,
        "lessons": len(lib.lesson_refs(course.id)),
        "modified": course.modified,
    }


def course_detail(lib: Library, course_id: str) -> dict:
    """The JSON shape of ``course show``: the course with its lessons in order."""
    course = lib.course(course_id)
    out = course_summary(lib, course)
    out["notes"] = course.notes
    out["start_word_list"] = (lib.word_list(course.start_list_id).name
                              if course.start_list_id else None)
    units = lib.units(course_id)
    unit_titles = {u.id: u.title for u in units}
    out["units"] = [{"id": u.id, "title": u.title} for u in units]
    out["lessons"] = [
        {
            "id": lesson.id,
            "number": n,
            "title": lesson.title,
            "unit_id": lesson.unit_id,
            "unit": unit_titles.get(lesson.unit_id),
            "date": lesson.date,
            "duration": lesson.duration,
            "planned_minutes": lesson.planned_minutes,
            "status": lesson.status.value,
            "objectives": lesson.objectives,
            "vocab": lesson.words,
            "grammar": [g.text for g in lesson.grammar],
            "readers": [{"id": d.id, "title": d.title} for d in lib.readers(lesson.id)],
        }
        for n, lesson in enumerate(lib.lessons(course_id), start=1)
    ]
    return out


def run_list(args: argparse.Namespace) -> int:
    configure_stdout()
    with _open() as lib:
        rows = [course_summary(lib, c) for c in lib.courses()]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No courses yet.")
        return 0
    for r in rows:
        start = f", starts after level {r['start_level']}" if r["start_level"] else ""
        print(f"{r['id']}  {r['name']}  ({r['standard_name']}, target level "
              f"{r['target_level']}{start}; {r['lessons']} lessons)")
    return 0


def run_show(args: argparse.Namespace) -> int:
    configure_stdout()
    with _open() as lib:
        detail = course_detail(lib, args.id)
    if args.json:
        print_json(detail)
        return 0
    print(f"{detail['name']}  [{detail['id']}]")
    if detail["learners"]:
        print(f"Learners: {detail['learners']}")
    start = (f"starting vocabulary level 1-{detail['start_level']}" if detail["start_level"]
             else "no starting vocabulary level")
    if detail["start_word_list"]:
        start += f" + word list {detail['start_word_list']}"
    print(f"{detail['standard_name']}, target level {detail['target_level']}, {start}")
    unit = object()
    for lesson in detail["lessons"]:
        if lesson["unit"] != unit:
            unit = lesson["unit"]
            if unit:
                print(f"\n  {unit}")
        when = f", {lesson['date']}" if lesson["date"] else ""
        print(f"  {lesson['number']:>3}. {lesson['id']}  {lesson['title']}  "
              f"({lesson['duration']} min{when}, {lesson['status']}, "
              f"{len(lesson['vocab'])} words, {len(lesson['readers'])} texts)")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from chinese_teach.ops.course_exchange import export_course

    configure_stdout()
    with _open() as lib:
        out = export_course(lib, args.id, Path(args.output), force=args.force,
                            lesson_ids=args.lesson).value
    print(out)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from chinese_teach.ops.course_exchange import import_course

    configure_stdout()
    with _open() as lib:
        result = import_course(lib, Path(args.file), as_copy=args.copy).value
    if args.json:
        print_json({"id": result.course_id, "name": result.name, "lessons": result.lessons,
                    "readers": result.readers, "as_copy": result.as_copy,
                    "corrections_added": result.corrections_added,
                    "segmentation_added": result.segmentation_added,
                    "conflicts": [c.describe() for c in result.conflicts]})
        return 0
    copy = " as a copy" if result.as_copy else ""
    print(f"Imported{copy}: {result.name} [{result.course_id}] with {result.lessons} lessons "
          f"and {result.readers} texts.", file=sys.stdout)
    if result.corrections_added or result.segmentation_added:
        print(f"Added {result.corrections_added} pinyin corrections and "
              f"{result.segmentation_added} segmentation edits from the course.")
    if result.conflicts:
        print(f"{len(result.conflicts)} corrections in the course differ from yours; "
              "yours were kept:")
        for c in result.conflicts:
            print(f"  {c.describe()}")
    return 0
