"""annotated_in_blocks: the callers with many texts (a lesson's texts, a deck's sentences, a
class text's sentences) read them through ``annotate_many``, a block per call."""

from __future__ import annotations

from chinese_teach.core.documents.classroom import class_text
from chinese_teach.core.text.annotation_cache import annotated_in_blocks

TEXTS = ["我们去银行。", "他还没还书。", "你好！", "这个行不行？", "音乐很好听。", "重庆很重要。",
         "长大了。"]


class Spy:
    """The engine, with each call's texts written down."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.single: list[str] = []
        self.blocks: list[list[str]] = []

    def annotate(self, text: str, **kw):
        self.single.append(text)
        return self.inner.annotate(text, **kw)

    def annotate_many(self, texts: list[str], **kw):
        self.blocks.append(list(texts))
        return self.inner.annotate_many(texts, **kw)


class PerText:
    """The engine reading each text in its own call (as the callers did before)."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def annotate_many(self, texts: list[str], **kw):
        return [self.inner.annotate(t, **kw) for t in texts]


def test_the_tokens_of_each_text_in_order_a_block_per_call(engine) -> None:
    spy = Spy(engine)
    got = list(annotated_in_blocks(spy, TEXTS, size=3))
    assert got == [engine.annotate(t) for t in TEXTS]
    assert spy.blocks == [TEXTS[:3], TEXTS[3:6], TEXTS[6:]] and not spy.single
    off = list(annotated_in_blocks(spy, iter(TEXTS), tone_changes=False))
    assert off == [engine.annotate(t, tone_changes=False) for t in TEXTS]
    assert spy.blocks[-1] == TEXTS  # one block of the default size
    assert list(annotated_in_blocks(spy, [])) == [] and len(spy.blocks) == 4


def test_lazy_a_block_at_a_time(engine) -> None:
    spy = Spy(engine)
    blocks = annotated_in_blocks(spy, TEXTS, size=2)
    assert next(blocks) == engine.annotate(TEXTS[0]) and spy.blocks == [TEXTS[:2]]
    next(blocks)
    assert len(spy.blocks) == 1  # the second text came from the first block
    next(blocks)
    assert spy.blocks == [TEXTS[:2], TEXTS[2:4]]


def test_a_class_text_reads_its_sentences_in_one_call(engine, corpus) -> None:
    spy = Spy(engine)
    text = "".join(TEXTS)
    shown = class_text("T", text, spy, corpus)
    assert not spy.single and len(spy.blocks) == 1 and len(spy.blocks[0]) == len(TEXTS)
    assert shown == class_text("T", text, PerText(engine), corpus)
    assert [w.text for w in shown.sentences[1]][:3] == ["他", "还", "没"]
