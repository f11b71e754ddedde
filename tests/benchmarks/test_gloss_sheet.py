"""The HSK gloss sheet: frames by part of speech, and rows as a glossary shows them."""

from __future__ import annotations

from benchmarks.words.gloss_sheet import SheetRow, Shown, format_row, frames_for, sheet


def test_frames_follow_the_part_of_speech() -> None:
    assert frames_for("v") == ("我{}了。", "我想{}。")
    assert frames_for("vn") == frames_for("v")
    assert frames_for("q") == ("三{}。",)
    assert frames_for("r") == ()
    assert frames_for("") == ()


def test_a_row_shows_the_gloss_alone_and_in_its_frames(corpus, engine) -> None:
    rows = list(sheet(engine, corpus, {"本": 1, "和平": 3}, {"本": "q", "和平": "nz"}))
    assert [r.word for r in rows] == ["本", "和平"]
    counted = rows[0].shown[1]
    assert counted.frame == "三本。" and counted.gloss.startswith("(measure word for books")
    peace = rows[1]
    assert peace.shown[0].pinyin == "he2 ping2" and peace.shown[0].gloss.startswith("peace")


def test_a_frame_that_cuts_the_word_apart_says_so() -> None:
    row = SheetRow("开", 1, "v", (Shown("开", "kai1", "to open"),
                                  Shown("我想开。", "", "", ("我", "想开", "。")),
                                  Shown("我开了。", "kai1", "to open")))
    line = format_row(row)
    assert "[cut: 我 | 想开 | 。]" in line and line.endswith("我开了。 =")


def test_hsk2_words_the_2021_levels_lack_are_added_with_their_old_level(corpus) -> None:
    from benchmarks.words.gloss_sheet import hsk2_only

    old = hsk2_only(corpus, [4, 5])
    newer = {w for (w,) in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level <= 5")}
    assert old and not set(old) & newer
    assert set(old.values()) <= {4, 5}
    assert "班主任" in old and "学生" not in old
    row = SheetRow("班主任", old["班主任"], "n", (Shown("班主任", "ban1 zhu3 ren4", "x"),),
                   "hsk2")
    assert row.level_label == f"2.0-{old['班主任']}"
    assert format_row(row).startswith(f"班主任\t2.0-{old['班主任']}\t")
    assert SheetRow("开", 1, "v", ()).level_label == "1"
