"""Senses decided by a word's place or by classes of words around it (fifteenth session,
words32): a degree complement after 得 reads as its intensifier, a verb or noun phrase
after a degree word ending its clause leads with its own adjective, and the curated
lines of the "# words32" block (jobs after 当, 说 of a person judged, 讲 to a person,
food textures and ways of cooking, 片 counting medicine or land, 泡 of a body part or a
blister, 挑 + water, defaults of 口头禅, 乡村, 结实, 开朗); each with a counter-example
that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.adverbs import ly_adverb
from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_clause_places import (
    adverb_before_de,
    clause_end_adjective_first,
    counted_after_next_or_last,
    degree_complement_first,
)
from tests.core.corpus.test_glosses_classes import _first

_PARTICLES = frozenset({"了", "啊", "吧", "呢"})


def test_a_degree_complement_reads_as_its_intensifier(corpus, engine) -> None:
    """饿得要命 "extremely", 热得不得了 "extremely", 闷得慌 "unbearably"; 不得了 said of a
    thing, not after 得, keeps "desperately serious"."""
    assert _first(corpus, engine, "我饿得要命，先吃点儿点心吧。", "要命") == "extremely"
    assert _first(corpus, engine, "今天热得不得了。", "不得了") == "extremely"
    assert _first(corpus, engine, "我心里闷得慌。", "慌") == "unbearably"
    assert _first(corpus, engine, "这件事不得了。", "不得了") == "desperately serious"


def test_degree_complement_first_needs_de_and_the_clause_s_end() -> None:
    """The pure rule: after 得 with only particles after it; not before more words, not
    after another word, not for an entry led by an intensifier or with none."""
    senses = ["to cause sb's death", "extremely; terribly"]
    assert degree_complement_first(senses, "得", ("了",), _PARTICLES, shorten) == (
        "extremely; terribly; to cause sb's death")
    assert degree_complement_first(senses, "得", ("他",), _PARTICLES, shorten) is None
    assert degree_complement_first(senses, "不", (), _PARTICLES, shorten) is None
    assert degree_complement_first(senses[::-1], "得", (), _PARTICLES, shorten) is None
    assert degree_complement_first(["to get panicky", "(coll.) (after 得) unbearably"],
                                   "得", (), _PARTICLES, shorten).startswith("unbearably")
    assert degree_complement_first(["to run", "to flee"], "得", (), _PARTICLES,
                                   shorten) is None


def test_an_adjective_of_its_own_leads_after_a_degree_word_ending_the_clause(
        corpus, engine) -> None:
    """真讨厌。 "disagreeable", 很和睦。 "harmonious"; 很讨厌 + 他 keeps "to dislike";
    难听 ("unpleasant to hear", an adjective already) keeps its first sense."""
    assert _first(corpus, engine, "厨房里飞进来一只苍蝇，真讨厌。", "讨厌") == "disagreeable"
    assert _first(corpus, engine, "他们一家人生活得很和睦。", "和睦") == "harmonious"
    assert _first(corpus, engine, "我很讨厌他。", "讨厌") == "to dislike"
    assert _first(corpus, engine, "这首歌很难听。", "难听") == "unpleasant to hear"


def test_clause_end_adjective_first_reads_the_entry_s_first_sense() -> None:
    """The pure rule: a verb or a noun phrase first, an adjective of its own later; not
    after a word that is no degree word, not before an object, not for an entry led by
    one word or by a note."""
    senses = ["to dislike", "to loathe", "disagreeable", "troublesome"]
    assert clause_end_adjective_first(senses, True, ("了",), _PARTICLES, shorten) == (
        "disagreeable; to dislike")
    assert clause_end_adjective_first(senses, False, (), _PARTICLES, shorten) is None
    assert clause_end_adjective_first(senses, True, ("他",), _PARTICLES, shorten) is None
    assert clause_end_adjective_first(["peaceful relations", "harmonious"], True, (),
                                      _PARTICLES, shorten).startswith("harmonious")
    assert clause_end_adjective_first(["calm", "harmonious"], True, (), _PARTICLES,
                                      shorten) is None
    assert clause_end_adjective_first(["(of clothing) tight", "harmonious"], True, (),
                                      _PARTICLES, shorten) is None
    assert clause_end_adjective_first(["unpleasant to hear", "offensive"], True, (),
                                      _PARTICLES, shorten) is None


def test_a_job_after_dang_is_work_as(corpus, engine) -> None:
    """当 + a job (next, or past an amount and a modifier) "to work as"; 当 … 的时候
    stays "when"."""
    assert _first(corpus, engine, "他毕业以后当了一名小学老师。", "当") == "to work as"
    assert _first(corpus, engine, "我想当医生。", "当") == "to work as"
    assert _first(corpus, engine, "当我回家的时候，他在睡觉。", "当") == "when"


def test_shuo_of_a_person_judged_is_to_scold(corpus, engine) -> None:
    """被 + a person + 说, 说 + a person + 两句 "to scold"; 说 + 两句话 to someone, or a
    person + 两个 (a count of people), stays "to speak"."""
    assert _first(corpus, engine, "我上课迟到了，被老师说了几句。", "说") == "to scold"
    assert _first(corpus, engine, "妈妈说他几句。", "说") == "to scold"
    assert _first(corpus, engine, "我跟你说两句话。", "说") == "to speak"
    assert _first(corpus, engine, "他说我们两个都对。", "说") == "to speak"
    assert _first(corpus, engine, "他被大家说成了英雄。", "说") != "to scold"


def test_jiang_to_a_person_ending_its_clause_is_to_explain(corpus, engine) -> None:
    """给 + a person + 讲 ending the clause "to explain"; 讲 + a story after 给 + a person
    keeps the table's "to speak"."""
    assert _first(corpus, engine, "我有不懂的题问她，她总是耐心地给我讲。", "讲") == (
        "to explain")
    assert _first(corpus, engine, "奶奶每天晚上给我讲故事。", "讲") != "to explain"


