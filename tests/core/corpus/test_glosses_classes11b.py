"""Function and place words whose sense their place decides, fixed in the tenth session
(words11b) by the kind of word before or after them: 给/让/叫 as 被, frames read from an
earlier word (连 … 都, 一 … 就, 比 … 还, 除了 … ，还, 再 + an adjective … 也), a clause link
first in its clause, emphasis, question words as indefinites, complements and a verb's
place; each with a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import _parsed_condition
from tests.core.corpus.test_glosses_classes import _first


def test_the_new_conditions_parse() -> None:
    """The conditions of this session are known to the table's parser."""
    assert _parsed_condition("before-end:可以|行") == ("before-end", frozenset({"可以", "行"}))
    for kind in ("not-after-verb", "verb-place", "passive", "after-some", "place-then-verb",
                 "more-after", "in-sentence"):
        assert _parsed_condition(kind) == (kind, frozenset())


def test_gei_rang_jiao_as_bei(corpus, engine) -> None:
    """A thing starts the clause and the doer, a verb, its result and 了 follow: "by
    (passive)"; an order, a favour or a cause keeps its sense (妈妈让我去, 这件事让他生气了,
    给我们带来了很多麻烦, 这本书给你)."""
    assert _first(corpus, engine, "蛋糕让弟弟吃完了。", "让") == "by (passive, like 被)"
    assert _first(corpus, engine, "我的自行车叫人骑走了。", "叫") == "by (passive, like 被)"
    assert _first(corpus, engine, "书给他拿走了。", "给") == "by (passive, like 被)"
    assert _first(corpus, engine, "妈妈让我去买菜。", "让") == "to let"
    assert _first(corpus, engine, "这件事让他生气了。", "让") == "to let"
    assert _first(corpus, engine, "这件事给我们带来了很多麻烦。", "给") != "by (passive, like 被)"
    assert _first(corpus, engine, "这本书给你。", "给") == "to give"
    assert _first(corpus, engine, "这个菜叫什么名字？", "叫") == "to be called"


def test_frames_read_from_an_earlier_word(corpus, engine) -> None:
    """连 … 都 "even"; 一 + a verb … 就 "as soon as"; 比 … 还 "even more"; 除了 … ，还
    "also"; 还 + 可以 ending its clause "fairly", 还可以 + a verb "still"; 再 + an
    adjective … 也 "no matter how", 再 + a verb "again"; a time … 要 + a verb "will"."""
    assert _first(corpus, engine, "连我都不知道。", "都") == "even"
    assert _first(corpus, engine, "我们都知道。", "都") != "even"
    assert _first(corpus, engine, "他一看就懂了。", "就") == "as soon as"
    assert _first(corpus, engine, "他比我还高。", "还") == "even more"
    assert _first(corpus, engine, "除了英语，他还会说法语。", "还") == "also"
    assert _first(corpus, engine, "这个还可以。", "还") == "fairly"
    assert _first(corpus, engine, "你还可以再吃一碗。", "还") == "still"
    assert _first(corpus, engine, "再大也没关系。", "再") == "no matter how (… 也)"
    assert _first(corpus, engine, "你再等一下也行。", "再") == "again"
    assert _first(corpus, engine, "我明天要去北京。", "要") == "will"


def test_the_subject_or_the_counted_noun_s_class(corpus, engine) -> None:
    """Meat 老 "tough", but 饭 … 老 + a verb "always"; 一口 + a drink "a mouthful", 五口人
    "family members"."""
    assert _first(corpus, engine, "这块牛肉很老。", "老") == "(of meat etc) tough"
    assert _first(corpus, engine, "吃完饭老想睡觉。", "老") == "always"
    assert _first(corpus, engine, "喝了一口水。", "口") == "a mouthful"
    assert _first(corpus, engine, "我家有五口人。", "口") == "(measure word for family members)"


def test_clause_links_by_their_place(corpus, engine) -> None:
    """First in a later clause: 那么 "in that case" (那么 + an adjective is not: "so
    very", words39; it was "like that"), also alone before a comma; 那 + a pronoun
    "then", 就是 + a degree word "only"; 就是 … ，… 也 "even if"; 就是 + a person stays
    "exactly"; 不过 + 是 "only", 不过 first in a clause "but"."""
    assert _first(corpus, engine, "你不想去，那么我自己去吧。", "那么") == "in that case"
    assert _first(corpus, engine, "他很忙，那么多工作怎么做？", "那么") == "so very"
    assert _first(corpus, engine, "你不去，那我去。", "那") == "then (in that case)"
    assert _first(corpus, engine, "那是我的书。", "那") != "then (in that case)"
    assert _first(corpus, engine, "我想去，就是太远了。", "就是") == "only"
    assert _first(corpus, engine, "就是下雨，我们也要去。", "就是") == "even if"
    assert _first(corpus, engine, "我的老师，就是他。", "就是") == "exactly"
    assert _first(corpus, engine, "那么，我们开始上课吧。", "那么") == "in that case"
    assert _first(corpus, engine, "那么", "那么") == "like that"
    assert _first(corpus, engine, "他不过是个孩子。", "不过") == "only"
    assert _first(corpus, engine, "这个菜不错，不过有点儿辣。", "不过") == "but"


