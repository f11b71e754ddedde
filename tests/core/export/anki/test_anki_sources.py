"""Deck words from the real corpus, text engine and library; audio in decks; word lists."""

from __future__ import annotations

import csv
import io
import wave
from pathlib import Path

import pytest
from anki_deck_helpers import import_apkg, lesson_one

from chinese_teach.core.audio import wav_bytes
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, build_apkg, export_apkg
from chinese_teach.core.export.anki.note_type import CardType
from chinese_teach.core.export.anki.sources import (
    DeckSource,
    load_parts,
    parts_from_course,
    parts_from_lesson,
    split_words,
)
from chinese_teach.core.export.anki.words import build_words, find_example, read_word_file
from chinese_teach.core.export.wordlists import csv_text, pleco_text, quizlet_text, tsv_text
from chinese_teach.core.library import Course, Lesson, Library, ReaderDoc, VocabItem
from chinese_teach.core.text.pinyin import ReadingCorrection

T0 = 1_760_000_000
TEXT = "今天我们去银行。银行里人很多！我想换一点儿钱。"


def test_build_words_from_dictionary_engine_and_texts(dictionary, engine):
    words = build_words(["银行", "一点儿", "钱", "zzz银"], dictionary=dictionary, engine=engine,
                        standard=Standard.HSK2021, texts=[TEXT])
    by = {w.simplified: w for w in words}
    bank = by["银行"]
    assert bank.pinyin == ("yin2", "hang2") and bank.traditional == "銀行"
    assert "bank" in bank.meaning and bank.level is not None
    assert bank.level.standard is Standard.HSK2021
    assert bank.example is not None and bank.example.text == "今天我们去银行。"
    assert "variant" not in by["一点儿"].meaning  # follows the erhua variant to 一点
    assert by["一点儿"].example.text == "我想换一点儿钱。"
    assert by["一点儿"].example.segments  # annotated with pinyin
    assert by["钱"].uid != bank.uid


def test_teacher_correction_reaches_the_card(dictionary, engine):
    engine.set_corrections([ReadingCorrection("银行", ("yin2", "xing2"))])
    try:
        [word] = build_words(["银行"], dictionary=dictionary, engine=engine)
    finally:
        engine.set_corrections([])
    assert word.pinyin == ("yin2", "xing2")


def test_a_lone_character_in_a_word_list_gets_the_reading_a_learner_means(dictionary, engine):
    """No sentence decides a word typed alone: 脏 is the HSK 2 word zāng 'dirty', not the
    model's zàng 'viscera'; 少, 差, 还, 转, 只 likewise; a dictionary reading (谁 shéi) and
    a standard traditional form (伞 傘, not 繖) are kept."""
    words = build_words(["脏", "少", "差", "还", "转", "只", "长", "谁", "伞"],
                        dictionary=dictionary, engine=engine)
    by = {w.simplified: w for w in words}
    assert {w: by[w].pinyin for w in by} == {
        "脏": ("zang1",), "少": ("shao3",), "差": ("cha4",), "还": ("hai2",),
        "转": ("zhuan3",), "只": ("zhi3",), "长": ("chang2",), "谁": ("shei2",),
        "伞": ("san3",)}
    assert by["脏"].meaning.startswith("dirty") and by["脏"].traditional == "髒"
    assert by["还"].meaning.startswith("still") and by["只"].meaning.startswith("only")
    assert by["伞"].traditional == "傘"


def test_a_word_s_traditional_form_follows_the_meaning_given(dictionary, engine):
    """钟 'clock' is 鐘 (鍾 is a goblet), 后 'after' 後 (后 is an empress), 头发 頭髮."""
    words = build_words(["钟", "后", "头发", "只"], dictionary=dictionary, engine=engine)
    assert [(w.traditional, w.meaning.split(";")[0]) for w in words] == [
        ("鐘", "clock"), ("後", "after"), ("頭髮", "hair (on the head)"), ("只", "only")]


def test_a_teacher_correction_of_a_lone_character_wins(dictionary, engine):
    engine.set_corrections([ReadingCorrection("还", ("huan2",))])
    try:
        [word] = build_words(["还"], dictionary=dictionary, engine=engine)
    finally:
        engine.set_corrections([])
    assert word.pinyin == ("huan2",) and "return" in word.meaning