def test_food_textures_and_ways_of_cooking(corpus, engine) -> None:
    """脆 of a food "crisp", 麻 beside 辣 or of a leg "numb", 蒸 with food "(of cooking)
    to steam", 涮 + meat "to cook by dipping"; 脆 of glass stays "brittle"."""
    assert _first(corpus, engine, "这家店的薯条又香又脆。", "脆") == "crisp"
    assert _first(corpus, engine, "这种玻璃很脆。", "脆") == "brittle"
    assert _first(corpus, engine, "四川菜又麻又辣，很多外国人吃不惯。", "麻") == "numb"
    assert _first(corpus, engine, "我坐了太久，腿都麻了。", "麻") == "numb"
    assert _first(corpus, engine, "广东人喜欢吃蒸的菜，比较清淡。", "蒸") == (
        "(of cooking) to steam")
    assert _first(corpus, engine, "冬天跟朋友一起涮羊肉，又暖和又热闹。", "涮").startswith(
        "to cook by dipping")


def test_pian_counts_medicine_and_land(corpus, engine) -> None:
    """片 of medicine, counted or before it, "tablets"; before a forest "a tract"; before
    bread it keeps "slice"."""
    assert "tablets" in _first(corpus, engine, "这种药一天吃三次，每次两片。", "片")
    assert "tablets" in _first(corpus, engine, "来，喝口水，把这片药吃了。", "片")
    assert "tract" in _first(corpus, engine, "这片森林里住着很多野生动物。", "片")
    assert "tablets" not in _first(corpus, engine, "我早上吃了两片面包。", "片")


def test_pao_of_the_body_and_a_blister(corpus, engine) -> None:
    """泡 + a foot "to soak", 起了一个泡 "blister", 泡 + tea "to steep (tea etc)"."""
    assert _first(corpus, engine, "她每天晚上都用热水泡脚。", "泡") == "to soak"
    assert _first(corpus, engine, "他的手被开水烫了一下，起了一个泡。", "泡") == "blister"
    assert _first(corpus, engine, "我们一起泡茶吧。", "泡") == "to steep (tea etc)"


