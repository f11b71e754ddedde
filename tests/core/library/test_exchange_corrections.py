"""Course files carry the teacher's corrections: exported with the course, merged on import
(the importing teacher's own edits win), hostile edits refused with nothing changed; and the
corrections file on its own."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.library import (
    Correction,
    Course,
    Lesson,
    Library,
    ReaderDoc,
    SegmentationEdit,
    VocabItem,
)
from chinese_teach.core.library import corrections_io as cio
from chinese_teach.core.library import exchange as ex

WHEN = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _course(lib: Library) -> Course:
    course = lib.save_course(Course(name="Year 9", standard="hsk2021", target_level=3))
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Rivers",
                                    vocab=[VocabItem("银行"), VocabItem("长江")]))
    lib.save_reader(ReaderDoc("河", "这条河很长。他长得很高。", lesson_id=lesson.id))
    lib.save_correction(Correction("长", ("chang2",), left="很", note="adjective"))
    lib.save_correction(Correction("银行", ("yin2", "hang2")))
    lib.save_correction(Correction("熊猫", ("xiong2", "mao1")))  # not in this course
    lib.save_segmentation_edit(SegmentationEdit("merge", "长得"))
    lib.save_segmentation_edit(SegmentationEdit("split", "很高", ("很", "高")))
    lib.save_segmentation_edit(SegmentationEdit("merge", "熊猫馆"))  # not in this course
    return course


def _snapshot(lib: Library) -> str:
    return "\n".join(lib.db.conn.iterdump())


@pytest.fixture
def exported(lib: Library, tmp_path: Path) -> tuple[Course, Path]:
    course = _course(lib)
    out = tmp_path / "course.zip"
    ex.export_course(lib, course.id, out, exported_at=WHEN)
    return course, out


@pytest.fixture
def other(tmp_path: Path):
    (tmp_path / "other").mkdir()
    library = Library.open(tmp_path / "other" / "library.sqlite")
    yield library
    library.close()


def test_export_carries_only_the_edits_the_course_uses(exported) -> None:
    _, out = exported
    doc, _ = ex.read_course_file(out)
    assert doc["version"] == 2
    assert [(c["word"], c["pinyin"], c["left"], c["right"], c["note"])
            for c in doc["corrections"]] == [("银行", ["yin2", "hang2"], "", "", ""),
                                             ("长", ["chang2"], "很", "", "adjective")]
    assert [(e["kind"], e["word"], e["parts"]) for e in doc["segmentation"]] == [
        ("split", "很高", ["很", "高"]), ("merge", "长得", [])]


def test_import_adds_edits_and_keeps_the_teachers_own(exported, other: Library) -> None:
    _, out = exported
    mine = other.save_correction(Correction("银行", ("yin2", "xing2")))  # differs: stays
    other.save_correction(Correction("长", ("chang2",), left="很"))  # same: unchanged
    other.save_segmentation_edit(SegmentationEdit("merge", "很高"))  # differs: stays
    result = ex.import_course(other, out)
    assert (result.corrections_added, result.segmentation_added) == (0, 1)
    assert sorted(c.describe() for c in result.conflicts) == [
        "很高: kept your keep whole, not 很 + 高",
        "银行: kept your yin2 xing2, not yin2 hang2",
    ]
    assert other.corrections()[0] == mine
    assert {(e.kind, e.word, e.parts) for e in other.segmentation_edits()} == {
        ("merge", "很高", ()), ("merge", "长得", ())}
    # A contextual correction for the same word is a different correction: added.
    (other.path.parent / "again").mkdir()
    with Library.open(other.path.parent / "again" / "lib.sqlite") as third:
        third.save_correction(Correction("长", ("zhang3",)))
        res = ex.import_course(third, out)
        assert res.corrections_added == 2 and not res.conflicts
        assert {(c.word, c.pinyin, c.left) for c in third.corrections()} == {
            ("长", ("zhang3",), ""), ("长", ("chang2",), "很"), ("银行", ("yin2", "hang2"), "")}


def test_version_1_files_still_import(exported, other: Library, tmp_path: Path) -> None:
    _, out = exported
    doc, files = _unzip(out)
    doc["version"] = 1
    del doc["corrections"], doc["segmentation"]
    result = ex.import_course(other, _zip(tmp_path / "v1.zip", doc, files))
    assert result.lessons == 1 and other.corrections() == []
    # A version-1 file's stray keys are not read as edits.
    doc["corrections"] = [{"word": "银行", "pinyin": ["yin2", "hang2"]}]
    result = ex.import_course(other, _zip(tmp_path / "v1b.zip", doc, files), as_copy=True)
    assert other.corrections() == [] and result.corrections_added == 0


def test_newer_format_refused(exported, other: Library, tmp_path: Path) -> None:
    doc, files = _unzip(exported[1])
    doc["version"] = 3
    with pytest.raises(BadInputError, match="newer version"):
        ex.import_course(other, _zip(tmp_path / "v3.zip", doc, files))


def _unzip(out: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(out) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    return json.loads(files.pop("course.json")), files


def _zip(path: Path, doc: object, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("course.json", json.dumps(doc, ensure_ascii=False))
        for name, data in files.items():
            zf.writestr(name, data)
    return path


GOOD = {"word": "银行", "pinyin": ["yin2", "hang2"], "left": "", "right": "", "note": ""}
HOSTILE_CORRECTIONS = [
    ("not a list", {"a": 1}, "must be a list"),
    ("item not an object", ["银行"], "must be an object"),
    ("word missing", [{"pinyin": ["yin2"]}], "empty"),
    ("word a number", [{**GOOD, "word": 12}], "empty"),
    ("word with latin", [{**GOOD, "word": "银x"}], "Chinese characters only"),
    ("word with space", [{**GOOD, "word": "银 行", "pinyin": ["yin2", "hang2", "x1"]}],
     "Chinese characters only"),
    ("word too long", [{**GOOD, "word": "银" * 101, "pinyin": ["yin2"] * 101}], "longer"),
    ("too few syllables", [{**GOOD, "pinyin": ["yin2"]}], "2 syllable"),
    ("too many syllables", [{**GOOD, "pinyin": ["yin2", "hang2", "le5"]}], "2 syllable"),
    ("pinyin as text", [{**GOOD, "pinyin": "yin2 hang2"}], "list of 2"),
    ("syllable not text", [{**GOOD, "pinyin": ["yin2", 2]}], "not a pinyin syllable"),
    ("not a syllable", [{**GOOD, "pinyin": ["yin2", "xyz2"]}], "not a pinyin syllable"),
    ("tone 9", [{**GOOD, "pinyin": ["yin9", "hang2"]}], "not a pinyin syllable"),
    ("huge syllable", [{**GOOD, "pinyin": ["yin2", "h" * 5000]}], "not a pinyin syllable"),
    ("markup syllable", [{**GOOD, "pinyin": ["<b>", "hang2"]}], "not a pinyin syllable"),
    ("context not text", [{**GOOD, "left": ["很"]}], "context must be text"),
    ("context too long", [{**GOOD, "right": "的" * 101}], "at most 100"),
    ("context with newline", [{**GOOD, "left": "很\n"}], "one line"),
    ("note not text", [{**GOOD, "note": {"x": 1}}], "note must be text"),
    ("note too long", [{**GOOD, "note": "x" * 5001}], "longer"),
    ("repeated", [GOOD, GOOD], "repeats"),
    ("too many", [GOOD] * (cio.MAX_CORRECTIONS + 1), "more than"),
]
HOSTILE_SEGMENTATION = [
    ("not a list", "merge", "must be a list"),
    ("unknown kind", [{"kind": "delete", "word": "银行"}], "merge\" or \"split"),
    ("one character", [{"kind": "merge", "word": "长"}], "one-character"),
    ("parts do not spell", [{"kind": "split", "word": "银行", "parts": ["银", "河"]}],
     "pieces of"),
    ("parts missing", [{"kind": "split", "word": "银行"}], "pieces of"),
    ("single part", [{"kind": "split", "word": "银行", "parts": ["银行"]}], "pieces of"),
    ("empty part", [{"kind": "split", "word": "银行", "parts": ["", "银行"]}], "pieces of"),
    ("part not text", [{"kind": "split", "word": "银行", "parts": ["银", 1]}], "pieces of"),
    ("repeated", [{"kind": "merge", "word": "银行"}] * 2, "repeats"),
]


HOSTILE_EDITS = ([("corrections", *h) for h in HOSTILE_CORRECTIONS]
                 + [("segmentation", *h) for h in HOSTILE_SEGMENTATION])


@pytest.mark.parametrize(("key", "label", "value", "message"), HOSTILE_EDITS,
                         ids=[f"{h[0]}: {h[1]}" for h in HOSTILE_EDITS])
def test_hostile_edits_refused_nothing_changed(exported, other: Library, tmp_path: Path,
                                               key, label, value, message) -> None:
    doc, files = _unzip(exported[1])
    doc[key] = value
    before = _snapshot(other)
    with pytest.raises(BadInputError, match=message):
        ex.import_course(other, _zip(tmp_path / "bad.zip", doc, files))
    assert _snapshot(other) == before


def test_syllables_accept_marks_numbers_and_umlaut() -> None:
    assert cio.parse_pinyin("yín háng", "银行") == ("yin2", "hang2")
    assert cio.parse_pinyin("yin2hang2", "银行") == ("yin2", "hang2")
    assert cio.parse_pinyin("Lǜ", "绿") == ("lv4",)
    assert cio.parse_pinyin("nu:3", "女") == ("nv3",)
    assert cio.parse_pinyin("yi4 dian3 r", "一点儿") == ("yi4", "dian3", "r5")
    assert cio.parse_pinyin("de", "的") == ("de5",)
    for bad, message in (("yin2", "2 syllable"), ("yinhang", "2 syllable"),
                         ("yin2 hang7", "not a pinyin"), ("bing2 qq2", "not a pinyin")):
        with pytest.raises(BadInputError, match=message):
            cio.parse_pinyin(bad, "银行")


# -- the corrections file on its own ----------------------------------------------------------
def test_corrections_file_round_trip_and_merge(lib: Library, other: Library,
                                               tmp_path: Path) -> None:
    _course(lib)
    out = tmp_path / "mine.json"
    cio.export_corrections(lib, out, exported_at=WHEN)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == cio.FORMAT and len(doc["corrections"]) == 3
    with pytest.raises(ExportError, match="already exists"):
        cio.export_corrections(lib, out)
    other.save_correction(Correction("熊猫", ("xiong2", "mao3")))
    result = cio.import_corrections(other, out)
    assert (result.corrections_added, result.segmentation_added) == (2, 3)
    assert [c.word for c in result.conflicts] == ["熊猫"]
    assert {c.word: c.pinyin for c in other.corrections()}["熊猫"] == ("xiong2", "mao3")
    again = cio.import_corrections(other, out)
    assert again.corrections_added == again.segmentation_added == 0 and again.unchanged == 5


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe\x00garbage", "not valid JSON"),
    (b"[1, 2]", "not a Chinese Teach corrections file"),
    (json.dumps({"format": "chinese-teach-course", "version": 1}).encode(), "not a Chinese"),
    (json.dumps({"format": cio.FORMAT, "version": "1"}).encode(), "positive whole number"),
    (json.dumps({"format": cio.FORMAT, "version": 99}).encode(), "newer version"),
    (json.dumps({"format": cio.FORMAT, "version": 1,
                 "corrections": [{"word": "好", "pinyin": ["hao9"]}]}).encode(),
     r"corrections\[0\].*not a pinyin syllable"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
])
def test_hostile_corrections_files(other: Library, tmp_path: Path, content: bytes,
                                   message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = _snapshot(other)
    with pytest.raises(BadInputError, match=message):
        cio.import_corrections(other, path)
    assert _snapshot(other) == before


def test_oversized_and_missing_corrections_files(other: Library, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (cio.MAX_FILE_BYTES + 1))
    with pytest.raises(BadInputError, match="larger than"):
        cio.import_corrections(other, big)
    with pytest.raises(BadInputError, match="Cannot read"):
        cio.import_corrections(other, tmp_path / "missing.json")


def test_every_syllable_round_trips_through_marks_and_numbers() -> None:
    from chinese_teach.core.text.syllables import ToneStyle, render

    checked = 0
    for base in cio.SYLLABLES:
        for tone in "12345" if base != "r" else "5":  # erhua r has only the neutral tone
            syl = base + tone
            for style in (ToneStyle.MARKS, ToneStyle.NUMBERS):
                written = render(syl, style)
                assert not (style is ToneStyle.MARKS and any(ch.isdigit() for ch in written))
                assert cio.check_syllable(written) == syl, (syl, written)
                checked += 1
    assert checked == 2 * (5 * len(cio.SYLLABLES) - 4)
    assert cio.check_syllable("ńg") == "ng2" and cio.check_syllable("hm̄") == "hm1"


def test_any_json_is_either_valid_edits_or_a_readable_refusal() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(
        alphabet="长银行很高 yinhang2ǎ\n<>&", max_size=8)
    json_values = st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
            st.sampled_from(["word", "pinyin", "left", "right", "note", "kind", "parts",
                             "created", "x"]), inner, max_size=5), max_leaves=20)

    @settings(max_examples=300, deadline=None)
    @given(json_values, json_values)
    def check(corrections, segmentation) -> None:
        for parse, value in ((cio.parse_corrections, corrections),
                             (cio.parse_segmentation, segmentation)):
            try:
                parsed = parse(value)
            except BadInputError as exc:
                assert str(exc)
                continue
            for item in parsed:  # whatever passes is a well-formed edit
                assert item.word and all("\u4e00" <= ch <= "\u9fff" for ch in item.word)
                if isinstance(item, Correction):
                    assert len(item.pinyin) == len(item.word)
                    assert all(cio.check_syllable(s) == s for s in item.pinyin)

    check()
