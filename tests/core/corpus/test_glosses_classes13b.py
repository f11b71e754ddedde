"""One-character words of HSK 1-5 in shapes their lines had not met (eleventh session,
words13b): the object past a bare 个, 着 or a time cut apart, the topic in the clause before a
request, a verb done once, a choice later in the clause, the person after 向, a reply after an
opening quote, and curated lines by the object's class and the word's place; each with a
counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import _bare_direction, _offers_choice
from tests.core.corpus.test_glosses_classes import _first


def test_the_object_is_read_past_a_bare_ge(corpus, engine) -> None:
    """做 + 个 + 朋友 "to be" (个 has no "classifier for" sense); 做 + 个 + 蛋糕 "to make"."""
    assert _first(corpus, engine, "我们做个朋友吧。", "做") == "to be"
    assert _first(corpus, engine, "我们做个蛋糕吧。", "做") == "to make"


def test_a_request_s_clause_reads_its_topic_in_the_clause_before(corpus, engine) -> None:
    """你帮我打吧 names no thing: 字 in the clause before makes 打 "to type"; alone, 打
    keeps "to hit"."""
    assert _first(corpus, engine, "这几个字我不会打，你帮我打吧。", "打") == "to type"
    assert _first(corpus, engine, "你帮我打吧。", "打") == "to hit"


def test_a_character_done_once_is_a_verb(corpus, engine) -> None:
    """包 + 一下 "to wrap" (a verb done once), not "bag"; 这个包 keeps "bag", and 车 + 一下 + 就
    (all at once, before a predicate) keeps "car"."""
    assert _first(corpus, engine, "这是送给朋友的礼物，请帮我包一下。", "包") == "to wrap"
    assert _first(corpus, engine, "这个包很贵。", "包") == "bag"
    assert _first(corpus, engine, "车一下就开走了。", "车") == "car"


def test_a_person_then_a_verb_is_read_past_zhe(corpus, engine) -> None:
    """带 + 着 + 我们 + 参观 "to lead" (person-then-verb past 着); 带 + 我们 + 去 keeps "to
    take (along)", 带 + 着 + 一把伞 "to bring"."""
    assert _first(corpus, engine, "导游带着我们参观了博物馆。", "带") == "to lead"
    assert _first(corpus, engine, "带我们去公园吧。", "带") == "to take (along)"
    assert _first(corpus, engine, "他带着一把伞。", "带") == "to bring"


def test_a_time_cut_apart_is_no_change_given(corpus, engine) -> None:
    """找 + 了 + 你 + 一 / 个 / 上午 is looking for someone, not giving change; 找 + 我 + 五块钱
    keeps "to give change"."""
    assert _first(corpus, engine, "我找了你一个上午，你去哪儿了？", "找") != "to give change"
    assert _first(corpus, engine, "他找了我五块钱。", "找") == "to give change"


def test_a_choice_later_makes_kan_depend_on(corpus, engine) -> None:
    """看 after 得/要 with an A不A later "to depend on"; 我得看老师 keeps "to see"."""
    assert _first(corpus, engine, "能不能去还得看老师同不同意。", "看") == "to depend on"
    assert _first(corpus, engine, "这要看你去不去。", "看") == "to depend on"
    assert _first(corpus, engine, "我得看老师。", "看") != "to depend on"
    assert _offers_choice(("老师", "同", "不", "同意"))
    assert _offers_choice(("你", "去不去"))
    assert _offers_choice(("你", "还是", "他"))
    assert not _offers_choice(("不", "想", "去"))


def test_yao_after_a_person_of_xiang_asks_for(corpus, engine) -> None:
    """向 + 我 + 要 + 一百块钱 "to ask for" (after-person-of, before before-cost); 要 +
    一百块钱 keeps "to cost", 跟 + 他 + 要 + 去 (before a verb) is not asking."""
    assert _first(corpus, engine, "我弟弟向我要了一百块钱。", "要") == "to ask for"
    assert _first(corpus, engine, "这件衣服要一百块钱。", "要") == "to cost"
    assert _first(corpus, engine, "我跟他要去北京。", "要") != "to ask for"


