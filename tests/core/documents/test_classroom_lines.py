"""On the projector each line of the text starts a line (qa20): a dialogue's next speaker
(小王：一张票多少钱？) followed the last sentence of the one before on the same line, so
the class could not see who speaks."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.classroom import class_text
from chinese_teach.render.classroom import ClassStyle, default_char_px, layout_class


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


@pytest.mark.parametrize(("w", "h"), [(1366, 768), (1920, 1080), (1280, 720)])
def test_a_sentence_is_not_cut_across_projector_pages(qapp, engine, corpus, w, h):
    """qa20: 售票员：二等座一百三十五块，一等座二百二十块。 was cut after 一等座 at the
    foot of the projector's page; a sentence that fits on a page is shown whole."""
    text = ("小王：请问，去上海的火车几点开？\n售票员：下午两点二十五分有一趟，三点四十还有一趟。\n"
            "小王：一张票多少钱？\n售票员：二等座一百三十五块，一等座二百二十块。\n"
            "小王：我要一张两点二十五的二等座。\n售票员：好的，一百三十五块。\n")
    shown = class_text("T", text, engine, corpus)
    style = ClassStyle(char_px=default_char_px(h))
    for current in range(len(shown.sentences)):
        boxes = layout_class(shown, style, w, h, current)
        counts: dict[int, int] = {}
        for b in boxes:
            counts[b.sentence] = counts.get(b.sentence, 0) + 1
        for s, n in counts.items():
            assert n == len(shown.sentences[s]), (current, s, n)
