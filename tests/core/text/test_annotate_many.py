"""Many paragraphs annotated at once give each paragraph the tokens it gets alone."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.pinyin import ReadingCorrection

#: Paragraphs that ask the model 0, 1, 2, 3 and more times, of varied lengths: traditional
#: text, names, a verb said twice (量一量), a character alone, 一/不 and third tones, no
#: Chinese at all, an empty line, a sentence repeated.
PARAGRAPHS = [
    "他长大以后当了银行行长，还了钱就去长城。",
    "這條河很長，他長得很高。",
    "王明和李红一起去北京了。",
    "你量一量这块布有多长。",
    "少",
    "",
    "OK, 3 iPads…",
    "我觉得睡觉很重要，不要熬夜。",
    "我们学习汉语。",
    "他还没还书，说了说就走了。我也不知道他去哪儿了，行不行？",
    "你好",
    "他长大以后当了银行行长，还了钱就去长城。",
    "数学课上老师数了数学生，一共三十二个。",
]


def _fields(tokens) -> list[tuple]:
    return [(t.text, t.start, t.end, t.kind, t.pinyin, t.citation, t.sources, t.unsure,
             t.extra) for t in tokens]


@pytest.mark.parametrize("tone_changes", [True, False])
def test_annotate_many_gives_each_paragraph_its_own_tokens(engine, tone_changes) -> None:
    alone = [_fields(engine.annotate(p, tone_changes=tone_changes)) for p in PARAGRAPHS]
    together = engine.annotate_many(PARAGRAPHS, tone_changes=tone_changes)
    assert [_fields(t) for t in together] == alone
    assert engine.annotate_many([]) == []


def test_annotate_many_runs_the_model_once(engine, monkeypatch) -> None:
    """The positions of every paragraph go to the model in one call; ``choose`` (one
    paragraph's call) is not used."""
    model = engine.reader.model
    calls: list[int] = []
    real = model.choose_groups

    def spy(groups):
        calls.append(len(groups))
        return real(groups)

    def no_single(queries):
        raise AssertionError("a paragraph asked the model alone")

    monkeypatch.setattr(model, "choose_groups", spy)
    monkeypatch.setattr(model, "choose", no_single)
    engine.annotate_many(["他长大以后当了银行行长。", "还了钱就去长城。", "我们学习汉语。",
                          "你量一量这块布有多长。"])
    assert len(calls) == 1 and calls[0] >= 2


def test_annotate_many_keeps_the_teachers_corrections(engine) -> None:
    """A correction still has the last word in every paragraph read together."""
    engine.set_corrections([ReadingCorrection("长", ("zhang3",), left="很")])
    try:
        alone = [_fields(engine.annotate(p)) for p in PARAGRAPHS]
        assert [_fields(t) for t in engine.annotate_many(PARAGRAPHS)] == alone
        assert ("長", ("zhang3",)) in [(t[0], t[4]) for t in alone[1]]  # 這條河很長
    finally:
        engine.set_corrections([])


def test_read_texts_reads_each_text_as_read_runs_does(engine) -> None:
    reader = engine.reader
    texts = [("他长大以后当了银行行长", [[(0, 1), (1, 3), (3, 5), (5, 6), (6, 7), (7, 9),
                                     (9, 11)]]),
             ("我们学习汉语", [[(0, 2), (2, 4), (4, 6)]]),
             ("量一量", [[(0, 1), (1, 2), (2, 3)]]),
             ("还", [[(0, 1)]])]
    assert reader.read_texts(texts) == [reader.read_runs(t, r) for t, r in texts]