def test_a_reply_after_an_opening_quote_starts_its_sentence(corpus, engine) -> None:
    """“成，…” "OK!" (start after a quote mark, alone before a comma); 他成了老师 keeps
    "to become"."""
    assert _first(corpus, engine, "“明天上午九点见，好吗？”“成，就这么定了。”", "成") == "OK!"
    assert _first(corpus, engine, "他成了老师。", "成") == "to become"


def test_lines_by_the_object_s_class(corpus, engine) -> None:
    """换 + a vehicle "to change (trains, buses etc)"; 讲 + 卫生 "to pay attention to"; 靠 +
    the sea "near" (靠在门上 keeps "to lean"); 放 + a person as 把's object + 了 "to release"
    (放在桌子上 keeps "to put"); 挂 with an exam as topic "to fail" (电话 … 挂了 keeps "to
    hang up")."""
    assert _first(corpus, engine, "到了北京以后，我们还要换火车。", "换") == (
        "to change (trains, buses etc)")
    assert _first(corpus, engine, "我要换衣服。", "换") == "to change (clothes etc)"
    assert _first(corpus, engine, "他这个人很讲卫生。", "讲") == "to pay attention to"
    assert _first(corpus, engine, "老师在讲课文。", "讲") == "to explain"
    assert _first(corpus, engine, "我们家住在靠海的地方。", "靠") == "near"
    assert _first(corpus, engine, "请不要靠在门上。", "靠") == "to lean against or on"
    assert _first(corpus, engine, "你靠个东西吧。", "靠") == "to lean against or on"
    assert _first(corpus, engine, "警察把他放了。", "放") == "to release"
    assert _first(corpus, engine, "我把书放在桌子上了。", "放") == "to put"
    assert _first(corpus, engine, "糟糕，我数学考试又挂了。", "挂") == "to fail (an exam)"
    assert _first(corpus, engine, "他把电话挂了。", "挂") == "to hang up (the phone)"


def test_lines_by_the_word_s_place(corpus, engine) -> None:
    """怪 + an adjective + 的 "quite" (怪他 "to blame"); 正 ending its clause after 不/得
    "straight" (正 + 吃饭 "just (doing)"); 边 … 边 "(while) at the same time"; 并 before a
    negative "(not) at all" (并 + 通过 "and"); 平 after a score "to tie" (很平 "flat"); 跑 + 了
    ending its clause "to run away" (跑五公里 "to run"); 又 + 怕 after a comma "and yet" (又来了
    "(once) again"); 到 + a time … 才 "until" (到家了 "to reach")."""
    assert _first(corpus, engine, "这孩子怪可爱的。", "怪") == "quite"
    assert _first(corpus, engine, "这不能怪他。", "怪") == "to blame"
    assert _first(corpus, engine, "那幅画好像挂得不正。", "正") == "straight"
    assert _first(corpus, engine, "我们正吃饭呢。", "正") == "just (doing)"
    assert _first(corpus, engine, "他喜欢边吃饭边看手机。", "边") == "(while) at the same time"
    assert _first(corpus, engine, "其实我并不想去。", "并") == "(not) at all (before a negative)"
    assert _first(corpus, engine, "他们讨论并通过了这个计划。", "并") == "and"
    assert _first(corpus, engine, "比赛最后二比二平了。", "平") == "to tie (make the same score)"
    assert _first(corpus, engine, "这条路很平。", "平") == "flat"
    assert _first(corpus, engine, "警察来了，小偷早就跑了。", "跑") == "to run away"
    assert _first(corpus, engine, "他每天跑五公里。", "跑") == "to run"
    assert _first(corpus, engine, "我很想去，又怕花太多钱。", "又") == "and yet"
    assert _first(corpus, engine, "他又来了。", "又") == "(once) again"
    assert _first(corpus, engine, "我到今天才知道这件事。", "到") == "until"
    assert _first(corpus, engine, "我到家了。", "到") == "to reach"


