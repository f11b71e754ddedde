"""The kinds of the tenth held-out part's misses (twelfth session, words14): learner
defaults where the entry's order misleads, the conditions and classes that read the word
the sentence decides by, and a part's sense chosen by the whole word it stands in; each
with sentences of its own and a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import load_curated
from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """牌子 "brand" (not "sign"), 线 "line" (not "thread"), in a sentence and alone;
    fireworks are set off (放鞭炮), kites keep "to release"."""
    assert _first(corpus, engine, "你喜欢哪个牌子的咖啡？", "牌子") == "brand"
    assert _first(corpus, engine, "牌子", "牌子") == "brand"
    assert _first(corpus, engine, "我们坐五号线去吧。", "线") == "line"
    assert _first(corpus, engine, "春节晚上大家一起放烟花。", "放") == "to set off (fireworks)"
    assert _first(corpus, engine, "孩子们在公园里放风筝。", "放") == "to release"


def test_a_curated_reading_written_with_u_colon_is_the_engine_s_v() -> None:
    """CC-CEDICT's "u:" (sun1 nu:3) is read as the engine's "v" (nv3), so the line is met."""
    lines = load_curated()["孙女"]
    assert lines[0].syllables == ("sun1", "nv3")
    assert not any("u:" in syllable for lines in load_curated().values() for line in lines
                   for syllable in line.syllables or ())


def test_granddaughter_is_granddaughter(corpus, engine) -> None:
    """孙女 leads with "granddaughter" (the curated line), not "son's daughter"."""
    assert _first(corpus, engine, "我的孙女很可爱。", "孙女") == "granddaughter"


def test_a_part_is_led_by_the_sense_its_whole_word_names(corpus, engine) -> None:
    """Inside a longer word a part leads with the sense the whole word's own senses name:
    牛肉面 "beef noodle soup": 面 "noodles"; 年末 "end of the year": 末 "end"; 到头 "to
    the end": 头 "end"; 贵姓 "your surname": 贵 "(honorific) your"; 调皮 "naughty": 皮
    "naughty". A verb part keeps its order (请坐 "please, have a seat": 坐 "to sit"), and a
    bracketed note matches nothing (慢慢来 "take your time": 来 is no "(amount of time)")."""
    assert _first(corpus, engine, "我爱吃妈妈做的牛肉面。", "面") == "noodles"
    assert _first(corpus, engine, "今年年末我要回国。", "末") == "end"
    assert _first(corpus, engine, "从这条路走到头就是我家。", "头") == "end"
    assert _first(corpus, engine, "请问，您贵姓？", "贵") == "(honorific) your"
    assert _first(corpus, engine, "这孩子真调皮。", "皮") == "naughty"
    assert _first(corpus, engine, "请坐。", "坐") == "to sit"
    assert not _first(corpus, engine, "别担心，慢慢来。", "来").startswith("for the past")


def test_part_led_by_whole_keeps_a_gloss_the_whole_does_not_name() -> None:
    """The rule alone: no shared word, or a first sense already shared, leaves the gloss."""
    from chinese_teach.core.corpus.glosses import part_led_by_whole, part_sense_words

    whole = frozenset(part_sense_words("beef noodle soup"))
    assert part_led_by_whole("face; side; noodles", ("face", "side", "noodles"), whole) == (
        "noodles; face; …")
    assert part_led_by_whole("noodles; face", ("face", "noodles"), whole) == "noodles; face"
    assert part_led_by_whole("to sit; to ride", ("to sit", "to ride"), whole) == (
        "to sit; to ride")
    assert part_led_by_whole("a; b", ("a", "b", "to cook noodles"), whole) == "a; b"


def test_the_kind_of_a_neighbour_decides(corpus, engine) -> None:
    """The object: 安 + a device "to install"; 打 + eggs "to beat (eggs)", also as 把's
    object before it; 换 + a metro line "to change (trains, lines)"; 跑 + shops "to run
    around"; 点 + a dish of the food class past its amount "to order"; 请 + leave past
    its amount "to ask (for leave)". A word before: 晚班 / 夜班 "shift", 这就 "right away",
    花 + an amount of time "to spend", 算 + an adjective "to count as". Each with a
    counter-example that keeps the other sense."""
    assert _first(corpus, engine, "爸爸正在给新家安空调。", "安") == "to install"
    assert _first(corpus, engine, "你先把鸡蛋打在碗里。", "打") == "to beat (eggs)"
    assert _first(corpus, engine, "做蛋糕要先打三个鸡蛋。", "打") == "to beat (eggs)"
    assert _first(corpus, engine, "他不小心把杯子打了。", "打") == "to break"
    assert _first(corpus, engine, "到了人民广场，我们要换二号线。", "换") == (
        "to change (trains, lines)")
    assert _first(corpus, engine, "我想换一件衣服。", "换") == "to change (clothes etc)"
    assert _first(corpus, engine, "为了买这本书，我跑了三家书店。", "跑") == (
        "to run around (on errands etc)")
    assert _first(corpus, engine, "他跑得很快。", "跑") == "to run"
    assert _first(corpus, engine, "我们点两个宫保鸡丁吧。", "点") == "to order (food)"
    assert _first(corpus, engine, "她想请三天病假。", "请") == "to ask (for leave)"
    assert _first(corpus, engine, "护士今天上夜班。", "班") == "shift"
    assert _first(corpus, engine, "我们班有二十个学生。", "班") == "class"
    assert _first(corpus, engine, "你等一下，我这就去。", "就") == "right away"
    assert _first(corpus, engine, "坐高铁去上海要花几个小时？", "花") == "to spend (money, time)"
    assert _first(corpus, engine, "这个价格在北京算便宜。", "算") == "to count as"


def test_the_sentence_before_the_comma_decides(corpus, engine) -> None:
    """A holiday as the topic of the clause before: 过 "to celebrate"; shoes before 我想退
    (the topic passes over a verb of intent): 退 "to return (an item)"; 一边 … ，一边 + a
    verb across a comma "while" (一边是学校，一边是医院 keeps "one side"); a waiter
    earlier: 单 "bill"; 块 ending the sentence counts a thing named before it "piece"
    (三十块 at the end of a price keeps "yuan"); 才 after a length of time "only then"."""
    assert _first(corpus, engine, "今天是我的生日，我们一起过吧。", "过") == "to celebrate"
    assert _first(corpus, engine, "这双鞋太小了，我想退了。", "退") == "to return (an item)"
    assert _first(corpus, engine, "他一边吃饭，一边看手机。", "一边") == "while"
    assert _first(corpus, engine, "马路一边是学校，一边是医院。", "一边") == "one side"
    assert _first(corpus, engine, "服务员，请把单给我。", "单") == "bill"
    assert _first(corpus, engine, "我买了两块蛋糕，吃了一块。", "块") == "piece"
    assert _first(corpus, engine, "这件衣服三十块。", "块") == "yuan (money)"
    assert _first(corpus, engine, "我等了半天，他才来。", "才") == "only then"


def test_the_word_s_place_decides(corpus, engine) -> None:
    """A complement after its verb: 扔掉 "(used after a verb …) away", 写下来 / 记不下来
    "(after a verb) completion", 停下来 "down", 写错 "wrong"; an adjective after 得不 ending
    its clause (挂得不正 "straight"); 早 said to a person "Good morning!"; 宝贝 first before
    a comma "darling"; 时 after a verb "when"; 好 + a verb said of a thing "easy (to)";
    请 after a person and before 的 "to treat"; 上门 after 送货 "to drop in". Each with a
    counter-example that keeps the other sense."""
    assert _first(corpus, engine, "你把这张不用的纸扔掉吧。", "掉").startswith("(used after a verb")
    assert _first(corpus, engine, "我的钱包掉了。", "掉") == "to fall"
    assert _first(corpus, engine, "把你的名字写下来。", "下来").startswith(
        "(after a verb) completion")
    assert _first(corpus, engine, "老师，你说慢一点儿，我记不下来。", "下来").startswith(
        "(after a verb) completion")
    assert _first(corpus, engine, "车慢慢停下来了。", "下来") == "(after a verb of motion) down"
    assert _first(corpus, engine, "你写错了一个字。", "错") == "wrong"
    assert _first(corpus, engine, "这张画挂得不正，往左一点儿。", "正") == "straight"
    assert _first(corpus, engine, "他正吃饭呢。", "正") == "just (doing)"
    assert _first(corpus, engine, "老师早！", "早") == "Good morning!"
    assert _first(corpus, engine, "他每天都来得很早。", "早") == "early"
    assert _first(corpus, engine, "宝贝，快来吃饭了！", "宝贝") == "darling"
    assert _first(corpus, engine, "这是我的宝贝。", "宝贝") == "treasure"
    assert _first(corpus, engine, "上课时请把手机关掉。", "时") == "when"
    assert _first(corpus, engine, "这个问题好回答。", "好") == "easy (to)"
    assert _first(corpus, engine, "这是一个好问题。", "好") == "good"
    assert _first(corpus, engine, "我请你吃饭吧，上次你请的。", "请") == (
        "to treat (sb to a meal etc)")
    assert _first(corpus, engine, "请你坐下。", "请") == "please"
    assert _first(corpus, engine, "这家超市可以送货上门，很方便。", "上门") == "to drop in"


def test_a_complement_inside_a_longer_token_is_read_after_its_verb(corpus, engine) -> None:
    """起来 after a verb of perception inside 看起来 / 听起来 "to seem" (想起来 keeps "to
    recall"); 住 after a verb of holding or stopping (站住, 拿住, 停住) "firmly, to a halt"
    (住在北京 keeps "to live")."""
    assert _first(corpus, engine, "看起来今天要下雨。", "起来") == (
        "(after a verb of perception) to seem")
    assert _first(corpus, engine, "你的想法听起来不错。", "起来") == (
        "(after a verb of perception) to seem")
    assert _first(corpus, engine, "我想起来了，他叫小明。", "起来") != (
        "(after a verb of perception) to seem")
    assert _first(corpus, engine, "请大家站住，别往前走了。", "住") == (
        "(after a verb) firmly, to a halt")
    assert _first(corpus, engine, "汽车突然停住了。", "住") == "(after a verb) firmly, to a halt"
    assert _first(corpus, engine, "我住在北京。", "住") == "to live"


def test_a_reading_noted_only_in_another_entry_takes_that_entry(corpus, engine) -> None:
    """血 read xiě (colloquial) has no entry of its own; the entry xuè notes "colloquial pr.
    [xie3]", so xiě is glossed "blood" (it was glossed with nothing)."""
    from chinese_teach.core.corpus.glosses import glosser, pronounced_as

    assert pronounced_as(("blood", "colloquial pr. [xie3]")) == {("xie3",)}
    assert pronounced_as(("green", "also pr. [lu:4]")) == {("lv4",)}
    assert glosser(corpus).gloss("血", ("xie3",)).short == "blood"
    assert _first(corpus, engine, "他的手破了，流了很多血。", "血") == "blood"


def test_a_name_made_of_a_word_and_a_name_keeps_its_parts(corpus, engine) -> None:
    """小王 / 老李: the prefix "(before a surname) young; little" / "old" and the surname;
    老李 is "Lao Li (name)", not "(name) Laoli"; 海淀区: the place's name and 区
    "area; region"; a given name (小明) has no parts."""
    assert _first(corpus, engine, "小王，你过来一下。", "小") == "(before a surname) young"
    assert _first(corpus, engine, "小王，你过来一下。", "王") == "(surname) Wang"
    assert _first(corpus, engine, "老李今天没来。", "老李") == "Lao Li (name)"
    assert _first(corpus, engine, "我们学校在海淀区。", "区") == "area"
    assert _first(corpus, engine, "我们学校在海淀区。", "海淀") == "(name) Haidian"
    toks = engine.annotate("小明是我的同学。")
    from chinese_teach.core.corpus.glosses import token_glosses

    found = {t.text: g for t, g in zip(toks, token_glosses(toks, corpus), strict=True) if g}
    assert found["小明"].parts == ()


def test_a_vehicle_runs_to_a_place(corpus, engine) -> None:
    """开 after a vehicle (or with one earlier in its clause) before 往/到: "(of a vehicle)
    to run (to)", also inside 开往; 把车开到楼下 keeps "to drive", and a vehicle with
    nothing after 开 keeps "(of a vehicle) to leave"."""
    assert _first(corpus, engine, "这辆公共汽车开往火车站。", "开") == "(of a vehicle) to run (to)"
    assert _first(corpus, engine, "那辆出租车开到了学校门口。", "开") == (
        "(of a vehicle) to run (to)")
    assert _first(corpus, engine, "你把车开到楼下吧。", "开") == "to drive"
    assert _first(corpus, engine, "火车已经开了。", "开") == "(of a vehicle) to leave"


def test_quite_a_few_is_an_amount_and_manner_names_no_topic(corpus, engine) -> None:
    """The object is read past 好 + 几 + 个 (跑了好几个地方 "to run around"); a clause of a
    person, a verb of intent and 怎么 names no topic, so the holiday of the clause before
    is (下周是春节，你们打算怎么过？ "to celebrate"); 你们打算怎么去？ has none."""
    assert _first(corpus, engine, "为了办签证，他跑了好几个地方。", "跑") == (
        "to run around (on errands etc)")
    assert _first(corpus, engine, "下周是春节，你们打算怎么过？", "过") == "to celebrate"
    assert _first(corpus, engine, "这条河很宽，我们怎么过？", "过") != "to celebrate"


def test_a_sense_that_names_other_words_never_leads_a_part() -> None:
    """高速 "expressway (abbr. for 高速公路)" does not lead 高速 inside 高速公路."""
    from chinese_teach.core.corpus.glosses import part_led_by_whole, part_sense_words

    whole = frozenset(part_sense_words("expressway; highway; freeway"))
    full = ("high speed", "expressway (abbr. for 高速公路[gao1 su4 gong1 lu4])")
    assert part_led_by_whole("high speed; …", full, whole) == "high speed; …"
    # the same once the short gloss shows the second sense without its reference
    assert part_led_by_whole("high speed; expressway", full, whole) == "high speed; expressway"