def test_find_example_prefers_short_sentences():
    long = "银行" + "很" * 80 + "。"
    assert find_example("银行", [long + "我去银行。"]) == "我去银行。"
    assert find_example("飞机", [TEXT]) is None


def test_read_word_file_txt_and_csv(tmp_path):
    txt = tmp_path / "w.txt"
    txt.write_text("# my list\n银行\n\n你好\n银行\nhello\n", encoding="utf-8")
    assert read_word_file(txt) == ["银行", "你好"]
    c = tmp_path / "w.csv"
    c.write_text("word,meaning\n银行,bank\n\"你好\",hi\n", encoding="utf-8")
    assert read_word_file(c) == ["银行", "你好"]
    empty = tmp_path / "e.txt"
    empty.write_text("hello\n", encoding="utf-8")
    with pytest.raises(BadInputError):
        read_word_file(empty)
    assert split_words("银行, 你好、谢谢\n钱") == ["银行", "你好", "谢谢", "钱"]


@pytest.fixture
def library(fresh_home: Path):
    lib = Library.open(fresh_home / "library.sqlite")
    yield lib
    lib.close()


def make_course(lib: Library) -> tuple[Course, Lesson, Lesson]:
    course = lib.save_course(Course(name="Beginners A", standard="hsk2021", target_level=2))
    l1 = lib.save_lesson(Lesson(course_id=course.id, title="At the bank", vocab=[
        VocabItem("银行"), VocabItem("钱", meaning="money (cash)"), VocabItem("换")]))
    l2 = lib.save_lesson(Lesson(course_id=course.id, title="Shopping", vocab=[
        VocabItem("钱"), VocabItem("买")]))
    lib.save_reader(ReaderDoc(title="Text 1", text=TEXT, lesson_id=l1.id))
    return course, l1, l2


def test_lesson_and_course_decks_from_the_library(library, dictionary, engine, tmp_path,
                                                   collection):
    course, l1, _l2 = make_course(library)
    [part] = parts_from_lesson(library, l1.id, dictionary=dictionary, engine=engine)
    assert part.name == "Beginners A::01 At the bank"
    by = {w.simplified: w for w in part.words}
    assert by["钱"].meaning == "money (cash)"  # the lesson's own meaning
    assert by["银行"].uid == library.word_uid("银行")  # the library's stable identity
    assert by["银行"].example is not None and "银行" in by["银行"].example.text
    assert "Beginners_A" in part.tags

    parts = parts_from_course(library, course.id, dictionary=dictionary, engine=engine)
    assert [p.name for p in parts] == ["Beginners A::01 At the bank", "Beginners A::02 Shopping"]
    out = tmp_path / "course.apkg"
    export_apkg(parts, out, timestamp=T0, clock=ExportClock(tmp_path / "c.json"))
    import_apkg(collection, out)
    words = sorted(collection.get_note(n)["Simplified"] for n in collection.find_notes(""))
    assert words == sorted(["银行", "钱", "换", "买"])  # 钱 once
    decks = {collection.decks.name(collection.get_card(c).did) for c in collection.find_cards("")}
    assert decks == {"Beginners A::01 At the bank", "Beginners A::02 Shopping"}

    # The teacher edits a meaning in the library; the list deck of the same word updates
    # the same note.
    library.set_word_data("银行", meaning="bank (where money is kept)")
    wl = tmp_path / "words.txt"
    wl.write_text("银行\n", encoding="utf-8")
    later = tmp_path / "list.apkg"
    parts = load_parts(DeckSource("file", str(wl)), library=library)
    export_apkg(parts, later, timestamp=T0 + 5, clock=ExportClock(tmp_path / "c.json"))
    log = import_apkg(collection, later)
    assert not log.new and len(log.updated) == 1
    nid = collection.find_notes("Simplified:银行")[0]
    assert collection.get_note(nid)["Meaning"] == "bank (where money is kept)"


def test_reader_deck_has_the_new_words_with_examples(library, dictionary, engine):
    _course, l1, _ = make_course(library)
    doc = library.readers(l1.id)[0]
    parts = load_parts(DeckSource("reader", doc.id), library=library)
    words = [w.simplified for w in parts[0].words]
    assert words and all(w in TEXT for w in words)
    assert all(w.example is not None for w in parts[0].words if len(w.simplified) > 0)