def test_lines_by_frame(corpus, engine) -> None:
    """把 … 当 "to treat as" (dàng; 当了老师 dāng "to work as", a job:
    words32); 让 + 着 "to yield (to sb)" (让他进来 "to let"); 转了转 "to walk
    about" (往左转 "to turn"); 用 … 做的 "to make" (用电脑做作业 "to do"); 上 … 的班
    "shift" (我们班 "class"); 也才 + a verb "just" (十点才来 "only then");
    这个会 "meeting" (会开车 "can")."""
    assert _first(corpus, engine, "你别总把我当小孩子。", "当") == "to treat as"
    assert _first(corpus, engine, "他当了老师。", "当") == "to work as"
    assert _first(corpus, engine, "你是哥哥，应该让着弟弟。", "让") == "to yield (to sb)"
    assert _first(corpus, engine, "让他进来吧。", "让") == "to let"
    assert _first(corpus, engine, "吃完饭我们去公园里转了转。", "转") == "to walk about"
    assert _first(corpus, engine, "到了路口往左转。", "转") == "to turn"
    assert _first(corpus, engine, "这张桌子是用木头做的。", "做") == "to make"
    assert _first(corpus, engine, "我用电脑做作业。", "做") == "to do"
    assert _first(corpus, engine, "他一天要上十个小时的班。", "班") == "shift"
    assert _first(corpus, engine, "我们班的学生都很好。", "班") == "class"
    assert _first(corpus, engine, "你等了很久吗？我也才到。", "才") == "just"
    assert _first(corpus, engine, "他十点才来。", "才") == "only then"
    assert _first(corpus, engine, "这个会开了三个多小时，大家都累了。", "会") == "meeting"
    assert _first(corpus, engine, "他会开车。", "会") == "can"


def test_probe_round_lines(corpus, engine) -> None:
    """The second round, from probes of everyday frames: 开 + a sick note "to write out" (开
    … 会 "to hold"); 晚 after a verb "late" (alone "evening"); 花 + an amount "to spend" (很多
    花 "flower"); 重 + 感情 "to attach importance to" (很重 "heavy"); 成 + 了 ending its clause
    after no verb "to succeed" (写成了 "to become"); 倒 before a degree word "contrary to what
    one might expect" (倒 + 水 "to pour"); 收 + 着 "to accept" (收了礼物 "to receive"); 是带 +
    a noun + 的 "with" (带给你的 "to bring"); 出 + 汗 "to put forth" (出了问题 "to occur");
    才 after a wait "only then" (他才来 "just")."""
    cases = [
        ("医院给他开了三天的病假。", "开", "to write out (a prescription, a receipt)"),
        ("我们开了三天的会。", "开", "to hold (a meeting, a party)"),
        ("对不起，我回来晚了。", "晚", "late"),
        ("晚", "晚", "evening"),
        ("我一个月要花三千块钱。", "花", "to spend (money, time)"),
        ("公园里有很多花。", "花", "flower"),
        ("他很重感情。", "重", "to attach importance to"),
        ("这个箱子很重。", "重", "heavy"),
        ("事情成了，大家都很高兴。", "成", "to succeed"),
        ("他把“大”字写成了“太”字。", "成", "to become"),
        ("这个房间倒挺干净的。", "倒", "contrary to what one might expect"),
        ("请给我倒一杯水。", "倒", "to pour"),
        ("这些钱你先收着。", "收", "to accept"),
        ("我收了他的礼物。", "收", "to receive"),
        ("这件衣服是带帽子的。", "带", "with"),
        ("这是带给你的。", "带", "to bring"),
        ("她出了一身汗。", "出", "to put forth (sweat, blood)"),
        ("这台电脑又出了问题。", "出", "to occur"),
        ("我等了半天他才来。", "才", "only then"),
        ("他才来。", "才", "just"),
    ]
    for text, word, sense in cases:
        assert _first(corpus, engine, text, word) == sense, (text, word)


