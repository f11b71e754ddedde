"""On the projector each line of the text starts a line (qa20): a dialogue's next speaker
(小王：一张票多少钱？) followed the last sentence of the one before on the same line, so
the class could not see who speaks."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.classroom import class_text
from chinese_teach.render.classroom import ClassStyle, layout_class


@pytest.mark.parametrize(("text", "starts"), [
    ("小王：请问，火车几点开？\n售票员：两点。三点还有一趟。\n小王：谢谢！",
     (True, True, False, True)),
    ("A：你好！\nB：你好！你去哪儿？\nA：我去学校。",
     (True, True, False, True)),
    ("他叫李明。他是学生。\n他喜欢喝茶。", (True, False, True)),
    ("  我们去公园吧。\n\n  好的！", (True, True)),
    ("今天很冷。明天也很冷。后天不冷。", (True, False, False)),
])
def test_sentences_know_where_the_texts_lines_start(text, starts, engine, corpus):
    assert class_text("T", text, engine, corpus).line_starts == starts


def test_the_next_speaker_starts_a_line_on_the_projector(qapp, engine, corpus):
    shown = class_text("T", "A：你好！\nB：你好！\nA：再见。", engine, corpus)
    boxes = layout_class(shown, ClassStyle(char_px=60), 1920, 1080, 0)
    firsts = {}
    for b in boxes:
        firsts.setdefault(b.sentence, b.rect)
    assert len(firsts) == 3
    assert firsts[0].left() == firsts[1].left() == firsts[2].left()
    assert firsts[0].top() < firsts[1].top() < firsts[2].top()
