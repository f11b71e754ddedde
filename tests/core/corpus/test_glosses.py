"""The learner gloss: chosen for the reading, the context and names; curated where
CC-CEDICT's order misleads; references followed to the main entry."""

from __future__ import annotations

import re

import pytest

from chinese_teach.core.corpus.glosses import (
    CROSS_REFERENCE,
    glosser,
    load_curated,
    shorten,
    token_glosses,
)


@pytest.fixture(scope="module")
def g(corpus):
    return glosser(corpus)


def test_the_gloss_follows_the_reading(g) -> None:
    assert "屄" not in g.short("比", ("bi3",)) and "than" in g.short("比", ("bi3",))
    assert g.short("脏", ("zang1",)).startswith("dirty")
    assert "organ" in g.short("脏", ("zang4",))
    assert g.short("吧", ("ba5",)).startswith("(particle")


def test_references_are_followed_to_the_main_entry(g) -> None:
    assert g.gloss("湿", ("shi1",)).short.startswith("moist")  # 溼 is "variant of 濕"
    assert g.short("伞", ("san3",)).startswith("umbrella")  # 傘, not 繖 "damask silk"
    assert g.short("钟", ("zhong1",)).startswith("clock")
    # an entry that is only a reference borrows the meaning it points to (no curated line)
    assert not CROSS_REFERENCE.match(g.short("一点儿", ("yi1", "dian3", "r5")))


def test_context_chooses_the_sense(g) -> None:
    assert g.gloss("会", ("hui4",), next="开车").short.startswith("can")
    assert g.gloss("会", ("hui4",), prev="开").short.startswith("meeting")
    assert g.gloss("别", ("bie2",), next="走").short.startswith("don't")
    assert g.gloss("本", ("ben3",), prev="三").short == "(measure word for books)"


def test_names_are_glossed_as_names(g) -> None:
    assert g.gloss("大卫", ("da4", "wei4"), name=True).short == "David (name)"
    assert g.gloss("王老师", ("wang2", "lao3", "shi1"), name=True).short == "Teacher Wang"
    assert g.gloss("张先生", ("zhang1", "xian1", "sheng5"), name=True).short == "Mr Zhang"


def test_sentence_glosses(corpus, engine) -> None:
    toks = engine.annotate("我比他高。我们带伞吧。")
    glossed = {t.text: gl.short for t, gl in zip(toks, token_glosses(toks, corpus),
                                                 strict=True) if gl is not None}
    assert glossed["比"].startswith("than")
    assert glossed["带"].startswith("to bring")
    assert glossed["伞"].startswith("umbrella")
    assert glossed["吧"].startswith("(particle")


def test_gan_is_dry_only_where_its_clause_ends(corpus, engine) -> None:
    """衣服干了 closes its clause: "dry"; in 衣服干了3次 a number follows the run of
    Chinese, the clause goes on, and 干 is the verb."""
    def gloss_of_gan(text: str) -> str:
        toks = engine.annotate(text)
        return next(gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
                    if t.text == "干" and gl is not None)

    assert gloss_of_gan("衣服干了。").startswith("dry")
    assert gloss_of_gan("衣服干了3次。").startswith("to do")


def test_shorten_keeps_one_or_two_senses() -> None:
    assert shorten(["a", "b", "c"]) == "a; b; …"
    assert shorten(["a"]) == "a"


_BAD_FIRST = re.compile(
    r"^(?:(?:old |archaic |erhua |euphemistic )?variant of|see\b|used in|surname\b|"
    r"\((?:archaic|classical|old|vulgar|dialect)\))", re.IGNORECASE)


