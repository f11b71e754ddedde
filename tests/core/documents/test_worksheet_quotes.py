"""Worksheet lines cut from quoted speech (qa18): a word-order line printed 我就放心了。”
with the quote's closing mark and not its opening one; 俗话说：“失败是成功之母。” lost
俗话说 as if it were a speaker's name, and its cloze blank was the whole sentence."""

from __future__ import annotations

import random

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.lessonwords import VocabRow
from chinese_teach.core.documents.worksheet import _cloze, _order, without_speaker


@pytest.mark.parametrize(("text", "answer", "end"), [
    ("妈妈说：“你早点儿回家，我就不担心了。”", "我就不担心了", "。"),
    ("他问：“你们明天几点出发？”", "你们明天几点出发", "？"),
    ("她笑着说：「我们一起去吧！」", "我们一起去吧", "！"),
    ('老师说："作业很多，大家要早点儿开始。"', "大家要早点儿开始", "。"),
    ("我们明天去公园。", "我们明天去公园", "。"),
    ("爸爸问我：“你的作业写完了吗？”", "你的作业写完了吗", "？"),
])
def test_word_order_line_prints_no_stray_closing_quote(text, answer, end, engine):
    items = _order(random.Random(1), [text], engine).order
    found = [o for o in items if o.answer == answer]
    assert found, [o.answer for o in items]
    assert found[0].end == end


@pytest.mark.parametrize(("sentence", "kept"), [
    ("俗话说：“失败是成功之母。”", "俗话说：“失败是成功之母。”"),
    ("他问：“你去哪儿？”", "他问：“你去哪儿？”"),
    ("老师说：大家好。", "老师说：大家好。"),
    ("妈妈喊：快来吃饭！", "妈妈喊：快来吃饭！"),
    ("小明：你好！", "你好！"),
    ("陈太太：你好。", "你好。"),
    ("售货员：欢迎光临！", "欢迎光临！"),
])
def test_a_verb_of_saying_before_a_colon_is_no_speaker(sentence, kept):
    assert without_speaker(sentence) == kept


def _row(word: str) -> VocabRow:
    return VocabRow(word, (), "", "", Standard.HSK2021, None)


def test_cloze_never_blanks_a_whole_sentence(engine):
    texts = ["“欢迎光临！”我们去银行。", "售货员：欢迎光临！", "“谢谢！”他说。"]
    for seed in range(1, 6):
        items = _cloze(random.Random(seed), texts, [_row("欢迎光临"), _row("银行"),
                                                     _row("谢谢")], engine).cloze
        for c in items:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in c.before + c.after), c
