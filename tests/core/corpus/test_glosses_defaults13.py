"""Twelfth session (words13c): the default gloss of HSK 2021 level 3-6 words, read word by
word against CC-CEDICT (resources/words/learner_glosses.tsv, blocks "Twelfth session
(words13c)").

A word's default gloss is what a word list, a deck card or a glossary shows when no
sentence decides; each sample below is checked alone (:meth:`Glosser.short`, and
``annotate`` of the word by itself) and in a sentence of its everyday use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.corpus.glosses import glosser, load_curated, token_glosses
from tests.core.corpus.test_glosses_classes import _first

TABLE = Path(__file__).resolve().parents[3] / "resources" / "words" / "learner_glosses.tsv"

#: word -> (the first sense shown alone, the first sense CC-CEDICT's order showed before)
ALONE = {
    # HSK 3
    "题目": ("topic", "subject"),
    "旧": ("old (not new)", "old"),
    "变化": ("change", "(intransitive) to change"),
    "支": ("(measure word for pens, songs, teams)", "to support"),
    "领导": ("leader", "lead"),
    "专业": ("major (field of study)", "specialty"),
    "工夫": ("time", "period of time (may be months, or mere seconds)"),
    "不断": ("continuously", "unceasing"),
    "迷": ("to be crazy about", "to bewilder"),
    "皮": ("skin", "leather"),
    # HSK 4
    "失败": ("to fail", "to be defeated"),
    "担心": ("to worry", "anxious"),
    "相片": ("photo", "image"),
    "根": ("(measure word for long thin things)", "root"),
    "保密": ("to keep sth secret", "to keep sth confidential"),
    "节省": ("to save", "saving"),
    # HSK 5
    "友谊": ("friendship", "companionship"),
    "客厅": ("living room", "drawing room (room for arriving guests)"),
    "届": ("(measure word for events, sessions, graduating years)",
          "to arrive at (place or time)"),
    "只见": ("to see, to one's surprise", "to see (the same thing) over and over again"),
    "记忆": ("memory", "to remember"),
    "本人": ("oneself", "I"),
    "扇": ("(measure word for doors, windows)", "fan"),
    # HSK 6
    "心灵": ("heart", "bright"),
    "券": ("ticket", "bond (esp. document split in two, with each party holding one half)"),
    "理": ("to pay attention to (sb)", "texture"),
    "番": ("(measure word: a time, a kind)", "foreign (non-Chinese)"),
    "集": ("(measure word: episode of a TV series)", "to gather"),
    "收养": ("to adopt (a child)", "to take in and care for (an elderly person, a dog etc)"),
    "祖母": ("grandmother (father's mother)", "father's mother"),
}


@pytest.fixture(scope="module")
def g(corpus):
    return glosser(corpus)


@pytest.mark.parametrize("word", sorted(ALONE))
def test_a_word_alone_leads_with_the_learner_sense(corpus, engine, g, word) -> None:
    """A word list and ``annotate`` of the word by itself show the learner's sense first,
    not the sense CC-CEDICT's order put first."""
    wanted, before = ALONE[word]
    shown = g.short(word).split(";")[0].strip()
    assert shown == wanted
    assert shown != before
    toks = [t for t in engine.annotate(word) if t.text.strip()]
    assert [t.text for t in toks] == [word]
    assert token_glosses(toks, corpus)[0].short.split(";")[0].strip() == wanted


@pytest.mark.parametrize(("word", "wanted"), [
    ("处", "place"), ("佛", "Buddha"), ("炮", "cannon"), ("应", "should"),
])
def test_a_word_list_reads_a_character_as_annotate_does(corpus, engine, g, word,
                                                        wanted) -> None:
    """处, 佛, 炮 and 应 alone are read chù, fó, pào and yīng by ``annotate``; a word list
    glossed them by another reading (chǔ "to reside", fú "seemingly", bāo "to sauté", yīng's
    "to agree" first). Both now show the same sense."""
    assert g.short(word).split(";")[0].strip() == wanted
    toks = [t for t in engine.annotate(word) if t.text.strip()]
    assert token_glosses(toks, corpus)[0].short.split(";")[0].strip() == wanted


@pytest.mark.parametrize(("text", "word", "wanted"), [
    ("这次作文的题目是我的家。", "题目", "topic"),
    ("这道题目太难了，我不会做。", "题目", "question (in an exam or exercise)"),
    ("这几年我的家乡变化很大。", "变化", "change"),
    ("你在大学学的是什么专业？", "专业", "major (field of study)"),
    ("我们的领导明天来开会。", "领导", "leader"),
    ("他周末通常在家看书。", "通常", "usually"),
    ("这次实验又失败了。", "失败", "to fail"),
    ("我担心明天会下雨。", "担心", "to worry"),
    ("他迷上了电子游戏。", "迷", "to be crazy about"),
    ("我们的友谊永远不变。", "友谊", "friendship"),
    ("爸爸在客厅看电视。", "客厅", "living room"),
    ("这是我最美好的记忆。", "记忆", "memory"),
    ("音乐能让人的心灵安静下来。", "心灵", "heart"),
    ("他们收养了一个女孩。", "收养", "to adopt (a child)"),
    ("电视上正在播足球比赛。", "播", "to broadcast"),
    ("为了节省时间，我们坐飞机去。", "节省", "to save"),
    ("这件事需要你本人来办。", "本人", "oneself"),
])
def test_the_default_holds_in_an_everyday_sentence(corpus, engine, text, word,
                                                   wanted) -> None:
    assert _first(corpus, engine, text, word) == wanted


def test_after_a_degree_word_the_adjective_leads(corpus, engine) -> None:
    """专业 and 顺 have a default line, which a degree word before them does not reorder
    (``_adjective_first`` reads the dictionary's senses): their own after-degree lines give
    the adjective; elsewhere the default."""
    assert _first(corpus, engine, "他做事很专业。", "专业") == "professional"
    assert _first(corpus, engine, "你在大学学的是什么专业？", "专业") == "major (field of study)"
    assert _first(corpus, engine, "今天事情办得很顺。", "顺") == "smooth"
    assert _first(corpus, engine, "我们顺着这条河走吧。", "顺着") == "to follow"


def test_a_sentence_line_still_chooses_before_the_default(corpus, engine) -> None:
    """The new defaults do not hide a word's older lines of a sentence: 死 after an
    adjective is still "extremely", 怪 + a person "to blame", 亏 + 了 "to lose (money)"."""
    assert _first(corpus, engine, "今天累死了。", "死") == "extremely"
    assert _first(corpus, engine, "我的小鱼死了。", "死") == "to die"
    assert _first(corpus, engine, "你别怪他。", "怪") == "to blame"
    assert _first(corpus, engine, "这件事很怪。", "怪") == "strange"


def test_each_words13c_default_is_the_only_default_of_its_word_and_reading() -> None:
    """The blocks of this round add one "*" line per word and reading, none for a word
    that had one (other branches add lines to the same table)."""
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    defaults = [(w, py) for w, py, when, _gloss in rows if when == "*"]
    assert len(defaults) == len(set(defaults))
    ours = [w for w, _py in defaults if w in ALONE]
    assert sorted(ours) == sorted(ALONE)
    assert all(any(line.when == "*" for line in load_curated()[w]) for w in ALONE)


def test_every_hsk_3_to_6_word_keeps_a_gloss(corpus, g) -> None:
    """No HSK 2021 level 3-6 word is left without a gloss alone."""
    words = [w for (w,) in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level BETWEEN 3 AND 6")]
    assert len(words) > 4000
    assert [w for w in words if not g.short(w)] == []