def test_tiao_water_and_defaults_learners_meet_first(corpus, engine) -> None:
    """挑水 "to carry on a pole" (挑衣服 "to choose"); 口头禅 "catchphrase", 乡村 "village",
    结实 "sturdy"; 开朗 of a person's character "(of character) cheerful"."""
    assert _first(corpus, engine, "每天早上，他都要去河边挑水。", "挑") == "to carry on a pole"
    assert _first(corpus, engine, "她在商店里挑衣服。", "挑") == "to choose"
    assert _first(corpus, engine, "她的口头禅是：“开心最重要！”", "口头禅") == "catchphrase"
    assert _first(corpus, engine, "爷爷小时候住在乡村。", "乡村") == "village"
    assert _first(corpus, engine, "这个孩子长得很结实。", "结实") == "sturdy"
    assert _first(corpus, engine, "她性格很开朗。", "开朗") == "(of character) cheerful"


def test_a_measure_word_after_next_or_last_counts_its_noun(corpus, engine) -> None:
    """下节课 / 上节课: 节 "(measure word for class periods)", 下 "next", 上 "last", as
    这节课; 节 alone before no noun keeps the table's "festival"."""
    assert _first(corpus, engine, "下节课我们做一个小测验。", "节") == (
        "(measure word for class periods)")
    assert _first(corpus, engine, "下节课我们做一个小测验。", "下") == "next"
    assert _first(corpus, engine, "上节课我们学了什么？", "上") == "last"
    assert _first(corpus, engine, "春节是中国最重要的节。", "节") == "festival"
    assert _first(corpus, engine, "忽然下起雨来了。", "起") != "(measure word for occurrences or"


def test_counted_after_next_or_last_needs_a_noun_after_it() -> None:
    """The pure rule: a measure word of a sequence after 上/下 with a noun next; not after
    another word, not before a word that is no noun, not when the words before start
    with another word, not 起 of 下起雨来."""
    def noun(word: str) -> bool:
        return word in ("课",)

    assert counted_after_next_or_last("节", "下", (), ("课",), noun)
    assert counted_after_next_or_last("节", "下", ("下", "我们"), ("课",), noun)
    assert not counted_after_next_or_last("节", "下", ("走",), ("课",), noun)
    assert not counted_after_next_or_last("节", "这", (), ("课",), noun)
    assert not counted_after_next_or_last("节", "下", (), ("去",), noun)
    assert not counted_after_next_or_last("起", "下", (), ("课",), noun)


def test_frames_of_everyday_verbs_and_measure_words(corpus, engine) -> None:
    """把 + a person + 送 "to take (sb somewhere)" (送 + 信 stays "to deliver"); 包在我身上
    "to take charge of"; a firm 倒了 "to go bankrupt"; 看了我两眼 "a glance"; 干这行
    "profession"; 切得很碎 "broken"; 电费交了吗 "to pay"."""
    assert _first(corpus, engine, "妈妈把我送去机场。", "送") == "to take (sb somewhere)"
    assert _first(corpus, engine, "快递员把信送来了。", "送") != "to take (sb somewhere)"
    assert _first(corpus, engine, "你放心，这件事包在我身上。", "包") == "to take charge of"
    assert _first(corpus, engine, "他们公司去年倒了。", "倒") == "to go bankrupt"
    assert _first(corpus, engine, "他看了我两眼。", "眼") == "a glance"
    assert _first(corpus, engine, "他干这行很多年了。", "行") == "profession"
    assert _first(corpus, engine, "葱、姜、蒜都要切得很碎。", "碎") == "broken"
    assert _first(corpus, engine, "这个月的电费交了吗？", "交") == "to pay (money)"


def test_a_state_or_a_phrase_is_the_adverb_before_de(corpus, engine) -> None:
    """耐心地 "patiently", 开心地 "happily", 着急地 "anxiously", 满意地 "to one's
    satisfaction"; 很耐心 (no 地) keeps "to be patient", 高兴地 keeps the adverb of its own
    adjective, "happily"."""
    assert _first(corpus, engine, "她耐心地给我讲。", "耐心") == "patiently"
    assert _first(corpus, engine, "孩子们开心地笑了。", "开心") == "happily"
    assert _first(corpus, engine, "他着急地问我。", "着急") == "anxiously"
    assert _first(corpus, engine, "老师满意地点了点头。", "满意") == "to one's satisfaction"
    assert _first(corpus, engine, "他很耐心。", "耐心") == "to be patient"
    assert _first(corpus, engine, "他高兴地说了一句话。", "高兴") == "happily"


