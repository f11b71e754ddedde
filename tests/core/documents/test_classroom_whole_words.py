"""On the projector a word the cut split into learner words shows as the whole word with
the whole word's meaning (qa20): 上个星期一 showed 星期 "week" + 一 "one" where the class
needs 星期一 "Monday". The pieces' glosses name the whole they belong to
(:func:`chinese_teach.core.corpus.glosses._name_split_words`); a word's own parts
(我们: 我 + 们) are no whole and change nothing."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.classroom import class_text


@pytest.mark.parametrize(("text", "whole", "meaning"), [
    ("上个星期一，他去杭州。", "星期一", "Monday"),
    ("星期二我们有考试。", "星期二", "Tuesday"),
    ("他在星期五下午来。", "星期五", "Friday"),
    ("我们下星期三见。", "星期三", "Wednesday"),
    ("他昨天拉肚子了。", "拉肚子", "diarrhea"),
    ("老师的话我听懂了。", "听懂", "understand"),
    ("对不起，我走错了。", "走错", "wrong way"),
    ("这件事我看懂了。", "看懂", "understand what one is reading"),
])
def test_a_split_word_shows_whole_with_its_meaning(text, whole, meaning, engine, corpus):
    words = [w for s in class_text("T", text, engine, corpus).sentences for w in s]
    found = [w for w in words if w.text == whole]
    assert found, [(w.text, w.meaning) for w in words]
    assert meaning in found[0].meaning
    assert len(found[0].tones) == len(whole) and len(found[0].parts) == len(whole)
    assert "".join(w.text for w in words) == text


def test_a_split_word_is_new_when_the_whole_is(engine, corpus):
    words = class_text("T", "星期二我们有考试。", engine, corpus, {"星期二"}).sentences[0]
    assert next(w for w in words if w.text == "星期二").new


def test_a_bookish_whole_is_not_shown(engine, corpus):
    words = class_text("T", "你是哪国人？", engine, corpus).sentences[0]
    assert "国人" not in [w.text for w in words]


def test_a_word_with_its_own_parts_stays_one_word(engine, corpus):
    words = class_text("T", "我们有考试。", engine, corpus).sentences[0]
    assert [w.text for w in words][:2] == ["我们", "有"]
    assert next(w for w in words if w.text == "我们").pinyin == "wǒmen"


def test_half_and_ge_is_written_as_two_units(engine, corpus):
    """qa21: 半个 (one dictionary word) showed bànge; 个 stands apart as after any number."""
    words = class_text("T", "我买了半个西瓜。", engine, corpus).sentences[0]
    assert next(w for w in words if w.text == "半个").pinyin == "bàn ge"


def test_no_whole_starts_with_a_particle_of_the_verb_before(engine, corpus):
    """qa21: 他转过身来 showed 过身 "to die; to pass away": 过 is 转's particle there."""
    words = class_text("T", "他转过身来看着我。", engine, corpus).sentences[0]
    assert "过身" not in [w.text for w in words]
    assert next(w for w in words if w.text == "身").meaning


@pytest.mark.parametrize(("text", "whole"), [("上个星期一，他去杭州。", "星期一"),
                                           ("他昨天拉肚子了。", "拉肚子"),
                                           ("你怎么了？", "怎么了")])
def test_a_whole_is_named_as_the_glosser_names_the_word(text, whole, engine, corpus):
    """The whole's meaning is the glosser's for the word (its learner-table default
    first, then the dictionary's), so a table line for a whole (老奶奶) reaches the
    projector too."""
    from chinese_teach.core.corpus.glosses import glosser

    words = [w for s in class_text("T", text, engine, corpus).sentences for w in s]
    found = next(w for w in words if w.text == whole)
    assert found.meaning == glosser(corpus).gloss(whole).short
