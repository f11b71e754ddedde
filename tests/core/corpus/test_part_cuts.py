"""The parts a learner looks up inside a token the cut keeps whole (issue 15, cut38): a
long dictionary word names the dictionary words it is made of where they make fewer
pieces than learner words alone (鱼香 + 肉丝), and a name of common words knows them
(工业 + 革命); free combinations stay the learner words they are (一 + 句 + 话)."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.corpus.part_cuts import dictionary_parts, name_word_parts
from tests.core.corpus.test_glosses_classes import _first


def _pieces(corpus, word: str) -> list[str]:
    return [piece for piece, _ in glosser(corpus).parts(word)]


def test_a_run_of_single_learner_characters_is_cut_into_dictionary_words(corpus) -> None:
    """红烧肉 was 红 + 烧 + 肉 and 鱼香肉丝 鱼 + 香 + 肉 + 丝: a learner looks up 红烧,
    鱼香 and 肉丝; a learner word of two characters stays a part (旅游 + 胜地)."""
    assert _pieces(corpus, "红烧肉") == ["红烧", "肉"]
    assert _pieces(corpus, "鱼香肉丝") == ["鱼香", "肉丝"]
    assert _pieces(corpus, "旅游胜地") == ["旅游", "胜地"]


def test_a_word_learner_words_cannot_cut_is_cut_into_dictionary_words(corpus) -> None:
    """止咳糖浆, 保温杯 and 远亲不如近邻 had no parts (止咳, 糖浆, 保温, 远亲 are in no
    list)."""
    assert _pieces(corpus, "止咳糖浆") == ["止咳", "糖浆"]
    assert _pieces(corpus, "保温杯") == ["保温", "杯"]
    assert _pieces(corpus, "远亲不如近邻") == ["远亲", "不如", "近邻"]


def test_free_combinations_and_two_character_learner_words_stay(corpus) -> None:
    """No dictionary piece starts with a number, a negation or a direction, and a learner
    word of two characters is never swallowed: 一句话, 不好意思, 一直往前, 全球气候变暖
    keep their learner words (句, 意思, 往, 气候 are looked up in sentences)."""
    assert _pieces(corpus, "一句话") == ["一", "句", "话"]
    assert _pieces(corpus, "不好意思") == ["不", "好", "意思"]
    assert _pieces(corpus, "一直往前") == ["一直", "往", "前"]
    assert _pieces(corpus, "全球气候变暖") == ["全球", "气候", "变暖"]
    g = glosser(corpus)
    assert dictionary_parts("红烧肉", (1, 1, 1), g.listed(), g.has_common_entry) == (2, 1)
    assert dictionary_parts("一句话", (1, 1, 1), g.listed(), g.has_common_entry) is None
    assert dictionary_parts("旅游胜地", (2, 2), g.listed(), g.has_common_entry) is None


def test_no_part_hides_a_word_or_ends_in_a_particle(corpus) -> None:
    """图书馆 is no 图 + 书馆 "library of classic texts" (书馆 takes 书 of 图书) and
    来得及 no 来得 + 及 (得 joins the verb and its complement): they keep what learner
    words give them (none; 来 + 得 + 及); 公交 + 车 and 一 + 辈子 are cut."""
    assert _pieces(corpus, "图书馆") == []
    assert _pieces(corpus, "来得及") == ["来", "得", "及"]
    assert _pieces(corpus, "公交车") == ["公交", "车"]
    assert _pieces(corpus, "一辈子") == ["一", "辈子"]


def test_parts_are_glossed_in_sentences(corpus, engine) -> None:
    """The miss the issue names: the word showed nothing ('')."""
    assert _first(corpus, engine, "晚饭我们吃红烧肉吧。", "红烧") == "simmer-fried (dish)"
    assert _first(corpus, engine, "这瓶止咳糖浆有点儿甜。", "糖浆") == "syrup"
    assert _first(corpus, engine, "这里是有名的旅游胜地。", "胜地") == "well-known scenic spot"


def test_a_name_of_common_words_knows_its_parts(corpus, engine) -> None:
    """工业革命, 春节联欢晚会, 北京大学, 天安门广场 are proper nouns whose last piece is a
    common word: their parts are glossed (革命 "revolution", 晚会 "evening party")."""
    assert _first(corpus, engine, "蒸汽机带来了一场工业革命。", "革命") == "revolution"
    assert _first(corpus, engine, "大年三十晚上，我们一边包饺子一边看春节联欢晚会。",
                  "晚会") == "evening party"
    assert _first(corpus, engine, "我们去参观了北京大学。", "大学") == "university"
    g = glosser(corpus)
    names = (g.listed(), lambda p: bool(g.rows(p)), g.has_common_entry)
    assert name_word_parts("天安门广场", *names) == ("天安门", "广场")


def test_a_name_of_another_shape_has_no_word_parts(corpus) -> None:
    """A name shorter than four characters (a person's: 王小明), one whose last piece is
    no common word (国际 + 劳动节, 中国 + 人民银行) or one that starts with a single
    character (a surname) is not cut into words."""
    g = glosser(corpus)
    names = (g.listed(), lambda p: bool(g.rows(p)), g.has_common_entry)
    assert name_word_parts("王小明", *names) == ()
    assert name_word_parts("国际劳动节", *names) == ()
    assert name_word_parts("中国人民银行", *names) == ()


def test_a_dynasty_knows_its_name_and_dynasty(corpus, engine) -> None:
    """唐朝, 明朝 (names: no parts before) and 清朝 (朝 "towards; facing" before) give 朝
    "dynasty" and the dynasty's name; 明朝 read míngzhāo would be "tomorrow morning" and
    王朝, a common word, and 古代 "ancient times" are no dynasty's name."""
    assert _first(corpus, engine, "河上这座石桥是明朝修的。", "朝") == "dynasty"
    assert _first(corpus, engine, "李白是唐朝有名的诗人。", "朝") == "dynasty"
    assert _first(corpus, engine, "清朝的最后一个皇帝叫溥仪。", "朝") == "dynasty"
    assert _first(corpus, engine, "杜甫是唐代的诗人。", "代") == "dynasty"
    g = glosser(corpus)
    assert g.parts("唐朝")[0] == ("唐", "(name) Tang")
    assert g._dynasty_parts("明朝", ("ming2", "zhao1")) == ()
    assert g._dynasty_parts("王朝", None) == ()
    assert g._dynasty_parts("古代", None) == ()
