"""Senses decided by a word's place (seventeenth session, words38): a measure word after a
number and an approximate 多/来/几 (一百多 + 名 "(measure word for people)", 三千多 + 米
"metre"); a one-character verb whose later sense's note names its object's kind (踢 + 足球
"to play (e.g. soccer)", 弹 + 钢琴 "to play (a string instrument)"); a noun-led entry's
later adjective before 的 and a noun it describes (一名专业的摄影师 "professional"); a
one-character word counted by a measure word, ending its clause, leads with a noun (一个伤
"injury"); 还 opening a clause that does a second thing (curated lines: 我去了北京，还去了
上海 "also"). Each with a counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import NounClass, shorten
from chinese_teach.core.corpus.glosses_counted_objects import (
    about_after_number,
    attributive_place,
    class_named_by_measure,
    class_words,
    counted_thing_place,
    counted_unit,
    later_adjective_first,
    noun_sense_first,
    number_before_about,
    object_class_note_first,
    object_words,
    person_noun,
    stand_in_nouns,
    unit_after_number,
)
from tests.core.corpus.test_glosses_classes import _first

_MEASURES = {"名", "米", "张"}.__contains__


def test_number_before_about_reads_past_duo() -> None:
    assert number_before_about("多", ("多", "一百", "有"), "名", _MEASURES) == (
        "一百", ("一百", "有"))
    assert number_before_about("来", ("来", "三十"), "张", _MEASURES) == ("三十", ("三十",))
    assert number_before_about("多", ("多", "很"), "名", _MEASURES) is None  # 很多: no number
    assert number_before_about("多", ("多", "一百"), "人", _MEASURES) is None  # no measure
    assert number_before_about("的", ("的", "一百"), "名", _MEASURES) is None
    assert about_after_number("多", "三千") and not about_after_number("多", "很")
    assert counted_unit(["rice", "meter (classifier)"]) and not counted_unit(["rice"])


@pytest.mark.parametrize(("text", "word", "first"), [
    ("这所学校有一百多名老师。", "名", "(measure word for people)"),
    ("这座山有三千多米高。", "米", "metre (m)"),
    ("这个城市有三十多所大学。", "所", "(measure word for buildings, schools, houses)"),
    ("这条街上有五十多家商店。", "家", "(measure word for shops, companies, families)"),
    # a word after 多 that is no measure word keeps its own sense
    ("他在这儿住了十多年了。", "年", "year"),
])
def test_a_measure_word_after_an_approximate_number(corpus, engine, text, word,
                                                    first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_object_class_note_first_reads_the_object_and_its_class() -> None:
    classes = {"instruments": NounClass("instruments", frozenset(), frozenset({"钢琴"}))}
    glosses = {"钢琴": "piano", "足球": "soccer ball; football; soccer", "门": "door"}.get
    senses = ["to pluck (a string)", "to play (a string instrument)", "to flick"]
    assert class_words("钢琴", classes) == "instruments"
    assert object_class_note_first(senses, ["钢琴"], lambda w: glosses(w, ""), classes,
                                   shorten).startswith("to play (a string instrument)")
    assert object_class_note_first(senses, ["门"], lambda w: glosses(w, ""), classes,
                                   shorten) is None
    assert object_class_note_first(senses, [], lambda w: glosses(w, ""), classes,
                                   shorten) is None
    kick = ["to kick", "to play (e.g. soccer)"]
    assert object_class_note_first(kick, ["足球"], lambda w: glosses(w, ""), classes,
                                   shorten).startswith("to play (e.g. soccer)")


def test_object_words_skip_an_amount() -> None:
    shown = {"一": "one", "份": "(measure word for portions)", "报纸": "newspaper",
             "了": "(particle)", "去": "to go"}.get
    assert object_words(("一", "份", "报纸"), lambda w: shown(w, ""),
                        lambda w: w == "报纸") == ["报纸"]
    assert object_words(("了", "去"), lambda w: shown(w, ""), lambda w: False) == []


@pytest.mark.parametrize(("text", "word", "first"), [
    ("我每个星期六下午都和朋友踢足球。", "踢", "to play (e.g. soccer)"),
    ("她会弹钢琴，也会弹吉他。", "弹", "to play (a string instrument)"),
    ("我爸爸每年都订一份报纸。", "订", "to subscribe to (a newspaper etc)"),
    # an object of no kind a later note names: the first sense stays
    ("他踢了我一脚。", "踢", "to kick"),
    ("我们在网上订了两张票。", "订", "to book"),
])
def test_a_verb_whose_note_names_its_object(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_attributive_place_needs_de_a_head_and_no_possessor() -> None:
    def place(prev: str, rest: tuple[str, ...]) -> bool:
        return attributive_place(prev, rest, {"医生", "生活", "老师"}.__contains__,
                                 {"我们", "中国"}.__contains__)

    assert place("名", ("的", "医生"))
    assert place("上", ("的", "生活"))
    assert not place("我们", ("的", "老师"))  # 我们专业的老师: our major's teachers
    assert not place("有", ("的", "老师"))  # 有耐心的老师: the noun one has
    assert not place("名", ("的",))
    assert not place("名", ("的", "发展"))  # no head noun of a class


def test_later_adjective_first() -> None:
    adjective = {"professional", "happy", "meaningful", "interesting"}.__contains__
    assert later_adjective_first(["major (field of study)", "specialty", "professional"],
                                 adjective, None, shorten,
                                 curated=True).startswith("professional")
    # an entry's own adjective unrelated to its noun is not read (大量 "generous")
    assert later_adjective_first(["great amount", "numerous", "generous"],
                                 {"generous"}.__contains__, None, shorten) is None
    assert later_adjective_first(["happiness", "happy"], adjective, "happy; happiness",
                                 shorten) == "happy; happiness"
    assert later_adjective_first(["interesting", "meaningful"], adjective, None,
                                 shorten) is None  # an adjective leads already
    assert later_adjective_first(["to be patient", "patience"], adjective, None,
                                 shorten) is None
    assert later_adjective_first(["specialty"], adjective, None, shorten) is None


@pytest.mark.parametrize(("text", "word", "first"), [
    ("我朋友是一名专业的摄影师。", "专业", "professional"),
    ("我们都希望过上幸福的生活。", "幸福", "happy"),
    ("这家医院有很多专业的医生。", "专业", "professional"),
    # a possessor before it, 有 before it, or an adjective leading: kept
    ("他是一个很有意思的人。", "有意思", "interesting"),
    ("他是一位很有耐心的老师。", "耐心", "patience"),
])
def test_a_noun_led_entry_describing_a_noun(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_counted_thing_place_and_noun_sense_first() -> None:
    measure = {"张", "把", "点", "听"}.__contains__
    assert counted_thing_place("个", "一", measure)
    assert counted_thing_place("张", "这", measure)
    assert not counted_thing_place("点", "几", measure)  # 几点 + 起: a clock time
    assert not counted_thing_place("听", "我", measure)  # 我听完了: no number
    assert not counted_thing_place("", "一", measure)
    assert noun_sense_first(["to injure", "injury", "wound"], shorten).startswith("injury")
    assert noun_sense_first(["to rise", "verb suffix, to start"], shorten) is None
    assert noun_sense_first(["injury", "to injure"], shorten) is None  # a noun leads
    assert noun_sense_first(["to injure"], shorten) is None


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他的腿上有一个伤，不能跑步。", "伤", "injury"),
    ("他的衬衫上掉了一个扣。", "扣", "button"),
    ("你每天早上几点起？", "起", "to rise"),
    ("我听完了。", "完", "to finish"),
])
def test_a_counted_one_character_word_is_a_thing(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "first"), [
    ("我去了北京，还去了上海。", "also"),
    ("他会说英语，还会说法语。", "also"),
    ("今天我买了苹果，还买了一些香蕉。", "also"),
    ("已经十点了，他还在睡觉。", "still"),
])
def test_hai_opening_a_second_doing_is_also(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "还") == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # learner defaults (curated "*" lines): the sense most sentences mean
    ("我已经把作业发到老师的邮箱里了。", "邮箱", "email inbox"),
    ("暑假我想找一个地方实习。", "实习", "to intern"),
    ("这个应用程序需要更新了。", "更新", "to update"),
    ("月饼有很多种口味，有甜的，也有咸的。", "口味", "taste"),
    ("我的袜子破了一个洞。", "洞", "hole"),
    # frames: 身体 asked after, 问题 said to be big, 一会儿 after its verb, 走 after a time
    ("你的身体怎么样？好点儿了吗？", "身体", "one's health"),
    ("多运动对身体好。", "身体", "the body"),
    ("大夫：有点儿红，是感冒了，问题不大。", "问题", "problem"),
    ("我有一个问题。", "问题", "question"),
    ("午饭以后，我一般在教室里睡一会儿。", "一会儿", "a while"),
    ("你别着急，他一会儿就回来。", "一会儿", "in a moment"),
    ("对，我后天上午走。", "走", "to leave"),
    ("我们往前走。", "走", "to walk"),
])
def test_learner_lines_of_words38(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_unit_after_number() -> None:
    assert unit_after_number("克", ("克", "一百", "只有"))
    assert not unit_after_number("克", ("克",))  # nothing before the unit
    assert not unit_after_number("一百", ("一百", "三"))  # a number is no unit
    assert not unit_after_number("左", ("左", "往"))


@pytest.mark.parametrize(("text", "word", "first"), [
    # "after-amount" past a unit with no classifier sense (words38)
    ("熊猫宝宝刚出生的时候非常小，只有一百克左右。", "左右", "about"),
    ("他每天要喝两升左右的水。", "左右", "about"),
    ("你往左右两边看看。", "左右", "left and right"),
    # frames named by curated lines (words38)
    ("这本词典是我从图书馆借的。", "借", "to borrow"),
    ("我在这家银行干了十年了。", "干", "to work"),
    ("这门课的老师是从上海来的。", "课", "course"),
    ("这次考试的题目不太难。", "题目", "question (in an exam or exercise)"),
    ("请大家讨论一下这个题目。", "题目", "topic"),
    ("这封信我想寄挂号，多少钱？", "挂号", "to send by registered mail"),
])
def test_amounts_and_frames_of_words38(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # an object or a subject that names the sense (curated lines, words38)
    ("那只老虎正在睡觉，别吵它。", "吵", "to disturb (by making a noise)"),
    ("我们吵了一架，现在谁也不理谁。", "吵", "to quarrel"),
    ("他属龙，今年是他的本命年。", "属", "to be born in the year of (an animal)"),
    ("我只会下中国象棋。", "下", "to play (chess or a board game)"),
    ("这份工作能锻炼我的能力。", "锻炼", "to develop (one's skills)"),
    ("我每天都锻炼身体。", "锻炼", "to exercise"),
    ("我同桌的嗓子很好，唱中文歌特别好听。", "嗓子", "voice"),
    ("我的嗓子很疼，说不出话来。", "嗓子", "throat"),
    ("最近公司的工作很紧张，我每天都加班。", "紧张", "intense"),
    ("考试前我很紧张。", "紧张", "nervous"),
    ("下午如果没有会，我就在办公室安安静静地写东西。", "会", "meeting"),
    ("我不会游泳。", "会", "can"),
])
def test_objects_and_subjects_naming_a_sense(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # more frames of common words (curated lines, words38)
    ("小明：八十五。我们班的王芳考了满分，真厉害。", "厉害", "amazing"),
    ("这几天我咳嗽得很厉害。", "厉害", "severe"),
    ("在网上不要随便告诉别人你的地址。", "随便", "casually"),
    ("你随便坐吧。", "随便", "as one wishes"),
    ("法院判他三年有期徒刑。", "判", "to sentence"),
    ("他从银行贷款买了一套房子。", "贷款", "to raise a loan (from a bank)"),
    ("“你最近身体怎么样？”“马马虎虎。”", "马马虎虎", "so-so"),
    ("坐几个小时就到，硬座就行。", "就", "just"),
    ("你等一下，我马上就来。", "就", "right away"),
])
def test_more_frames_of_words38(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_person_noun_reads_the_people_class() -> None:
    classes = {"people": NounClass("people", frozenset(), frozenset({"人", "客户"}))}
    assert person_noun("客户", classes)
    assert not person_noun("人", classes)  # one character: the glosser's own list
    assert not person_noun("桌子", classes)
    assert not person_noun("客户", {})


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他去机场接客户了，下午才回来。", "接", "to meet"),
    ("我去机场接一个新同事，他叫王明。", "接", "to meet"),
    ("他的手机响了，可是他没接。", "接", "to answer (the phone)"),
])
def test_a_person_noun_of_the_people_class(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("你扫一下这个码就能付钱了。", "扫", "to scan (a QR code or barcode)"),
    ("你扫一下这个码就能付钱了。", "码", "code (QR code or barcode)"),
    ("你可以用微信扫一下这个二维码。", "扫", "to scan (a QR code or barcode)"),
    ("吃完饭以后我来扫地。", "扫", "to sweep"),
])
def test_scanning_a_code(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_photos_and_cards_are_no_works() -> None:
    from chinese_teach.core.corpus.glosses import load_noun_classes

    works = load_noun_classes()["works"]
    assert works.has("电影") and works.has("纪录片") and works.has("电视剧")
    assert not any(works.has(w) for w in ("照片", "图片", "名片", "明信片", "卡片"))


@pytest.mark.parametrize(("text", "first"), [
    ("这张照片拍得真好看。", "good-looking"),
    ("这些明信片都很好看。", "good-looking"),
    ("这部电影很好看。", "good (of a movie, book, TV show etc)"),
])
def test_haokan_of_a_photo_and_of_a_film(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "好看") == first


@pytest.mark.parametrize(("text", "first"), [
    ("夏天，黄瓜和西红柿都熟了。", "ripe"),
    ("秋天到了，稻子和麦子都熟了。", "ripe"),
    ("我跟他很熟。", "familiar (with)"),
    ("这个菜还没熟，再炒一会儿。", "thoroughly cooked"),
])
def test_shu_of_crops_joined_by_he(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "熟") == first


def test_a_measure_word_standing_for_its_noun() -> None:
    classes = {"clothes": NounClass("clothes", frozenset({"clothes", "clothing"}),
                                    frozenset({"衣服"})),
               "works": NounClass("works", frozenset({"book", "film"}), frozenset({"书"}))}
    assert class_named_by_measure(["item", "classifier for events, things, clothes etc"],
                                  classes) == "clothes"
    assert class_named_by_measure(["classifier for books, films"], {**classes}) == "works"
    assert class_named_by_measure(["classifier for long thin things (ribbon, river)"],
                                  classes) is None
    assert class_named_by_measure(["item"], classes) is None

    def stand_in(w: str) -> str | None:
        return "衣服" if w == "件" else None

    def noun(w: str) -> bool:
        return w in ("衣服", "事")

    assert stand_in_nouns(("有点儿", "件", "这"), stand_in, noun, "|") == (
        "有点儿", "衣服", "这")
    assert stand_in_nouns(("事", "件", "这"), stand_in, noun, "|") == ("事", "件", "这")
    assert stand_in_nouns(("有点儿", "件", "红"), stand_in, noun, "|") == (
        "有点儿", "件", "红")  # nothing counts it
    assert stand_in_nouns(("有点儿", "|", "件", "那"), stand_in, noun, "|") == (
        "有点儿", "|", "件", "那")  # another clause


@pytest.mark.parametrize(("text", "word", "first"), [
    ("顾客：这件有点儿肥，有小一号的吗？", "肥", "loose-fitting or large"),
    ("这件太瘦了，我穿不了。", "瘦", "(of clothing) tight"),
    ("这件事太麻烦了。", "麻烦", "troublesome"),
    ("他太瘦了，应该多吃点儿。", "瘦", "thin"),
])
def test_zhe_jian_stands_for_a_garment(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # what gloss_diff showed the first version doing wrong (words38)
    ("他在墙上钻了一个洞。", "钻", "to drill"),  # no "to enter (a hole)"
    ("妈妈腌了一坛咸菜。", "腌", "to salt"),  # 咸菜 is food, no meat
    ("这个地区有大量的资料。", "大量", "great amount"),  # no unrelated "generous"
    ("你是做哪一行的？", "做", "to do"),
])
def test_what_the_first_version_did_wrong(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
