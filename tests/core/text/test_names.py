"""Names in context: a surname with its given name where the sentence calls for a person,
never a common word; one table of surnames and titles for the cut, capitals and glosses."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses
from chinese_teach.core.text.names import (
    COMMON_SURNAMES,
    SURNAMES,
    TITLE_GLOSSES,
    TITLES,
    given_name_length,
)


def names(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.extra.get("name")]


@pytest.mark.parametrize(("text", "expected"), [
    ("我叫李华。", ["李华"]),  # after 叫
    ("我和张伟去公园。", ["张伟"]),  # after 和
    ("刘芳说她不来。", ["刘芳"]),  # start of a sentence, before 说
    ("王小明是我的同学。", ["王小明"]),
    ("林小红和马丽丽是朋友。", ["林小红", "马丽丽"]),  # surname + a textbook given name
    ("我姓张，叫张小雨。", ["张", "张小雨"]),  # 小雨 is also "light rain": 叫 decides
    ("王老师来了。", ["王老师"]),
    ("我叫王小明。", ["王小明"]),  # a name at the end of a sentence
    ("他们王小明。王小明是学生。", ["王小明"]),  # the first, in no name's place, is none
])
def test_a_surname_and_given_name_in_context_are_one_name(engine, text, expected) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize("text", [
    "王国很大。", "我很高兴。", "他张开嘴。", "我喜欢吃李子。", "马上就要下雨了。",
    "他有很多钱。", "这个钟很漂亮。", "他很高，也很帅。", "我和老师去。", "这是白色的。",
    "高一、高二的同学", "右岸有黄水河和扒淤河。", "东简街道下辖东简村、龙腾村。",
    # HSK words CC-CEDICT also lists as a place or a book: hépíng, sūnzi, not Hépíng
    "我们热爱和平。", "他的孙子很可爱。", "祝您长寿！", "这里的冬天很冷，西北风很大。",
    # a dictionary word that starts with a surname and ends with a title: bānzhǔrèn
    "我们的班主任很好。",
])
def test_common_words_and_lone_surnames_are_no_names(engine, text) -> None:
    assert names(engine, text) == []


def test_a_persons_name_is_capitalised_in_two_parts_and_glossed_as_a_name(corpus, engine) -> None:
    toks = [t for t in engine.annotate("王小明和李华来了。") if t.is_word]
    caps = {t.text: tuple(t.extra["name"]) for t in toks if t.extra.get("name")}
    assert caps == {"王小明": (True, True, False), "李华": (True, True)}  # Wáng Xiǎomíng, Lǐ Huá
    glosses = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert glosses["李华"].name and glosses["李华"].short == "(name) Li Hua"


def test_given_name_length_guards() -> None:
    common = {"王国", "高兴", "张开", "李子", "小雨"}.__contains__
    assert given_name_length(["我", "叫", "李", "华"], 2, common, after="叫") == 1
    assert given_name_length(["王", "国"], 0, common, after=None) == 0  # 王国
    assert given_name_length(["他", "张", "开"], 1, common, after="他") == 0  # no context
    assert given_name_length(["叫", "张", "小雨"], 1, common, after="叫") == 1
    assert given_name_length(["和", "张", "小雨"], 1, common, after="和") == 0  # light rain
    assert given_name_length(["和", "张", "说"], 1, common, after="和") == 0  # 说 no name


def test_one_table_of_surnames_and_titles() -> None:
    assert SURNAMES <= COMMON_SURNAMES and "和" not in SURNAMES and "于" not in SURNAMES
    assert frozenset(TITLE_GLOSSES) == TITLES and all("{}" in g for g in TITLE_GLOSSES.values())


def test_a_name_the_dictionary_knows_is_spelt_as_the_dictionary_spells_it(corpus, engine) -> None:
    """王明 (a proper noun of CC-CEDICT, "Wang2 Ming2") is Wáng Míng in every output, not
    Wángmíng; a place stays one word (北京 Běijīng, 王府井 Wángfǔjǐng) and a river the
    standard writes in two parts keeps them (黄河 Huáng Hé). A person the dictionary
    knows by a biography is glossed by the name only (the biography stays in full)."""
    from chinese_teach.core.documents.reader import capitalize_ruby

    toks = [t for t in engine.annotate("我叫王明。我们去北京和王府井，看黄河。") if t.is_word]
    caps = {t.text: tuple(t.extra["name"]) for t in toks if t.extra.get("name")}
    assert caps == {"王明": (True, True), "北京": (True, False),
                    "王府井": (True, False, False), "黄河": (True, True)}
    assert "".join(capitalize_ruby(("wáng", "míng"), caps["王明"], word=True)) == "Wáng Míng"
    glosses = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert glosses["王明"].short == "(name) Wang Ming"
    assert any("1904" in sense for sense in glosses["王明"].full)


def test_words_kept_as_no_names_are_marked_as_without_the_kept_set(engine) -> None:
    """The engine keeps the words found to be no name from text to text (a faster
    pass over words met again); the marks are the same as found afresh."""
    texts = ["我叫李华。", "王老师来了。", "我和张伟去公园。", "马上就要下雨了。", "这是白色的。",
             "林小红和马丽丽是朋友。", "他们王小明。王小明是学生。", "小王和老李是我的同学。",
             "玛丽喜欢北京。", "我姓张，叫张小雨。", "我很高兴。他有很多钱。"]

    def marks() -> list[list[tuple[str, object, object]]]:
        return [[(t.text, t.extra.get("name"), t.extra.get("name_title"))
                 for t in engine.annotate(text)] for text in texts]

    kept = engine._plain_words
    try:
        engine._plain_words = None  # each text afresh
        afresh = marks()
        engine._plain_words = set()
        first, again = marks(), marks()  # the second time every plain word is known
        assert {"我", "了", "去"} <= engine._plain_words
        assert not {"李华", "王", "张伟", "玛丽"} & engine._plain_words
    finally:
        engine._plain_words = kept
    assert first == afresh
    assert again == afresh
    assert any(name for text in afresh for _, name, _ in text)


def test_common_homographs_are_left_out_of_the_tagged_names(corpus, engine) -> None:
    """The name-tagged HSK words that CC-CEDICT also has as common words are no names
    (capitals come only from names in context), while 北京 and 中国 stay names."""
    from chinese_teach.core.text.tables import common_homographs

    tagged = frozenset({"和平", "孙子", "北京", "中国", "王"})
    hsk = frozenset({"和平", "孙子", "北京", "中国", "王"})
    assert common_homographs(corpus, tagged, hsk) == {"和平", "孙子"}
    assert common_homographs(corpus, tagged, frozenset()) == frozenset()
    assert "和平" not in engine.lexicon.names and "北京" in engine.lexicon.names
    assert {"和平", "孙子", "高明"} <= engine.lexicon.name_homographs
    assert names(engine, "我们去北京。") == ["北京"]


@pytest.mark.parametrize(("text", "expected"), [
    ("高明说他明天来。", ["高明"]),  # a person where the sentence calls for one
    ("我叫高明。", ["高明"]),
    ("他的办法很高明。", []),  # the common word "brilliant"
    ("我们热爱和平。", []),  # 和 is no surname
    ("金子很贵。", []),  # no name-tagged word: gold
])
def test_a_common_word_is_a_persons_name_only_where_a_person_is_called_for(
        engine, text, expected) -> None:
    assert names(engine, text) == expected


def test_a_common_word_called_as_a_person_is_glossed_as_the_name(corpus, engine) -> None:
    """高明说他明天来: Gāo Míng in the pinyin and "(name) Gao Ming" in the glossary (not
    "brilliant", not the Gaoming District's entry); 他很高明 stays the adjective."""
    toks = [t for t in engine.annotate("高明说他明天来。") if t.is_word]
    glosses = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert glosses["高明"].short == "(name) Gao Ming"
    toks = [t for t in engine.annotate("他的办法很高明。") if t.is_word]
    glosses = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert not glosses["高明"].name
