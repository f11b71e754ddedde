"""The split-half transfer check of ``benchmarks/pinyin/halves.py`` on targets whose
readings are known."""

from __future__ import annotations

from benchmarks.pinyin.halves import Target, compare, half_of, parse


def _t(line: int, lexical: str, label: str = "chang2") -> Target:
    return Target(line, "长", label, lexical, lexical, "河[长]")


def test_halves_by_line_parity() -> None:
    assert [half_of(n) for n in range(4)] == ["A", "B", "A", "B"]


def test_rows_read_back() -> None:
    t = _t(7, "zhang3")
    assert list(parse([t.row() + "\n", "\n"])) == [t]
    assert not t.right and _t(7, "chang2").right


def test_compare_counts_each_half_apart() -> None:
    before = [_t(0, "zhang3"), _t(1, "chang2"), _t(2, "chang2"), _t(3, "zhang3"), _t(5, "zhang3")]
    after = [_t(0, "chang2"), _t(1, "zhang3"), _t(2, "chang2"), _t(3, "zhang3"), _t(5, "chang2")]
    counts, changed = compare(before, after)
    a, b = counts["A"], counts["B"]
    assert (a.total, a.right_before, a.fixed, a.broken) == (2, 1, 1, 0)
    assert (b.total, b.right_before, b.fixed, b.broken) == (3, 1, 1, 1)
    assert [new.line for _, new in changed["A"]] == [0]
    assert [new.line for _, new in changed["B"]] == [1, 5]


def test_compare_only_targets_in_both_runs() -> None:
    # a rerun of a few characters against a full run: the others are not counted
    counts, _ = compare([_t(0, "zhang3"), _t(2, "chang2")], [_t(0, "chang2")])
    assert (counts["A"].total, counts["A"].fixed) == (1, 1)
    assert counts["B"].total == 0


def test_a_wrong_reading_that_changes_to_another_wrong_one_is_listed_not_counted() -> None:
    counts, changed = compare([_t(1, "zhang3", "zhang4")], [_t(1, "chang2", "zhang4")])
    assert (counts["B"].fixed, counts["B"].broken) == (0, 0)
    assert len(changed["B"]) == 1


def test_a_light_label_matched_as_written_is_right() -> None:
    # cpp15: as evaluate.lexical_right scores it (右边 bian5, full tone bian1)
    assert Target(0, "边", "bian5", "bian1", "bian5", "右[边]").right
    assert not Target(0, "边", "bian5", "bian1", "bian1", "右[边]").right


def test_targets_count_a_light_syllable_for_any_of_its_full_tones(engine) -> None:
    """cpp15: 妥当 dang5 labelled dang4 is a right target, as evaluate scores it."""
    from benchmarks.pinyin.halves import read_targets

    text = "有市民称此举不妥当，因为这里没有这个地名。"
    (target,) = read_targets(engine, [(text, text.index("当"), "dang4")])
    assert target.citation == "dang5" and target.right
