"""Issue 19, cpp21: 呵 as 啊 closing a call or a clause (rules._FINAL_PARTICLES), 闷 mèn of what
one feels in one's heart, 奔 bèn heading for a place to break out, fight or drive there, and 揣
chuǎi of guessing an intent (collocations); 为 wèi "for" before a beneficiary and a verb of
providing, avenging, praying or defending, or of a purpose before 而 (rules._wei_for). Each
class is held with sentences of the other reading; the sentences of the class were read wrong
before (d42163e5). A class of 泡 pāo naming a lake was dropped: it broke a CPP test target
(counts only)."""

from __future__ import annotations

import pytest

from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        ("洞宾呵，您得了人可便早些儿回话；若迟呵，错教人留恨碧桃花。", 0, "a5"),
        ("哥哥呵，你可要保重。", 0, "a5"),
        ("好大的雪呵！", 0, "a5"),
        ("你可要早些回来呵。", 0, "a5"),
        # an interjection at a clause start, a verb, a laugh, a word: hē
        ("呵，你还真敢说！", 0, "he1"),
        ("他往手上呵了一口气。", 0, "he1"),
        ("老爷爷笑呵呵地点了点头。", 1, "he1"),
        ("她被老师呵斥了一顿。", 0, "he1"),
    ],
)
def test_he_as_a_closing_particle(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "呵", nth=nth) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("听了这话，他心里更闷了。", "men4"),
        ("考完试，她心里有点儿闷。", "men4"),
        # cooking in a closed pot (as 焖) is mèn too; stuffy air stays mēn
        ("把菜放在锅里闷一会儿。", "men4"),
        ("屋里又闷又热，我们出去吧。", "men1"),
        ("屋子里太闷了，快开窗吧。", "men1"),
    ],
)
def test_men_of_the_heart(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "闷") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("决定当晚午夜奔城突围。", "ben4"),
        ("汽车一路奔北京方向开。", "ben4"),
        ("船队奔东海方向驶去。", "ben4"),
        ("骑兵奔南门冲杀。", "ben4"),
        # running back, out or towards stays bēn
        ("他一路奔回了家。", "ben1"),
        ("他奔出门外。", "ben1"),
        ("孩子们奔向操场。", "ben1"),
    ],
)
def test_ben_heading_for_a_place(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "奔") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("郭衍能揣上意，阿谀奉承。", "chuai3"),
        ("谋士善于揣人心意。", "chuai3"),
        ("我们很难揣其用意。", "chuai3"),
        ("她一时揣不透对方的意图。", "chuai3"),
        # what is tucked away stays chuāi
        ("他把钱揣在兜里。", "chuai1"),
        ("他揣着一封信出了门。", "chuai1"),
        ("她把信揣进了怀里。", "chuai1"),
    ],
)
def test_chuai_guessing_an_intent(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "揣") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # for a beneficiary before a verb of providing, avenging, praying or defending
        ("这家基金会为贫困学生提供奖学金。", "wei4"),
        ("他发誓要为死去的兄弟报仇。", "wei4"),
        ("村民们在庙里为丰收祈祷。", "wei4"),
        ("律师为被告人辩护。", "wei4"),
        ("酵母可以为面包提供特殊的香味。", "wei4"),
        ("这位作曲家专为儿童创作歌曲。", "wei4"),
        ("一年后，八剌兄弟为父报仇，计划泄露。", "wei4"),
        # a copula, 为…所, a verb right after 为: wéi
        ("这首诗为李白所作。", "wei2"),
        ("该公司的主要业务为提供贷款。", "wei2"),
        ("大厅的西侧为售票处。", "wei2"),
        ("他被选为班长，负责为同学们提供帮助。", "wei2"),
    ],
)
def test_wei_for_a_beneficiary(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "为") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose before 而 (read wéi before)
        ("他们为庆祝胜利而举行了晚会。", "wei4"),
        ("她为照顾生病的母亲而辞去了工作。", "wei4"),
        ("初在园内散植，为方便游客观赏月季而辟建月季园。", "wei4"),
        ("所有宗教领袖为放弃原子和化学武器而斗争。", "wei4"),
        # 以X为Y, 而成, 为…所, 为…不容: wéi
        ("他们以木头为材料而建造房屋。", "wei2"),
        ("这座塔为砖石砌筑而成。", "wei2"),
        ("这种做法为众人所不齿而被废除。", "wei2"),
        ("刘兰芝嫁到焦家为焦母不容而被遣回娘家。", "wei2"),
    ],
)
def test_wei_of_a_purpose_before_er(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "为") == expected