def test_dou_after_one_thing_that_changes_and_na_before_jiu(corpus, engine) -> None:
    """都 after a dish or the weather, before 了 "already" (我们都是学生, 孩子们都睡了 keep
    "all"); 那 + 就 "then (in that case)" (那是我的书 keeps "that")."""
    assert _first(corpus, engine, "饭都凉了，快吃吧。", "都") == "already"
    assert _first(corpus, engine, "天都黑了，快回家吧。", "都") == "already"
    assert _first(corpus, engine, "我们都是学生。", "都") == "all"
    assert _first(corpus, engine, "孩子们都睡了。", "都") == "all"
    assert _first(corpus, engine, "那就这样吧。", "那") == "then (in that case)"
    assert _first(corpus, engine, "那是我的书。", "那") == "that"


def test_a_verb_with_only_lai_or_qu_after_it_has_its_thing_before_it(corpus, engine) -> None:
    """谁 + 打 + 来 + 的: a direction, no object, so 电话 before it is what 打 handles "to make
    (a phone call)", and 车 … 谁开来的 "to drive" (the doer's object); 拿来 + 一杯水 keeps its
    object after it. 收 with clothes as the topic in the clause before "to put away"; 转 +
    三次 + 车 "to transfer"; 不收 + 我的钱 "to accept" (不收服务费 keeps "to collect")."""
    assert _bare_direction(("来", "的"))
    assert _bare_direction(("了", "去", "吧"))
    assert not _bare_direction(("来", "一杯", "水"))
    assert _first(corpus, engine, "电话是谁打来的？", "打") == "to make (a phone call)"
    assert _first(corpus, engine, "这辆车是谁开来的？", "开") == "to drive"
    assert _first(corpus, engine, "衣服我已经洗好了，你收一下吧。", "收") == "to put away"
    assert _first(corpus, engine, "他收了我的信。", "收") == "to receive"
    assert _first(corpus, engine, "我帮他修好了电脑，他不收我的钱。", "收") == "to accept"
    assert _first(corpus, engine, "他每个月来收一次房租。", "收") == "to collect"
    assert _first(corpus, engine, "这家饭馆不收服务费。", "收") == "to collect"
    assert _first(corpus, engine, "我转了三次车才到。", "转") == "to transfer"
    assert _first(corpus, engine, "到了路口往右转。", "转") == "to turn"


def test_more_than_an_amount_of_time_is_passed_over(corpus, engine) -> None:
    """打 + 了 + 一 / 个 / 多 / 小时 + 的 + …: the 多 of "more than an hour" is no object, and a
    的 after the time with nothing read after it names none (not 打的 "to take a taxi"); 打 +
    了 + 两个小时的游戏 keeps "to play"."""
    assert _first(corpus, engine, "他打了一个多小时的篮球。", "打") != "to take (a taxi)"
    assert _first(corpus, engine, "他打了两个小时的游戏。", "打") == "to play (a ball game, cards)"


def test_a_clause_of_amounts_reads_its_topic_in_the_clause_before(corpus, engine) -> None:
    """他一条也没回 names no thing (一 / 条 is an amount): 消息 in the clause before makes 回 "to
    answer (a call, a letter)"; 他没回 alone keeps "to go back". 接 + 回来 "to meet" (pick up
    sb; 接了一个电话 "to answer (the phone)"); 找 + 零钱 "to give change" (找 + 工作 "to try to
    find")."""
    assert _first(corpus, engine, "我发了好几条消息，他一条也没回。", "回") == (
        "to answer (a call, a letter)")
    assert _first(corpus, engine, "他没回。", "回") == "to go back"
    assert _first(corpus, engine, "你弟弟我已经接回来了。", "接") == "to meet"
    assert _first(corpus, engine, "他接了一个电话。", "接") == "to answer (the phone)"
    assert _first(corpus, engine, "我给你找零钱。", "找") == "to give change"
    assert _first(corpus, engine, "他在找工作。", "找") == "to try to find"
