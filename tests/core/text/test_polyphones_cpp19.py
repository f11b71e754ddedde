"""Issue 19, cpp19: 儿 ér in a name or a written word (polyphones/erhua_names.py), 覃
tán in a given name (polyphones/given_names.py), 冠 guān of a crested animal, 葛 gé
of a genus, 校 jiào calibrating (collocations) and 为 wèi before whom one serves (rules._wei).

儿 before a name's head (叶儿遗址, 金爪儿（学名：）, 杏花儿镇) is ér unless its word is an HSK
word (这儿村里) or a listed word of three characters or more (锦鸡儿属, jǐnjīr); a word that
starts with 儿 (儿茶酚胺) reads it ér; a lone 儿 after a one-character verb, numeral or
function word (脱 | 儿 | 赤, 二 | 儿) or inside a word read character by character (阿儿浑) is
ér, after a noun or a measure (这盘儿菜) the erhua."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.erhua_names import (
    NAMED_ER,
    er_of_name,
    er_starts_word,
    takes_no_erhua,
)
from chinese_teach.core.text.polyphones.given_names import tan_in_given_name
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before its head
        ("叶儿遗址的历史年代为新石器时代至青铜时代。", "er2"),
        ("金爪儿（学名：）是报春花科珍珠菜属的植物。", "er2"),
        ("柳条儿遗址位于河北省。", "er2"),
        ("石头儿村是一个小村庄。", "er2"),
        ("杏花儿镇以杏树闻名。", "er2"),
        # a word starting with 儿
        ("研究发现血液中儿茶酚胺水平升高。", "er2"),
        ("服用儿茶酚类药物要小心。", "er2"),
        # the erhua stays: an HSK word before the head, a listed genus, no head after it
        ("这儿村里人不多。", "r5"),
        ("咱们一块儿村口见吧。", "r5"),
        ("长叶矮锦鸡儿（学名：）为豆科锦鸡儿属下的一个变型。", "r5"),
        ("把那张纸条儿给我。", "r5"),
        ("他在小卖部儿买了水。", "r5"),
    ],
)
def test_er_of_a_name_or_a_written_word(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿", nth=text.count("儿") - 1) == expected


def test_named_er_heads() -> None:
    assert NAMED_ER.search("叶儿遗址")
    assert NAMED_ER.search("金爪儿（学名：）")
    assert NAMED_ER.search("杏花儿镇")
    assert not NAMED_ER.search("纸条儿给我")
    assert not NAMED_ER.search("一会儿山上")


def test_er_of_name_keeps_learner_and_listed_words() -> None:
    assert er_of_name("叶儿", frozenset({"这儿"}), {"锦鸡儿"})
    assert not er_of_name("这儿", frozenset({"这儿"}), {"锦鸡儿"})
    assert not er_of_name("锦鸡儿", frozenset(), {"锦鸡儿"})


def test_er_starts_word() -> None:
    assert er_starts_word("儿茶酚胺", set())
    assert er_starts_word("儿茶", {"儿茶"})
    assert not er_starts_word("儿真", set())  # 颜色 | 儿真: a 儿 glued to the next character
    assert not er_starts_word("儿", set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("也速该击败了脱儿豁察儿。", "er2"),
        ("阿儿浑派出了使者。", "er2"),
        ("蔑儿乞部落住在河边。", "er2"),
        ("他的二儿在城里读书。", "er2"),
        ("他的先祖名叫脱儿赤。", "er2"),
        ("你慢慢儿走。", "r5"),
        ("这盘儿菜真香。", "r5"),
        ("给我来一份儿炒饭。", "r5"),
        ("他个儿不高。", "r5"),
    ],
)
def test_er_after_a_word_without_erhua(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿") == expected


def test_takes_no_erhua() -> None:
    assert takes_no_erhua("二", frozenset())
    assert takes_no_erhua("都", frozenset())
    assert takes_no_erhua("脱", frozenset({"脱"}))
    assert not takes_no_erhua("盘", frozenset({"脱"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宋代诗人孙覃写过很多诗。", "tan2"),
        ("书法家吴覃生擅长篆书。", "tan2"),
        ("唐朝宰相李覃为人正直。", "tan2"),
        ("他姓覃。", "qin2"),
    ],
)
def test_tan_in_a_given_name(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "覃") == expected


def test_tan_in_given_name_after_a_common_surname_only() -> None:
    assert tan_in_given_name("覃", "郑") == "tan2"
    assert tan_in_given_name("覃", "于") is None  # 于 is a surname and a preposition
    assert tan_in_given_name("覃", "的") is None
    assert tan_in_given_name("单", "郑") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("冠海豹生活在北大西洋。", "guan1"),
        ("冠蓝鸦是一种鸟。", "guan1"),
        ("冠企鹅生活在南极附近。", "guan1"),
        ("这种冠蜥会在水面上奔跑。", "guan1"),
        ("他是全校之冠。", "guan4"),
        ("人们给他冠以英雄之名。", "guan4"),
        ("这座体育馆以企业名称冠名。", "guan4"),
    ],
)
def test_guan_the_crest_of_an_animal(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "冠") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他愿意为之效力。", "wei4"),
        ("他为国效力。", "wei4"),
        ("他为其效命。", "wei4"),
        ("他决定为球队效力。", "wei4"),
        ("他一生为朝廷效忠。", "wei4"),
        ("他们为公司卖命。", "wei4"),
        ("这份合同为具有法律效力的文件。", "wei2"),
        ("当地经济主要为服务业。", "wei2"),
        ("他被选为班长。", "wei2"),
    ],
)
def test_wei_serving_someone(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "为") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这种植物属于葛属。", "ge2"),
        ("白花葛属植物生长在南方。", "ge2"),
        ("蓬莱葛属植物多为藤本。", "ge2"),
        ("小葛属虎。", "ge3"),
        ("葛老师属于哪个学院？", "ge3"),
        ("他姓葛。", "ge3"),
    ],
)
def test_ge_the_kudzu_of_a_genus(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "葛", nth=text.count("葛") - 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("炮兵在进行校射。", "jiao4"),
        ("战士们在靶场校枪。", "jiao4"),
        ("出发前要先校炮。", "jiao4"),
        ("学校枪击案震惊全国。", "xiao4"),
        ("他在校射击队训练。", "xiao4"),
        ("他在校表现很好。", "xiao4"),
    ],
)
def test_jiao_calibrating(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "校", nth=text.count("校") - 1) == expected
