"""What got worse in the glosses a teacher hands out this session (review13's method,
review14, issue 15), read in the gloss diff of benchmarks/words/gloss_diff.py and mended
by the rule that caused it; each test failed before its fix."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser


def _lead(corpus, word: str, prev: str, rest: tuple[str, ...],
          earlier: tuple[str, ...]) -> str:
    gloss = glosser(corpus).gloss(word, ("bei4",), prev=prev, rest=rest, earlier=earlier,
                                  question=False)
    return gloss.short.split(";")[0].strip()


def test_a_line_that_holds_as_cut_outranks_one_reached_across_a_split(corpus) -> None:
    """多背单词 cut 背 + 单 / 词: the object line of 背 holds as cut ("to learn by heart")
    and is not outranked by an earlier "before:单词" line reached only by joining 单 + 词
    (words21's reach across a split)."""
    assert _lead(corpus, "背", "多", ("单", "词", "就", "行", "了"),
                 ("多", "只要", "外语", "学")) == "to learn by heart"


def test_a_split_before_option_still_counts_where_no_line_holds_as_cut(corpus) -> None:
    """背 + 课 / 文 (no object line names 课 or 文 alone, the object line names 课文 but
    reads the split too): a line reached across the split still chooses a sense, not the
    default "back (of the body)"."""
    assert _lead(corpus, "背", "要", ("课", "文"), ("要", "明天")) != "back (of the body)"