def test_teacher_recording_gives_a_listening_card(tmp_path, collection):
    rec = tmp_path / "nihao.wav"
    rec.write_bytes(wav_bytes(b"\1\0" * 4000, 8000))
    part = lesson_one()
    part.words[1].audio_file = rec
    opts = AnkiOptions(cards=frozenset(CardType), audio=True)
    out = tmp_path / "a.apkg"
    rep = export_apkg([part], out, opts, timestamp=T0, clock=ExportClock(tmp_path / "c.json"))
    assert rep.audio_words == 1 and rep.synthetic_audio == 0
    assert any("No Mandarin voice" in m for m in rep.messages)  # no synthesizer given
    import_apkg(collection, out)
    listening = collection.find_cards("card:Listening")
    assert len(listening) == 1
    card = collection.get_card(listening[0])
    assert card.note()["Simplified"] == "你好"
    assert card.note()["Audio"].startswith("[sound:ct-audio-")
    assert "synthetic" not in card.note()["Audio"]
    media = Path(collection.media.dir())
    name = card.note()["Audio"][len("[sound:"):].split("]")[0]
    assert (media / name).read_bytes() == rec.read_bytes()


def test_synthetic_audio_is_labelled(tmp_path, collection):
    from chinese_teach.core.audio import EspeakSynthesizer

    out = tmp_path / "s.apkg"
    opts = AnkiOptions(cards=frozenset({CardType.RECOGNITION, CardType.LISTENING}), audio=True)
    rep = export_apkg([lesson_one()], out, opts, timestamp=T0,
                      synthesizer=EspeakSynthesizer.shared(),
                      clock=ExportClock(tmp_path / "c.json"))
    assert rep.audio_words == 3 and rep.synthetic_audio == 3
    import_apkg(collection, out)
    assert len(collection.find_cards("card:Listening")) == 3
    note = collection.get_note(collection.find_notes("Simplified:银行")[0])
    assert "synthetic voice (espeak-ng 1.52" in note["Audio"]
    did = collection.get_card(note.card_ids()[0]).did
    assert "synthetic voice" in collection.decks.get(did)["desc"]
    name = note["Audio"][len("[sound:"):].split("]")[0]
    with wave.open(str(Path(collection.media.dir()) / name)) as w:
        assert w.getnframes() > 0


def test_wordlists_pleco_quizlet_csv_tsv():
    parts = [lesson_one()]
    pleco = pleco_text(parts).splitlines()
    assert pleco[0] == "// Course A::01 At the bank"
    assert pleco[1] == "银行[銀行]\tyin2hang2\tbank"
    assert pleco[2] == "你好\tni3hao3\thello"
    assert quizlet_text(parts).splitlines()[0] == "银行\tyínháng — bank"
    rows = list(csv.reader(io.StringIO(csv_text(parts))))
    assert rows[0][:3] == ["simplified", "traditional", "pinyin"]
    assert rows[1][:6] == ["银行", "銀行", "yínháng", "yin2 hang2", "ㄧㄣˊ ㄏㄤˊ", "bank"]
    assert rows[1][7] == "我去银行。"
    tsv = tsv_text(parts).splitlines()
    assert len(tsv) == 4 and all(len(r.split("\t")) == 11 for r in tsv)


def test_empty_deck_is_refused():
    from chinese_teach.core.export.anki.words import DeckPart

    with pytest.raises(BadInputError):
        build_apkg([DeckPart("k", "x", [])], AnkiOptions(), T0)


def test_recordings_folder_attaches_by_word_and_needs_no_synthesis(tmp_path, collection):
    from chinese_teach.core.export.anki.words import attach_recordings

    folder = tmp_path / "recordings"
    folder.mkdir()
    (folder / "谢谢.wav").write_bytes(wav_bytes(b"\2\0" * 3000, 8000))
    (folder / "notes.txt").write_text("not audio")
    part = lesson_one()
    assert attach_recordings([part], folder) == 1
    with pytest.raises(BadInputError):
        attach_recordings([part], tmp_path / "missing")
    out = tmp_path / "r.apkg"
    rep = export_apkg([part], out, AnkiOptions(cards=frozenset(CardType)), timestamp=T0,
                      clock=ExportClock(tmp_path / "c.json"))
    assert rep.audio_words == 1 and not rep.messages  # audio off: no "no voice" note
    import_apkg(collection, out)
    [cid] = collection.find_cards("card:Listening")
    assert collection.get_card(cid).note()["Simplified"] == "谢谢"