def test_adverb_before_de_reads_phrases_and_states_only() -> None:
    """The pure rule: a phrase "to one's …" or "with …" leads as it is, a state "to be/feel
    X" of an adjective gives X's -ly adverb; a verb of doing, or a state of a word that is
    no adjective, gives none."""
    def adjective(word: str) -> bool:
        return word in ("happy", "sad")

    assert adverb_before_de(["satisfied", "to one's satisfaction"], adjective, ly_adverb,
                            shorten) == "to one's satisfaction; satisfied"
    assert adverb_before_de(["to feel happy", "to rejoice"], adjective, ly_adverb,
                            shorten) == "happily; to feel happy"
    assert adverb_before_de(["to be patient", "patience"], adjective, ly_adverb,
                            shorten).startswith("patiently")
    assert adverb_before_de(["to move emotionally"], adjective, ly_adverb, shorten) is None
    assert adverb_before_de(["to be home"], adjective, ly_adverb, shorten) is None


def test_love_flowers_and_health_decide_everyday_verbs(corpus, engine) -> None:
    """交往 with a break-up "to date" (between countries "association"), 追 of a marriage
    "to court" (of a thief "to chase"), 花都开了 "to bloom" (门开了 "to open"), 又吐又拉 "to
    empty one's bowels" (拉着我的手 "to pull"), 用爪子抓 / an itch "to scratch"."""
    assert _first(corpus, engine, "他们俩交往了半年就分手了。", "交往") == "to date"
    assert _first(corpus, engine, "我们和邻国的交往很多。", "交往") != "to date"
    assert _first(corpus, engine, "他追了她三年，最后她嫁给了他。", "追") == "to court"
    assert _first(corpus, engine, "警察追了小偷两条街。", "追") == "to chase"
    assert _first(corpus, engine, "春天来了，花都开了。", "开") == "(of flowers) to bloom"
    assert _first(corpus, engine, "门开了。", "开") == "to open"
    assert _first(corpus, engine, "这个孩子发烧了，一直又吐又拉。", "拉") == (
        "to empty one's bowels")
    assert _first(corpus, engine, "他拉着我的手。", "拉") == "to pull"
    assert _first(corpus, engine, "小狗用爪子把门抓坏了。", "抓") == "to scratch"
    assert _first(corpus, engine, "我的腿被蚊子咬了，好痒，我一直在抓。", "抓") == "to scratch"


def test_an_animal_that_jiao_cries(corpus, engine) -> None:
    """An animal in the clause and 叫 ending it or before 个不停 "(of an animal) to cry";
    an animal's name after 叫 keeps "to be called"."""
    assert _first(corpus, engine, "小鸟在树上叫。", "叫") == "(of an animal) to cry"
    assert _first(corpus, engine, "狗在门口叫个不停。", "叫") == "(of an animal) to cry"
    assert _first(corpus, engine, "这只小猫叫咪咪。", "叫") == "to be called"
    assert _first(corpus, engine, "你的小狗叫什么名字？", "叫") == "to be called"


def test_ying_of_a_food_is_its_texture(corpus, engine) -> None:
    """面包 … 硬了 "hard", not CC-CEDICT's "(of food) filling", which the "(of …)" subject
    rule brought first."""
    assert _first(corpus, engine, "这个面包已经硬了。", "硬") == "hard"
    assert _first(corpus, engine, "米饭有点儿硬。", "硬") == "hard"


def test_yuan_of_the_moon_and_after_a_degree_word(corpus, engine) -> None:
    """月亮很圆 "(of the moon) full", 这个盘子很圆 "round"; 画一个圆 keeps "circle"."""
    assert _first(corpus, engine, "今天晚上的月亮很圆。", "圆") == "(of the moon) full"
    assert _first(corpus, engine, "这个盘子很圆。", "圆") == "round"
    assert _first(corpus, engine, "请在纸上画一个圆。", "圆") == "circle"
