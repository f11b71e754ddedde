"""The reader document model: options, pinyin selection, glossary, scripts, corrections."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.display import DisplayToken, display_tokens, word_ruby_parts
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
    build_reader,
    split_paragraphs,
    splits_into,
)
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.text.analyze import KnownWords
from chinese_teach.core.text.pinyin import ReadingCorrection
from chinese_teach.core.text.syllables import ToneStyle, join_word
from chinese_teach.core.text.tokens import Kind

TEXT = "我发现他的头发很长。\n\n　　今天我们一起去公园散步，你犹豫什么？"


def hanzi(doc) -> list[DisplayToken]:
    return [t for p in doc.paragraphs for t in p if t.kind is Kind.HANZI]


def test_options_round_trip_and_tolerance():
    opts = ReaderOptions(pinyin=PinyinMode.ABOVE, standard=Standard.HSK2, target_level=4,
                         tone_style=ToneStyle.ZHUYIN, glossary=GlossaryMode.NOTES,
                         gloss_mark=GlossMark.NUMBER, definitions={"散步": "go for a walk"},
                         script="traditional", page_size="Letter", numbering="line")
    data = opts.to_dict()
    assert data["pinyin"] == "above" and data["standard"] == "hsk2"
    assert ReaderOptions.from_dict(data) == opts
    # Unknown keys ignored, bad values fall back to defaults.
    odd = ReaderOptions.from_dict({"pinyin": "sideways", "font_size": "big", "whatever": 1})
    assert odd.pinyin is PinyinMode.ALL and odd.font_size == 16.0
    assert ReaderOptions.from_dict(None) == ReaderOptions()


@pytest.mark.parametrize("bad", [
    {"page_size": "A3"}, {"numbering": "roman"}, {"font_size": 2.0},
    {"standard": Standard.HSK2, "target_level": 7}, {"script": "klingon"},
])
def test_validate_rejects_bad_values(bad):
    with pytest.raises(BadInputError):
        ReaderOptions(**bad).validate()


def test_split_paragraphs_drops_blank_lines_and_indentation():
    assert split_paragraphs(TEXT) == [
        "我发现他的头发很长。", "今天我们一起去公园散步，你犹豫什么？"
    ]


def test_pinyin_all_and_none(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(), engine, dictionary)
    words = hanzi(doc)
    assert words and all(len(t.ruby) == len(t.text) for t in words)
    assert doc.plain_text() == "我发现他的头发很长。\n今天我们一起去公园散步，你犹豫什么？"
    none = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.NONE), engine, dictionary)
    assert all(not t.ruby and t.syllables for t in hanzi(none))


def test_pinyin_above_target_level(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=3),
                       engine, dictionary)
    shown = {t.text for t in hanzi(doc) if t.ruby}
    assert "犹豫" in shown  # HSK 3.0 level 5
    assert not shown & {"我", "他", "的", "很", "今天", "我们"}
    entry = next(g for g in doc.glossary if g.word == "犹豫")
    assert entry.level == 5 and entry.standard is Standard.HSK2021
    assert "HSK 3.0 (2021 standard)" in entry.level_label
    assert "hesitate" in entry.definition
    assert entry.pinyin == "yóuyù"


def test_pinyin_new_words_with_known_set(engine, dictionary):
    known = KnownWords.from_words(["我", "发现", "他", "的", "头发", "很", "长"], "my class")
    doc = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.NEW), engine, dictionary,
                       known_words=known)
    first = [t for t in doc.paragraphs[0] if t.kind is Kind.HANZI]
    assert all(not t.ruby for t in first)
    assert any(t.ruby for t in doc.paragraphs[1] if t.kind is Kind.HANZI)
    assert "my class" in doc.pinyin_description
    with pytest.raises(BadInputError):
        build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.NEW), engine, dictionary)


def test_pinyin_description_in_the_document_or_another_language(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.ALL), engine, dictionary,
                       lang="fr")
    assert doc.pinyin_description == "pinyin sur tous les mots"  # the document's language
    assert doc.describe_pinyin("en") == "pinyin on every word"  # e.g. the interface's
    above = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=2),
                         engine, dictionary)
    assert above.describe_pinyin("en") == (
        "pinyin on words above HSK 3.0 (2021 standard) level 2")


def test_compounds_of_known_words_are_not_new():
    levels = {"非常": 2, "高兴": 1}
    assert splits_into("非常高兴", lambda w: levels.get(w, 9) <= 3)
    assert not splits_into("非常犹豫", lambda w: levels.get(w, 9) <= 3)


def test_known_level_spec_in_options(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.NEW, known="hsk2021:4"),
                       engine, dictionary)
    assert {t.text for t in hanzi(doc) if t.ruby} == {"犹豫"}
    assert "level 1-4" in doc.known_description


def test_glossary_overrides_marks_and_notes(engine, dictionary):
    opts = ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=3,
                         glossary=GlossaryMode.NOTES, gloss_mark=GlossMark.UNDERLINE,
                         definitions={"犹豫": "to hesitate (edited)"})
    doc = build_reader(TEXT + "\n他犹豫了。", opts, engine, dictionary)
    entry = next(g for g in doc.glossary if g.source == "犹豫")
    assert entry.definition == "to hesitate (edited)" and entry.edited
    marked = [t for t in hanzi(doc) if t.text == "犹豫"]
    assert marked[0].underline and marked[0].gloss == entry.number
    assert not marked[1].underline and marked[1].gloss is None  # only the first occurrence
    assert entry in doc.notes_for(1) and entry not in doc.notes_for(2)
    none = build_reader(TEXT, ReaderOptions(glossary=GlossaryMode.NONE), engine, dictionary)
    assert none.glossary == []


def test_traditional_script_keeps_pinyin_aligned(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(script="traditional"), engine, dictionary)
    words = {t.text: t for t in hanzi(doc)}
    assert "頭髮" in words and "發現" in words
    assert words["頭髮"].ruby == ("tóu", "fa") or words["頭髮"].ruby[0] == "tóu"
    assert words["發現"].source == "发现"
    for t in hanzi(doc):
        assert len(t.ruby) == len(t.text)
    # A traditional input reads the same and prints simplified when asked.
    trad = build_reader("我發現他的頭髮很長。", ReaderOptions(script="simplified"), engine,
                        dictionary)
    assert trad.plain_text() == "我发现他的头发很长。"


def test_traditional_input_stays_traditional_by_default(engine, dictionary):
    """A teacher in Taiwan pastes traditional text: the reader prints it as written, with the
    same pinyin, and says it is traditional (fonts, language tags)."""
    trad = "我們今天去銀行。\n他的頭髮很長。"
    doc = build_reader(trad, ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=1),
                       engine, dictionary)
    assert doc.plain_text() == trad
    assert doc.traditional and doc.script.value == "traditional"
    words = {t.text: t for t in hanzi(doc)}
    assert words["銀行"].ruby == ("yín", "háng") and words["銀行"].source == "银行"
    assert words["頭髮"].ruby[0] == "tóu"
    assert {"銀行", "頭髮"} <= {g.word for g in doc.glossary}
    simp = build_reader("我们今天去银行。", ReaderOptions(), engine, dictionary)
    assert simp.plain_text() == "我们今天去银行。" and not simp.traditional
    # the teacher's explicit choice still converts, both ways
    assert build_reader(trad, ReaderOptions(script="simplified"), engine,
                        dictionary).plain_text() == "我们今天去银行。\n他的头发很长。"
    assert not build_reader(trad, ReaderOptions(script="simplified"), engine,
                            dictionary).traditional


def test_teacher_correction_is_used(engine, dictionary):
    engine.set_corrections([ReadingCorrection("长", ("zhang3",))])
    try:
        doc = build_reader("头发很长。", ReaderOptions(), engine, dictionary)
        tok = next(t for t in hanzi(doc) if t.text == "长")
        assert tok.ruby == ("zhǎng",)
    finally:
        engine.set_corrections([])
    doc = build_reader("头发很长。", ReaderOptions(), engine, dictionary)
    assert next(t for t in hanzi(doc) if t.text == "长").ruby == ("cháng",)


def test_annotation_cache_reuses_unchanged_paragraphs(engine, dictionary):
    cache: dict = {}
    build_reader(TEXT, ReaderOptions(), engine, dictionary, annotations=cache)
    assert len(cache) == 2
    calls = []
    real = engine.annotate

    class Spy:
        corpus = engine.corpus

        def annotate(self, text, tone_changes=True):
            calls.append(text)
            return real(text, tone_changes=tone_changes)

        def annotate_many(self, texts, tone_changes=True):
            calls.extend(texts)
            return engine.annotate_many(texts, tone_changes=tone_changes)

    build_reader(TEXT + "\n新的段落。", ReaderOptions(), Spy(), dictionary, annotations=cache)
    assert calls == ["新的段落。"]


def test_paragraphs_are_annotated_in_blocks_with_their_own_tokens(engine, dictionary,
                                                                   monkeypatch):
    """The build gives the engine the paragraphs its cache lacks a block at a time
    (``annotate_many``: one model call per block), each once: the same reader as one
    paragraph per call, a repeated paragraph included."""
    from chinese_teach.core.documents import reader as reader_module

    text = ("他长大以后当了银行行长。\n还了钱就去长城。\n他长大以后当了银行行长。\n"
            "這條河很長。\n我们学习汉语。")
    blocks: list[list[str]] = []

    class Spy:
        corpus = engine.corpus

        def annotate(self, text, tone_changes=True):
            raise AssertionError("a paragraph was annotated alone")

        def annotate_many(self, texts, tone_changes=True):
            blocks.append(list(texts))
            return engine.annotate_many(texts, tone_changes=tone_changes)

    monkeypatch.setattr(reader_module, "PARAGRAPHS_PER_CALL", 1)
    one_by_one = build_reader(text, ReaderOptions(), Spy(), dictionary, annotations={})
    assert [len(b) for b in blocks] == [1, 1, 1, 1]  # the repeat found in the cache
    blocks.clear()
    monkeypatch.setattr(reader_module, "PARAGRAPHS_PER_CALL", 3)
    together = build_reader(text, ReaderOptions(), Spy(), dictionary, annotations={})
    assert blocks == [["他长大以后当了银行行长。", "还了钱就去长城。"],
                      ["这条河很长。", "我们学习汉语。"]]
    assert together == one_by_one and together.paragraphs


def test_hostile_text_is_kept_as_text(engine, dictionary):
    doc = build_reader('你好<script>alert("x")</script>&amp;', ReaderOptions(), engine, dictionary)
    assert doc.plain_text() == '你好<script>alert("x")</script>&amp;'


def test_word_ruby_parts_match_textbook_spelling():
    for syls in [("xi1", "an1"), ("yi1", "dian3", "r5"), ("yin2", "hang2"), ("tian1", "e2")]:
        for style in ToneStyle:
            parts = word_ruby_parts(syls, style)
            assert "".join(parts) == join_word(list(syls), style)
    assert word_ruby_parts(("xi1", "an1"), ToneStyle.MARKS) == ("xī", "'ān")


def test_display_tokens_per_word(engine):
    toks = display_tokens(engine.annotate("银行"), per_char=False)
    assert toks[0].ruby == ("yín", "háng") and not toks[0].per_char
    assert toks[0].ruby_text == "yínháng"


def test_proper_names_are_capitalised(engine, dictionary):
    doc = build_reader("我想去北京。", ReaderOptions(glossary=GlossaryMode.END,
                                                   pinyin=PinyinMode.ALL), engine, dictionary)
    words = {t.text: t for t in hanzi(doc)}
    assert words["北京"].ruby == ("Běi", "jīng") and words["我"].ruby == ("wǒ",)
    per_word = build_reader("我想去北京。", ReaderOptions(per_char=False), engine, dictionary)
    assert next(t for t in hanzi(per_word) if t.text == "北京").ruby_text == "Běijīng"


def test_capitalize_ruby_parts():
    from chinese_teach.core.documents.reader import capitalize_ruby

    assert capitalize_ruby(("wáng", "míng"), (True, True)) == ("Wáng", "Míng")
    assert capitalize_ruby(("wáng", "míng"), (True, True), word=True) == ("Wáng", " Míng")
    assert capitalize_ruby(("xī", "'ān"), (True, False), word=True) == ("Xī", "'ān")
    assert capitalize_ruby(("ㄅㄟˇ",), (True,)) == ("ㄅㄟˇ",)


def test_first_occurrence_only(engine, dictionary):
    text = "他犹豫了。我也犹豫了。\n你别犹豫。"
    opts = ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=3, first_only=True)
    doc = build_reader(text, opts, engine, dictionary)
    shown = [bool(t.ruby) for t in hanzi(doc) if t.text == "犹豫"]
    assert shown == [True, False, False]
    again = build_reader(text, replace(opts, first_only=False), engine, dictionary)
    assert [bool(t.ruby) for t in hanzi(again) if t.text == "犹豫"] == [True, True, True]


def test_capitals_come_only_from_names_in_context(engine, dictionary):
    text = "今天星期六，我们去山上。王老师姓曾。小王和李明是好朋友。"
    per_word = build_reader(text, ReaderOptions(per_char=False, pinyin=PinyinMode.ALL),
                            engine, dictionary)
    spelt = {t.text: t.ruby_text for t in hanzi(per_word)}
    # a time word, whatever homograph CC-CEDICT lists (cut at learner size as 星期 + 六)
    day = "".join(t.ruby_text for t in hanzi(per_word) if t.text in {"星期六", "星期", "六"})
    assert day.replace(" ", "") == "xīngqīliù"
    assert spelt["山上"] == "shānshang"  # a noun and the light locative, not a township
    assert spelt["王老师"] == "Wáng lǎoshī"
    assert spelt["曾"] == "Zēng"
    assert spelt["小王"] == "Xiǎo Wáng"
    assert spelt["李明"] == "Lǐ Míng"
    assert spelt["我们"] == "wǒmen"


def test_a_text_opening_with_its_title_prints_it_once(engine, dictionary):
    text = "我的一天\n我每天早上七点起床。\n晚上十点我睡觉。"
    for title in ("我的一天", "《我的一天》"):
        doc = build_reader(text, ReaderOptions(), engine, dictionary, title=title)
        assert doc.plain_text() == "我每天早上七点起床。\n晚上十点我睡觉。"
        assert len(doc.sources) == len(doc.paragraphs) == 2
    other = build_reader(text, ReaderOptions(), engine, dictionary, title="Lesson 4")
    assert other.plain_text().startswith("我的一天\n")
    alone = build_reader("我的一天", ReaderOptions(), engine, dictionary, title="我的一天")
    assert alone.plain_text() == "我的一天"  # a text that is only its title keeps it


def test_text_heading_and_same_title():
    from chinese_teach.core.documents.headings import same_title, text_heading

    assert text_heading("我的一天\n我每天七点起床。") == "我的一天"
    assert text_heading("《静夜思》\n床前明月光，") == "静夜思"
    assert text_heading("床前明月光，\n疑是地上霜。") == ""
    assert text_heading("你好！\n我叫小明。") == ""
    assert text_heading("只有一行") == ""
    assert same_title(" 《我的一天》 ", "我的一天") and not same_title("我的", "我的一天")


def test_a_surname_and_title_keep_the_document_title(engine, dictionary):
    """Regression: the split of 王老师 (Wáng lǎoshī) reused the name ``title`` and the
    reader's title became 0 (the Reader studio's PDF export then failed)."""
    doc = build_reader("王老师和小明去公园。", ReaderOptions(), engine, dictionary,
                       title="在公园")
    assert doc.title == "在公园"
    wang = next(t for t in hanzi(doc) if t.text.startswith("王"))
    assert wang.ruby[0].strip() == "Wáng"


def test_a_doubled_given_name_is_one_capitalised_word(engine, dictionary):
    """丽丽 is a given name, not surname 丽 + given name 丽 ("Lì Lì" on the projector)."""
    doc = build_reader("丽丽：你好！李明：你好！", ReaderOptions(per_char=False,
                       pinyin=PinyinMode.ALL), engine, dictionary)
    spelt = {t.text: t.ruby_text for t in hanzi(doc)}
    assert spelt["丽丽"] == "Lìlì"
    assert spelt["李明"] == "Lǐ Míng"


def test_glossary_spells_a_surname_and_title_apart(engine, dictionary):
    doc = build_reader("王老师来了。", ReaderOptions(glossary=GlossaryMode.END,
                                                   pinyin=PinyinMode.ALL), engine, dictionary)
    entry = next(g for g in doc.glossary if g.word == "王老师")
    assert entry.pinyin == "Wáng lǎoshī"


def test_a_glossary_word_takes_the_sense_its_first_sentence_chooses(engine, dictionary):
    """The glossary lists a word once, with the sense its first occurrence needs: a
    measure word after a number (两台电脑, 一双袜子), 离 before 远 ("from"); a word
    whose sentence decides nothing keeps its own gloss, and a name its name."""
    doc = build_reader("我们家有两台电脑。我买了一双袜子。学校离我家很远。我叫王明。",
                       ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL,
                                     target_level=1), engine, dictionary)
    meaning = {g.word: g.definition for g in doc.glossary}
    assert meaning["台"].startswith("(measure word for")
    assert meaning["双"].startswith("pair")
    assert meaning["离"].startswith("(distance) from")
    assert meaning["王明"] == "(name) Wang Ming"
    assert meaning["袜子"].startswith("socks")


def test_the_teachers_marks_only_when_asked(engine) -> None:
    """``marks=True`` (the Reader studio's preview) gives the tokens the teacher's unsure
    marks; a reader for print keeps the engine's own and reuses the cached annotation."""
    from chinese_teach.core.text.annotation_cache import AnnotationCache

    text = "土地法给了地方很大的自由裁量权。"
    cache = AnnotationCache()

    def word(doc):
        return next(t for p in doc.paragraphs for t in p if t.source == "量")

    shown = build_reader(text, ReaderOptions(), engine, annotations=cache, marks=True)
    assert word(shown).unsure
    assert (text, True) in cache and (text, True, "marks") in cache
    plain_tokens = cache.get((text, True))
    printed = build_reader(text, ReaderOptions(), engine, annotations=cache)
    assert not word(printed).unsure
    assert cache.get((text, True)) is plain_tokens