def test_unnamed_decks_are_named_in_the_document_language(library, dictionary, engine):
    """Typed words without a name: "Words" in the document language (the vocabulary
    list's title, the Anki deck's name); an untitled reader: "Reader"."""
    from chinese_teach.core import labels

    [part] = load_parts(DeckSource("words", "银行 你好"), library=library, lang="es")
    assert part.name == "Palabras" and part.key == "list:Palabras"
    assert {w.source for w in part.words} == {"Palabras"}
    labels.set_document_language("fr")  # None: the document language
    assert load_parts(DeckSource("words", "银行"), library=library)[0].name == "Mots"
    assert load_parts(DeckSource("words", "银行", "Lección 1"), library=library)[0].name == (
        "Lección 1")  # the teacher's own name as it is
    doc = library.save_reader(ReaderDoc(title="", text=TEXT))
    assert load_parts(DeckSource("reader", doc.id), library=library,
                      lang="zh_CN")[0].name == "阅读材料"


def test_deck_source_errors_in_the_interface_language(library):
    from chinese_teach.core import labels

    labels.set_message_language("es")
    with pytest.raises(BadInputError) as info:
        load_parts(DeckSource("words", " ,、 "), library=library)
    assert str(info.value) == "Primero escribe o pega algunas palabras."
    with pytest.raises(BadInputError) as info:
        load_parts(DeckSource("song", "x"), library=library)
    assert str(info.value) == "Origen de mazo desconocido: 'song'."
    assert info.value.text("ru") == "Неизвестный источник колоды: 'song'."


# qa18 (2026-12-07): a sentence that ends inside quotation marks keeps its closing marks;
# the next sentence does not start with them (a card printed 俗话说："失败是成功之母。).
@pytest.mark.parametrize(("word", "text", "sentence"), [
    ("俗话", "俗话说：“失败是成功之母。”只要你不怕困难。", "俗话说：“失败是成功之母。”"),
    ("困难", "俗话说：“失败是成功之母。”只要你不怕困难。", "只要你不怕困难。"),
    ("你好", "他说：「你好。」我们走吧。", "他说：「你好。」"),
    ("走吧", "他说：「你好！」我们走吧。", "我们走吧。"),
    ("妈妈", "妈妈问我：“你吃饭了吗？”我说吃了。", "妈妈问我：“你吃饭了吗？”"),
    ("老师", '老师说："明天考试。"大家都很紧张。', '老师说："明天考试。"'),
    ("紧张", '老师说："明天考试。"大家都很紧张。', "大家都很紧张。"),
    ("书", "我买了一本书（很便宜。）然后回家了。", "我买了一本书（很便宜。）"),
    ("想", "她心里想：‘真好啊！’笑了。", "她心里想：‘真好啊！’"),
    ("走", '他走了。"你好！"她说。', "他走了。"),
    ("你好", '他走了。"你好！"她说。', '"你好！"'),
    ("她", '他走了。"你好！"她说。', "她说。"),
])
def test_find_example_keeps_closing_quotes_with_their_sentence(word, text, sentence):
    assert find_example(word, [text]) == sentence


# qa18: a card's example from a dialogue printed the speaker's name (售货员：可以，请您七天
# 之内带着小票来换。); the line without it, unless the word is the speaker.
@pytest.mark.parametrize(("word", "text", "sentence"), [
    ("之内", "售货员：可以，请您七天之内带着小票来换。", "可以，请您七天之内带着小票来换。"),
    ("贵", "陈太太：有点儿贵。售货员：那件便宜一些。", "有点儿贵。"),
    ("便宜", "陈太太：有点儿贵。售货员：那件便宜一些。", "那件便宜一些。"),
    ("名字", "小明：你叫什么名字？安娜：我叫安娜。", "你叫什么名字？"),
    ("售货员", "售货员：您好，欢迎光临！", "售货员：您好，欢迎光临！"),
    ("俗话", "俗话说：“失败是成功之母。”", "俗话说：“失败是成功之母。”"),
])
def test_find_example_leaves_out_the_speaker(word, text, sentence):
    assert find_example(word, [text]) == sentence
