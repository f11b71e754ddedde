"""Conversions between library rows and model records (and the JSON kept in columns)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from chinese_teach.core.library.models import (
    Activity,
    Correction,
    Course,
    GrammarPoint,
    Lesson,
    ReaderDoc,
    SegmentationEdit,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordData,
)


def now_iso() -> str:
    """The current UTC time as stored in ``created``/``modified`` columns."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(value: object) -> str:
    """JSON for a column (Chinese kept readable)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def syllables_to_text(pinyin: tuple[str, ...] | None) -> str | None:
    return None if pinyin is None else " ".join(pinyin)


def text_to_syllables(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(text.split())


def course_from_row(row: sqlite3.Row) -> Course:
    return Course(
        name=row["name"], learners=row["learners"], standard=row["standard"],
        target_level=row["target_level"], start_level=row["start_level"],
        start_list_id=row["start_list_id"], notes=row["notes"], id=row["id"],
        created=row["created"], modified=row["modified"],
    )


def unit_from_row(row: sqlite3.Row) -> Unit:
    return Unit(
        course_id=row["course_id"], title=row["title"], notes=row["notes"],
        position=row["position"], id=row["id"],
    )


def lesson_from_row(row: sqlite3.Row) -> Lesson:
    """A lesson without its children (vocab, grammar, activities are loaded separately)."""
    return Lesson(
        course_id=row["course_id"], title=row["title"], unit_id=row["unit_id"],
        date=row["date"], duration=row["duration"], objectives=json.loads(row["objectives"]),
        homework=row["homework"], notes=row["notes"], status=Status(row["status"]),
        position=row["position"], id=row["id"], created=row["created"],
        modified=row["modified"],
    )


def vocab_from_row(row: sqlite3.Row) -> VocabItem:
    return VocabItem(row["word"], text_to_syllables(row["pinyin"]), row["meaning"])


def activity_from_row(row: sqlite3.Row) -> Activity:
    return Activity(Stage(row["stage"]), row["minutes"], row["description"], row["materials"])


def grammar_from_row(row: sqlite3.Row) -> GrammarPoint:
    return GrammarPoint(row["text"], row["note"], row["id"])


def reader_from_row(row: sqlite3.Row) -> ReaderDoc:
    return ReaderDoc(
        title=row["title"], text=row["text"], subtitle=row["subtitle"],
        options=json.loads(row["options"]), lesson_id=row["lesson_id"],
        position=row["position"], id=row["id"], created=row["created"],
        modified=row["modified"],
    )


def word_from_row(row: sqlite3.Row) -> WordData:
    return WordData(
        simplified=row["simplified"], uid=row["uid"], meaning=row["meaning"],
        pinyin=text_to_syllables(row["pinyin"]), note=row["note"],
    )


def correction_from_row(row: sqlite3.Row) -> Correction:
    return Correction(
        word=row["word"], pinyin=tuple(row["pinyin"].split()), left=row["left_ctx"],
        right=row["right_ctx"], note=row["note"], id=row["id"], created=row["created"],
    )


def segmentation_from_row(row: sqlite3.Row) -> SegmentationEdit:
    return SegmentationEdit(
        kind=row["kind"], word=row["word"], parts=tuple(json.loads(row["parts"])),
        id=row["id"], created=row["created"],
    )