def test_every_hsk_1_to_4_word_has_a_learner_first_gloss(corpus, engine, g) -> None:
    """Looked up alone, every HSK 2021 level 1-4 word shows a real learner sense first;
    no HSK 1-6 word is left without one."""
    words = [w for (w,) in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level <= 6")]
    levels = dict(corpus.query(
        "SELECT word, level FROM word_levels WHERE standard = 'hsk2021' AND level <= 6"))
    g.prefetch(words)
    bad, missing = [], []
    for word in words:
        syls = tuple(s for t in engine.annotate(word, tone_changes=False) if t.citation
                     for s in t.citation)
        short = g.short(word, syls)
        if not short:
            missing.append(word)
        elif levels[word] <= 4 and _BAD_FIRST.match(short):
            bad.append((word, short))
    assert bad == []
    assert missing == []


def test_the_curated_table_is_well_formed(g) -> None:
    table = load_curated()
    assert len(table) > 150
    for lines in table.values():
        for line in lines:
            assert line.gloss and not CROSS_REFERENCE.match(line.gloss)
            if line.when != "*":
                g._when(line.when, "", "")  # raises on an unknown condition


def test_a_full_tone_in_the_text_never_takes_a_light_tones_curated_sense(g) -> None:
    # 得 dé "to obtain" (他得了第一名) is not the particle 得 de
    assert g.short("得", ("de2",)).startswith("to obtain")
    assert g.short("得", ("de5",)).startswith("(particle")


def test_guo_after_a_verb_is_the_experience_particle(g) -> None:
    assert "experienced" in g.gloss("过", ("guo4",), prev="来", next="中国").short
    assert g.gloss("过", ("guo4",), prev="我们", next="马路").short.startswith("to cross")


def test_a_word_knows_its_parts_and_a_listed_word_missing_from_the_dictionary_is_glossed_by_them(
    corpus, engine, g
) -> None:
    toks = engine.annotate("我们在路上。")
    found = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert [p for p, _ in found["路上"].parts] == ["路", "上"]
    assert "road" in found["路上"].parts[0][1]
    assert g.parts("路") == ()  # one character: no parts
    composed = g.gloss("打篮球", ("da3", "lan2", "qiu2"))
    assert composed.source == "parts" and "basketball" in composed.short


def test_short_glosses_are_chosen_once(corpus, monkeypatch) -> None:
    """A reader rebuilt (every option the teacher changes) asks again for the same
    glosses: the second ask is answered from what the first chose."""
    from chinese_teach.core.corpus.glosses import Glosser

    fresh = Glosser(corpus)
    chosen: list[tuple] = []
    real = fresh._short_gloss
    monkeypatch.setattr(fresh, "_short_gloss", lambda w, s: chosen.append((w, s)) or real(w, s))
    first = fresh.short("银行", ("yin2", "hang2"))
    assert fresh.short("银行", ("yin2", "hang2")) == first == fresh.gloss(
        "银行", ("yin2", "hang2")).short
    assert fresh.short("行", ["hang2"]) == fresh.gloss("行", ("hang2",)).short
    assert fresh.short("行") == fresh.gloss("行").short
    assert chosen == [("银行", ("yin2", "hang2")), ("行", ["hang2"]), ("行", None)]


def test_the_short_gloss_is_the_full_choices_short_one(corpus, engine) -> None:
    """``short`` cleans only the senses it prints; for every reading of thousands of
    words (and each word's commonest reading) it equals ``gloss(...).short``."""
    from chinese_teach.core.corpus.glosses import Glosser

    fresh = Glosser(corpus)
    words = [*sorted(engine.lexicon.hsk_words)[:4000], "行", "了", "系", "后", "发", "干"]
    fresh.prefetch(words)
    asked = 0
    for word in words:
        for syls in [None, *sorted({r.syllables for r in fresh.rows(word)})]:
            assert fresh._short_gloss(word, syls) == fresh.gloss(word, syls).short, (word, syls)
            asked += 1
    assert asked > len(words)


def test_traditional_forms_skip_the_converter_only_where_it_changes_nothing(engine) -> None:
    from chinese_teach.core.corpus.glosses import _s2t, traditional_form

    words = [*sorted(engine.lexicon.hsk_words)[:3000], "我", "学生", "乾隆", "干净", "头发"]
    assert [traditional_form(w) for w in words] == [_s2t().convert(w) for w in words]
    assert traditional_form("头发") == "頭髮" and traditional_form("我") == "我"


def test_a_counted_word_leads_with_its_measure_word_sense(g) -> None:
    """After a number or a demonstrative, a word that is also a measure word shows that
    sense first (一台电脑, 两床被子); alone it keeps its own (台 platform, 床 bed), and a
    unit that is already the sense stays (三岁 "year (of age)")."""
    assert g.gloss("台", ("tai2",), prev="一").short.startswith("(measure word for")
    assert g.gloss("台", ("tai2",)).short.startswith("platform")
    assert g.gloss("床", ("chuang2",), prev="两").short.startswith("(measure word for beds)")
    assert g.gloss("床", ("chuang2",)).short.startswith("bed")
    assert g.gloss("件", ("jian4",), prev="这").short.startswith("(measure word for")
    assert g.gloss("岁", ("sui4",), prev="三").short.startswith("year (of age)")
    assert g.gloss("本", ("ben3",), prev="三").short == "(measure word for books)"
    # the curated table settles the measure words CC-CEDICT has no "classifier" line for
    # (双) or whose first such line is not the learner's (门: large guns, 度: occurrences)
    assert g.gloss("双", ("shuang1",), prev="一").short.startswith("pair")
    assert "subjects" in g.gloss("门", ("men2",), prev="两").short.split(";")[0]
    assert g.gloss("度", ("du4",), prev="三十").short.startswith("degree")
    assert g.gloss("刻", ("ke4",), prev="一").short.startswith("quarter")
    # a word whose curated line lists its measure-word sense among others leads with
    # that line's wording (四节课: class periods, not CC-CEDICT's "segments: lessons, train
    # wagons, biblical verses"), and alone keeps the line's order
    assert g.gloss("节", ("jie2",), prev="四").short.startswith(
        "(measure word for class periods)")
    assert g.gloss("节", ("jie2",)).short.startswith("festival")


def test_prepositions_and_verbs_are_read_in_their_frame(g) -> None:
    """离 before a place and 远/近 is "from"; before a time and 还有, "until"; 送 + a
    person + 去/到 is "to take, to see off", 送 + a person + a thing "to give"; 给 and 替
    + a person + a verb are "for"; 对 + a person, "towards"."""
    li = ("li2",)
    assert g.gloss("离", li, rest=("学校", "很", "远")).short.startswith("(distance) from")
    assert g.gloss("离", li, rest=("考试", "还有", "三", "天")).short.startswith("(time) until")
    assert g.gloss("离", li).short.startswith("from")
    song = ("song4",)
    assert g.gloss("送", song, rest=("你", "去", "机场")).short.startswith("to take")
    assert g.gloss("送", song, rest=("她", "一", "本", "书")).short.startswith("to give")
    assert g.gloss("给", ("gei3",), rest=("妈妈", "打电话")).short.startswith("for")
    assert g.gloss("给", ("gei3",), rest=("你", "一", "本", "书")).short.startswith("to give")
    assert g.gloss("替", ("ti4",), rest=("我", "买", "票")).short.startswith("for")
    assert g.gloss("对", ("dui4",), rest=("我们", "很", "好")).short.startswith("towards")
    assert g.gloss("对", ("dui4",), rest=()).short.startswith("right")


def test_sentence_context_reaches_the_gloss_through_the_clause(corpus, engine) -> None:
    """token_glosses hands each word the words after it in its clause (up to the
    punctuation), so 离 sees 远 three words on, and not past the comma."""
    toks = engine.annotate("学校离我家很远。我买了两双袜子。我们送她回家。")
    glossed = [(t.text, gl.short) for t, gl in zip(toks, token_glosses(toks, corpus),
                                                   strict=True) if gl is not None]
    found = dict(glossed)
    assert found["离"].startswith("(distance) from")
    assert found["双"].startswith("pair")
    assert found["送"].startswith("to take")
    toks = engine.annotate("他离开了，很远。")
    assert all(not gl.short.startswith("(distance)") for gl in token_glosses(toks, corpus)
               if gl is not None)


def test_the_class_audit_lists_a_word_whose_first_sense_misses_its_class(corpus) -> None:
    """benchmarks/words/audit.py flags a measure word whose first sense after a number
    is no measure word's and a verb whose first sense is a noun's; the shipped table
    passes both."""
    from benchmarks.words.audit import audit
    from chinese_teach.core.corpus.glosses import Curated, Glosser

    levels = {"双": 2, "拐": 4}
    tags = {"双": "q", "拐": "v"}
    wrong = Glosser(corpus, curated={
        "双": [Curated("双", ("shuang1",), "*", "two; double")],
        "拐": [Curated("拐", ("guai3",), "*", "cane; walking stick")],
    })
    assert {(f.word, f.kind) for f in audit(wrong, levels, tags)} == {
        ("双", "measure"), ("拐", "verb")}
    assert audit(Glosser(corpus), levels, tags) == []


def test_a_word_list_word_has_its_learner_reading_and_no_pronunciation_note(g) -> None:
    """A word typed alone (a word list) takes the reading a learner means (胖 pàng
    "fat", not pán; 雨 yǔ "rain", not yù "to fall"), and a sense that is only a note on
    pronunciation ("colloquial pr. [xie3]") is never shown."""
    assert g.gloss("胖", g.lone_reading("胖")).short.startswith("fat")
    assert g.gloss("雨", g.lone_reading("雨")).short == "rain"
    assert "pr." not in g.gloss("血", ("xue4",)).short


def test_the_neighbours_choose_between_a_word_s_senses(g) -> None:
    """块 is money at the end of a clause or before 钱, a piece before what it counts; 花
    spends before 了/钱; 坐 travels by a vehicle; 快 before 到 is soon; 站 stands before 在
    and is a station after 到."""
    assert g.gloss("块", ("kuai4",), prev="三十五").short.startswith("yuan")
    assert g.gloss("块", ("kuai4",), prev="一", rest=("钱",)).short.startswith("yuan")
    assert g.gloss("块", ("kuai4",), prev="一", rest=("蛋糕",)).short.startswith("piece")
    assert g.gloss("花", ("hua1",), prev="一共", rest=("了", "五百")).short.startswith(
        "to spend")
    assert g.gloss("花", ("hua1",), prev="这", rest=("很",)).short.startswith("flower")
    assert g.gloss("坐", ("zuo4",), prev="我们", rest=("飞机", "去")).short.startswith(
        "to travel by")
    assert g.gloss("坐", ("zuo4",), prev="请", rest=("。",)).short.startswith("to sit")
    assert g.gloss("快", ("kuai4",), prev="生日", rest=("到", "了")).short.startswith("soon")
    assert g.gloss("站", ("zhan4",), prev="他", rest=("在", "门口")).short == "to stand"
    assert g.gloss("站", ("zhan4",), prev="到", rest=("了",)).short.startswith("station")
    assert g.gloss("锻炼", ("duan4", "lian4")).short.startswith("to exercise")


def test_an_earlier_step_makes_zai_then(corpus, engine, g) -> None:
    """再 after 先, 一下 or a finished step earlier in the sentence, even across a comma,
    is "then"; alone it is "again"; the next sentence starts afresh."""
    def zai(text: str) -> list[str]:
        toks = engine.annotate(text)
        return [gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
                if t.text == "再"]

    assert zai("你先洗手，再吃饭。")[0].startswith("then")
    assert zai("等我做完作业再去。")[0].startswith("then")
    assert zai("我想再看一遍。")[0].startswith("again")
    assert zai("你先走吧。我想再看一遍。")[-1].startswith("again")
    assert g.gloss("再", ("zai4",), earlier=("一下", "看")).short.startswith("then")


def test_you_you_is_both_and_in_its_clause_only(corpus, engine) -> None:
    toks = engine.annotate("这双鞋又便宜又好看。他昨天迟到了，今天又迟到了。")
    yous = [gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
            if t.text == "又"]
    assert yous[0].startswith("both") and yous[1].startswith("both")
    assert yous[2].startswith("(once) again")


def test_amounts_and_degrees_choose_the_sense(g) -> None:
    """要 before money costs and before time takes (but wants a cup of coffee); 就 before a verb
    and an amount is "only"; 都 … 了 with an amount is "already"; 晚 after 很 is late; 找
    + person + money gives change."""
    assert g.gloss("要", ("yao4",), rest=("两百", "块")).short.startswith("to cost")
    # an amount of time is taken, not cost (eleventh session: before-duration)
    assert g.gloss("要", ("yao4",), rest=("走", "多", "长", "时间")).short.startswith(
        "to take (time)")
    assert g.gloss("要", ("yao4",), rest=("半个", "小时")).short.startswith("to take (time)")
    assert g.gloss("要", ("yao4",), rest=("飞", "三", "个", "小时")).short.startswith(
        "to take (time)")
    assert g.gloss("要", ("yao4",), rest=("一杯", "咖啡")).short.startswith("to want")
    assert g.gloss("要", ("yao4",), rest=("下雨", "了")).short.startswith("about to")
    assert g.gloss("就", ("jiu4",), rest=("喝", "一杯")).short.startswith("only")
    assert g.gloss("就", ("jiu4",), rest=("回家",)).short.startswith("then")
    assert g.gloss("都", ("dou1",), rest=("八点", "了")).short.startswith("already")
    assert g.gloss("都", ("dou1",), rest=("是", "学生")).short.startswith("all")
    assert g.gloss("晚", ("wan3",), prev="很").short == "late"
    assert g.gloss("晚", ("wan3",)).short.startswith("evening")
    assert g.gloss("找", ("zhao3",), rest=("你", "五块", "钱")).short.startswith(
        "to give change")
    # 找 + a person: table20's line "to look for (sb)" (CC-CEDICT's "to try to find" before)
    assert g.gloss("找", ("zhao3",), rest=("你",)).short.startswith("to look for (sb)")


def test_frames_of_common_verbs_and_adverbs(g) -> None:
    """上/下 before a measure or a week is last/next; 过 before a festival spends it; 白
    before a verb is "in vain"; 比较 before a demonstrative compares, else "relatively";
    请 + person + a meal treats; 对 … 好 is "for"."""
    assert g.gloss("上", ("shang4",), rest=("个", "星期")).short.startswith("last")
    assert g.gloss("下", ("xia4",), rest=("星期",)).short.startswith("next")
    assert g.gloss("上", ("shang4",), rest=("中学",)).short.startswith("to go to")
    # a holiday is celebrated (words17: @holidays), a period of time spent
    assert g.gloss("过", ("guo4",), rest=("春节",)).short.startswith("to celebrate")
    assert g.gloss("过", ("guo4",), rest=("周末",)).short.startswith("to spend")
    assert g.gloss("白", ("bai2",), rest=("等", "了")).short.startswith("in vain")
    assert g.gloss("白", ("bai2",)).short.startswith("white")
    assert g.gloss("比较", ("bi3", "jiao4"), rest=("难",)).short.startswith("relatively")
    assert g.gloss("比较", ("bi3", "jiao4"), rest=("一下",)).short.startswith("to compare")
    assert g.gloss("请", ("qing3",), rest=("你", "喝", "咖啡")).short.startswith("to treat")
    assert g.gloss("请", ("qing3",), rest=("大家", "坐下")).short.startswith("please")
    assert g.gloss("对", ("dui4",), rest=("身体", "好")).short.startswith("towards")


def test_parts_are_glossed_with_their_neighbours_inside_the_word(g) -> None:
    """A piece of a longer token sees the pieces around it: 就是's 就 before 是 is
    "exactly", 一楼's 楼 after a number is a floor; a learner combination with 儿 the
    cutting keeps whole (慢点儿) is glossed by its parts."""
    assert dict(g.parts("就是", ("jiu4", "shi4")))["就"].startswith("exactly")
    assert dict(g.parts("一楼", ("yi1", "lou2")))["楼"].startswith("floor")
    assert g.gloss("慢点儿", ("man4", "dian3", "r5")).short == "慢 slow + 点儿 a little"


def test_words_whose_dictionary_first_sense_is_rare_lead_with_the_learners(g) -> None:
    assert g.gloss("困", ("kun4",)).short.startswith("sleepy")
    assert g.gloss("订", ("ding4",)).short.startswith("to book")
    assert g.gloss("空", ("kong4",)).short.startswith("free time")
    assert g.gloss("空", ("kong1",)).short.startswith("empty")


def test_a_word_list_word_means_what_a_learner_means(g) -> None:
    """Alone (a typed word list), 告诉 is gào su "to tell" (not gào sù "to press
    charges"), 故事 gù shi "story"; with the other reading, the other sense."""
    assert g.gloss("告诉", g.lone_reading("告诉")).short.startswith("to tell")
    assert g.gloss("告诉", ("gao4", "su4")).short.startswith("to press charges")
    assert g.gloss("故事", g.lone_reading("故事")).short.startswith("story")
    assert g.gloss("一块儿", None).short.startswith("together")
    assert g.gloss("妻子", g.lone_reading("妻子")).short == "wife"  # not "wife and children"
    assert g.gloss("在乎", None).short.startswith("to care about")


def test_a_slang_or_vulgar_sense_is_never_in_the_short_gloss(corpus) -> None:
    """A sense marked "(slang)" anywhere in it stays in the full entry only: with no
    curated line, 鸭子 is "duck" and nothing more."""
    from chinese_teach.core.corpus.glosses import Glosser

    plain = Glosser(corpus, curated={})
    gl = plain.gloss("鸭子", ("ya1", "zi5"))
    assert "slang" not in gl.short and gl.short.startswith("duck")
    assert any("slang" in s for s in gl.full)


def test_a_person_after_a_verb_chooses_its_sense(g) -> None:
    """去/来 … 看 + person visits; 接 + person meets; 叫 + person + verb asks sb to."""
    assert g.gloss("看", ("kan4",), rest=("爷爷",), earlier=("去", "要")).short.startswith(
        "to visit")
    assert g.gloss("看", ("kan4",), rest=("电视",), earlier=("在",)).short.startswith("to see")
    assert g.gloss("接", ("jie1",), rest=("妈妈",)).short.startswith("to meet")
    assert g.gloss("叫", ("jiao4",), rest=("我们", "回答")).short.startswith("to ask")
    assert g.gloss("叫", ("jiao4",), rest=("王明",)).short.startswith("to be called")


def test_haishi_between_two_choices_is_or(corpus, engine) -> None:
    """还是 is "or" where what follows echoes the clause before it (喝茶还是喝咖啡, 是老师
    还是学生, 今天去还是明天去), else "still"; 一直 before 往 is "straight", else "all
    along"; 不过 before an amount is "only", else "but"."""
    def first(text: str, word: str) -> str:
        toks = engine.annotate(text)
        return next(gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
                    if t.text == word or (gl and word in dict(gl.parts)))

    assert first("你喝茶还是喝咖啡？", "还是").startswith("or")
    assert first("你是老师还是学生？", "还是").startswith("or")
    assert first("他还是不明白。", "还是").startswith("still")
    g = glosser(corpus)
    assert g.gloss("一直", ("yi1", "zhi2"), rest=("往", "前")).short.startswith("straight")
    assert g.gloss("一直", ("yi1", "zhi2"), rest=("在", "学习")).short.startswith("all along")
    assert g.gloss("不过", ("bu4", "guo4"), rest=("十", "块")).short.startswith("only")
    assert g.gloss("不过", ("bu4", "guo4"), rest=("有点儿", "辣")).short.startswith("but")


def test_after_an_amount_and_in_a_question(g) -> None:
    """左右 after an amount is "about"; 多 after a number "more than"; 到底 in a question
    "on earth"; 千万 before a verb or 别 "be sure to"; 生意 shēngyi is business."""
    assert g.gloss("左右", ("zuo3", "you4"), prev="岁").short.startswith("about")
    assert g.gloss("左右", ("zuo3", "you4"), prev="").short.startswith("left and right")
    assert g.gloss("多", ("duo1",), prev="二十", rest=("个",)).short.startswith("more than")
    assert g.gloss("多", ("duo1",), prev="很").short.startswith("many")
    assert "on earth" in g.gloss("到底", ("dao4", "di3"), rest=("去", "不", "去")).short
    assert g.gloss("千万", ("qian1", "wan4"), rest=("别", "忘")).short.startswith("be sure")
    assert g.gloss("生意", g.lone_reading("生意")).short.startswith("business")


def test_place_and_vehicle_stations_and_finished_verbs(g) -> None:
    """北京站 and 汽车站 are stations (他站 stands); 想好 is done, 是好 is not; 背课文
    recites; 一边 … 一边 is "while"; 暖和多了 is "much (more)"."""
    assert g.gloss("站", ("zhan4",), prev="北京").short.startswith("station")
    assert g.gloss("站", ("zhan4",), prev="公共汽车").short.startswith("station")
    assert g.gloss("站", ("zhan4",), prev="他", rest=("在", "门口")).short == "to stand"
    assert g.gloss("好", ("hao3",), prev="想").short.startswith("(after a verb)")
    assert g.gloss("好", ("hao3",), prev="是", rest=("书",)).short.startswith("good")
    assert g.gloss("背", ("bei4",), rest=("课文",)).short.startswith("to recite")
    assert g.gloss("一边", ("yi1", "bian1"), rest=("吃饭", "一边", "看")).short.startswith(
        "while")
    assert g.gloss("多", ("duo1",), prev="暖和", rest=("了",)).short.startswith("much")


def test_money_and_age_after_a_comparison(g) -> None:
    """三十二块五: 块 before a number is money; 比我大三岁: older; 好多了: much better."""
    assert g.gloss("块", ("kuai4",), prev="三十二", rest=("五",)).short.startswith("yuan")
    assert g.gloss("块", ("kuai4",), prev="一", rest=("蛋糕",)).short.startswith("piece")
    assert g.gloss("大", ("da4",), rest=("三", "岁")).short.startswith("older")
    assert g.gloss("好多", ("hao3", "duo1"), rest=("了",)).short.startswith("much better")


def test_frames_read_after_the_fourth_held_out_figure(corpus, engine, g) -> None:
    """水开了 boils; 开晚会 holds; 一对 is a pair; 刀很快 is sharp; 一碗面 is noodles; a
    list's 等 is "etc."; 原来是你 "it turns out"; 她的先生 "husband"; 差五分 "to lack"."""
    assert g.gloss("开", ("kai1",), prev="水", rest=("了",)).short.startswith("to boil")
    assert g.gloss("开", ("kai1",), rest=("一个", "晚会")).short.startswith("to hold")
    assert g.gloss("对", ("dui4",), prev="一", rest=("好朋友",)).short.startswith("pair")
    assert g.gloss("快", ("kuai4",), prev="很", earlier=("很", "刀", "把")).short.startswith(
        "sharp")
    assert g.gloss("面", ("mian4",), prev="碗").short.startswith("noodles")
    assert g.gloss("先生", ("xian1", "sheng5"), prev="的").short.startswith("husband")
    assert g.gloss("差", ("cha4",), rest=("五", "分")).short.startswith("to lack")
    toks = engine.annotate("我们买了苹果、香蕉等水果。原来是你！")
    found = {t.text: gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
             if gl is not None}
    assert found["等"].startswith("etc.") and found["原来"].startswith("it turns out")
    toks = engine.annotate("我们在这儿等车。")
    assert next(gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
                if t.text == "等").startswith("to wait")
def test_a_glossary_reads_the_bases_of_attached_words_in_its_own_queries(
        corpus, monkeypatch) -> None:
    """A word the dictionary lacks that ends in 儿, 着, 了 or 过 is glossed as its base
    (小偷儿: 小偷): the base's entries come with the glossary's few queries, not one
    query each, and the gloss is the same."""
    from chinese_teach.core.corpus.glosses import Glosser

    expected = Glosser(corpus).short("小偷儿")
    fresh = Glosser(corpus)
    fresh.prefetch({"小偷儿", "学校"})
    assert {"小偷儿", "小偷", "学校"} <= fresh._rows.keys()
    asked: list[str] = []
    real = corpus.query
    monkeypatch.setattr(corpus, "query",
                        lambda sql, params=(): asked.append(sql) or real(sql, params))
    assert fresh.short("小偷儿") == expected != ""
    assert not any("FROM entries" in sql for sql in asked)


def test_qilai_after_an_adjective_is_to_begin(g) -> None:
    """起来 after an adjective (天冷起来了) is "to begin to; to become"; after 想 it is "to
    recall"; after a verb of posture (站起来) it keeps its own first sense."""
    assert "begin" in g.gloss("起来", ("qi3", "lai5"), prev="冷", rest=("了",)).short
    assert "recall" in g.gloss("起来", ("qi3", "lai5"), prev="想", rest=("了",)).short
    assert "begin" not in g.gloss("起来", ("qi3", "lai5"), prev="站", rest=("了",)).short


def _sentence_glosses(corpus, engine, text: str) -> dict[str, object]:
    toks = engine.annotate(text)
    return {t.text: gl for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
            if gl is not None}


def test_the_sentence_asks_only_with_a_question_mark_and_no_ma(engine) -> None:
    from chinese_teach.core.corpus.glosses import _asking, asks

    toks = engine.annotate("我有几个朋友。你有几个朋友？你有几个朋友吗？")
    at = [i for i, t in enumerate(toks) if t.text == "几"]
    assert [asks(toks, i) for i in at] == [False, True, False]
    flags = _asking(toks)
    assert [flags[i] for i in at] == [False, True, False]
    assert all(flags[i] == asks(toks, i) for i, t in enumerate(toks) if t.is_word)


def test_ji_is_a_few_in_a_statement_and_how_many_in_a_question(corpus, engine, g) -> None:
    """几 "how many" only where the sentence asks (or after 问/知道); 几本书。 is "a few"."""
    assert _sentence_glosses(corpus, engine, "我买了几本书。")["几"].short.startswith("a few")
    assert _sentence_glosses(corpus, engine, "你买了几本书？")["几"].short.startswith(
        "how many")
    assert _sentence_glosses(corpus, engine, "你买了几本书吗？")["几"].short.startswith(
        "a few")
    assert g.gloss("几", ("ji3",), earlier=("知道", "不", "我"), question=False).short.startswith(
        "how many")
    # without a sentence, the word list's sense
    assert g.short("几", ("ji3",)).startswith("how many")
    assert g.gloss("几", ("ji3",), rest=("个",)).short.startswith("how many")


def test_jiu_before_a_demonstrative_picks_one_thing(corpus, engine, g) -> None:
    """就 + 要 + 这个 "just"; 就 + 这样 "just"; 就 + 去 + 那儿 stays "then"."""
    assert g.gloss("就", ("jiu4",), rest=("要", "这个")).short.startswith("just")
    assert g.gloss("就", ("jiu4",), rest=("这样",)).short.startswith("just")
    assert g.gloss("就", ("jiu4",), rest=("买", "这本")).short.startswith("just")
    assert g.gloss("就", ("jiu4",), rest=("去", "那儿")).short.startswith("then")
    assert g.gloss("就", ("jiu4",), rest=("睡觉", "了")).short.startswith("then")
    # inside 就要, the words after the token decide the piece
    found = _sentence_glosses(corpus, engine, "我就要这个。")
    pieces = dict(found["就要"].parts) if "就要" in found else {"就": found["就"].short}
    assert pieces["就"].startswith("just")


def test_mao_after_a_number_is_money(g) -> None:
    assert g.gloss("毛", ("mao2",), prev="五").short.startswith("mao (one tenth of a yuan)")
    assert g.short("毛", ("mao2",)).startswith("hair")


def test_verbs_of_study_before_a_school_are_to_attend(corpus, engine, g) -> None:
    assert g.gloss("念", ("nian4",), rest=("大学",)).short.startswith("to attend")
    assert g.gloss("念", ("nian4",), rest=("课文",)).short.startswith("to read")
    # 在读 is one token: the word after it still decides its piece 读
    found = _sentence_glosses(corpus, engine, "他在读大学。")
    pieces = dict(found["在读"].parts) if "在读" in found else {"读": found["读"].short}
    assert pieces["读"].startswith("to attend")


def test_adverbial_lao_before_a_verb_is_always(g) -> None:
    assert g.gloss("老", ("lao3",), rest=("迟到",)).short.startswith("always")
    assert g.gloss("老", ("lao3",), rest=("了",)).short.startswith("old")
    assert g.short("老", ("lao3",)).startswith("old")


def test_zhihao_and_suanle_lead_with_the_learner_sense(g) -> None:
    assert g.short("只好", ("zhi3", "hao3")).startswith("to have to")
    assert g.short("算了", ("suan4", "le5")).startswith("never mind")


def test_a_piece_the_word_decides_keeps_its_sense(corpus, engine, g) -> None:
    """好 at the end of 买好 is "done" whatever follows the token; a piece after a number
    outside the token is counted (三 + 本书: 本 the measure word)."""
    found = _sentence_glosses(corpus, engine, "你买好票了吗？")
    pieces = dict(found["买好"].parts) if "买好" in found else {"好": found["好"].short}
    assert "done" in pieces["好"]
    parts = g.parts("本书", ("ben3", "shu1"))
    assert dict(parts)["本"] != "(measure word for books)"
    counted = g.parts_between("本书", ("ben3", "shu1"), parts, prev="三")
    assert dict(counted)["本"] == "(measure word for books)"


def test_a_word_list_gloss_comes_from_the_learner_reading(g) -> None:
    """Alone, 价 is jià "price" (not jiè "great"), 涨 zhǎng "to rise", 咳 ké "cough",
    多少 duō shao "how many"; a text's reading still chooses (多少 duō shǎo "somewhat")."""
    assert g.short("价").startswith("price")
    assert g.short("涨").startswith("to rise")
    assert g.short("喷").startswith("to spray")
    assert g.short("挣").startswith("to make (money)")
    assert g.short("咳").startswith("cough") and g.lone_reading("咳") == ("ke2",)
    assert g.short("多少").startswith("how much")
    assert g.short("多少", ("duo1", "shao3")).startswith("number")
    assert g.short("价", ("jie5",)).startswith("great")


def test_audited_words_lead_with_the_learner_sense(g) -> None:
    assert g.short("破坏").startswith("to destroy")
    assert g.short("确定").startswith("to determine")
    assert g.short("流行").startswith("popular")
    assert g.short("签").startswith("to sign")
    assert g.short("题").startswith("question")
    assert g.short("相处").startswith("to get along")
    assert g.short("甲").startswith("first (in a list)")


def test_ne_after_zai_is_the_ongoing_action(corpus, engine, g) -> None:
    found = _sentence_glosses(corpus, engine, "他在看书呢。")
    assert found["呢"].short.startswith("(particle: ongoing action)")
    assert _sentence_glosses(corpus, engine, "你呢？")["呢"].short.startswith(
        "(particle) what about")
    assert g.gloss("棒", ("bang4",), prev="很").short.startswith("wonderful")
    # alone, the HSK 5 word's learner default (words13c: 你真棒), the stick second
    assert g.short("棒", ("bang4",)).startswith("great; excellent; stick")


def test_every_curated_default_is_its_word_list_gloss(g) -> None:
    """A word without a reading (a word list's) shows its curated default line: the lone
    gloss is taken in the reading the table lists first (中 "middle", not 中 zhòng)."""
    wrong = []
    for word, lines in g.curated.items():
        default = next((ln for ln in lines if ln.when == "*"), None)
        if default is None or any(ln.when != "*" and g._when(ln.when, "", ()) for ln in lines):
            continue  # a condition that holds with no sentence around (块 "end") comes first
        if g.short(word) != default.gloss:
            wrong.append((word, g.short(word), default.gloss))
    assert not wrong, wrong[:20]


def test_hsk_words_whose_first_sense_is_met_later(g) -> None:
    assert g.short("态度").startswith("attitude")
    assert g.short("明白").startswith("to understand")
    assert g.short("进行").startswith("to carry out")
    assert g.short("联系").startswith("to get in touch")
    assert g.short("证明").startswith("to prove")
    assert g.short("件").startswith("(measure word")


def test_frames_of_a_beginners_sentences(g) -> None:
    """想 + verb "to want to" (想想 stays "to think"); 才 + an amount "only"; 多 + 大
    "how"; 好 + adjective "so"; 开/关 + a machine "to turn on/off"; 打 … 电话 "to make (a
    phone call)"."""
    assert g.gloss("想", ("xiang3",), rest=("去", "北京")).short.startswith("to want to")
    assert g.gloss("想", ("xiang3",), rest=("想",)).short.startswith("to think")
    assert g.gloss("想", ("xiang3",), rest=("他",)).short.startswith("to think")
    assert g.gloss("才", ("cai2",), rest=("十", "岁")).short.startswith("only")
    assert g.gloss("才", ("cai2",), rest=("来",)).short.startswith("only then")
    assert g.gloss("多", ("duo1",), rest=("大", "了")).short.startswith("how")
    assert g.gloss("多", ("duo1",), rest=("人",)).short.startswith("many")
    assert "so" in g.gloss("好", ("hao3",), rest=("冷", "啊")).short.split(";")[0]
    assert g.gloss("好", ("hao3",), rest=("人",)).short.startswith("good")
    assert g.gloss("开", ("kai1",), rest=("灯",)).short.startswith("to turn on")
    assert g.gloss("开", ("kai1",), rest=("门",)).short.startswith("to open")
    assert g.gloss("关", ("guan1",), rest=("电视",)).short.startswith("to turn off")
    assert g.gloss("打", ("da3",), rest=("个", "电话")).short.startswith("to make (a phone")
    assert g.gloss("打", ("da3",), rest=("他",)).short.startswith("to hit")


def test_a_question_word_before_dou_is_any(g) -> None:
    """什么都 / 哪儿都: "anything", "anywhere"; 什么 alone asks "what?"."""
    assert g.gloss("什么", ("shen2", "me5"), rest=("都", "吃")).short.startswith("anything")
    assert g.gloss("哪儿", ("na3", "r5"), rest=("也", "不", "去")).short.startswith("anywhere")
    assert g.gloss("什么", ("shen2", "me5"), prev="是").short.startswith("what")


def _first(corpus, engine, text: str, word: str) -> str:
    return _sentence_glosses(corpus, engine, text)[word].short.split(";")[0]


def test_a_verbs_object_past_le_yixia_and_an_amount_chooses_its_sense(corpus, engine,
                                                                      g) -> None:
    """拍 + 了 + 很多 + 照片 "to take (a photo)"; 点 + 几个 + 菜 "to order"; 开 + 一下 +
    空调 "to turn on"; 开 + 了 + 药 "to write out"; 上/下 + a vehicle or 楼; 拍 alone
    stays "to pat"."""
    assert g._object(("了", "很", "多", "照片")) == "照片"
    assert g._object(("几", "个", "菜", "吧")) == "菜"
    assert g._object(("一下", "这", "张", "表")) == "表"
    assert g._object(("了", "我")) == "我"
    assert _first(corpus, engine, "他拍了很多照片。", "拍").startswith("to take (a photo)")
    assert g.gloss("拍", ("pai1",), rest=("手",)).short.startswith("to pat")
    assert _first(corpus, engine, "我们点几个菜吧。", "点") == "to order (food)"
    assert _first(corpus, engine, "请开一下空调。", "开") == "to turn on"
    assert _first(corpus, engine, "医生给我开了药。", "开").startswith("to write out")
    assert _first(corpus, engine, "他下了飞机就给我打电话。", "下").startswith("to get off")
    assert g.gloss("下", ("xia4",), rest=("楼",)).short.startswith("to go down")
    assert g.gloss("上", ("shang4",), rest=("了", "火车")).short.startswith("to get on")
    assert g.gloss("上", ("shang4",), rest=("山",)).short.startswith("to go up")
    assert g.gloss("上", ("shang4",), rest=("个", "星期")).short.startswith("last")


def test_frames_of_the_fifth_held_out_parts_classes(corpus, engine, g) -> None:
    """The classes of the fifth held-out part's misses, each with a sentence it did not
    hold and a counter-example that keeps the old sense."""
    assert _first(corpus, engine, "服务员找了我两块钱。", "找") == "to give change"
    assert _first(corpus, engine, "我在找我的书。", "找").startswith("to try to find")
    assert _first(corpus, engine, "他在中国住了两年多。", "多").startswith("more than")
    assert _first(corpus, engine, "这里人很多。", "多") != "more than"
    assert _first(corpus, engine, "过了一会儿，他才来。", "过").startswith("to pass")
    assert _first(corpus, engine, "饭做好了，快来吃吧。", "好").endswith("done")
    assert _first(corpus, engine, "这个问题很好回答。", "好").startswith("easy")
    assert _first(corpus, engine, "他的汉语很好。", "好").startswith("good")
    assert _first(corpus, engine, "我们队三比二赢了。", "比").startswith("to (in a score)")
    assert _first(corpus, engine, "我比他高。", "比").startswith("than")
    assert _first(corpus, engine, "请把饭热一下。", "热").startswith("to heat up")
    assert _first(corpus, engine, "今天很热。", "热").startswith("hot")
    assert _first(corpus, engine, "天热了。", "热").startswith("hot")
    assert _first(corpus, engine, "你怎么没来？", "怎么") == "why"
    assert _first(corpus, engine, "这个字怎么写？", "怎么").startswith("how")
    assert _first(corpus, engine, "我的手机坏了。", "坏").startswith("broken")
    assert g.gloss("坏", ("huai4",), rest=("习惯",)).short.startswith("bad")
    assert _first(corpus, engine, "我们吃了饭再走。", "再").startswith("then")
    assert g.gloss("再", ("zai4",), rest=("来", "一次")).short.startswith("again")
    assert _first(corpus, engine, "今天的会很长。", "会").startswith("meeting")
    assert _first(corpus, engine, "我还要一杯咖啡。", "还").startswith("also")
    assert _first(corpus, engine, "他还在睡觉。", "还").startswith("still")
    assert _first(corpus, engine, "当我到家的时候，妈妈已经睡了。", "当") == "when"
    assert _first(corpus, engine, "我们从八点到十点上课。", "到").startswith("until")
    assert _first(corpus, engine, "我到家了。", "到").startswith("to reach")
    assert _first(corpus, engine, "请填一下这张表。", "表").startswith("form")
    assert _first(corpus, engine, "他的汉语很差。", "差").startswith("poor")
    assert _first(corpus, engine, "你尝尝看。", "看").startswith("to try")
    assert _first(corpus, engine, "我们去看电影。", "看").startswith("to see")
    assert g.gloss("看", ("kan4",), prev="听", earlier=("听", "听", "你")).short.startswith(
        "to try")
    assert g.gloss("看", ("kan4",), prev="去", earlier=("去", "我们")).short.startswith("to see")
    assert g.gloss("热", ("re4",), prev="一", earlier=("一", "热", "汤", "把")).short.startswith(
        "to heat up")
    assert _first(corpus, engine, "商店从早上九点到晚上十点开门。", "到").startswith("until")
    assert g.gloss("到", ("dao4",), rest=("上海",), earlier=("北京", "从")).short.startswith(
        "to")
    assert _first(corpus, engine, "他是哪年生的？", "生").startswith("to be born")
    assert _first(corpus, engine, "这块肉是生的。", "生").startswith("raw")
    assert _first(corpus, engine, "天要黑了，我们回家吧。", "要").startswith("about to")
    assert _first(corpus, engine, "这件衣服颜色很浅。", "浅").startswith("light (color)")
    assert _first(corpus, engine, "这条河很浅。", "浅").startswith("shallow")
    assert _first(corpus, engine, "他考了八十五分。", "分").startswith("point (score)")
    assert _first(corpus, engine, "现在三点十分。", "分").startswith("minute")
    assert g.gloss("算", ("suan4",), prev="不").short.startswith("to count (as)")
    assert g.gloss("另外", ("ling4", "wai4"), rest=("一", "个")).short.startswith("other")
    assert g.short("季节").startswith("season") and g.short("支持").startswith("to support")


def test_the_senses_a_beginner_meets_of_frequent_words(corpus, engine, g) -> None:
    """The object chooses 挂, 打, 包 and 下's sense; 这个菜 is a dish, 买菜 vegetables; 一下
    after a person "once"; 试, 谈, 毕业 lead with the learner sense."""
    assert _first(corpus, engine, "他挂了电话。", "挂").startswith("to hang up")
    assert g.gloss("打", ("da3",), rest=("篮球",)).short.startswith("to play")
    assert g.gloss("打", ("da3",), rest=("车",)).short.startswith("to take (a taxi)")
    assert g.gloss("打", ("da3",), rest=("他",)).short.startswith("to hit")
    assert _first(corpus, engine, "我们一起包饺子吧。", "包") == "to wrap"
    assert g.gloss("包", ("bao1",), prev="个").short.startswith("bag")
    assert _first(corpus, engine, "外面下着雨。", "下").startswith("to fall")
    assert _first(corpus, engine, "这个菜很好吃。", "菜").startswith("dish")
    assert _first(corpus, engine, "我去超市买菜。", "菜").startswith("vegetable")
    assert _first(corpus, engine, "他打了我一下。", "一下").endswith("once")
    assert g.short("试").startswith("to try") and g.short("谈").startswith("to talk")
    assert g.short("毕业").startswith("to graduate")


def test_advice_and_familiarity_frames(corpus, engine, g) -> None:
    """要 + 多 + a verb "should"; 多 + a verb "more"; 还可以 "not bad"; 留在 "to stay";
    对 … 熟 "familiar"; without those neighbours the old senses stay."""
    assert _first(corpus, engine, "你要多穿点儿衣服。", "要") == "should"
    assert _first(corpus, engine, "我要一杯咖啡。", "要").startswith("to want")
    assert _first(corpus, engine, "外面很冷，你多穿点儿。", "多") == "more"
    assert _first(corpus, engine, "这个菜还可以。", "可以").startswith("not bad")
    assert _first(corpus, engine, "我可以进来吗？", "可以").startswith("can")
    assert _first(corpus, engine, "下课以后他留在教室里。", "留").startswith("to stay")
    assert _first(corpus, engine, "我对这儿不太熟。", "熟").startswith("familiar")
    assert not g.gloss("熟", ("shu2",), prev="很").short.startswith("familiar")


def test_a_verb_that_is_also_a_noun_in_a_nouns_place(corpus, engine, g) -> None:
    """After 的, a measure word or 这次 a word that is a verb and a noun leads with the noun
    (他的回答 "reply", 一个决定 "decision", 我们的翻译 "translator"); after 一起 or a
    subject it stays a verb; a lone character keeps its gloss (走 has no "through")."""
    assert _first(corpus, engine, "他的回答很好。", "回答") == "reply"
    assert _first(corpus, engine, "他回答了我的问题。", "回答") == "to reply"
    assert _first(corpus, engine, "他做了一个决定。", "决定") == "decision"
    assert _first(corpus, engine, "他是我们的翻译。", "翻译") == "translator"
    assert _first(corpus, engine, "这次旅行很有意思。", "旅行") == "journey"
    assert _first(corpus, engine, "我们一起复习吧。", "复习") == "to review"
    assert g.gloss("走", ("zou3",), prev="的").short.startswith("to walk")
    assert g.gloss("画", ("hua4",), prev="张").short.startswith("picture")
    assert g.gloss("信", ("xin4",), prev="不").short.startswith("to believe")
    assert _first(corpus, engine, "我一般七点起床。", "一般") == "usually"
    assert _first(corpus, engine, "他唱得很一般。", "一般") == "ordinary"


def test_hsk_3_4_words_whose_first_sense_is_met_later(g) -> None:
    """Read from every HSK 3-4 word's lone gloss: 主意 "idea", 地区 "region", 存 "to
    deposit", 性格 "character"; 根本 before a negation "(not) at all"."""
    assert g.short("主意").startswith("idea") and g.short("地区").startswith("region")
    assert g.short("存").startswith("to deposit") and g.short("性格").startswith("character")
    assert g.gloss("根本", ("gen1", "ben3"), rest=("不", "知道")).short.startswith(
        "(not) at all")
    assert g.short("根本").startswith("fundamental")


def test_after_xing_a_character_is_the_surname(corpus, engine, g) -> None:
    """他姓张: 张 "surname Zhang", not the measure word for sheets, whether or not the text
    marks it as a name; 一张纸 keeps the measure word; 治 "to treat", 懂事 "sensible"."""
    assert _first(corpus, engine, "他姓张。", "张") == "surname Zhang"
    assert g.gloss("张", ("zhang1",), prev="姓").short == "surname Zhang"
    assert g.gloss("张", ("zhang1",), prev="姓", name=True).name
    assert _first(corpus, engine, "请给我一张纸。", "张").startswith("(measure word")
    assert g.short("治").startswith("to treat") and g.short("懂事").startswith("sensible")
    assert _first(corpus, engine, "我把钥匙落在家里了。", "落").startswith("to leave behind")


def test_kuai_before_a_verb_and_le_is_soon(corpus, engine) -> None:
    """电影快开始了 "soon"; 快十点了 "almost"; 我们快走吧 "fast"; 等了半天 "a long time"."""
    assert _first(corpus, engine, "电影快开始了。", "快") == "soon"
    assert _first(corpus, engine, "快十点了。", "快") == "almost"
    assert _first(corpus, engine, "我们快走吧。", "快") == "fast"
    assert _first(corpus, engine, "我已经等了半天了。", "半天") == "a long time"


def test_bie_before_a_verb_of_feeling_is_dont(corpus, engine, g) -> None:
    """别担心, 别着急, 别客气: "don't" (担心 is glossed "anxious", so it is no verb to
    before-verb); 别的 stays "else"; 事儿 "matter"."""
    assert _first(corpus, engine, "别担心，没事儿。", "别").startswith("don't")
    assert _first(corpus, engine, "别客气！", "别").startswith("don't")
    assert g.gloss("别", ("bie2",), rest=("人",)).short.startswith("other")
    assert _first(corpus, engine, "你有事儿吗？", "事儿").startswith("matter")


def test_song_a_person_at_a_station_is_to_see_off(corpus, engine) -> None:
    """去机场送他 "to see (sb) off"; 送你一本书 "to give"."""
    assert _first(corpus, engine, "我们去机场送他。", "送") == "to see (sb) off"
    assert _first(corpus, engine, "我送你一本书。", "送").startswith("to give")


def test_a_common_word_the_dictionary_also_lists_as_a_place_is_the_word(corpus, engine,
                                                                        g) -> None:
    """和平 is tagged a name (CC-CEDICT's Heping District) but means "peace"; 孙子
    "grandson", not Sun Tzu. A name with no common curated line stays a name, and a
    one-character surname before a title is never read as its common word."""
    assert _first(corpus, engine, "世界需要和平。", "和平") == "peace"
    assert _first(corpus, engine, "爷爷有三个孙子。", "孙子") == "grandson"
    assert g.common_homograph("和平", ("he2", "ping2"))
    assert not g.common_homograph("大卫", ("da4", "wei4"))  # "David (name)"
    assert not g.common_homograph("北京", ("bei3", "jing1"))  # no curated line
    assert g.gloss("大卫", ("da4", "wei4"), name=True).name
    assert not g.gloss("和平", ("he2", "ping2"), name=True).name
    assert g.gloss("王", ("wang2",), name=True).name


def test_hsk_1_to_3_words_read_on_the_gloss_sheet(corpus, engine, g) -> None:
    """Seventh round: 做 "to do" (+ food "to make"), 先生 "Mr." (她先生 "husband"),
    这个省 "province", 看报 "newspaper", 回电话 "to answer", 他病了 "to fall ill"."""
    assert g.short("做").startswith("to do")
    assert _first(corpus, engine, "我们晚上做饺子吃。", "做") == "to make"
    assert g.short("先生").startswith("Mr.")
    assert _first(corpus, engine, "我先生今天不在家。", "先生") == "husband"
    assert _first(corpus, engine, "这是中国最大的省。", "省") == "province"
    assert _first(corpus, engine, "坐地铁可以省时间。", "省") == "to save"
    assert _first(corpus, engine, "爸爸每天早上看报。", "报") == "newspaper"
    assert _first(corpus, engine, "请快点回电话。", "回").startswith("to answer")
    assert _first(corpus, engine, "我妈妈病了。", "病") == "to fall ill"
    assert _first(corpus, engine, "他的病很重。", "病") == "illness"
    assert _first(corpus, engine, "他不是老师。", "不") == "not"


def test_everyday_second_senses_of_hsk_1_and_2_words(corpus, engine) -> None:
    """多少分 "point"; 喂 + a person or an animal "to feed" (喂，你好 stays "hello");
    很想 + a person "to miss"; 提 + 意见 "to raise"; 照张相 "to take (a photo)"; 一个会
    "meeting" (我会 stays "can"); 开 + a vehicle "to drive"; 花完 "to spend"."""
    assert _first(corpus, engine, "你得了多少分？", "分") == "point (score)"
    assert _first(corpus, engine, "妈妈在喂孩子。", "喂") == "to feed"
    assert _first(corpus, engine, "喂，你好！", "喂").startswith("hello")
    assert _first(corpus, engine, "我很想他。", "想") == "to miss"
    assert _first(corpus, engine, "我想他会来。", "想").startswith("to think")
    assert _first(corpus, engine, "请大家提意见。", "提").startswith("to raise")
    assert _first(corpus, engine, "我们一起照张相吧。", "照") == "to take (a photo)"
    assert _first(corpus, engine, "我们开了一个会。", "会") == "meeting"
    assert _first(corpus, engine, "我会说汉语。", "会") == "can"
    assert _first(corpus, engine, "他开出租车。", "开") == "to drive"
    assert _first(corpus, engine, "我的钱花完了。", "花").startswith("to spend")


def test_haishi_ba_guang_gua_and_xiaohua_in_their_frames(corpus, engine) -> None:
    """我们还是走吧 "had better" (你喝茶还是喝咖啡 stays "or"); 喝光了 "used up";
    光吃菜 "only"; 我先挂了 "to hang up"; 别笑话他 "to laugh at"."""
    assert _first(corpus, engine, "我们还是走吧。", "还是") == "had better"
    assert _first(corpus, engine, "你喝茶还是喝咖啡？", "还是") == "or"
    assert _first(corpus, engine, "我的钱都花光了。", "光") == "used up"
    assert _first(corpus, engine, "他光吃菜不吃饭。", "光") == "only"
    assert _first(corpus, engine, "这里的光很好。", "光") == "light"
    assert _first(corpus, engine, "我先挂了，再见。", "挂").startswith("to hang up")
    assert _first(corpus, engine, "别笑话他。", "笑话") == "to laugh at"


def test_qian_after_time_and_verbs_zhuang_and_kao(corpus, engine) -> None:
    """三年前/两个月前 "ago"; 上课前 "before"; 往前走 "forward"; 门前 stays "front";
    装进 "to pack", 别装了 "to pretend"; 靠自己 "to depend on" (靠在墙上 "to lean")."""
    assert _first(corpus, engine, "三年前我来过这里。", "前") == "ago"
    assert _first(corpus, engine, "两个月前他去了中国。", "前") == "ago"
    assert _first(corpus, engine, "上课前请关手机。", "前") == "before"
    assert _first(corpus, engine, "请往前走。", "前") == "front"
    assert _first(corpus, engine, "他把书装进书包。", "装") == "to pack"
    assert _first(corpus, engine, "你别装了。", "装") == "to pretend"
    assert _first(corpus, engine, "我们靠自己。", "靠") == "to depend on"
    assert _first(corpus, engine, "他靠在墙上。", "靠").startswith("to lean")


def test_huan_tang_shang_lao_and_ben_lead_with_the_learners_sense(corpus, engine) -> None:
    """还给 "to return (sth)"; 躺 "to lie down"; 桌子上 "on"; 他老不来 "always" (他老了
    stays "old"); 本店 "this" (三本书 stays the measure word)."""
    assert _first(corpus, engine, "他把书还给我了。", "还") == "to return (sth)"
    assert _first(corpus, engine, "他在床上躺着。", "躺") == "to lie down"
    assert _first(corpus, engine, "桌子上有一本书。", "上") == "on"
    assert _first(corpus, engine, "他老不来。", "老") == "always"
    assert _first(corpus, engine, "他老了。", "老") == "old"
    assert _first(corpus, engine, "本店今天不开门。", "本") == "this"
    assert _first(corpus, engine, "我买了三本书。", "本").startswith("(measure word")


def test_yue_with_a_person_and_verbs_the_audit_listed(corpus, engine, g) -> None:
    """约他/约好了 "to make an appointment" (约有一百人 stays "about"); 认出 "to
    recognize"; 缺少 "to lack"; 送给 "to give as a present"."""
    assert _first(corpus, engine, "我想约他去看电影。", "约") == "to make an appointment"
    assert _first(corpus, engine, "这里约有一百人。", "约") == "about"
    assert g.short("认出").startswith("to recognize")
    assert g.short("缺少").startswith("to lack")
    assert g.short("送给").startswith("to give")


def test_pieces_of_verb_object_words_and_borrowing(corpus, engine) -> None:
    """上班 "to go to (work, class)", 下班 "to get off (work, class)", 请假 "to ask (for
    leave)" (请你坐下 stays "please"); 借书 "to borrow", 借我 "to lend"."""
    pieces = {}
    for text in ("我每天坐地铁上班。", "他下班了。", "我要请假。"):
        toks = engine.annotate(text)
        for gl in token_glosses(toks, corpus):
            pieces.update(gl.parts if gl is not None else ())
    assert pieces["上"].startswith("to go to (work, class)")
    assert pieces["下"].startswith("to get off (work, class)")
    assert pieces["请"].startswith("to ask (for leave)")
    assert _first(corpus, engine, "请你坐下。", "请") == "please"
    assert _first(corpus, engine, "我去图书馆借书。", "借") == "to borrow"
    assert _first(corpus, engine, "你能借我一本书吗？", "借").startswith("to lend")


def test_guo_a_holiday_jiushi_bu_and_chabuduo_alone_in_its_clause(corpus, engine,
                                                                  g) -> None:
    """过了周末 "to spend"; 我就是不想去 "simply" (他就是我的老师 "exactly");
    这两个差不多 "about the same" (差不多每天 and a word list's 差不多: "almost")."""
    assert _first(corpus, engine, "我们过了周末就回来。", "过") == "to spend (time)"
    assert _first(corpus, engine, "我就是不想去。", "就是") == "simply"
    assert _first(corpus, engine, "他就是我的老师。", "就是") == "exactly"
    assert _first(corpus, engine, "这两个差不多。", "差不多") == "about the same"
    assert _first(corpus, engine, "他们都差不多到了。", "差不多") == "almost"
    assert g.short("差不多").startswith("almost")


def test_hui_after_an_adverb_of_likelihood_is_will(corpus, engine) -> None:
    """他一定会来, 明天可能会下雨: "will"; 我会说汉语 stays "can"."""
    assert _first(corpus, engine, "他一定会来。", "会") == "will"
    assert _first(corpus, engine, "明天可能会下雨。", "会") == "will"
    assert _first(corpus, engine, "我会说汉语。", "会") == "can"


def test_xuexi_after_de_leads_with_study(corpus, engine) -> None:
    """他的学习很好 "to study" (his studies); 我们要向他学习 keeps "to learn"."""
    assert _first(corpus, engine, "他的学习很好。", "学习") == "to study"
    assert _first(corpus, engine, "我们要向他学习。", "学习") == "to learn"


def test_bi_doubled_is_to_compare(corpus, engine) -> None:
    """我们比一比 (both 比), 比一下 "to compare"; 她比她妹妹高 "than"; 一比一 "to (in a
    score)"."""
    toks = engine.annotate("我们比一比。")
    shown = [gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
             if t.text == "比"]
    assert len(shown) == 2 and all(s.startswith("to compare") for s in shown)
    assert _first(corpus, engine, "你们比一下，看谁快。", "比") == "to compare"
    assert _first(corpus, engine, "她比她妹妹高。", "比") == "than (in comparisons)"
    assert _first(corpus, engine, "现在是一比一。", "比") == "to (in a score)"


def test_qing_a_person_to_do_songdao_meiyou_a_noun_and_bi_duo(corpus, engine) -> None:
    """他请我帮忙 "to ask" (请你坐下 "please"); 送来了一个包裹 "to deliver"; 我没有哥哥 "to not
    have" (他没有来 "haven't"); 他比我多五块钱 "more"."""
    assert _first(corpus, engine, "他请我帮忙。", "请") == "to ask"
    assert _first(corpus, engine, "请你坐下。", "请") == "please"
    assert _first(corpus, engine, "快递员送来了一个包裹。", "送") == "to deliver"
    assert _first(corpus, engine, "我没有哥哥。", "没有") == "to not have"
    assert _first(corpus, engine, "他没有来。", "没有") == "haven't"
    assert _first(corpus, engine, "他比我多五块钱。", "多") == "more"


def test_chu_wenti_is_a_problem(corpus, engine) -> None:
    """他出问题了, 解决问题: "problem"; 我问了他一个问题 stays "question"."""
    assert _first(corpus, engine, "他出问题了。", "问题") == "problem"
    assert _first(corpus, engine, "我们一起解决问题。", "问题") == "problem"
    assert _first(corpus, engine, "我问了他一个问题。", "问题") == "question"


def test_shui_before_dou_is_anyone(corpus, engine) -> None:
    """谁都知道 "anyone" (like 什么都 "anything"); 你们谁去？ stays "who"."""
    assert _first(corpus, engine, "谁都知道。", "谁") == "anyone"
    assert _first(corpus, engine, "你们谁去？", "谁") == "who"