def test_emphasis_and_indefinite_question_words(corpus, engine) -> None:
    """可 + a predicate + 了 "(particle used for emphasis)", 可 first "but"; 什么 after a
    vague amount or 有 "something; anything", in a question of its own "what?"."""
    assert _first(corpus, engine, "他可喜欢吃了。", "可").startswith("(particle used for")
    assert _first(corpus, engine, "可他已经走了。", "可") == "but"
    assert _first(corpus, engine, "你想吃点儿什么吗？", "什么") == "something"
    assert _first(corpus, engine, "你有什么问题吗？", "什么") == "anything"
    assert _first(corpus, engine, "你知道他叫什么名字吗？", "什么") == "what?"
    assert _first(corpus, engine, "你有什么爱好？", "什么") == "what?"


def test_complements_and_a_verb_s_place(corpus, engine) -> None:
    """起来 after a verb of movement "up", after another verb or 了 "to begin to", alone
    "to get up"; 过去 after an adverb "to go over", as a time "(in the) past"; 一下 after
    no verb "all at once", after a verb "a bit"; 替/按 + a person."""
    assert _first(corpus, engine, "他站起来了。", "起来").startswith("up")
    assert _first(corpus, engine, "他哭了起来。", "起来") == "(after a verb) to begin to"
    assert _first(corpus, engine, "我起来了。", "起来") == "to stand up"
    assert _first(corpus, engine, "你先过去，我马上就来。", "过去") == "to go over"
    assert _first(corpus, engine, "过去这里是一片农田。", "过去") == "(in the) past"
    assert _first(corpus, engine, "天一下黑了。", "一下") == "all at once"
    assert _first(corpus, engine, "他笑了一下。", "一下") != "all at once"
    assert _first(corpus, engine, "我们休息一下吧。", "一下") != "all at once"
    assert _first(corpus, engine, "你替我向你父母问好。", "替") == "for"
    assert _first(corpus, engine, "按我说的做。", "按") == "according to"
    assert _first(corpus, engine, "请按门铃。", "按") == "to press"


def test_clocks_exams_and_ways_are_classes(corpus, engine) -> None:
    """A clock 走 "to run", a person 走 "to leave"; an exam 通过 "to pass (a test)", 通过 +
    a person "via", a train 通过 a bridge "to pass through"; 从 + a road + 走 "through",
    从 + a city + 走 "from"."""
    assert _first(corpus, engine, "我的手表不走了。", "走") == "to run (of a watch or clock)"
    assert _first(corpus, engine, "他走了。", "走") == "to leave"
    assert _first(corpus, engine, "他的考试通过了吗？", "通过") == "to pass (a test)"
    assert _first(corpus, engine, "他通过了四级考试。", "通过") == "to pass (a test)"
    assert _first(corpus, engine, "我们通过朋友认识了。", "通过") == "via"
    assert _first(corpus, engine, "火车通过大桥。", "通过") == "to pass through"
    assert _first(corpus, engine, "从这条路走比较近。", "从") == "through"
    assert _first(corpus, engine, "从北京走要三个小时。", "从") == "from"


def test_adverbs_by_the_word_after_them(corpus, engine) -> None:
    """早 + 就/已经 "long ago", 早上 and 来得真早 "early"; 又 + 不是 "(used for emphasis)
    anyway", 又不来了 "again"; 怎么 ending its clause "what?", 怎么 + a verb "how?"."""
    assert _first(corpus, engine, "这件事我早就知道了。", "早") == "long ago"
    assert _first(corpus, engine, "你来得真早。", "早") == "early"
    assert _first(corpus, engine, "你又不是小孩子。", "又") == "(used for emphasis) anyway"
    assert _first(corpus, engine, "他又不来了。", "又") == "(once) again"
    assert _first(corpus, engine, "他怎么了？", "怎么") == "what?"
    assert _first(corpus, engine, "这个字怎么写？", "怎么") == "how?"


def test_shang_xia_read_their_object_past_le(corpus, engine) -> None:
    """上/下 + 了 + 课/班 and + any vehicle of the class (高铁, 一辆公共汽车); 下个月 keeps
    "next"."""
    assert _first(corpus, engine, "他下了课就回家。", "下") == "to get off (work, class)"
    assert _first(corpus, engine, "我们上了高铁。", "上") == "to get on (a vehicle)"
    assert _first(corpus, engine, "他上了一辆公共汽车。", "上") == "to get on (a vehicle)"
    assert _first(corpus, engine, "下个月我去北京。", "下") == "next"


def test_words_read_from_the_sentence(corpus, engine) -> None:
    """只有 … ，… 才 "only if", 只有 + a pronoun "it is only (who)", 只有 + an amount "only
    have"; 几 after a number "several", in a question "how many"; 会 before an event "will",
    before a skill "can"."""
    assert _first(corpus, engine, "只有努力学习，才能考好。", "只有") == "(with 才) only if"
    assert _first(corpus, engine, "只有你能帮我。", "只有") == "it is only ... (who ...)"
    assert _first(corpus, engine, "我只有一个哥哥。", "只有") == "only have ..."
    assert _first(corpus, engine, "十几个人", "几").startswith("several")
    assert _first(corpus, engine, "你有几本书？", "几") == "how many"
    assert _first(corpus, engine, "我觉得他不会来了。", "会") == "will"
    assert _first(corpus, engine, "他会开车。", "会") == "can"


