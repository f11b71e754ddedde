"""The kinds of words19's first blind batch's misses (twelfth session): a word the sense
file already marked, met in another of its everyday senses. Each rule with sentences of
its own (none of the batch's) and a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_the_object_past_a_demonstrative_that_holds_its_measure_word(corpus, engine) -> None:
    """这个 / 那个 already hold their measure word, so the noun after them is the object even
    when it is also a measure word (门, 家): 从 + 那个门 + 出去 "through"; a bare number
    still skips its measure word (从 + 这 + 条 + 路 + 走)."""
    assert _first(corpus, engine, "我们从那个门出去吧。", "从") == "through"
    assert _first(corpus, engine, "你从这条路走，十分钟就到了。", "从") == "through"
    assert _first(corpus, engine, "他从那个商店出来了。", "从") == "from"


def test_a_counted_word_kept_whole_is_glossed_in_its_reading(corpus, engine) -> None:
    """A number and its word kept as one token (一行) gloss the counted word in the reading
    the token has: 一行 yì háng "row", not xíng "OK, all right"; 一行 yìxíng "party" is an
    entry of its own."""
    assert _first(corpus, engine, "这一行字我看不清楚。", "行") == "row"
    assert _first(corpus, engine, "你是做哪一行的？", "行") == "row"


def test_a_verb_reads_its_object_or_topic_of_a_kind(corpus, engine) -> None:
    """打 + knitted clothes "to knit"; 带 + a class or a team "to lead"; 轻 after a verb of
    speaking or handling, before 一点儿 "softly"; 开 with a device in its clause "to turn
    on"; 水平 after a verb of placing "horizontal"; 大家 after 有名 … ending its clause
    "great expert". Counter-examples keep the other sense."""
    assert _first(corpus, engine, "妈妈正在给我打一条围巾。", "打") == "to knit"
    assert _first(corpus, engine, "他们在公园里打篮球。", "打") == "to play (a ball game, cards)"
    assert _first(corpus, engine, "李老师今年带一年级的学生。", "带") == "to lead"
    assert _first(corpus, engine, "出门别忘了带钥匙。", "带") == "to bring"
    assert _first(corpus, engine, "你关门轻一点儿，孩子在睡觉。", "轻") == "softly"
    assert _first(corpus, engine, "这个箱子很轻。", "轻") == "light"
    assert _first(corpus, engine, "空调别开这么低，太冷了。", "开") == "to turn on"
    assert _first(corpus, engine, "把这张画挂水平一点儿。", "水平") == "horizontal"
    assert _first(corpus, engine, "他的汉语水平很高。", "水平") == "level (of achievement etc)"
    assert _first(corpus, engine, "他是一位著名的音乐大家。", "大家") == "great expert"
    assert _first(corpus, engine, "大家好！", "大家") == "everyone"


def test_a_word_s_place_decides_its_sense(corpus, engine) -> None:
    """花 after a degree word ending its clause "florid" (太花钱 keeps "to spend"); 道 after
    笑着/说着 ending its clause "to say"; 成 after a number "one tenth", alone before 吗
    "OK!"; 正 after a verb of placing "straight", before 合适 "exactly"; 让 before 给 "to
    yield"; 过 before 一 … 遍 "to go over"; 过得 + how a life goes "to live" (过得很快 keeps
    "to pass (of time)"); 运动 after 多/经常 "to exercise"; 到 after 等/睡 "until"."""
    assert _first(corpus, engine, "这条裙子有点儿花。", "花") == "florid"
    assert _first(corpus, engine, "买房子太花钱了。", "花钱") == "to spend money"
    assert _first(corpus, engine, "他看着我，慢慢地说着道：“没关系。”", "道") == "to say"
    assert _first(corpus, engine, "这家店的东西打了三成的折。", "成") == "one tenth (两成: 20 %)"
    assert _first(corpus, engine, "冰变成了水。", "成") == "to become"
    assert _first(corpus, engine, "我们周六去爬山，成吗？", "成") == "OK!"
    assert _first(corpus, engine, "你的帽子戴正了吗？", "正") == "straight"
    assert _first(corpus, engine, "这个时间正合适。", "正") == "exactly"
    assert _first(corpus, engine, "他正在看书。", "正在") != "straight"
    assert _first(corpus, engine, "她把机会让给了别人。", "让") == "to yield"
    assert _first(corpus, engine, "妈妈让我早点儿回家。", "让") == "to let"
    assert _first(corpus, engine, "考试以前把课文过一遍。", "过") == "to go over"
    assert _first(corpus, engine, "他们一家人的日子过得很不错。", "过") == "to live"
    assert _first(corpus, engine, "暑假过得很快。", "过") == "to pass (of time)"
    assert _first(corpus, engine, "老人应该经常运动。", "运动") == "to exercise"
    assert _first(corpus, engine, "你喜欢什么运动？", "运动") == "sports"
    assert _first(corpus, engine, "我们等到下午三点吧。", "到") == "until"


def test_a_clause_s_shape_decides_a_function_word(corpus, engine) -> None:
    """要 before 有/不 with 就 after the comma "if"; 还 … 别的 and 还 … 点儿什么 "else" (还有
    别的 keeps 还有); 看 after 我/你 before a modal or 不用 "to think"; 打 after 给 + a
    person ending its clause or before 了 … 次 "to call" (给我打了一针 keeps "to hit");
    面 after 把 before 和 "flour"."""
    assert _first(corpus, engine, "你要不舒服，就早点儿回家休息。", "要") == "if"
    assert _first(corpus, engine, "我要一杯茶。", "要") != "if"
    assert _first(corpus, engine, "你还需要别的吗？", "还") == "else"
    assert _first(corpus, engine, "他还在睡觉。", "还") == "still"
    assert _first(corpus, engine, "我看你应该早点儿休息。", "看") == "to think"
    assert _first(corpus, engine, "我看电视呢。", "看") != "to think"
    assert _first(corpus, engine, "到了北京以后你给我打。", "打") == "to call (sb)"
    assert _first(corpus, engine, "他给你打了两次，你都没接。", "打") == "to call (sb)"
    assert _first(corpus, engine, "护士给我打了一针。", "打") != "to call (sb)"
    assert _first(corpus, engine, "她先把面和好，再包包子。", "面") == "flour"
    assert _first(corpus, engine, "我想吃面和饺子。", "面") != "flour"


def test_second_batch_a_neighbour_s_kind_decides(corpus, engine) -> None:
    """Round two (words19's second batch): 活 with 干/做 later "work", before 的 "alive";
    破 + a record "to break", after a degree word "lousy"; 借 + an opportunity "to take";
    用 + a meal "to eat or drink (polite)"; 出 + 大事 "to occur"; 请 + a person + 来 … 吃饭
    "to invite" (请你吃饭 keeps "to treat"), ending a clause about a meal "to treat"; 口
    counting a well "(measure word for things with mouths …)" (三口人 keeps family members);
    拿 + a person + 当 "(used like 把 …)"; 关 + a person … 事 "to concern" (关灯 keeps "to
    turn off"); 意见 after 对 … before 很 "complaint"."""
    assert _first(corpus, engine, "今天的活太多了，我一个人做不完。", "活") == "work"
    assert _first(corpus, engine, "我买的虾都是活的。", "活") == "alive"
    assert _first(corpus, engine, "她又破了自己的纪录。", "破") == "to break (a record)"
    assert _first(corpus, engine, "他的自行车太破了。", "破") == "lousy"
    assert _first(corpus, engine, "我想借这次机会感谢大家。", "借") == "to take (an opportunity)"
    assert _first(corpus, engine, "我想借你的自行车用一下。", "借") != "to take (an opportunity)"
    assert _first(corpus, engine, "请您先用茶。", "用") == "to eat or drink (polite)"
    assert _first(corpus, engine, "昨天公司出了一件大事。", "出") == "to occur"
    assert _first(corpus, engine, "我想请你们周末去我家玩儿。", "请") == "to invite"
    assert _first(corpus, engine, "今天我请你吃饭。", "请") == "to treat (sb to)"
    assert _first(corpus, engine, "今天的晚饭我请。", "请") == "to treat (sb to a meal)"
    assert _first(corpus, engine, "院子里有一口井。", "口") == (
        "(measure word for things with mouths: wells, pots …)")
    assert _first(corpus, engine, "我家有三口人。", "口") == "(measure word for family members)"
    assert _first(corpus, engine, "别拿我当外人。", "拿").startswith("(used like 把")
    assert _first(corpus, engine, "这关你什么事？", "关") == "to concern"
    assert _first(corpus, engine, "出门前把灯关了。", "关") != "to concern"
    assert _first(corpus, engine, "学生对这次考试意见很大。", "意见") == "complaint"


def test_second_batch_the_word_s_place_decides(corpus, engine) -> None:
    """准 after a person before a verb "definitely" (不准 + a person keeps "to allow"); 新
    before a verb and 的 "newly" (新衣服 keeps "new"); 到底 first in a clause before a verb
    "finally" (a question keeps "on earth"); 清楚 before a person "(to) understand"; 麻烦
    after a degree word "troublesome"; 头 after 那/这 ending its clause "end"; 差不多
    ending a clause that compares two "about the same"."""
    assert _first(corpus, engine, "你放心，他准能考上。", "准") == "definitely"
    assert _first(corpus, engine, "妈妈不准我玩手机。", "准") == "to allow"
    assert _first(corpus, engine, "这是我新买的手机。", "新") == "newly"
    assert _first(corpus, engine, "我想买一件新衣服。", "新") == "new"
    assert _first(corpus, engine, "等了很久，他到底来了。", "到底") == "finally"
    assert _first(corpus, engine, "你到底想要什么？", "到底") == "(in a question) on earth"
    assert _first(corpus, engine, "你清楚他为什么生气吗？", "清楚") == "(to) understand"
    assert _first(corpus, engine, "你说得很清楚。", "清楚") != "(to) understand"
    assert _first(corpus, engine, "坐飞机去太麻烦了。", "麻烦") == "troublesome"
    assert _first(corpus, engine, "麻烦你帮我一下。", "麻烦") == "to bother sb"
    assert _first(corpus, engine, "超市在这条路的那头。", "头") == "end"
    assert _first(corpus, engine, "我和我姐姐长得差不多。", "差不多") == "about the same"
