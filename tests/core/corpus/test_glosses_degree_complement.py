"""Senses of the sixteenth session's words36 (the former fourteenth held-out part's sense
misses): an ``object:`` line reads a thing fronted before its verb when a result or 得
follows the verb (饺子都包好了, 你的车不能停在这儿), and the curated lines of the "# words36"
block; each with a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_a_fronted_object_before_a_result_is_the_verb_s_object(corpus, engine) -> None:
    """包好了 "to wrap", 停在楼下 "to park", 改完了 "to correct", 拖干净了 "to mop": the thing
    before the verb is what it handles; 车停了 (no result: the car may be its subject) keeps
    "to stop", and 你的 of 你的领带 is no 的士 of 打's taxi line."""
    assert _first(corpus, engine, "饺子都包好了，快来吃吧。", "包") == "to wrap"
    assert _first(corpus, engine, "你的车不能停在这儿，这里是消防通道。", "停") == "to park (a car)"
    assert _first(corpus, engine, "作业改完了，明天发给大家。", "改") == "to correct"
    assert _first(corpus, engine, "地拖干净了，别进去。", "拖") == "to mop (the floor)"
    assert _first(corpus, engine, "车停了，我们下去吧。", "停") == "to stop"
    assert _first(corpus, engine, "你的领带打得真好看。", "打") == "to tie (a tie, a knot)"


def test_through_a_thing_named_past_an_amount_and_de(corpus, engine) -> None:
    """通过 + 一个 + 小女孩 + 的 + 眼睛 + 讲 "by means of" (thing-then-verb reads past the amount
    and the 的-phrase); 通过了这个考试 keeps "to pass (a test)"."""
    assert _first(corpus, engine, "故事是通过一个小女孩的眼睛讲出来的。", "通过") == "by means of"
    assert _first(corpus, engine, "我们通过这个方法学习汉字。", "通过") == "by means of"
    assert _first(corpus, engine, "他通过了这个考试。", "通过") == "to pass (a test)"


def test_function_words_in_their_frames(corpus, engine) -> None:
    """等 first in its clause before an event that ends and a 就/再 later: "when" (我等了他
    半个小时 keeps "to wait for"); 那就 "then"; 就会 "will"; 容易被 "likely to"; 离 + a place
    "(distance) from" (离考试 keeps the time until it); 代 + a person + 向 "on behalf"; 算我一个
    "to count (sb) in"; 快多了 "fast"."""
    assert _first(corpus, engine, "等你长大了，就明白了。", "等") == "when"
    assert _first(corpus, engine, "我等了他半个小时，他才来。", "等") == "to wait for"
    assert _first(corpus, engine, "那就看这个吧，我去网上订票。", "就") == "then"
    assert _first(corpus, engine, "温度降到零度，水就会结冰。", "会") == "will"
    assert _first(corpus, engine, "小孩子很容易被广告骗。", "容易") == "likely to"
    assert _first(corpus, engine, "新家离地铁站只有五分钟。", "离") == "(distance) from"
    assert _first(corpus, engine, "离考试只有三天了。", "离") == "(time) until"
    assert _first(corpus, engine, "请代我向你父母问好。", "代") == "to act on behalf of others"
    assert _first(corpus, engine, "算我一个，我给你订蛋糕。", "算") == "to count (sb) in"
    assert _first(corpus, engine, "好了，现在快多了，谢谢你！", "快") == "fast"


def test_a_verb_whose_object_is_named_elsewhere(corpus, engine) -> None:
    """走 + a route, a bus route before 坐, 吃什么就点什么, 带大, 拖 with the floor in the clause
    before, 我来 + a verb after its thing; 我来看你 keeps "to come"."""
    assert _first(corpus, engine, "走高速吧，快一点。", "走") == "to go (by a route)"
    assert _first(corpus, engine, "332路在哪儿坐？", "坐") == "to take (a bus etc)"
    assert _first(corpus, engine, "大家想吃什么就点什么。", "点") == "to order (food)"
    assert _first(corpus, engine, "她一个人把三个孩子带大了。", "带") == "to bring up"
    assert _first(corpus, engine, "地板太脏了，你去拖一下吧。", "拖") == "to mop (the floor)"
    assert _first(corpus, engine, "今天晚饭我来做，你们休息吧。", "来").startswith("to take it on")
    assert _first(corpus, engine, "我来看你了。", "来") == "to come"


def test_content_words_in_everyday_frames(corpus, engine) -> None:
    """角 after a direction "corner", 开门 after a time "to open (for business)", 师傅 called out
    "sir", 次 after a number, 配 after a degree word, 卡 of a video, 坏 of a car, 圆圆的; 师傅 as a
    subject keeps "master"."""
    assert _first(corpus, engine, "图书馆在学校的东北角。", "角") == "corner"
    assert _first(corpus, engine, "邮局早上八点开门。", "开门") == "to open (for business)"
    assert _first(corpus, engine, "师傅，去首都机场。", "师傅").startswith("sir")
    assert _first(corpus, engine, "王师傅在修车。", "师傅") == "master"
    assert _first(corpus, engine, "您最后一次看见他是在哪儿？", "次") == "(measure word for times)"
    assert _first(corpus, engine, "这顶帽子跟你的大衣很配。", "配") == "to match"
    assert _first(corpus, engine, "网速太慢了，视频一直卡。", "卡") == "(computing) slow"
    assert _first(corpus, engine, "我的车坏在路上了。", "坏") == "broken"
    assert _first(corpus, engine, "他是个胖胖的小男孩，脸圆圆的。", "圆") == "round"


def test_an_adjective_before_a_degree_complement(corpus, engine) -> None:
    """健康得很 "healthy", 矛盾得很 "contradictory", 幸福极了 "happy" as after 很; an
    ``after-degree`` line holds there too (麻烦得很 "troublesome"); 健康 as a subject keeps
    "health", and 很健康 reads the -y adjective of its noun."""
    assert _first(corpus, engine, "我爷爷八十岁了，身体健康得很。", "健康") == "healthy"
    assert _first(corpus, engine, "他的想法矛盾得很。", "矛盾") == "contradictory"
    assert _first(corpus, engine, "他们一家人过得幸福极了。", "幸福") == "happy"
    assert _first(corpus, engine, "这件事麻烦得很，你别管了。", "麻烦") == "troublesome"
    assert _first(corpus, engine, "他身体很健康。", "健康") == "healthy"
    assert _first(corpus, engine, "健康比钱重要。", "健康") == "health"


def test_before_degree_complement_needs_the_clause_s_end() -> None:
    """The pure place: 得 + 很 or 极了 with only particles after; not 得 + 很 + 清楚."""
    from chinese_teach.core.corpus.glosses_degree_complement import before_degree_complement

    particles = frozenset({"了", "啊", "吧", "呢"})
    assert before_degree_complement(("得", "很"), particles)
    assert before_degree_complement(("极了", "啊"), particles)
    assert not before_degree_complement(("得", "很", "清楚"), particles)
    assert not before_degree_complement(("很",), particles)


def test_quality_noun_of() -> None:
    """-ness and -y: happiness / happy, kindness / kind, health / healthy; not science /
    scientific (the older prefix rule's) nor a doubled consonant (sun / sunny)."""
    from chinese_teach.core.corpus.glosses import _quality_noun_of

    assert _quality_noun_of("happiness", "happy")
    assert _quality_noun_of("kindness", "kind")
    assert _quality_noun_of("health", "healthy")
    assert not _quality_noun_of("science", "scientific")
    assert not _quality_noun_of("sun", "sunny")