def test_a_place_then_a_verb_and_yixia_after_no_verb(corpus, engine) -> None:
    """到 + a place + a verb "to go to" (到上海出差, 到图书馆借书), 到家就睡了 and 到了北京 keep
    "to reach"; 一下 after a person with more of the clause to come "all at once", 帮他一下吧
    and 等我一下 keep "a bit"."""
    assert _first(corpus, engine, "我明天到上海出差。", "到") == "to go to"
    assert _first(corpus, engine, "我到图书馆借书。", "到") == "to go to"
    assert _first(corpus, engine, "他到家就睡了。", "到") == "to reach"
    assert _first(corpus, engine, "我们到了北京。", "到") == "to reach"
    assert _first(corpus, engine, "他一下就明白了。", "一下") == "all at once"
    assert _first(corpus, engine, "帮他一下吧。", "一下") != "all at once"
    assert _first(corpus, engine, "请你等我一下。", "一下") != "all at once"


def test_a_complement_after_a_potential_bu_or_de(corpus, engine) -> None:
    """想 + 不 + 起来 "to recall" and 站 + 不 + 起来 "up", read after their verb as 想起来 and
    站起来 are; 做不好 "(after a verb) well"; 他不起来 keeps "to stand up" (no verb before
    不); 看出来 "(after a verb) out", 走出来 and 快出来 "to come out"."""
    assert _first(corpus, engine, "我想不起来他的名字。", "起来") == "(after 想) to recall"
    assert _first(corpus, engine, "我站不起来了。", "起来").startswith("up")
    assert _first(corpus, engine, "他不起来。", "起来") == "to stand up"
    assert _first(corpus, engine, "这件事我做不好。", "好") == "(after a verb) well"
    assert _first(corpus, engine, "我看出来了，你不高兴。", "出来") == "(after a verb) out"
    assert _first(corpus, engine, "你快出来，我在门口等你。", "出来") == "to come out"
    assert _first(corpus, engine, "他从房间里跑出来了。", "出来") == "to come out"


def test_daodi_in_a_statement_and_zong_before_hui(corpus, engine) -> None:
    """到底 in a statement "after all", before 还是 "in the end", in a question "(in a question) on
    earth"; 总 + 会 "eventually", 总 + a verb "always"."""
    assert _first(corpus, engine, "我们讨论了很久，到底还是没有结果。", "到底") == "in the end"
    assert _first(corpus, engine, "你到底去不去？", "到底") == "(in a question) on earth"
    assert _first(corpus, engine, "这件事总会过去的。", "总") == "eventually"
    assert _first(corpus, engine, "他总说自己很忙。", "总") == "always"


def test_gen_compared_and_he_as_a_draw(corpus, engine) -> None:
    """跟 … 一样/不一样 "compared with", 跟你一起去 "with"; 和 ending its clause before 了
    "(sports) to draw", 我和他 "and"."""
    assert _first(corpus, engine, "这个问题跟那个问题不一样。", "跟") == "compared with"
    assert _first(corpus, engine, "我跟你一起去。", "跟") == "with"
    assert _first(corpus, engine, "这场比赛他们和了。", "和") == "(sports) to draw"
    assert _first(corpus, engine, "我和他是同学。", "和") == "(joining two nouns) and"


def test_a_word_typed_alone_is_no_sentence_s_word(corpus, engine) -> None:
    """让 alone "to let" (让 ending a clause, 他不肯让, "to give way"); 几 alone "how many" (in
    a statement "a few"); 不管, 特别, 完全 alone keep their defaults, not the lines of a
    clause's end."""
    assert _first(corpus, engine, "让", "让") == "to let"
    assert _first(corpus, engine, "他不肯让。", "让") == "to give way"
    assert _first(corpus, engine, "几", "几") == "how many"
    assert _first(corpus, engine, "我有几个中国朋友。", "几") == "a few"
    assert _first(corpus, engine, "不管", "不管") == "no matter (how, what …)"
    assert _first(corpus, engine, "这件事我不管。", "不管") == "not to care"
    assert _first(corpus, engine, "特别", "特别") == "especially"
    assert _first(corpus, engine, "这个礼物很特别。", "特别") == "special"
    assert _first(corpus, engine, "完全", "完全") == "completely"


def test_a_glossary_s_gloss_reads_no_condition(corpus) -> None:
    """Glosser.short (a reader's glossary, a word list) has no sentence: no line that reads
    one fires there (让 "to let", 不管 "no matter")."""
    from chinese_teach.core.corpus.glosses import glosser

    g = glosser(corpus)
    assert g.short("让").startswith("to let")
    assert g.short("不管").startswith("no matter")
    assert g.short("几").startswith("how many")
