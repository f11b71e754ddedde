"""Issue 19, cpp15: the vocabulary of the dynasties' histories. 大夫 as the ancient rank,
dàfū (现代汉语词典), after a title's first half, a ministry, a state of the Zhou or a verb of
appointment, where a doctor keeps dàifu; 大月氏 zhī and 给事中 jǐ, which the model overruled.
Sentences written here, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.offices import office_dafu
from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


def _dafu(engine, text: str) -> tuple[str, str]:
    """The citation syllables of 大夫 in ``text``."""
    i = text.index("大夫")
    for tok in engine.annotate(text, tone_changes=False):
        if tok.pinyin is not None and tok.start <= i < tok.start + len(tok.text):
            k = i - tok.start
            return tok.citation[k], tok.citation[k + 1]
    raise AssertionError(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rank
        ("他后来做了谏议大夫，常常上书直言。", ("da4", "fu1")),
        ("他的父亲在唐朝任刑部大夫。", ("da4", "fu1")),
        ("晋国大夫赵盾逃出了国都。", ("da4", "fu1")),
        ("屈原是楚国的大夫。", ("da4", "fu1")),
        ("他死后，朝廷追赠他为光禄大夫。", ("da4", "fu1")),
        ("三年后他升任御史大夫。", ("da4", "fu1")),
        ("汉文帝拜他为太中大夫。", ("da4", "fu1")),
        ("他因功被拜大夫。", ("da4", "fu1")),
        ("卿大夫的封地叫做采邑。", ("da4", "fu1")),
        ("士大夫们都看不起他。", ("da4", "fu1")),
        # a doctor
        ("他是大夫。", ("dai4", "fu5")),
        ("我明天去医院看大夫。", ("dai4", "fu5")),
        ("王大夫是我们的家庭医生。", ("dai4", "fu5")),
        ("快去请大夫来！", ("dai4", "fu5")),
        ("她是一名牙科大夫。", ("dai4", "fu5")),
        ("医院里的护士和大夫都很忙。", ("dai4", "fu5")),
        ("这位大夫给我开了药。", ("dai4", "fu5")),
        ("韩国大夫来我们医院交流。", ("dai4", "fu5")),
        ("他想当大夫。", ("dai4", "fu5")),
    ],
)
def test_cpp15_dafu(engine, text: str, expected: tuple[str, str]) -> None:
    assert _dafu(engine, text) == expected


def test_cpp15_office_context() -> None:
    assert office_dafu("门下省内设给事中、散骑常侍、谏议")
    assert office_dafu("郑国")
    assert office_dafu("鲁国的")
    assert office_dafu("迁中")
    assert not office_dafu("")
    assert not office_dafu("快去请")
    assert not office_dafu("韩国")
    assert not office_dafu("医院的")


@pytest.mark.parametrize(
    ("text", "spans", "word"),
    [
        ("卫国大夫周颛", [(0, 2), (2, 4), (4, 6)], 1),
        ("刑部大夫及", [(0, 2), (2, 4), (4, 5)], 1),
        ("去看大夫", [(0, 1), (1, 2), (2, 4)], 2),
    ],
)
def test_cpp15_dafu_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int
) -> None:
    """大夫 reads the text before it, so it is never kept as a context-free reading, nor
    read without context as a part of a longer word; a run read word by word (量一量 makes
    it slow) reads it as the fast path does."""
    reader = engine.reader
    assert reader._context_free_reading("大夫", reader.model) is False
    assert reader._reading_of_parts("谏议大夫", [(0, 2), (2, 2)], reader.model) is False
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    office = text[spans[word - 1][0]:spans[word - 1][1]] not in ("看",)
    assert fast[word].syllables == (("da4", "fu1") if office else ("dai4", "fu5")), text


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        ("大月氏被匈奴打败以后向西迁徙。", "氏", "zhi1"),
        ("张骞出使大月氏，想和他们联合。", "氏", "zhi1"),
        ("王氏兄弟都在这里。", "氏", "shi4"),
        ("他后来升为给事中。", "给", "ji3"),
        ("唐代门下省设给事中四人。", "给", "ji3"),
        ("请你给事情一个说法。", "给", "gei3"),
        ("他给事务所打了个电话。", "给", "gei3"),
        ("别给事儿添乱。", "给", "gei3"),
        ("我给事先准备好了。", "给", "gei3"),
    ],
)
def test_cpp15_history_words(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected
